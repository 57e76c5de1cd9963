package dev.tact.rules.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.rules.Mood;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OverApologyRuleTest {
  private static final String RULE = "tone.over-apology";

  @Test
  void twoApologiesPassAndEveryOneFromTheThirdIsReported() {
    Expect.marks(RULE, "en", Mood.UNKNOWN, "Sorry for the wait.");
    Expect.marks(RULE, "en", Mood.UNKNOWN, "Sorry for the wait. Sorry again!");
    Expect.marks(RULE, "en", Mood.UNKNOWN, "Sorry for the wait. Sorry again! ⟦Sorry⟧!");
    Expect.marks(RULE, "en", Mood.UNKNOWN,
        "Sorry! So sorry. ⟦Sorry⟧. ⟦Apologies⟧. We ⟦apologize⟧. ⟦sorry⟧");
  }

  @Test
  void anApologyWrittenInSeveralWordsCountsOnce() {
    Expect.marks(RULE, "es", Mood.UNKNOWN, "Lo sentimos mucho. Disculpa. ⟦Perdón⟧.");
    Expect.marks(RULE, "es", Mood.UNKNOWN, "Lo sentimos mucho y lo sentimos muchísimo.");
    Expect.marks(RULE, "de", Mood.UNKNOWN, "Es tut uns wirklich leid. Sorry! Wir bitten um ⟦Entschuldigung⟧.");
    Expect.marks(RULE, "ja", Mood.UNKNOWN, "大変申し訳ございません。申し訳ございません。⟦申し訳⟧ございません。");
  }

  @Test
  void theCustomersApologyIsNotTheBrands() {
    Expect.marks(RULE, "en", Mood.UNKNOWN,
        "No need to apologize! Don't be sorry, it happens. Sorry for the wait, and sorry again.");
    Expect.marks(RULE, "de", Mood.UNKNOWN,
        "Sie müssen sich nicht entschuldigen. Sorry für die Wartezeit, sorry nochmal.");
  }

  @Test
  void theMessageCountsAndTheMoodSetsTheSeverity() {
    Draft draft = new Draft("Sorry. Sorry. Sorry. Sorry.", Locale.ENGLISH, Channel.X_REPLY);
    List<Finding> findings = Expect.BUILT_IN.check(draft, dev.tact.core.Conversation.empty(), Mood.LIGHT)
        .stream().filter(f -> f.ruleId().equals(RULE)).toList();
    assertEquals(2, findings.size());
    assertTrue(findings.get(0).message().contains("number 3"), findings.get(0).message());
    assertEquals(Severity.INFO, findings.get(0).severity());
    assertEquals(Severity.WARNING, Expect.BUILT_IN.check(draft, dev.tact.core.Conversation.empty(), Mood.UPSET)
        .stream().filter(f -> f.ruleId().equals(RULE)).findFirst().orElseThrow().severity());
  }

  @Test
  void languagesWithoutWordListsAreLeftAlone() {
    Expect.marks(RULE, "nl", Mood.UNKNOWN, "Sorry. Sorry. Sorry. Sorry.");
  }

  @Test
  void apologiesQuotedBackAreNotCounted() {
    Expect.marks(RULE, "en", Mood.UPSET,
        "Sorry, Sam. You wrote 'sorry means nothing, sorry is not enough', and we're sorry it came to that.");
    Expect.marks(RULE, "en", Mood.UPSET,
        "Sorry, Sam. You wrote 'sorry is not enough'. We're sorry, and ⟦sorry⟧ again.");
    Expect.marks(RULE, "ja", Mood.UPSET,
        "「申し訳ございませんでは済まない」「申し訳ないで終わり？」とのこと、申し訳ございません。");
    Expect.marks(RULE, "es", Mood.UPSET,
        "Lo sentimos. Nos escribiste «lo siento no basta, perdón no sirve». Lo sentimos de verdad.");
  }
}

package dev.tact.rules.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.rules.Rule;
import dev.tact.rules.RulePackException;
import dev.tact.rules.TextView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final List<String> PATTERNS = List.of("apology", "ack");
  private static final List<String> WORDS = List.of("stop");

  @Test
  void findsTheLeftmostLongestMatchOfEachList() {
    Lexicon lexicon = Lexicon.parse("""
        es:
          apology: ["lo (sentimos|siento)", "(sentimos|siento) mucho"]
          ack: [entendemos]
          stop: [Mucho, Él]
        """, "t.yaml", PATTERNS, WORDS);
    List<Lexicon.Hit> hits = lexicon.find(TextView.of("Lo sentimos mucho. Entendemos.", Locale.forLanguageTag("es")));
    assertEquals(List.of(new Lexicon.Hit("apology", 0, 11), new Lexicon.Hit("ack", 19, 29)), hits);
    assertEquals(Set.of("mucho", "él"), lexicon.words("es", "stop"));
    assertEquals(Set.of(), lexicon.words("en", "stop"));
    assertEquals(List.of(), lexicon.find(TextView.of("Lo sentimos", Locale.ENGLISH)));
  }

  @Test
  void entriesMayCarryCancellingWords() {
    Lexicon lexicon = Lexicon.parse("""
        en:
          apology: [{pattern: sorry, unlessAfter: ["don't be"]}]
        """, "t.yaml", PATTERNS, WORDS);
    assertEquals(1, lexicon.find(TextView.of("Don't be sorry. Sorry!", Locale.ENGLISH)).size());
  }

  @Test
  void aTextWithoutAnyKeyPrefixSkipsTheScanWithTheSameHits() {
    Lexicon lexicon = Lexicon.parse("""
        en:
          apology: ["sorry", "(apologize|apologise|apology)", "so [very] sad"]
          ack: ["thanks for letting us know"]
        """, "t.yaml", PATTERNS, WORDS);
    assertEquals(List.of(), lexicon.find(TextView.of("Thanks, we fixed it.", Locale.ENGLISH)));
    assertEquals(List.of(new Lexicon.Hit("apology", 0, 5), new Lexicon.Hit("apology", 10, 19),
        new Lexicon.Hit("ack", 21, 47)),
        lexicon.find(TextView.of("SORRY and apologise; thanks for letting us know", Locale.ENGLISH)));
    assertEquals(1, lexicon.find(TextView.of("I am so very sad", Locale.ENGLISH)).size());
    assertEquals(List.of("apol", "sorr"), List.of(OverApologyRule.WORDS.anchorsOf("en")));
  }

  @Test
  void aTypoInAListNameOrAPatternIsAnErrorWithItsPlace() {
    RulePackException e = assertThrows(RulePackException.class, () -> Lexicon.parse("""
        en:
          apologies: [sorry]
          ack: ["(unclosed"]
        EN:
          ack: [x]
        """, "t.yaml", PATTERNS, WORDS));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("t.yaml:2:3: unknown list 'apologies'"), e.getMessage());
  }

  @Test
  void eachRuleHasWordListsForExactlyTheLanguagesItsMetadataCovers() {
    Map<Rule, Lexicon> rules = Map.of(
        new OverApologyRule(), OverApologyRule.WORDS,
        new HumorWhenUpsetRule(), HumorWhenUpsetRule.WORDS,
        new RegisterMixRule(), RegisterMixRule.WORDS,
        new NoAcknowledgementRule(), NoAcknowledgementRule.WORDS,
        new ImpersonalReplyRule(), ImpersonalReplyRule.WORDS);
    rules.forEach((rule, words) -> assertEquals(rule.metadata().languages(), words.languages(),
        rule.metadata().id()));
    assertEquals(Set.of("en", "ja", "de", "fr", "es", "pt"), BotDisclosureRule.WORDS.languages());
  }
}

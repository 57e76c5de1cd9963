package dev.tact.testkit;

import static dev.tact.testkit.TactAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class FindingAssertTest {
  private static final String TWO_STEPS = "Please just restart the app, or simply reinstall it.";

  @Test
  void atPicksTheFindingThatCoversExactlyThoseWords() {
    FindingAssert second = assertThat(TWO_STEPS).toUpsetCustomer()
        .hasFinding("tone.minimizing").at("simply reinstall");
    assertEquals(1, second.findings().size());
    assertEquals("simply reinstall", second.findings().get(0).span().in(TWO_STEPS));
    assertEquals(2, assertThat(TWO_STEPS).hasFinding("tone.minimizing").findings().size());
  }

  @Test
  void chainedAssertionsMustHoldForTheSameFinding() {
    assertThat(TWO_STEPS).toUpsetCustomer()
        .hasFinding("tone.minimizing").at("just restart").withSeverity(Severity.ERROR);
  }

  @Test
  void atFailsWhenTheFindingCoversMoreWords() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Please just restart the app.").toUpsetCustomer()
            .hasFinding("tone.minimizing").at("restart"));
    assertEquals("""
        Expected the tone.minimizing finding at ⟦restart⟧, but it is at ⟦just restart⟧.

        Reply (en, public, mood upset):
          Please just restart the app.

        Findings of tone.minimizing:
          1. tone.minimizing (error)
             Please ⟦just restart⟧ the app.
             'just' makes the step sound trivial to someone for whom it has not worked
             Try: "Could you try …" | "Please tap …, and let us know what you see" | "The next step is to …"
        """, error.getMessage());
    assertEquals("Please just ⟦restart⟧ the app.", error.getExpected().getValue());
    assertEquals("Please ⟦just restart⟧ the app.", error.getActual().getValue());
  }

  @Test
  void atInJapaneseComparesTheExactCharacters() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("アプリを再起動するだけで直ります。").inLocale(Locale.JAPANESE)
            .hasFinding("tone.minimizing").at("するだけ"));
    assertEquals("""
        Expected the tone.minimizing finding at ⟦するだけ⟧, but it is at ⟦再起動するだけで直ります⟧.

        Reply (ja, public, mood unknown):
          アプリを再起動するだけで直ります。

        Findings of tone.minimizing:
          1. tone.minimizing (warning)
             アプリを⟦再起動するだけで直ります⟧。
             「〜するだけ」は、うまくいかなかった人に「簡単なことができていない」と伝えてしまいます
             Try: "「〜をお試しいただけますでしょうか」" | "「次の手順をご案内いたします：…」" | "「〜を押していただくと、…が表示されます」"
        """, error.getMessage());
    assertEquals("アプリを再起動⟦するだけ⟧で直ります。", error.getExpected().getValue());
  }

  @Test
  void atNamesEveryFindingOfTheRuleWhenNoneMatches() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat(TWO_STEPS).hasFinding("tone.minimizing").at("reinstall"));
    assertEquals("Expected the tone.minimizing finding at ⟦reinstall⟧, but they are at"
            + " ⟦just restart⟧, ⟦simply reinstall⟧.",
        error.getMessage().lines().findFirst().orElseThrow());
    assertEquals("Please ⟦just restart⟧ the app, or ⟦simply reinstall⟧ it.",
        error.getActual().getValue());
  }

  @Test
  void atSaysWhenTheWordsAreNotInTheReplyAtAll() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Please just restart the app.").hasFinding("tone.minimizing").at("just reboot"));
    assertEquals("Expected the tone.minimizing finding at ⟦just reboot⟧, but the reply has no such"
        + " words.", error.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void atNeedsWords() {
    assertThrows(IllegalArgumentException.class, () ->
        assertThat("Please just restart the app.").hasFinding("tone.minimizing").at(""));
  }

  @Test
  void withSeverityShowsTheSeverityFound() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("アプリを再起動するだけで直ります。").inLocale(Locale.JAPANESE)
            .hasFinding("tone.minimizing").withSeverity(Severity.ERROR));
    assertEquals("""
        Expected tone.minimizing with severity error, but found warning at ⟦再起動するだけで直ります⟧.

        Reply (ja, public, mood unknown):
          アプリを再起動するだけで直ります。

        Findings of tone.minimizing:
          1. tone.minimizing (warning)
             アプリを⟦再起動するだけで直ります⟧。
             「〜するだけ」は、うまくいかなかった人に「簡単なことができていない」と伝えてしまいます
             Try: "「〜をお試しいただけますでしょうか」" | "「次の手順をご案内いたします：…」" | "「〜を押していただくと、…が表示されます」"
        """, error.getMessage());
    assertEquals("error", error.getExpected().getValue());
    assertEquals("warning", error.getActual().getValue());
  }

  @Test
  void withSeverityAfterAtLooksAtThatFindingOnly() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat(TWO_STEPS).hasFinding("tone.minimizing").at("simply reinstall")
            .withSeverity(Severity.ERROR));
    assertEquals("Expected tone.minimizing with severity error, but found warning at"
        + " ⟦simply reinstall⟧.", error.getMessage().lines().findFirst().orElseThrow());
  }
}

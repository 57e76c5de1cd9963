package dev.tact.testkit;

import static dev.tact.testkit.TactAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.AssertionFailedError;

class ReplyAssertTest {
  private static final Locale JAPANESE = Locale.JAPANESE;

  // ---- passing ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      en | Thanks for your patience. Could you try restarting the app and tell us what you see?
      ja | ご不便をおかけして申し訳ございません。アプリを再起動していただけますでしょうか。
      de | Das tut uns leid. Könnten Sie die App bitte neu starten und uns sagen, was Sie sehen?
      fr | Désolés pour ce souci. Pourriez-vous redémarrer l'application et nous dire ce qui s'affiche ?
      es | Lamentamos lo ocurrido. ¿Podrías reiniciar la app y contarnos qué ves?
      pt | Sentimos muito. Você poderia reiniciar o app e nos contar o que aparece?
      """)
  void aCalmReplyToAnUpsetCustomerHasNoFindings(String language, String reply) {
    assertThat(reply).inLocale(Locale.forLanguageTag(language)).toUpsetCustomer().hasNoFindings();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      en | We're sorry. Please just restart the app.                      | just restart
      ja | 申し訳ございません。アプリを再起動するだけで直ります。             | 再起動するだけで直ります
      de | Das tut uns leid. Starten Sie den Router einfach neu.          | Starten Sie den Router einfach
      fr | Désolés. Il suffit de redémarrer la box.                        | Il suffit de
      es | Lo sentimos. Solo tienes que reiniciar la app.                  | Solo tienes que
      pt | Sentimos muito. É só tocar em Configurações.                    | É só tocar
      """)
  void minimizingIsAnErrorToAnUpsetCustomer(String language, String reply, String words) {
    assertThat(reply).inLocale(Locale.forLanguageTag(language)).toUpsetCustomer()
        .hasFinding("tone.minimizing").at(words).withSeverity(Severity.ERROR);
  }

  @Test
  void minimizingIsAWarningWhenTheMoodIsUnknown() {
    assertThat("Please just restart the app.")
        .hasFinding("tone.minimizing").withSeverity(Severity.WARNING);
  }

  @Test
  void theMoodIsReadFromTheCustomersMessage() {
    assertThat("Please just restart the app.")
        .toCustomerSaying("Third time asking!! Still broken")
        .hasFinding("tone.minimizing").withSeverity(Severity.ERROR);
  }

  @Test
  void infosAndWarningsPassBelowTheThreshold() {
    assertThat("Please just restart the app.")
        .hasNoFindingsAtLeast(Severity.ERROR)
        .hasNoFinding("tone.blame");
  }

  @Test
  void justToConfirmIsNotMinimizing() {
    assertThat("Just to confirm: is it the blue one?").hasNoFinding("tone.minimizing");
  }

  @Test
  void aBotReplyMustSayItIsABot() {
    assertThat("Hi, I can help with that.").automated().hasFinding("tone.bot-disclosure");
    assertThat("Hi, I can help with that.").hasNoFinding("tone.bot-disclosure");
  }

  @Test
  void aTenantsTactReplacesTheBuiltInOne() {
    Tact lenient = Tact.builder().disable("tone.minimizing").build();
    assertThat("Please just restart the app.").withTact(lenient).toUpsetCustomer()
        .hasNoFindings();
  }

  @Test
  void settingsReturnANewAssertionAndLeaveTheOldOneAsItWas() {
    ReplyAssert english = assertThat("Please just restart the app.");
    ReplyAssert upset = english.toUpsetCustomer();
    upset.hasFinding("tone.minimizing").withSeverity(Severity.ERROR);
    english.hasFinding("tone.minimizing").withSeverity(Severity.WARNING);
    assertEquals("ReplyAssert{Please just restart the app. (en, public)}", english.toString());
    assertEquals("ReplyAssert{Please just restart the app. (en, public, mood upset)}",
        upset.toString());
  }

  @Test
  void personalDataInAPublicReplyIsAFinding() {
    assertThat("We've sent the label to jo@example.com.").onChannel(Channel.X_REPLY)
        .hasFinding("privacy.personal-data").at("jo@example.com").withSeverity(Severity.ERROR);
    assertThat("We've sent the label to jo@example.com.").onChannel(Channel.X_DM)
        .hasNoFinding("privacy.personal-data");
  }

  // ---- failing: the messages, exactly -----------------------------------------------------------

  @Test
  void hasNoFindingsListsEachFindingWithTheWordsMarked() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Please just restart the app.").toUpsetCustomer().hasNoFindings());
    assertEquals("""
        Expected no findings, but found 1.

        Reply (en, public, mood upset):
          Please just restart the app.

        Findings:
          1. tone.minimizing (error)
             Please ⟦just restart⟧ the app.
             'just' makes the step sound trivial to someone for whom it has not worked
             Try: "Could you try …" | "Please tap …, and let us know what you see" | "The next step is to …"
        """, error.getMessage());
    assertEquals("Please just restart the app.", error.getExpected().getValue());
    assertEquals("Please ⟦just restart⟧ the app.", error.getActual().getValue());
  }

  @Test
  void hasNoFindingsInJapaneseShowsTheRulesJapaneseMessage() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("アプリを再起動するだけで直ります。").inLocale(JAPANESE).toUpsetCustomer()
            .hasNoFindings());
    assertEquals("""
        Expected no findings, but found 1.

        Reply (ja, public, mood upset):
          アプリを再起動するだけで直ります。

        Findings:
          1. tone.minimizing (error)
             アプリを⟦再起動するだけで直ります⟧。
             「〜するだけ」は、うまくいかなかった人に「簡単なことができていない」と伝えてしまいます
             Try: "「〜をお試しいただけますでしょうか」" | "「次の手順をご案内いたします：…」" | "「〜を押していただくと、…が表示されます」"
        """, error.getMessage());
    assertEquals("アプリを⟦再起動するだけで直ります⟧。", error.getActual().getValue());
  }

  @Test
  void hasNoFindingsAtLeastListsTheSevereOnesThenTheOthers() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Hang tight! Please just restart the app.")
            .hasNoFindingsAtLeast(Severity.WARNING));
    assertEquals("""
        Expected no findings of severity warning or worse, but found 1.

        Reply (en, public, mood unknown):
          Hang tight! Please just restart the app.

        Findings at warning or worse:
          1. tone.minimizing (warning)
             Hang tight! Please ⟦just restart⟧ the app.
             'just' makes the step sound trivial to someone for whom it has not worked
             Try: "Could you try …" | "Please tap …, and let us know what you see" | "The next step is to …"

        Other findings:
          1. tone.idiom (info)
             ⟦Hang tight⟧! Please just restart the app.
             idioms are often read literally or not understood by a global audience
             Try: "estimate" | "talk again" | "we'll find the cause" | "please wait a moment" | "keep you updated" | "free of charge"
        """, error.getMessage());
    assertEquals("Hang tight! Please ⟦just restart⟧ the app.", error.getActual().getValue());
  }

  @Test
  void hasFindingShowsWhatWasFoundInstead() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("アプリを再起動するだけで直ります。").inLocale(JAPANESE).hasFinding("tone.blame"));
    assertEquals("""
        Expected a tone.blame finding, but found none.

        Reply (ja, public, mood unknown):
          アプリを再起動するだけで直ります。

        Findings instead:
          1. tone.minimizing (warning)
             アプリを⟦再起動するだけで直ります⟧。
             「〜するだけ」は、うまくいかなかった人に「簡単なことができていない」と伝えてしまいます
             Try: "「〜をお試しいただけますでしょうか」" | "「次の手順をご案内いたします：…」" | "「〜を押していただくと、…が表示されます」"
        """, error.getMessage());
  }

  @Test
  void hasFindingOnACleanReplySaysNone() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Could you try restarting the app?").hasFinding("tone.minimizing"));
    assertEquals("""
        Expected a tone.minimizing finding, but found none.

        Reply (en, public, mood unknown):
          Could you try restarting the app?

        Findings instead: none
        """, error.getMessage());
  }

  @Test
  void hasNoFindingListsThatRulesFindings() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Please just restart the app.").hasNoFinding("tone.minimizing"));
    assertEquals("""
        Expected no tone.minimizing finding, but found 1.

        Reply (en, public, mood unknown):
          Please just restart the app.

        Findings of tone.minimizing:
          1. tone.minimizing (warning)
             Please ⟦just restart⟧ the app.
             'just' makes the step sound trivial to someone for whom it has not worked
             Try: "Could you try …" | "Please tap …, and let us know what you see" | "The next step is to …"
        """, error.getMessage());
  }

  @Test
  void aMisspeltRuleIdIsAMistakeInTheTestNotAFailure() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
        assertThat("Please just restart the app.").hasNoFinding("tone.minimising"));
    assertTrue(error.getMessage().startsWith("no rule 'tone.minimising' in this Tact, so the"
        + " assertion could never tell anything; check the spelling. Its rules: "
        + "privacy.personal-data, tone.blame,"), error.getMessage());
  }

  @Test
  void lineBreaksShowAsAMarkSoTheReplyStaysOnOneLine() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Thanks for waiting.\nPlease just restart the app.").hasNoFindings());
    assertEquals("Thanks for waiting.⏎Please ⟦just restart⟧ the app.",
        error.getActual().getValue());
  }
}

package dev.tact.rules.internal.code;

import dev.tact.rules.Mood;
import org.junit.jupiter.api.Test;

class ImpersonalReplyRuleTest {
  private static final String RULE = "tone.impersonal";
  private static final String HEADPHONES = "My replacement headphones still haven't shipped and it's been two weeks.";

  @Test
  void aCannedReplyThatNamesNothingOfTheIssue() {
    Expect.marksAnswering(RULE, "en", HEADPHONES,
        "⟦Thank you for contacting us⟧. ⟦Is there anything else we can help you with⟧?");
    Expect.marksAnswering(RULE, "en", HEADPHONES, "⟦Thanks for reaching out⟧! We're glad you wrote.");
  }

  @Test
  void aWordOfTheIssueANumberOrANameIsEnough() {
    Expect.marksAnswering(RULE, "en", HEADPHONES, "Thank you for contacting us. The headphone replacement ships today.");
    Expect.marksAnswering(RULE, "en", "Order 48213 never arrived", "Thank you for contacting us about 48213.");
    Expect.marksAnswering(RULE, "en", HEADPHONES, "Hi Priya, thank you for contacting us.");
    Expect.marksAnswering(RULE, "en", HEADPHONES, "Thanks, Priya! Thank you for contacting us.");
    Expect.marksAnswering(RULE, "en", HEADPHONES, "Priya, thank you for contacting us.");
    Expect.marksAnswering(RULE, "en", HEADPHONES, "@priya_k Thank you for contacting us.");
    Expect.marksAnswering(RULE, "de", "Meine Kopfhörer sind nicht angekommen.",
        "Hallo Herr Schmidt, vielen Dank für Ihre Anfrage.");
    Expect.marksAnswering(RULE, "ja", "イヤホンが届きません。", "田中様、お問い合わせいただきありがとうございます。");
    Expect.marksAnswering(RULE, "ja", "イヤホンが届きません。", "お問い合わせいただきありがとうございます。イヤホンは明日発送します。");
  }

  @Test
  void genericAddressesAreNotNames() {
    Expect.marksAnswering(RULE, "en", HEADPHONES,
        "⟦Dear Valued Customer⟧, ⟦thank you for contacting us⟧.");
    Expect.marksAnswering(RULE, "ja", "イヤホンが届きません。",
        "お客様、⟦お問い合わせいただきありがとうございます⟧。同様のご質問は皆様から多数いただいております。");
    Expect.marksAnswering(RULE, "de", "Meine Kopfhörer sind nicht angekommen.",
        "⟦Sehr geehrte Damen und Herren⟧, ⟦vielen Dank für Ihre Anfrage⟧.");
  }

  @Test
  void withoutACustomerMessageOrWithNothingInItThereIsNothingToCompare() {
    Expect.marks(RULE, "en", Mood.UNKNOWN, "Thank you for contacting us.");
    Expect.marksAnswering(RULE, "en", "hello??", "Thank you for contacting us. How can we help?");
  }
}

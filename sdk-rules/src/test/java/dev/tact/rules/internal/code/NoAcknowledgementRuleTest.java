package dev.tact.rules.internal.code;

import dev.tact.rules.Mood;
import org.junit.jupiter.api.Test;

class NoAcknowledgementRuleTest {
  private static final String RULE = "tone.no-acknowledgement";

  @Test
  void onlyAnUpsetCustomerIsOwedAnAcknowledgement() {
    Expect.marks(RULE, "en", Mood.UPSET, "  ⟦Our store hours are 9 to 5 on weekdays.⟧\n");
    Expect.marks(RULE, "en", Mood.SERIOUS, "Our store hours are 9 to 5 on weekdays.");
    Expect.marks(RULE, "en", Mood.LIGHT, "Our store hours are 9 to 5 on weekdays.");
    Expect.marks(RULE, "en", Mood.UNKNOWN, "Our store hours are 9 to 5 on weekdays.");
  }

  @Test
  void eitherAnAcknowledgementOrAWayForwardIsEnough() {
    Expect.marks(RULE, "en", Mood.UPSET, "That's frustrating. Our store hours are 9 to 5 on weekdays.");
    Expect.marks(RULE, "en", Mood.UPSET, "We've escalated this to the store manager.");
    Expect.marks(RULE, "en", Mood.UPSET, "Oh no! Captions should stay on. Which device is this on?");
    Expect.marks(RULE, "en", Mood.UPSET, "⟦This plan is a great option for families who share miles.⟧");
    Expect.marks(RULE, "ja", Mood.UPSET, "お困りのところ恐れ入ります。営業時間は平日10時から18時です。");
    Expect.marks(RULE, "ja", Mood.UPSET, "⟦営業時間は平日10時から18時です。今後ともよろしくお願いいたします。⟧");
    Expect.marks(RULE, "de", Mood.UPSET, "Wir kümmern uns darum.");
    Expect.marks(RULE, "de", Mood.UPSET, "⟦Unsere AGB finden Sie auf der Website.⟧");
  }

  @Test
  void anEmptyDraftIsNotReported() {
    Expect.marks(RULE, "en", Mood.UPSET, "   ");
  }
}

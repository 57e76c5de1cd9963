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

  @Test
  void aWayForwardCountsQuotedButAnAcknowledgementMustBeTheRepliesOwn() {
    // A button or a command is quoted; it is still the way forward.
    Expect.marks(RULE, "en", Mood.UPSET, "The “Restart” option on the home screen brings it back.");
    Expect.marks(RULE, "en", Mood.UPSET, "The 'Restart' option on the home screen brings it back.");
    Expect.marks(RULE, "es", Mood.UPSET, "La opción «Reinicia el router» de la app lo devuelve todo.");
    // The customer's own words quoted back acknowledge nothing, and their question is not ours.
    Expect.marks(RULE, "en", Mood.UPSET, "⟦You wrote 'sorry is not enough'. Our store hours are 9 to 5.⟧");
    Expect.marks(RULE, "es", Mood.UPSET, "⟦Nos preguntaste «¿Es culpa mía?». Nuestro horario es de 9 a 17.⟧");
    Expect.marks(RULE, "ja", Mood.UPSET, "⟦「申し訳ないで済むと思う？」とのこと。営業時間は平日10時から18時です。⟧");
  }
}

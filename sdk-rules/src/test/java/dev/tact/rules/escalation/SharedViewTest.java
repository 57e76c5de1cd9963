package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import dev.tact.rules.Mood;
import dev.tact.rules.TextView;
import dev.tact.rules.ToneChecker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A view of the draft made once and shared by the tone review and the escalation changes nothing. */
class SharedViewTest {
  private static final Conversation ASKED = Conversation.of(
      Message.fromCustomer("I was charged twice, my card is 4111 1111 1111 1111, DM me"));

  @Test
  void decidingWithASharedViewDecidesAsWithout() {
    EscalationPolicy policy = EscalationPolicy.defaults();
    for (Draft draft : new Draft[] {
        new Draft("Sorry! Can you DM us your order number? Mail us at help@example.com", Locale.ENGLISH, Channel.X_REPLY),
        new Draft("ご不便をおかけしております。注文番号：12345をDMでお知らせください", Locale.JAPANESE, Channel.X_REPLY),
        new Draft("Ihr Passwort: Sommer! bitte nicht teilen", Locale.GERMAN, Channel.X_DM)}) {
      TextView view = TextView.of(draft.text(), draft.locale());
      assertEquals(policy.decide(draft, ASKED), policy.decide(draft, ASKED, view));
      assertEquals(policy.decide(draft, Conversation.empty()), policy.decide(draft, Conversation.empty(), view));
    }
  }

  @Test
  void aViewOfAnotherTextOrLocaleIsRejected() {
    Draft draft = new Draft("Please DM us your order number", Locale.ENGLISH, Channel.X_REPLY);
    TextView otherText = TextView.of("Please DM us", Locale.ENGLISH);
    TextView otherLocale = TextView.of(draft.text(), Locale.GERMAN);
    EscalationPolicy policy = EscalationPolicy.defaults();
    ToneChecker tone = ToneChecker.builder().builtInPacks().build();
    assertThrows(IllegalArgumentException.class, () -> policy.decide(draft, ASKED, otherText));
    assertThrows(IllegalArgumentException.class, () -> policy.decide(draft, ASKED, otherLocale));
    assertThrows(IllegalArgumentException.class, () -> tone.check(draft, ASKED, Mood.UPSET, otherText));
    assertEquals(tone.check(draft, ASKED, Mood.UPSET),
        tone.check(draft, ASKED, Mood.UPSET, TextView.of(draft.text(), draft.locale())));
  }
}

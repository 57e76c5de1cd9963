package dev.tact.examples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.Tact;
import dev.tact.core.Author;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import dev.tact.core.Visibility;
import dev.tact.rules.escalation.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the helpdesk builds at start-up: the tenant's settings, the acknowledgement, the team. */
class HelpdeskTest {
  /** Tuesday 24 November 2026, 13:05 in Dublin: the team is open. */
  static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-11-24T13:05:00Z");
  /** Friday 27 November 2026, 19:30 in Dublin: closed until Monday 09:00. */
  static final Instant FRIDAY_EVENING = Instant.parse("2026-11-27T19:30:00Z");
  static final Helpdesk HELPDESK = Helpdesk.start(Clock.fixed(TUESDAY_AFTERNOON, ZoneOffset.UTC));

  static List<Reason> reasons(String draft, Conversation conversation) {
    return HELPDESK.tact().review(new Draft(draft, Locale.ENGLISH, Channel.X_REPLY), conversation)
        .escalation().reasons();
  }

  @Test
  void acmeOrderNumbersArePersonalData() {
    assertEquals(List.of(Reason.PERSONAL_DATA_IN_INBOUND),
        reasons("Thanks for letting us know.", Conversation.of(Message.fromCustomer(
            "Where is ACME-104233? It should have arrived on Monday."))));
    Tact withoutAcmeSettings = Tact.builder().build();
    assertEquals(List.of(), withoutAcmeSettings.review(
        new Draft("Thanks for letting us know.", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("Where is ACME-104233? It should have arrived on Monday.")))
        .escalation().reasons());
  }

  @Test
  void lostLoyaltyPointsAreAcmesOwnSensitiveTopic() {
    assertEquals(List.of(Reason.SENSITIVE_TOPIC), reasons("Thanks for telling us.",
        Conversation.of(Message.fromCustomer("All my points disappeared after the last order"))));
  }

  @Test
  void theThirdPublicReplyOfAThreadGoesToADm() {
    Conversation twoReplies = Conversation.of(
        Message.fromCustomer("The app crashes when I open the cart"),
        Message.fromBrand("Sorry about that! Which version do you have?"),
        Message.fromCustomer("The latest one, 4.2"),
        Message.fromBrand("Thanks! Our team is looking into it."),
        Message.fromCustomer("Still crashing today"));
    assertEquals(List.of(Reason.LONG_THREAD), reasons("Thanks for your patience.", twoReplies));
    Conversation oneReplyInDm = Conversation.of(
        Message.fromCustomer("The app crashes when I open the cart"),
        Message.fromBrand("Sorry about that! Which version do you have?"),
        new Message(Author.BRAND, "Here is a test build.", Visibility.PRIVATE, null),
        Message.fromCustomer("Still crashing today"));
    assertEquals(List.of(), reasons("Thanks for your patience.", oneReplyInDm));
  }

  @Test
  void acknowledgementWhileTheTeamIsOpenPromisesAReplyWithinTwoHours() {
    Customer jane = Customer.builder().givenName("Jane").locale(Locale.US)
        .zone(ZoneId.of("America/New_York")).build();
    assertEquals("Good morning, Jane. Thank you for your message; we have received it. This is an"
        + " automatic reply: a team member will reply within 2 hours.",
        HELPDESK.acknowledge(jane, TUESDAY_AFTERNOON));
  }

  @Test
  void acknowledgementOnFridayEveningNamesMondayInTheCustomersClock() {
    Customer yuki = Customer.builder().familyName("田中").givenName("由紀").locale(Locale.JAPAN)
        .zone(ZoneId.of("Asia/Tokyo")).build();
    // Monday 09:00 in Dublin is Monday 18:00 in Tokyo; two business hours later, 20:00.
    assertEquals("おはようございます。田中様、お問い合わせいただきありがとうございます。メッセージを受け付けました。"
        + "こちらは自動返信です。ただいま営業時間外のため、月曜日 18:00（お客様の現地時間）より対応を再開いたします。"
        + "月曜日 20:00（お客様の現地時間）までに担当者よりご返信いたします。",
        HELPDESK.acknowledge(yuki, FRIDAY_EVENING));
  }

  @Test
  void acknowledgementInGermanForACustomerInBerlin() {
    Customer anna = Customer.builder().givenName("Anna").familyName("Schmidt").locale(Locale.GERMANY)
        .zone(ZoneId.of("Europe/Berlin")).build();
    String ack = HELPDESK.acknowledge(anna, FRIDAY_EVENING);
    assertTrue(ack.startsWith("Guten Abend, Anna Schmidt."), ack);
    assertTrue(ack.contains("ab Montag um 10:00 (Ihre Ortszeit)"), ack);
  }

  @Test
  void withoutAZoneTheAcknowledgementPromisesNoClockTime() {
    Customer sam = Customer.builder().givenName("Sam").locale(Locale.ENGLISH).build();
    String ack = HELPDESK.acknowledge(sam, FRIDAY_EVENING);
    assertTrue(ack.startsWith("Hello, Sam."), ack);
    assertTrue(!ack.matches(".*\\d.*"), ack);
  }
}

package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConversationTest {
  private final Conversation thread = Conversation.of(
      Message.fromCustomer("My order never arrived"),
      Message.fromBrand("Sorry to hear that! Which order was it?"),
      new Message(Author.BRAND, "Sent you a DM", Visibility.PRIVATE, Instant.parse("2026-11-22T10:00:00Z")),
      Message.fromCustomer("The blue one"),
      Message.fromCustomer("I already told you twice"));

  @Test
  void findsWhatTheNextReplyAnswers() {
    assertEquals("I already told you twice", thread.latestFromCustomer().orElseThrow().text());
    assertEquals(List.of("The blue one", "I already told you twice"),
        thread.unansweredFromCustomer().stream().map(Message::text).toList());
    assertEquals(1, thread.publicRepliesFromBrand());
  }

  @Test
  void isImmutable() {
    Conversation longer = thread.with(Message.fromBrand("Found it"));
    assertEquals(5, thread.messages().size());
    assertEquals(6, longer.messages().size());
    assertTrue(Conversation.empty().latestFromCustomer().isEmpty());
    assertTrue(longer.unansweredFromCustomer().isEmpty());
  }

  @Test
  void customersAreBuiltWithOptionalParts() {
    Customer yuki = Customer.builder().familyName(" Tanaka ").givenName("  ").locale(Locale.JAPAN)
        .zone(ZoneId.of("Asia/Tokyo")).formality(Formality.FORMAL).build();
    assertEquals("Tanaka", yuki.familyName().orElseThrow());
    assertTrue(yuki.givenName().isEmpty());
    assertEquals(yuki, yuki.toBuilder().build());
    assertTrue(Customer.anonymous().locale().isEmpty());
  }

  @Test
  void draftsAreByAPersonUnlessSaidOtherwise() {
    org.junit.jupiter.api.Assertions.assertFalse(new Draft("Hi", Locale.ENGLISH, Channel.EMAIL).automated());
    assertTrue(Draft.automated("Hi, I'm a bot", Locale.ENGLISH, Channel.WEB_CHAT).automated());
  }

  @Test
  void draftsRejectNulls() {
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> new Draft(null, Locale.ENGLISH, Channel.EMAIL));
  }
}

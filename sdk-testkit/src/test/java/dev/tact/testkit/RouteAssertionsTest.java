package dev.tact.testkit;

import static dev.tact.testkit.TactAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Message;
import dev.tact.rules.escalation.Reason;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RouteAssertionsTest {
  @Test
  void aPlainAnswerGoesPublic() {
    assertThat("Thanks, that's fixed now.").toCustomerSaying("Is the app down?").goesPublic();
  }

  @Test
  void askingForAnOrderNumberGoesPrivate() {
    assertThat("Could you DM us your order number?").goesPrivate()
        .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED);
    assertThat("お手数ですが、DMでご注文番号をお知らせください。").inLocale(Locale.JAPANESE)
        .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED);
  }

  @Test
  void aBillingComplaintAndAnAccountRequestAreTwoReasons() {
    assertThat("We're sorry. Could you DM us your order number?")
        .toCustomerSaying("My card was charged twice!!")
        .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED, Reason.SENSITIVE_TOPIC);
  }

  @Test
  void reasonsAreComparedAsASetInAnyOrder() {
    assertThat("We're sorry. Could you DM us your order number?")
        .toCustomerSaying("My card was charged twice!! jo@example.com")
        .goesPrivateBecause(Reason.SENSITIVE_TOPIC, Reason.PERSONAL_DATA_IN_INBOUND,
            Reason.ACCOUNT_DETAILS_NEEDED);
  }

  @Test
  void aLongThreadGoesPrivate() {
    Conversation thread = Conversation.of(
        Message.fromCustomer("My parcel is lost"), Message.fromBrand("Sorry! Which one?"),
        Message.fromCustomer("The blue one"), Message.fromBrand("Checking now."),
        Message.fromCustomer("Any news?"), Message.fromBrand("Still checking."),
        Message.fromCustomer("Hello??"));
    assertThat("Thanks for waiting, we're on it.").onChannel(Channel.X_REPLY)
        .inConversation(thread).goesPrivateBecause(Reason.LONG_THREAD);
  }

  @Test
  void goesPublicShowsTheReasonsAndTheWordsBehindThem() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Could you DM us your order number?").goesPublic());
    assertEquals("""
        Expected the reply to go public, but Tact routes it private because of ACCOUNT_DETAILS_NEEDED.

        Reply (en, public, mood unknown):
          Could you DM us your order number?

        Evidence:
          ACCOUNT_REQUEST in the reply: Could you ⟦DM us your order number⟧?
        """, error.getMessage());
    assertEquals("PUBLIC", error.getExpected().getValue());
    assertEquals("PRIVATE [ACCOUNT_DETAILS_NEEDED]", error.getActual().getValue());
  }

  @Test
  void goesPublicInJapaneseShowsTheConversation() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("お手数ですが、DMでご注文番号をお知らせください。").inLocale(Locale.JAPANESE)
            .toCustomerSaying("注文した商品がまだ届きません").goesPublic());
    assertEquals("""
        Expected the reply to go public, but Tact routes it private because of ACCOUNT_DETAILS_NEEDED.

        Reply (ja, public, mood serious):
          お手数ですが、DMでご注文番号をお知らせください。

        Conversation:
          1. customer: 注文した商品がまだ届きません

        Evidence:
          ACCOUNT_REQUEST in the reply: お手数ですが、⟦DMでご注文番号⟧をお知らせください。
        """, error.getMessage());
  }

  @Test
  void goesPrivateBecauseNamesTheReasonsFoundAndTheirEvidence() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("We're sorry. Could you DM us your order number?")
            .toCustomerSaying("My card was charged twice!! jo@example.com")
            .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED));
    assertEquals("""
        Expected the reply to go private because of ACCOUNT_DETAILS_NEEDED, but Tact routes it private because of ACCOUNT_DETAILS_NEEDED, PERSONAL_DATA_IN_INBOUND, SENSITIVE_TOPIC.

        Reply (en, public, mood serious):
          We're sorry. Could you DM us your order number?

        Conversation:
          1. customer: My card was charged twice!! jo@example.com

        Evidence:
          SENSITIVE_TOPIC (billing-refunds) in message 1: My card was ⟦charged twice⟧!! jo@example.com
          ACCOUNT_REQUEST in the reply: We're sorry. Could you ⟦DM us your order number⟧?
          personal data (EMAIL) in message 1: My card was charged twice!! ⟦jo@example.com⟧
        """, error.getMessage());
    assertEquals("PRIVATE [ACCOUNT_DETAILS_NEEDED]", error.getExpected().getValue());
    assertEquals("PRIVATE [ACCOUNT_DETAILS_NEEDED, PERSONAL_DATA_IN_INBOUND, SENSITIVE_TOPIC]",
        error.getActual().getValue());
  }

  @Test
  void goesPrivateOnAPublicRouteSaysNothingNeedsADm() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Thanks, that's fixed now.").goesPrivateBecause(Reason.LONG_THREAD));
    assertEquals("""
        Expected the reply to go private because of LONG_THREAD, but Tact routes it public.

        Reply (en, public, mood unknown):
          Thanks, that's fixed now.
        """, error.getMessage());
    AssertionFailedError any = assertThrows(AssertionFailedError.class, () ->
        assertThat("Thanks, that's fixed now.").goesPrivate());
    assertEquals("Expected the reply to go private, but Tact routes it public: nothing in the"
        + " reply or the conversation needs a DM.", any.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void goesPrivateBecauseNeedsAReason() {
    assertThrows(IllegalArgumentException.class, () ->
        assertThat("Could you DM us your order number?").goesPrivateBecause());
  }
}

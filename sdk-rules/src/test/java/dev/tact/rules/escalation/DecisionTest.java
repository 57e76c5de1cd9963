package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Author;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import dev.tact.core.Visibility;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decision rules: which reasons hold, the route on public and private channels, the thread limit. */
class DecisionTest {
  private static final EscalationPolicy POLICY = SignalExamplesTest.POLICY;

  private static Escalation decide(EscalationPolicy policy, String draft, Channel channel, Message... messages) {
    return policy.decide(new Draft(draft, Locale.ENGLISH, channel), Conversation.of(messages));
  }

  @Test
  void aSafeAnswerStaysPublic() {
    Escalation escalation = decide(POLICY, "Our stores open at 9 on Sundays!", Channel.X_REPLY,
        Message.fromCustomer("What time do you open on Sunday?"));
    assertEquals(Route.PUBLIC, escalation.route());
    assertEquals(List.of(), escalation.reasons());
    assertFalse(escalation.blocking());
  }

  @Test
  void askingForAccountDetailsMovesToADm() {
    Escalation escalation = decide(POLICY, "Sorry! Can you send us your order number?", Channel.X_REPLY,
        Message.fromCustomer("Where is my parcel?"));
    assertEquals(Route.PRIVATE, escalation.route());
    assertEquals(List.of(Reason.ACCOUNT_DETAILS_NEEDED), escalation.reasons());
    Signal signal = escalation.signals().stream()
        .filter(s -> s.kind() == SignalKind.ACCOUNT_REQUEST).findFirst().orElseThrow();
    assertEquals(Source.DRAFT, signal.source());
    assertEquals(-1, signal.message());
    assertEquals("send us your order number", signal.span().in("Sorry! Can you send us your order number?"));
  }

  @Test
  void reasonsComeSortedAndEachOnce() {
    Escalation escalation = decide(POLICY, "We're sorry about the refund. Please DM us your order number.",
        Channel.X_REPLY, Message.fromCustomer("You charged me twice and I want a refund, DM me"));
    assertEquals(List.of(Reason.ACCOUNT_DETAILS_NEEDED, Reason.SENSITIVE_TOPIC, Reason.CUSTOMER_ASKED_PRIVATE),
        escalation.reasons());
    assertTrue(escalation.has(Reason.SENSITIVE_TOPIC));
    assertFalse(escalation.has(Reason.LONG_THREAD));
  }

  @Test
  void aTopicInTheDraftCountsToo() {
    Escalation escalation = decide(POLICY, "Your refund was sent yesterday.", Channel.X_REPLY);
    assertEquals(List.of(Reason.SENSITIVE_TOPIC), escalation.reasons());
    assertEquals("billing-refunds", escalation.signals().get(0).topic());
  }

  @Test
  void theThreadLimitCountsTheBrandsPublicReplies() {
    Message customer = Message.fromCustomer("Still not working");
    Message brandPublic = Message.fromBrand("Please try restarting the app.");
    Message brandPrivate = new Message(Author.BRAND, "Here are the steps.", Visibility.PRIVATE, null);
    assertFalse(decide(POLICY, "Thanks for trying!", Channel.X_REPLY,
        customer, brandPublic, customer, brandPublic, brandPrivate, customer).has(Reason.LONG_THREAD));
    Escalation third = decide(POLICY, "Thanks for trying!", Channel.X_REPLY,
        customer, brandPublic, customer, brandPublic, customer, brandPublic, customer);
    assertEquals(List.of(Reason.LONG_THREAD), third.reasons());
    assertEquals(Route.PRIVATE, third.route());
    EscalationPolicy strict = EscalationPolicy.builder().personalDataKinds(Set.of()).threadThreshold(1).build();
    assertTrue(decide(strict, "Thanks!", Channel.X_REPLY, customer, brandPublic, customer).has(Reason.LONG_THREAD));
    assertThrows(IllegalArgumentException.class, () -> EscalationPolicy.builder().threadThreshold(0));
  }

  @Test
  void onAPrivateChannelTheRouteSaysWhetherPrivacyIsNeededAndNothingBlocks() {
    Escalation quiet = decide(POLICY, "Happy to help!", Channel.X_DM, Message.fromCustomer("Hi there"));
    assertEquals(Route.PUBLIC, quiet.route(), "nothing needs privacy: stay where you are");
    assertEquals(List.of(), quiet.reasons());
    Escalation asking = decide(POLICY, "Can you send us your order number?", Channel.X_DM,
        Message.fromCustomer("Hi there"));
    assertEquals(Route.PRIVATE, asking.route());
    assertEquals(List.of(Reason.ACCOUNT_DETAILS_NEEDED), asking.reasons());
    assertFalse(asking.blocking());
  }

  @Test
  void theDraftAnswersTheMessagesSinceTheBrandLastWrote() {
    Escalation answered = decide(POLICY, "Glad it works!", Channel.X_REPLY,
        Message.fromCustomer("can you DM me?"), Message.fromBrand("Sure, check your inbox."),
        Message.fromCustomer("All sorted, thanks"));
    assertFalse(answered.has(Reason.CUSTOMER_ASKED_PRIVATE), answered.toString());
    Escalation both = decide(POLICY, "On it!", Channel.X_REPLY,
        Message.fromCustomer("My router is broken"), Message.fromCustomer("actually just DM me"));
    assertTrue(both.has(Reason.CUSTOMER_ASKED_PRIVATE));
    Signal request = both.signals().stream()
        .filter(s -> s.kind() == SignalKind.PRIVATE_REQUEST).findFirst().orElseThrow();
    assertEquals(1, request.message());
    Escalation brandLast = decide(POLICY, "Anything else?", Channel.X_REPLY,
        Message.fromCustomer("DM me please"), Message.fromBrand("Sure!"));
    assertTrue(brandLast.has(Reason.CUSTOMER_ASKED_PRIVATE), "the latest customer message when the brand spoke last");
  }

  @Test
  void topicsCanBeTurnedOff() {
    EscalationPolicy noTopics = EscalationPolicy.builder().personalDataKinds(Set.of()).topics(Set.of()).build();
    assertEquals(List.of(), decide(noTopics, "Thanks", Channel.X_REPLY,
        Message.fromCustomer("My account was hacked")).reasons());
    EscalationPolicy legalOnly = EscalationPolicy.builder().personalDataKinds(Set.of()).topics(Set.of("legal")).build();
    assertEquals(List.of(), decide(legalOnly, "Thanks", Channel.X_REPLY,
        Message.fromCustomer("My account was hacked")).reasons());
    assertEquals(List.of(Reason.SENSITIVE_TOPIC), decide(legalOnly, "Thanks", Channel.X_REPLY,
        Message.fromCustomer("I'll call my lawyer")).reasons());
    assertThrows(IllegalArgumentException.class,
        () -> EscalationPolicy.builder().topics(Set.of("loyalty-points")).build());
  }

  @Test
  void aLanguageWithoutPhrasesStillCountsTheThreadAndNumbers() {
    Escalation escalation = POLICY.decide(new Draft("Danke", Locale.forLanguageTag("nl"), Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("bestelling 12345 is niet aangekomen")));
    assertEquals(Route.PUBLIC, escalation.route());
    assertEquals(Sender.CUSTOMER, escalation.sender());
  }

  @Test
  void toStringNamesNoText() {
    Escalation escalation = decide(POLICY, "Can you send us your order number?", Channel.X_REPLY,
        Message.fromCustomer("secret stuff, DM me"));
    assertFalse(escalation.toString().contains("secret"));
    assertFalse(escalation.toString().contains("order number"));
  }
}

package dev.tact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.i18n.DmLinks;
import dev.tact.i18n.Handoff;
import dev.tact.i18n.HandoffReply;
import dev.tact.rules.escalation.EscalationConfig;
import dev.tact.rules.escalation.EscalationPolicy;
import dev.tact.rules.escalation.Reason;
import dev.tact.rules.escalation.Route;
import dev.tact.rules.escalation.Sender;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A review carries the escalation, and personal data in a public draft among its findings. */
class TactEscalationTest {
  private static final Tact TACT = Tact.builder().build();

  @Test
  void aReviewCarriesTheEscalation() {
    Review review = TACT.review(
        new Draft("Sorry about that! Can you send us your order number?", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("My parcel from last week never arrived, DM me")));
    assertEquals(Route.PRIVATE, review.escalation().route());
    assertEquals(List.of(Reason.ACCOUNT_DETAILS_NEEDED, Reason.CUSTOMER_ASKED_PRIVATE), review.escalation().reasons());
    assertEquals(Sender.CUSTOMER, review.escalation().sender());
    assertFalse(review.escalation().blocking());
    assertTrue(review.findings().stream().noneMatch(f -> f.ruleId().equals(EscalationPolicy.PERSONAL_DATA_RULE)));
  }

  @Test
  void toneFindingsStayAsTheyWere() {
    Draft draft = new Draft("Please just restart the app.", Locale.ENGLISH, Channel.X_REPLY);
    Conversation conversation = Conversation.of(Message.fromCustomer("Third time asking!! Still broken"));
    Review review = TACT.review(draft, conversation);
    assertEquals(TACT.tone().check(draft, conversation), review.findings());
    assertEquals(Route.PUBLIC, review.escalation().route());
  }

  @Test
  void aPublicDraftWithAnEmailIsBlockingAndFlaggedWhereTheAddressIs() {
    String text = "Please just check your inbox, we wrote to jane.doe@example.com yesterday.";
    Review review = TACT.review(new Draft(text, Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("I never got the confirmation!!")));
    assertTrue(review.escalation().blocking());
    assertTrue(review.escalation().has(Reason.PERSONAL_DATA_IN_DRAFT));
    Finding privacy = review.findings().stream()
        .filter(f -> f.ruleId().equals(EscalationPolicy.PERSONAL_DATA_RULE)).findFirst().orElseThrow();
    assertEquals("jane.doe@example.com", privacy.span().in(text));
    assertEquals(Severity.ERROR, privacy.severity());
    assertTrue(privacy.message().contains("e-mail address"), privacy.message());
    assertFalse(privacy.message().contains("jane"), "the message does not repeat the data");
    assertFalse(privacy.replacement().contains("jane"), "the fix masks the data");
    assertEquals(privacy.span().length(), privacy.replacement().length());
    assertFalse(review.escalation().redactedDraft().contains("jane.doe"));
    assertTrue(review.hasFindingsAtLeast(Severity.ERROR));
    List<Finding> findings = review.findings();
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(findings.get(i - 1).span().compareTo(findings.get(i).span()) <= 0, "sorted by span: " + findings);
    }
    assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("tone.minimizing")), "tone findings are kept");
  }

  @Test
  void aPrivateDraftMayHoldPersonalData() {
    Review review = TACT.review(
        new Draft("We've re-sent it to jane.doe@example.com.", Locale.ENGLISH, Channel.X_DM),
        Conversation.of(Message.fromCustomer("never got my confirmation")));
    assertFalse(review.escalation().blocking());
    assertTrue(review.escalation().has(Reason.PERSONAL_DATA_IN_DRAFT));
    assertTrue(review.findings().stream().noneMatch(f -> f.ruleId().equals(EscalationPolicy.PERSONAL_DATA_RULE)));
  }

  @Test
  void personalDataInTheCustomersMessageMovesToADm() {
    Review review = TACT.review(new Draft("Sorry to hear that!", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("my email is jane.doe@example.com and I can't log in")));
    assertEquals(List.of(Reason.PERSONAL_DATA_IN_INBOUND), review.escalation().reasons());
    assertEquals(0, review.escalation().personalData().get(0).message());
  }

  @Test
  void aTenantsConfigurationIsUsed() {
    Tact acme = Tact.builder()
        .escalation(EscalationConfig.parse("threadThreshold: 1\npersonalData: []\n", "acme.yaml"))
        .build();
    Review review = acme.review(new Draft("Thanks!", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("hi"), Message.fromBrand("Hello!"), Message.fromCustomer("it broke")));
    assertEquals(List.of(Reason.LONG_THREAD), review.escalation().reasons());
    Tact strict = Tact.builder().escalation(EscalationPolicy.builder().threadThreshold(1).build()).build();
    assertEquals(1, strict.escalation().threadThreshold());
  }

  @Test
  void aPrivateRouteComesWithAHandoffInTheCustomersLanguageAndADmLink() {
    Tact withAccounts = Tact.builder().handoff(Handoff.builder()
        .links(DmLinks.builder().x("783214").build()).build()).build();
    Review review = withAccounts.review(
        new Draft("Bitte schicken Sie uns Ihre Bestellnummer.", Locale.GERMAN, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("Mein Paket ist nicht angekommen!")));
    Customer anna = Customer.builder().givenName("Anna")
        .familyName("Schmidt").locale(Locale.GERMAN).build();
    HandoffReply reply = withAccounts
        .handoff(review, anna, Channel.X_REPLY, Instant.parse("2026-11-26T10:00:00Z"))
        .orElseThrow();
    assertTrue(reply.message().contains("Anna Schmidt"), reply.message());
    assertTrue(reply.link().orElseThrow().toString()
        .startsWith("https://x.com/messages/compose?recipient_id=783214&text="), reply.text());
  }

  @Test
  void aPublicRouteHasNoHandoff() {
    Review review = TACT.review(new Draft("Happy to help!", Locale.ENGLISH, Channel.X_REPLY),
        Conversation.of(Message.fromCustomer("Do you ship to Canada?")));
    assertEquals(Route.PUBLIC, review.escalation().route());
    assertTrue(TACT.handoff(review, Customer.anonymous(), Channel.X_REPLY,
        Instant.EPOCH).isEmpty());
  }
}

package dev.tact.examples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.rules.escalation.Reason;
import dev.tact.rules.escalation.Route;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the composer shows for one draft: marks, route, send button, the handoff it offers. */
class ReplyComposerTest {
  static final Instant NOW = Instant.parse("2026-11-24T13:09:00Z");
  static final Helpdesk HELPDESK = Helpdesk.start(Clock.fixed(NOW, ZoneOffset.UTC));
  static final Customer JANE = Customer.builder().givenName("Jane").familyName("Smith")
      .locale(Locale.US).zone(ZoneId.of("America/New_York")).build();
  static final Ticket UPSET_JANE = new Ticket(JANE,
      Conversation.of(Message.fromCustomer("Third time asking!! The app still crashes")), Channel.X_REPLY);

  static ComposerView show(Ticket ticket, String draft) {
    return HELPDESK.composer().show(ticket, draft, NOW);
  }

  @Test
  void minimizingWordsToAnUpsetCustomerAreMarkedWithTheBestSuggestionAndBlockSending() {
    ComposerView view = show(UPSET_JANE, "Sorry about that, Jane. Please just reinstall the app.");
    assertEquals("Sorry about that, Jane. Please ⟦just reinstall⟧ the app.", view.markedDraft());
    Mark mark = view.marks().get(0);
    assertEquals(List.of("tone.minimizing", Severity.ERROR, "just reinstall", "Could you try …"),
        List.of(mark.ruleId(), mark.severity(), mark.words(), mark.suggestion()));
    assertTrue(view.sendBlocked());
    assertEquals(Route.PUBLIC, view.route());
    assertTrue(view.offeredHandoff().isEmpty());
  }

  @Test
  void aCalmHelpfulReplyIsCleanAndCanBeSent() {
    ComposerView view = show(UPSET_JANE,
        "Sorry about the crashes, Jane. Our team is on it and we'll post an update by 5 PM today.");
    assertEquals(List.of(), view.marks());
    assertEquals(0, view.heldBack());
    assertFalse(view.sendBlocked());
    assertEquals(List.of("draft: Sorry about the crashes, Jane. Our team is on it and we'll post an"
        + " update by 5 PM today.", "route PUBLIC · send enabled"), view.screen());
  }

  @Test
  void findingsOnTheWordBeingTypedWaitUntilItIsFinished() {
    ComposerView typing = show(UPSET_JANE, "Sorry, Jane. Please just reinst");
    ComposerView typed = show(UPSET_JANE, "Sorry, Jane. Please just reinstall ");
    assertEquals(List.of(), typing.marks());
    assertEquals("Sorry, Jane. Please just reinst", typing.markedDraft());
    assertEquals("Sorry, Jane. Please ⟦just reinstall⟧ ", typed.markedDraft());
    assertEquals(0, typed.heldBack());
  }

  @Test
  void heldBackFindingsStillBlockSendingBecauseSendingSendsTheDraftAsItIs() {
    ComposerView view = show(UPSET_JANE, "S");
    assertEquals(List.of(), view.marks());
    assertEquals(1, view.heldBack());   // tone.no-acknowledgement: "S" acknowledges nothing yet
    assertTrue(view.sendBlocked());
  }

  @Test
  void askingForAccountDetailsInPublicOffersTheHandoffWithAOneClickDmLink() {
    ComposerView view = show(UPSET_JANE, "Sorry, Jane. Could you send us your order number?");
    assertEquals(Route.PRIVATE, view.route());
    assertEquals(List.of(Reason.ACCOUNT_DETAILS_NEEDED), view.reasons());
    assertEquals("Thank you, Jane. To look into this, we need a few details from your account, and"
        + " those are best kept private. Please send us a DM and a team member will take it from there.\n"
        + "https://x.com/messages/compose?recipient_id=783214&text=Hello%2C%20I%27m%20writing%20about"
        + "%20my%20earlier%20message%2E", view.offeredHandoff().orElseThrow());
  }

  @Test
  void onFacebookTheHandoffLinksToMessenger() {
    Ticket onFacebook = new Ticket(JANE, UPSET_JANE.conversation(), Channel.FACEBOOK_COMMENT);
    String handoff = show(onFacebook, "Sorry, Jane. Could you send us your order number?")
        .offeredHandoff().orElseThrow();
    assertTrue(handoff.endsWith("\nhttps://m.me/acmeshop"), handoff);
  }

  @Test
  void inADirectMessageAPrivateRouteIsAlreadySatisfiedSoNothingIsOffered() {
    Ticket inDm = new Ticket(JANE, UPSET_JANE.conversation(), Channel.X_DM);
    ComposerView view = show(inDm, "Sorry, Jane. Could you send us your order number?");
    assertEquals(Route.PRIVATE, view.route());
    assertTrue(view.offeredHandoff().isEmpty());
  }

  @Test
  void personalDataInAPublicJapaneseReplyIsMarkedBlockedAndShownRedacted() {
    Customer yuki = Customer.builder().familyName("田中").locale(Locale.JAPAN)
        .zone(ZoneId.of("Asia/Tokyo")).build();
    Ticket ticket = new Ticket(yuki,
        Conversation.of(Message.fromCustomer("荷物がまだ届きません")), Channel.X_REPLY);
    ComposerView view = show(ticket, "ご注文ACME-104233は本日発送いたしました。");
    assertEquals("ご注文⟦ACME-104233⟧は本日発送いたしました。", view.markedDraft());
    assertEquals("privacy.personal-data", view.marks().get(0).ruleId());
    assertEquals("ご注文•••••••••••は本日発送いたしました。", view.redactedDraft());
    assertTrue(view.sendBlocked());
    assertEquals(List.of(Reason.PERSONAL_DATA_IN_DRAFT), view.reasons());
  }

  @Test
  void theSameOrderNumberInADirectMessageIsFine() {
    Customer yuki = Customer.builder().familyName("田中").locale(Locale.JAPAN).build();
    Ticket inDm = new Ticket(yuki, Conversation.of(Message.fromCustomer("荷物がまだ届きません")),
        Channel.X_DM);
    ComposerView view = show(inDm, "ご注文ACME-104233は本日発送いたしました。");
    assertFalse(view.sendBlocked(), view.screen().toString());
    assertNull(view.redactedDraft());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      de | Schick uns bitte deine Bestellnummer per DM.     | Vielen Dank
      fr | Envoyez-nous votre numéro de commande.           | Merci
      es | Envíanos por DM tu número de pedido.             | Gracias
      pt | Qual é o seu CPF cadastrado?                     | Obrigad
      """)
  void theHandoffIsOfferedInTheCustomersLanguage(String language, String draft, String thanks) {
    Customer customer = Customer.builder().givenName("Alex").locale(Locale.forLanguageTag(language))
        .build();
    ComposerView view = show(new Ticket(customer, Conversation.empty(), Channel.X_REPLY), draft);
    assertEquals(List.of(Reason.ACCOUNT_DETAILS_NEEDED), view.reasons());
    String handoff = view.offeredHandoff().orElseThrow();
    assertTrue(handoff.startsWith(thanks), handoff);
    assertTrue(handoff.contains("\nhttps://x.com/messages/compose?recipient_id=783214&text="), handoff);
  }
}

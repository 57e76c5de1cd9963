package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Troll or upset customer (REQUIREMENTS E5): upset customers give specifics (orders, products,
 * dates, numbers, past attempts, a question), even when they swear; trolls are vague, extreme and
 * aim at the business in general; in between is UNSURE.
 */
class SenderTest {
  private static Escalation decide(String language, String inbound) {
    return SignalExamplesTest.POLICY.decide(
        new Draft("Thanks for reaching out.", Locale.forLanguageTag(language), Channel.X_REPLY),
        Conversation.of(Message.fromCustomer(inbound)));
  }

  private static void sender(Sender expected, String language, String inbound) {
    Escalation escalation = decide(language, inbound);
    assertEquals(expected, escalation.sender(), inbound + " " + escalation.signals());
  }

  @Test
  void upsetCustomersWhoSwearButGiveSpecificsAreCustomers() {
    sender(Sender.CUSTOMER, "en", "WTF, my order from last week still hasn't arrived, this is bullshit");
    sender(Sender.CUSTOMER, "en", "You idiots charged my card twice on 3/12");
    sender(Sender.CUSTOMER, "de", "Verdammt, ich habe dreimal angerufen und mein Paket ist immer noch nicht da");
    sender(Sender.CUSTOMER, "fr", "Putain, j'ai déjà appelé deux fois pour ma box");
    sender(Sender.CUSTOMER, "es", "Joder, mi pedido lleva dos semanas sin llegar");
    sender(Sender.CUSTOMER, "pt", "Porra, meu pedido não chegou até hoje");
    sender(Sender.CUSTOMER, "ja", "クソ、昨日注文した商品がまだ届かない");
  }

  @Test
  void vagueExtremeHostilityAtTheBusinessIsLikelyTrolling() {
    sender(Sender.LIKELY_TROLL, "en", "Worst company ever. You are all scammers, hope you go bankrupt");
    sender(Sender.LIKELY_TROLL, "en", "lol you clowns");
    sender(Sender.LIKELY_TROLL, "de", "Ihr seid alle Betrüger, Finger weg von diesem Saftladen");
    sender(Sender.LIKELY_TROLL, "fr", "Bande d'escrocs, boycott !");
    sender(Sender.LIKELY_TROLL, "es", "Son unos ladrones, ojalá quiebren");
    sender(Sender.LIKELY_TROLL, "pt", "Vocês são todos golpistas, boicotem essa empresa");
    sender(Sender.LIKELY_TROLL, "ja", "この会社は詐欺。潰れろ");
  }

  @Test
  void aQuestionWithoutSpecificsIsAnsweredAsGenuine() {
    sender(Sender.CUSTOMER, "en", "How do I change my delivery address?");
    sender(Sender.UNSURE, "en", "Why are you all such scammers?");
    sender(Sender.CUSTOMER, "ja", "営業時間はいつですか？");
  }

  @Test
  void nothingThatTellsIsUnsure() {
    sender(Sender.UNSURE, "en", "Your service is terrible.");
    sender(Sender.UNSURE, "de", "Naja.");
    assertEquals(Sender.UNSURE, SignalExamplesTest.POLICY.decide(
        new Draft("Hello!", Locale.ENGLISH, Channel.X_REPLY), Conversation.empty()).sender());
  }

  @Test
  void theSignalsShowWhy() {
    Escalation escalation = decide("en", "You clowns lost my parcel on 3 May");
    assertTrue(escalation.signals().stream().anyMatch(s -> s.kind() == SignalKind.INSULT
        && s.words().equals("clowns") && s.source() == Source.INBOUND && s.message() == 0), escalation.signals().toString());
    assertTrue(escalation.signals().stream().anyMatch(s -> s.kind() == SignalKind.SPECIFIC_DETAIL
        && s.words().equals("my parcel")), escalation.signals().toString());
    assertTrue(escalation.signals().stream().anyMatch(s -> s.kind() == SignalKind.NUMBER
        && s.words().equals("3") && s.span().start() == 29), escalation.signals().toString());
  }
}

package dev.tact.rules.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.rules.internal.Marks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.tact.rules.Mood;
import dev.tact.rules.Rule;
import dev.tact.rules.ToneChecker;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The bot-disclosure rule is registered and checks only drafts a bot wrote
 * ({@link Draft#automated()}); a person's draft is never reported.
 */
class BotDisclosureRuleTest {
  private static final String RULE = "tone.bot-disclosure";
  private static final ToneChecker BOT = Expect.BUILT_IN;

  private static void check(String language, String marked) {
    check(language, Conversation.empty(), marked);
  }

  private static void check(String language, Conversation conversation, String marked) {
    Marks.Marked expected = Marks.parse(marked);
    Draft draft = Draft.automated(expected.text(), Locale.forLanguageTag(language), Channel.PUBLIC);
    List<dev.tact.core.Span> actual = new ArrayList<>();
    for (Finding finding : BOT.check(draft, conversation, Mood.UNKNOWN)) {
      if (finding.ruleId().equals(RULE)) {
        actual.add(finding.span());
      }
    }
    assertEquals(Marks.mark(expected.text(), expected.spans()), Marks.mark(expected.text(), actual));
  }

  @Test
  void isRegisteredAndChecksOnlyAutomatedDrafts() {
    boolean registered = false;
    for (Rule rule : ServiceLoader.load(Rule.class, Rule.class.getClassLoader())) {
      registered |= rule instanceof BotDisclosureRule;
    }
    assertTrue(registered);
    Expect.marks(RULE, "en", Mood.UNKNOWN, "Your order ships today.");
    Expect.marks(RULE, "ja", Mood.UPSET, "ご注文は本日発送予定です。");
    check("en", "⟦Your order ships today.⟧");
  }

  @Test
  void aBotSaysItIsOneAndHowToReachAPerson() {
    check("en", "I'm Acme's virtual assistant. Your order ships today. Reply 'agent' to talk to a person.");
    check("en", "⟦Your order ships today.⟧");
    check("en", "⟦This is an automated reply: your order ships today.⟧");
    check("en", "⟦Your order ships today. Reply \"agent\" to chat with a human.⟧");
    check("ja", "こちらは自動応答です。ご注文は本日発送予定です。オペレーターにおつなぎする場合は「オペレーター」と送信してください。");
    check("ja", "⟦ご注文は本日発送予定です。⟧");
    check("de", "Ich bin der virtuelle Assistent von Acme. Schreib „Mitarbeiter“, um mit einem Menschen zu sprechen.");
    check("fr", "Ceci est une réponse automatique. Répondez « conseiller » pour parler à un conseiller.");
    check("es", "Soy el asistente virtual de Acme. Escribe \"agente\" para hablar con una persona.");
    check("pt", "Sou a assistente virtual da Acme. Digite \"atendente\" para falar com um atendente.");
    check("pt", "⟦Seu pedido sai hoje.⟧");
  }

  @Test
  void sayingItOncePerConversationIsEnough() {
    Conversation told = Conversation.of(
        Message.fromCustomer("Where is my order?"),
        Message.fromBrand("Hi! I'm Acme's virtual assistant. Reply 'agent' anytime to talk to a person."),
        Message.fromCustomer("Order 4411"));
    check("en", told, "Order 4411 ships today.");
    Conversation notTold = Conversation.of(Message.fromCustomer("Where is my order?"));
    check("en", notTold, "⟦Order 4411 ships today.⟧");
  }

  @Test
  void theWayToAPersonCountsQuotedButTheDisclosureMustBeTheBotsOwnWords() {
    check("en", "I'm Acme's virtual assistant. Type 'talk to a person' any time.");
    check("ja", "自動応答です。担当者との会話をご希望の際は「有人チャット」と入力してください。");
    check("fr", "Je suis un assistant virtuel. Tapez « parler à un conseiller » à tout moment.");
    check("es", "Soy un asistente virtual. Escribe 'hablar con un agente' cuando quieras.");
    check("pt", "Sou um assistente virtual. Digite 'falar com um atendente' quando quiser.");
    check("en", "⟦You asked 'is this an automated reply?' Your order ships today. Reply 'agent' to talk to a person.⟧");
    check("de", "⟦Sie fragten „Bist du ein Chatbot?“ Schreiben Sie „Mitarbeiter“, um mit einem Menschen zu sprechen.⟧");
  }
}

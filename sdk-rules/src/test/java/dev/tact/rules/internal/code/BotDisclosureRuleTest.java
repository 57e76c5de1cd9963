package dev.tact.rules.internal.code;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tact.core.Conversation;
import dev.tact.core.Message;
import dev.tact.rules.Mood;
import dev.tact.rules.Rule;
import dev.tact.rules.ToneChecker;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The bot-disclosure rule is not registered (a draft does not say whether a bot wrote it), so these
 * examples run on a checker that adds it, as one that only sees bot drafts would.
 */
class BotDisclosureRuleTest {
  private static final String RULE = "tone.bot-disclosure";
  private static final ToneChecker BOT = ToneChecker.builder().builtInPacks().rule(new BotDisclosureRule()).build();

  private static void check(String language, String marked) {
    Expect.marks(BOT, RULE, language, Conversation.empty(), Mood.UNKNOWN, marked);
  }

  @Test
  void isNotRegisteredUntilDraftsSayWhoWroteThem() {
    for (Rule rule : ServiceLoader.load(Rule.class, Rule.class.getClassLoader())) {
      assertFalse(rule instanceof BotDisclosureRule);
    }
    Expect.marks(RULE, "en", Mood.UNKNOWN, "Your order ships today.");
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
    Expect.marks(BOT, RULE, "en", told, Mood.UNKNOWN, "Order 4411 ships today.");
    Conversation notTold = Conversation.of(Message.fromCustomer("Where is my order?"));
    Expect.marks(BOT, RULE, "en", notTold, Mood.UNKNOWN, "⟦Order 4411 ships today.⟧");
  }
}

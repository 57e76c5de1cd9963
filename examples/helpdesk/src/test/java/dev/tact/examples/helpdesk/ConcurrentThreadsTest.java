package dev.tact.examples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import dev.tact.core.Message;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Agents type in several threads at once; the one shared composer (and Tact behind it) answers each
 * exactly as it would alone.
 */
class ConcurrentThreadsTest {
  record Typing(Ticket ticket, String draft) {}

  static final List<Typing> AGENTS = List.of(
      new Typing(ticket("Jane", Locale.US, "America/New_York",
          "Third time asking!! The app still crashes"),
          "Sorry about the crashes, Jane. Please just reinstall the app and send us your order number."),
      new Typing(ticket("由紀", Locale.JAPAN, "Asia/Tokyo", "注文ACME-104233がまだ届かない"),
          "ご不便をおかけしております。ご注文ACME-104233は配送状況を確認するだけで大丈夫です。"),
      new Typing(ticket("Anna", Locale.GERMANY, "Europe/Berlin", "Schreib mir bitte privat"),
          "Tut uns leid, Anna. Schick uns bitte deine Bestellnummer per DM."),
      new Typing(ticket("Marie", Locale.FRANCE, "Europe/Paris", "Mon colis n'est jamais arrivé"),
          "Désolés, Marie. Envoyez-nous votre numéro de commande en privé."),
      new Typing(ticket("Lucía", Locale.forLanguageTag("es-ES"), "Europe/Madrid", "¿Dónde está mi pedido?"),
          "Lo sentimos, Lucía. Envíanos por DM tu número de pedido."),
      new Typing(ticket("João", Locale.forLanguageTag("pt-BR"), "America/Sao_Paulo", "Meu pedido não chegou"),
          "Sinto muito, João. Qual é o seu CPF cadastrado?"));

  static Ticket ticket(String name, Locale locale, String zone, String post) {
    Customer customer = Customer.builder().givenName(name).locale(locale).zone(ZoneId.of(zone)).build();
    return new Ticket(customer, Conversation.of(Message.fromCustomer(post)), Channel.X_REPLY);
  }

  /** Every panel the composer shows while {@code typing.draft()} is typed, one per keystroke. */
  static List<ComposerView> type(Typing typing) {
    List<ComposerView> panels = new ArrayList<>();
    String draft = typing.draft();
    for (int end = 0; end < draft.length(); ) {
      end = draft.offsetByCodePoints(end, 1);
      panels.add(ReplyComposerTest.HELPDESK.composer()
          .show(typing.ticket(), draft.substring(0, end), ReplyComposerTest.NOW));
    }
    return panels;
  }

  @Test
  void agentsTypingAtOnceSeeWhatTheyWouldSeeAlone() throws Exception {
    List<List<ComposerView>> alone = new ArrayList<>();
    for (Typing typing : AGENTS) {
      alone.add(type(typing));
    }
    int rounds = 4;
    ExecutorService pool = Executors.newFixedThreadPool(AGENTS.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ComposerView>>> results = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (Typing typing : AGENTS) {
          Callable<List<ComposerView>> agent = () -> {
            start.await();
            return type(typing);
          };
          results.add(pool.submit(agent));
        }
      }
      start.countDown();
      for (int i = 0; i < results.size(); i++) {
        assertEquals(alone.get(i % AGENTS.size()), results.get(i).get(), AGENTS.get(i % AGENTS.size()).draft());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package dev.tact.examples.helpdesk;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import dev.tact.core.Message;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A scripted session at Acme's helpdesk: a message arrives (English from New York, then Japanese
 * from Tokyo), the customer gets the automatic acknowledgement, and an agent types a public reply
 * on X. The composer reviews the draft at every keystroke; the session prints the panel each time
 * it changes, then what the agent sends.
 *
 * <p>Run it with {@code mvn -q -pl examples/helpdesk -am compile exec:java
 * -Dexec.mainClass=dev.tact.examples.helpdesk.ScriptedSession}, or through {@code
 * ScriptedSessionTest} in {@code mvn verify}.
 */
public final class ScriptedSession {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  /** How long after the message the agent starts typing. */
  private static final Duration PICK_UP = Duration.ofMinutes(4);

  private final Helpdesk helpdesk;
  private final PrintStream out;

  ScriptedSession(Helpdesk helpdesk, PrintStream out) {
    this.helpdesk = helpdesk;
    this.out = out;
  }

  /** Prints the session: one English and one Japanese conversation. */
  public static void main(String[] args) {
    ScriptedSession session = new ScriptedSession(Helpdesk.start(Clock.systemUTC()), System.out);
    session.conversation(
        Customer.builder().givenName("Jane").familyName("Smith").locale(Locale.US)
            .zone(ZoneId.of("America/New_York")).build(),
        "Third time asking!! The app crashes every time I open my cart since the update.",
        Instant.parse("2026-11-24T13:05:00Z"),
        "Sorry about the crashes, Jane. Please just reinstall the app."
            + " If it still crashes, send us your order number.");
    session.out.println();
    session.conversation(
        Customer.builder().familyName("田中").givenName("由紀").locale(Locale.JAPAN)
            .zone(ZoneId.of("Asia/Tokyo")).build(),
        "何度も問い合わせているのに返事がありません！注文ACME-104233がまだ届かない",
        Instant.parse("2026-11-24T23:40:00Z"),
        "ご不便をおかけしております。ご注文ACME-104233は配送状況を確認するだけで大丈夫です。");
  }

  /**
   * One conversation: the customer's public post on X arrives at {@code receivedAt}, then the agent
   * types {@code draft} one character at a time.
   */
  void conversation(Customer customer, String post, Instant receivedAt, String draft) {
    ZoneId zone = customer.zone().orElse(ZoneId.of("UTC"));
    out.println("── " + customer.givenName().orElse("") + " on X, "
        + LOCAL.format(receivedAt.atZone(zone)) + " their time: " + post);
    out.println("auto-reply: " + helpdesk.acknowledge(customer, receivedAt));

    Ticket ticket = new Ticket(customer, Conversation.of(Message.fromCustomer(post)), Channel.X_REPLY);
    Instant now = receivedAt.plus(PICK_UP);
    @Nullable ComposerView shown = null;
    int keystrokes = 0;
    for (int end = 0; end < draft.length(); ) {
      end = draft.offsetByCodePoints(end, 1);
      keystrokes++;
      ComposerView view = helpdesk.composer().show(ticket, draft.substring(0, end), now);
      if (shown == null || !view.samePanelAs(shown)) {
        out.println("keystroke " + keystrokes + ":");
        print(view, shown == null ? null : shown.handoff());
        shown = view;
      }
    }
    // The agent presses send: the composer answers once more for the whole draft.
    ComposerView last = helpdesk.composer().show(ticket, draft, now);
    out.println("the agent sends"
        + last.offeredHandoff().map(reply -> " the handoff:\n  " + reply.replace("\n", "\n  "))
            .orElseGet(() -> last.sendBlocked() ? " nothing: the draft is blocked" : ":\n  " + draft));
  }

  /** Prints the panel; a handoff already printed just before is not repeated. */
  private void print(ComposerView view, @Nullable String handoffAbove) {
    view.status().forEach(line -> out.println("  " + line));
    view.offeredHandoff().ifPresent(handoff -> out.println(handoff.equals(handoffAbove)
        ? "  offer instead: the handoff above"
        : "  offer instead:\n    " + handoff.replace("\n", "\n    ")));
  }
}

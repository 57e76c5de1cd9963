package dev.tact.i18n;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A ready public reply that moves a conversation to a private message: the {@link #message()} in
 * the customer's language and the {@link #link()} that opens the private conversation, joined in
 * {@link #text()}.
 *
 * <pre>{@code
 * HandoffReply reply = handoff.reply(jane, Set.of(HandoffReason.ACCOUNT_DETAILS_NEEDED),
 *     Channel.X_REPLY, now);
 * reply.text();
 * // "Thank you, Jane. To look into this, we need a few details from your account, and those are
 * //  best kept private. Please send us a DM and a team member will take it from there.
 * //  https://x.com/messages/compose?recipient_id=783214&text=Hello%2C%20I%27m%20writing..."
 * }</pre>
 *
 * <p>Immutable.
 */
public final class HandoffReply {
  private final @Nullable HandoffReason reason;
  private final String message;
  private final @Nullable URI link;
  private final String text;

  HandoffReply(@Nullable HandoffReason reason, String message, @Nullable URI link, String text) {
    this.reason = reason;
    this.message = message;
    this.link = link;
    this.text = text;
  }

  /** The reason the message speaks to; empty for the general wording. */
  public Optional<HandoffReason> reason() {
    return Optional.ofNullable(reason);
  }

  /** The message alone, in the handoff's output format. */
  public String message() {
    return message;
  }

  /** The link that opens a private message to the brand; empty when the channel has none. */
  public Optional<URI> link() {
    return Optional.ofNullable(link);
  }

  /**
   * The message followed by the link on a new line, the link written for the output format (as is
   * in plain text, {@code &} as {@code &amp;} in HTML, in angle brackets in Markdown); the message
   * alone when there is no link.
   */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HandoffReply other
        && reason == other.reason
        && message.equals(other.message)
        && Objects.equals(link, other.link)
        && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, message, link, text);
  }

  @Override
  public String toString() {
    return text;
  }
}

package dev.tact.rules.escalation;

import dev.tact.core.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence behind an {@link Escalation}: what was found, in which text, where, and the
 * words as written, so that an agent sees why.
 *
 * <pre>{@code
 * for (Signal signal : escalation.signals()) {
 *   // PRIVATE_REQUEST in INBOUND message 0 at [18, 23): "DM me"
 *   ui.highlight(signal.source(), signal.message(), signal.span(), signal.kind());
 * }
 * }</pre>
 *
 * @param kind what it is
 * @param topic the topic id for {@link SignalKind#SENSITIVE_TOPIC} ({@code billing-refunds},
 *     {@code account-security}, {@code legal}, {@code health-safety}, {@code data-privacy} or a
 *     tenant's own), null for every other kind
 * @param source the text it was found in
 * @param message for {@link Source#INBOUND}, the index of the customer's message in {@link
 *     dev.tact.core.Conversation#messages()}; {@code -1} for the draft
 * @param span where it is, in UTF-16 offsets into that text as given
 * @param words the text at {@code span}
 */
public record Signal(
    SignalKind kind, @Nullable String topic, Source source, int message, Span span, String words) {
  /** Validates the parts. */
  public Signal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(words, "words");
    if ((kind == SignalKind.SENSITIVE_TOPIC) != (topic != null)) {
      throw new IllegalArgumentException("a topic goes with SENSITIVE_TOPIC signals only, got "
          + kind + " with topic " + topic);
    }
    if (source == Source.DRAFT ? message != -1 : message < 0) {
      throw new IllegalArgumentException(
          "message is -1 for the draft and a message index for inbound text, got " + message);
    }
  }
}

package dev.tact.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * How the customer feels, as read from the messages a reply answers. Rules are stricter with an
 * upset customer: a minimizing phrase is an error there, and humor is only acceptable when the
 * customer's own message is light (REQUIREMENTS T1, T5).
 *
 * <pre>{@code
 * Mood mood = checker.mood(Conversation.of(Message.fromCustomer("Third time asking!! Still broken")),
 *     Locale.ENGLISH);   // UPSET
 * }</pre>
 */
public enum Mood {
  /** Complaints, repeated attempts ("third time", 「何度も」), shouting, angry emoji. */
  UPSET,
  /** A problem or request without signs of anger: a refund, a broken order, a question. */
  SERIOUS,
  /** Jokes, "lol", 😂, 「笑」, and nothing serious or upset. */
  LIGHT,
  /** No message to read, or nothing in it that tells. */
  UNKNOWN;

  /** The name used in rule metadata files: {@code upset}, {@code serious}, {@code light}, {@code unknown}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mood with this {@linkplain #key() key}, if there is one. */
  public static Optional<Mood> ofKey(String key) {
    for (Mood mood : values()) {
      if (mood.key().equals(key)) {
        return Optional.of(mood);
      }
    }
    return Optional.empty();
  }
}

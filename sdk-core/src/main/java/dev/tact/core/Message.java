package dev.tact.core;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message of a {@link Conversation}.
 *
 * <pre>{@code
 * Message inbound = new Message(Author.CUSTOMER, "Still can't log in!!", Visibility.PUBLIC,
 *     Instant.parse("2026-11-22T09:15:00Z"));
 * }</pre>
 *
 * @param author who wrote it
 * @param text what it says
 * @param visibility whether it was posted publicly or privately
 * @param time when it was sent, or null when unknown
 */
public record Message(Author author, String text, Visibility visibility, @Nullable Instant time) {
  /** Rejects nulls, except for an unknown time. */
  public Message {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visibility, "visibility");
  }

  /** A public message from the customer, with no time. */
  public static Message fromCustomer(String text) {
    return new Message(Author.CUSTOMER, text, Visibility.PUBLIC, null);
  }

  /** A public reply from the brand, with no time. */
  public static Message fromBrand(String text) {
    return new Message(Author.BRAND, text, Visibility.PUBLIC, null);
  }
}

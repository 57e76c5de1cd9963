package dev.tact.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The messages a reply answers, oldest first.
 *
 * <pre>{@code
 * Conversation thread = Conversation.of(
 *     Message.fromCustomer("My order never arrived"),
 *     Message.fromBrand("Sorry to hear that! Which order was it?"),
 *     Message.fromCustomer("The blue one, I already told you twice"));
 * thread.latestFromCustomer();       // the last message
 * thread.publicRepliesFromBrand();   // 1
 * }</pre>
 */
public final class Conversation {
  private static final Conversation EMPTY = new Conversation(List.of());

  private final List<Message> messages;

  private Conversation(List<Message> messages) {
    this.messages = messages;
  }

  /** A conversation with no messages: a reply that starts a thread. */
  public static Conversation empty() {
    return EMPTY;
  }

  /** A conversation of these messages, oldest first. */
  public static Conversation of(Message... messages) {
    return of(List.of(messages));
  }

  /** A conversation of these messages, oldest first. */
  public static Conversation of(List<Message> messages) {
    List<Message> copy = List.copyOf(messages);
    return copy.isEmpty() ? EMPTY : new Conversation(copy);
  }

  /** This conversation with one more message at the end. */
  public Conversation with(Message message) {
    List<Message> longer = new ArrayList<>(messages.size() + 1);
    longer.addAll(messages);
    longer.add(Objects.requireNonNull(message, "message"));
    return new Conversation(List.copyOf(longer));
  }

  /** The messages, oldest first. */
  public List<Message> messages() {
    return messages;
  }

  /** The customer's most recent message, if there is one. */
  public Optional<Message> latestFromCustomer() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).author() == Author.CUSTOMER) {
        return Optional.of(messages.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The customer's messages since the brand last replied, oldest first: what the next reply
   * answers.
   */
  public List<Message> unansweredFromCustomer() {
    int start = messages.size();
    while (start > 0 && messages.get(start - 1).author() == Author.CUSTOMER) {
      start--;
    }
    return messages.subList(start, messages.size());
  }

  /** How many replies the brand has posted publicly in this conversation. */
  public int publicRepliesFromBrand() {
    int count = 0;
    for (Message message : messages) {
      if (message.author() == Author.BRAND && message.visibility() == Visibility.PUBLIC) {
        count++;
      }
    }
    return count;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Conversation other && messages.equals(other.messages);
  }

  @Override
  public int hashCode() {
    return messages.hashCode();
  }

  @Override
  public String toString() {
    return "Conversation" + messages;
  }
}

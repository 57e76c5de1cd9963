package dev.tact.rules.internal.code;

import dev.tact.core.Conversation;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.internal.Folding;
import java.util.List;

/** Small helpers the code rules share. */
final class Replies {
  private Replies() {}

  /**
   * The customer's messages the draft answers: those since the brand last spoke, or the customer's
   * latest when the brand spoke last (as the mood is read).
   */
  static List<Message> answered(Conversation conversation) {
    List<Message> messages = conversation.unansweredFromCustomer();
    if (messages.isEmpty()) {
      messages = conversation.latestFromCustomer().map(List::of).orElse(List.of());
    }
    return messages;
  }

  /** The whole text without leading and trailing whitespace; empty when the text is blank. */
  static Span trimmed(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Folding.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Folding.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}

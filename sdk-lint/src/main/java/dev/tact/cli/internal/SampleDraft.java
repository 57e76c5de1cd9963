package dev.tact.cli.internal;

import dev.tact.core.Author;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;

/**
 * A draft reply of the demo: which brand is answering, the customer's message, and what the agent
 * typed.
 *
 * @param brand the brand answering, as agents know it
 * @param inbound the customer's message the draft answers
 * @param draft the reply as typed, with its language and channel
 */
record SampleDraft(String brand, String inbound, Draft draft) {

  /** The conversation the draft answers: the customer's one message. */
  Conversation conversation() {
    return Conversation.of(new Message(
        Author.CUSTOMER, inbound, draft.channel().visibility(), null));
  }
}

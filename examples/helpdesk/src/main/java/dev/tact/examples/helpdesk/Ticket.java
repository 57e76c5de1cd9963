package dev.tact.examples.helpdesk;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Customer;
import java.util.Locale;
import java.util.Objects;

/**
 * The thread an agent is answering, as the helpdesk holds it: who the customer is, what has been
 * said so far, and the channel the reply goes to.
 *
 * <pre>{@code
 * Ticket ticket = new Ticket(jane, Conversation.of(Message.fromCustomer("Still broken!!")),
 *     Channel.X_REPLY);
 * }</pre>
 *
 * @param customer the customer, with their language and zone when the helpdesk knows them
 * @param conversation the messages so far, oldest first
 * @param channel where the agent's reply goes
 */
public record Ticket(Customer customer, Conversation conversation, Channel channel) {
  /** Rejects nulls. */
  public Ticket {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(channel, "channel");
  }

  /** The language the agent answers in: the customer's, English when the helpdesk does not know it. */
  public Locale language() {
    return customer.locale().orElse(Locale.ENGLISH);
  }
}

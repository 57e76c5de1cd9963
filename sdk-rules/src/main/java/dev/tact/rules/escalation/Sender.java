package dev.tact.rules.escalation;

/** Who the sender looks like (contract: these names appear in CLI output). */
public enum Sender {
  /** A customer with a real problem: specific details, dates, products, past experiences. */
  CUSTOMER,
  /** Vague, extreme, general hostility and insults, no question: likely a troll. */
  LIKELY_TROLL,
  /** Not enough to tell; answer as if the customer is genuine. */
  UNSURE
}

package dev.tact.core;

/** Who wrote a {@link Message} in a {@link Conversation}. */
public enum Author {
  /** The customer, or anyone else who is not the brand. */
  CUSTOMER,
  /** The brand: an agent or a bot answering for it. */
  BRAND
}

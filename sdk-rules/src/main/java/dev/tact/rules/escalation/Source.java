package dev.tact.rules.escalation;

/** Which text a {@link Signal} or a piece of personal data was found in. */
public enum Source {
  /** A message from the customer that the draft answers. */
  INBOUND,
  /** The draft reply itself. */
  DRAFT
}

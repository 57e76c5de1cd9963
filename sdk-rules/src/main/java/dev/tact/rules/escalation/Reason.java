package dev.tact.rules.escalation;

/** Why a conversation should move to a private channel (contract: DESIGN.md, escalation reasons). */
public enum Reason {
  /** The draft asks for account details (order number, e-mail…) that must not be given in public. */
  ACCOUNT_DETAILS_NEEDED,
  /** The customer's message holds personal data. */
  PERSONAL_DATA_IN_INBOUND,
  /** The draft itself holds personal data: sending it in public would leak it. */
  PERSONAL_DATA_IN_DRAFT,
  /** Billing, account security, legal threats, health and safety, or data-privacy requests. */
  SENSITIVE_TOPIC,
  /** The brand has already replied publicly more often than the thread limit allows. */
  LONG_THREAD,
  /** The customer asked to talk in private ("DM me"). */
  CUSTOMER_ASKED_PRIVATE
}

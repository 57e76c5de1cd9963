package dev.tact.rules.escalation;

/**
 * The kinds of evidence an {@link EscalationPolicy} finds in a conversation. The first three lead to
 * {@link Reason}s; the others tell an upset customer from a troll ({@link Sender}, REQUIREMENTS E5).
 */
public enum SignalKind {
  /** The draft asks for account details: "can you send us your order number?" (draft only). */
  ACCOUNT_REQUEST,
  /** The customer asks to talk in private: "DM me", 「DMで」 (inbound only; "don't DM me" is not). */
  PRIVATE_REQUEST,
  /** A sensitive topic; {@link Signal#topic()} names it, such as {@code billing-refunds}. */
  SENSITIVE_TOPIC,
  /** An insult or slur aimed at people: "idiots", "clowns" (toward {@link Sender#LIKELY_TROLL}). */
  INSULT,
  /** Extreme, general hostility: "I hope you go bankrupt", "burn in hell" (toward a troll). */
  HOSTILITY,
  /** Swearing: "wtf", "damn" (weak toward a troll: upset customers swear too). */
  PROFANITY,
  /** A sweeping claim about the whole business: "you are all scammers", "worst company ever". */
  SWEEPING_CLAIM,
  /** A specific detail: "my order", "the app", "yesterday", a product or account word (toward a customer). */
  SPECIFIC_DETAIL,
  /** A past experience: "I tried", "I called twice", "last time" (toward a customer). */
  PAST_EXPERIENCE,
  /** Thanks or a fix confirmed: "thanks, that worked" (a genuine exchange; toward a customer). */
  COURTESY,
  /** A question: a question mark or question words (toward a customer). */
  QUESTION,
  /** A number or a date with digits: "order 1042", "on 3/12" (toward a customer). */
  NUMBER
}

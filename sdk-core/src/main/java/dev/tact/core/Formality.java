package dev.tact.core;

/**
 * How formally to address a customer. Each language has its own default (Japanese and German
 * formal, English neutral); a customer or a tenant may ask for another.
 */
public enum Formality {
  /** Honorifics and formal pronouns: 様, Sie, vous, usted. */
  FORMAL,
  /** Polite but plain. */
  NEUTRAL,
  /** First names and informal pronouns: du, tu, tú. */
  CASUAL
}

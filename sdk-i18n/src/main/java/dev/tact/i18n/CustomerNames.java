package dev.tact.i18n;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer's name as a reply in a given language and formality addresses them.
 * (API fixed; implementation in progress.)
 */
public final class CustomerNames {
  private CustomerNames() {}

  /** The built-in conventions for every supported locale. */
  public static CustomerNames builtIn() {
    throw new UnsupportedOperationException("not built yet");
  }

  /** The name as addressed, or empty when the customer has no usable name for this form. */
  public Optional<String> format(Customer customer, Locale locale, Formality formality) {
    throw new UnsupportedOperationException("not built yet");
  }

  /** What to write when the name is unknown: "there" (en), 「お客様」 (ja). */
  public String fallback(Locale locale, Formality formality) {
    throw new UnsupportedOperationException("not built yet");
  }
}

package dev.tact.rules.escalation;

import java.util.List;
import java.util.Locale;

/**
 * Finds personal data in a customer's message or a draft reply, in linear time on any input.
 * (API fixed; implementation in progress.)
 */
public final class PersonalDataDetector {
  private PersonalDataDetector() {}

  /** Every detector, for phone numbers of no particular region (international formats). */
  public static PersonalDataDetector defaults() {
    throw new UnsupportedOperationException("not built yet");
  }

  /** Starts a detector with every kind enabled. */
  public static Builder builder() {
    throw new UnsupportedOperationException("not built yet");
  }

  /** The personal data in {@code text}, sorted by span; {@code locale} selects label words. */
  public List<PersonalData> find(String text, Locale locale) {
    throw new UnsupportedOperationException("not built yet");
  }

  /** {@code text} with every found span masked, keeping its length in UTF-16 units. */
  public static String redact(String text, List<PersonalData> found) {
    throw new UnsupportedOperationException("not built yet");
  }

  /** Configures a {@link PersonalDataDetector}. */
  public static final class Builder {
    private Builder() {}

    /** The region whose national phone formats count ("JP", "US", "DE"…), ISO 3166 alpha-2. */
    public Builder region(String region) {
      throw new UnsupportedOperationException("not built yet");
    }

    /** Only these kinds are looked for. */
    public Builder kinds(java.util.Set<PersonalDataKind> kinds) {
      throw new UnsupportedOperationException("not built yet");
    }

    /**
     * A tenant's own order/ticket number format, as an RE2/J regular expression (linear time),
     * reported as {@link PersonalDataKind#ORDER_NUMBER}.
     */
    public Builder orderNumberPattern(String re2Pattern) {
      throw new UnsupportedOperationException("not built yet");
    }

    /** Builds the detector. */
    public PersonalDataDetector build() {
      throw new UnsupportedOperationException("not built yet");
    }
  }
}

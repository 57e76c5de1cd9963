package dev.tact.core;

/**
 * How much a {@link Finding} matters. Ordered from most to least severe, so that
 * {@code severity.compareTo(threshold) <= 0} reads "at least as severe as the threshold".
 */
public enum Severity {
  /** The reply must not go out as it is. */
  ERROR,
  /** The reply should be changed; a person may decide to send it anyway. */
  WARNING,
  /** A suggestion that improves the reply. */
  INFO;

  /** Whether this severity is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}

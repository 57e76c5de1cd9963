package dev.tact.i18n;

/**
 * How a template uses one of its arguments, from the ICU MessageFormat placeholder that names it.
 *
 * <pre>{@code
 * // "{count, plural, one{# item} other{# items}} by {due, date, short} for {name}"
 * template.arguments();  // count PLURAL, due DATE, name TEXT
 * }</pre>
 */
public enum ArgumentKind {
  /** {@code {name}}: any value, shown as text (numbers and dates formatted for the locale). */
  TEXT,
  /** {@code {n, number}}, {@code spellout}, {@code ordinal} or {@code duration}: a number. */
  NUMBER,
  /** {@code {d, date}}: an instant or date, shown as a date in the customer's zone. */
  DATE,
  /** {@code {d, time}}: an instant, shown as a time of day in the customer's zone. */
  TIME,
  /** {@code {n, plural, ...}}: a number choosing a branch by the locale's plural categories. */
  PLURAL,
  /** {@code {n, selectordinal, ...}}: a number choosing a branch by its ordinal category. */
  SELECTORDINAL,
  /** {@code {x, select, ...}}: a keyword choosing a branch, such as {@code formality}. */
  SELECT,
  /** {@code {n, choice, ...}}: a number choosing a branch by ranges (prefer {@link #PLURAL}). */
  CHOICE;

  /** Whether the argument needs a number: {@link #NUMBER}, plurals and choices. */
  public boolean isNumeric() {
    return this == NUMBER || this == PLURAL || this == SELECTORDINAL || this == CHOICE;
  }

  /** Whether the argument needs an instant or date: {@link #DATE} or {@link #TIME}. */
  public boolean isTemporal() {
    return this == DATE || this == TIME;
  }

  /**
   * Whether values for this kind and {@code other} can be the same: any kind goes with
   * {@link #TEXT}; otherwise both need numbers, both instants, or both keywords.
   */
  public boolean isCompatibleWith(ArgumentKind other) {
    return this == TEXT || other == TEXT
        || (isNumeric() && other.isNumeric())
        || (isTemporal() && other.isTemporal())
        || this == other;
  }
}

package dev.tact.core;

/** How a {@link Channel} counts the length of a message against its limit. */
public enum LengthCounting {
  /** Every Unicode code point counts 1 (an emoji made of one code point counts 1). */
  CODE_POINTS,
  /**
   * X/Twitter's weighted count: most Latin, Greek and Cyrillic characters count 1, CJK characters
   * and emoji count 2, against a limit of 280.
   */
  X_WEIGHTED,
  /** SMS: GSM-7 text in segments of 153 characters, any other text in UCS-2 segments of 67. */
  SMS_SEGMENTS
}

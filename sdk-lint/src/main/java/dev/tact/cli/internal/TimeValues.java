package dev.tact.cli.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads zones, instants and dates from text with messages that say what to write instead. The
 * options and the JSON-lines fields share them, so both say the same thing about the same mistake.
 */
final class TimeValues {
  private static final int ECHO_LIMIT = 40;

  private TimeValues() {}

  /**
   * An IANA zone id such as {@code Europe/Berlin} (fixed offsets such as {@code +05:30} and
   * {@code UTC} are accepted too).
   *
   * @throws IllegalArgumentException naming the value and an example
   */
  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "unknown zone " + quote(text) + "; use an IANA id such as Europe/Berlin");
    }
  }

  /**
   * An ISO-8601 instant such as {@code 2026-11-23T09:00:00Z}.
   *
   * @throws IllegalArgumentException naming the value and an example
   */
  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          quote(text) + " is not an ISO instant; write it like 2026-11-23T09:00:00Z");
    }
  }

  /**
   * An ISO-8601 date such as {@code 2026-12-25}.
   *
   * @throws IllegalArgumentException naming the value and an example
   */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          quote(text) + " is not an ISO date; write it like 2026-12-25");
    }
  }

  /**
   * The value in single quotes, cut short when long (never inside a surrogate pair), so that a
   * message stays one short line.
   */
  static String quote(String text) {
    if (text.length() <= ECHO_LIMIT) {
      return "'" + text + "'";
    }
    int cut = Character.isHighSurrogate(text.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
    return "'" + text.substring(0, cut) + "...'";
  }
}

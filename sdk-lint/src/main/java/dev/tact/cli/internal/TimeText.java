package dev.tact.cli.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants and durations as an agent reads them: {@code Mon 09:00 CET}, {@code in 4 h 30 min}. */
final class TimeText {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

  /** UTC as a region, so that it prints as {@code UTC} rather than {@code Z}. */
  static final ZoneId UTC = ZoneId.of("UTC");

  private TimeText() {}

  /** The weekday and wall time in the zone, such as {@code Mon 09:00 CET}. */
  static String dayTime(Instant instant, ZoneId zone) {
    return DAY_TIME.format(instant.atZone(zone));
  }

  /** The weekday, date and wall time in the zone, such as {@code Mon 2026-11-23 09:00 CET}. */
  static String dateTime(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone));
  }

  /**
   * How long until {@code to}, in minutes: {@code in 45 min}, {@code in 26 h 30 min}, and in days
   * and hours from two days on ({@code in 2 d 3 h}); {@code now} when {@code to} is not later.
   */
  static String until(Instant from, Instant to) {
    Duration duration = Duration.between(from, to);
    long minutes = duration.toMinutes();
    if (duration.isNegative() || duration.isZero()) {
      return "now";
    }
    if (minutes == 0) {
      return "in less than a minute";
    }
    if (minutes >= 48 * 60) {
      long days = minutes / (24 * 60);
      long hours = minutes / 60 % 24;
      return "in " + days + " d" + (hours > 0 ? " " + hours + " h" : "");
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours > 0) {
      return "in " + hours + " h" + (rest > 0 ? " " + rest + " min" : "");
    }
    return "in " + rest + " min";
  }
}

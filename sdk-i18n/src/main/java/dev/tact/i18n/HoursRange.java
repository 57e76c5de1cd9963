package dev.tact.i18n;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One opening on a day of {@link WeeklyHours}, exactly: the instants it starts and ends, in the
 * customer's zone. A range lasts at most until the same wall time on the next day; a longer
 * opening is cut at midnight into one range per day.
 *
 * <pre>{@code
 * HoursRange range = day.ranges().get(0);
 * range.start().toInstant();   // the first open instant
 * range.span();                // 19:00–04:00 (next day)
 * }</pre>
 *
 * @param start the first open instant, in the customer's zone
 * @param end the first closed instant after it, in the customer's zone
 */
public record HoursRange(ZonedDateTime start, ZonedDateTime end) {
  /** Checks that the range is not empty and ends at the latest on the next day. */
  public HoursRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a range ends after it starts: " + start + " to " + end);
    }
    if (end.toLocalDate().isAfter(start.toLocalDate().plusDays(1))) {
      throw new IllegalArgumentException(
          "a range ends at the latest on the day after it starts: " + start + " to " + end);
    }
  }

  /** The range as the customer's wall clock shows it. */
  public HoursSpan span() {
    return new HoursSpan(start.toLocalTime(), end.toLocalTime(),
        end.toLocalDate().isAfter(start.toLocalDate()));
  }
}

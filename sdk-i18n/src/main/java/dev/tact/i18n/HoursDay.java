package dev.tact.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One date of {@link WeeklyHours} in the customer's zone, with the openings that start on it.
 *
 * <pre>{@code
 * for (HoursDay day : week.days()) {
 *   System.out.println(day.date() + " " + day.ranges());
 * }
 * }</pre>
 *
 * @param date the date in the customer's zone
 * @param ranges the openings that start on that date, in order; empty when none starts on it
 *     (the date may still be open in the tail of the previous day's range)
 */
public record HoursDay(LocalDate date, List<HoursRange> ranges) {
  /** Copies the ranges and checks that they start on the date. */
  public HoursDay {
    Objects.requireNonNull(date, "date");
    ranges = List.copyOf(ranges);
    for (HoursRange range : ranges) {
      if (!range.start().toLocalDate().equals(date)) {
        throw new IllegalArgumentException("range " + range + " does not start on " + date);
      }
    }
  }

  /** The weekday of the date. */
  public DayOfWeek dayOfWeek() {
    return date.getDayOfWeek();
  }

  /** The wall-clock spans of the ranges, in order. */
  public List<HoursSpan> spans() {
    return ranges.stream().map(HoursRange::span).toList();
  }
}

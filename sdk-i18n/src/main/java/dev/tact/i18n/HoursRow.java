package dev.tact.i18n;

import java.time.DayOfWeek;
import java.util.List;

/**
 * One line of {@link WeeklyHours} as it is printed: the weekdays that share the same wall-clock
 * openings, such as "Mon–Fri 9:00 AM – 12:00 PM, 1:00 – 6:00 PM".
 *
 * <pre>{@code
 * for (HoursRow row : week.rows()) {
 *   System.out.println(row.days() + " " + row.spans());
 * }
 * }</pre>
 *
 * @param days the weekdays, in the order of the week (which begins on the locale's first day)
 * @param spans the openings of each of those days, in order
 */
public record HoursRow(List<DayOfWeek> days, List<HoursSpan> spans) {
  /** Copies the lists and checks that neither is empty. */
  public HoursRow {
    days = List.copyOf(days);
    spans = List.copyOf(spans);
    if (days.isEmpty() || spans.isEmpty()) {
      throw new IllegalArgumentException("a row needs at least one day and one span, got " + days + " " + spans);
    }
  }
}

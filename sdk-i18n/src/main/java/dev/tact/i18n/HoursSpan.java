package dev.tact.i18n;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One opening of a day as a customer's wall clock shows it: from {@code start} until {@code end},
 * on the next day when {@code nextDay} is set.
 *
 * <pre>{@code
 * new HoursSpan(LocalTime.of(19, 0), LocalTime.of(4, 0), true);  // 19:00–04:00 (next day)
 * new HoursSpan(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true);   // the whole day
 * }</pre>
 *
 * @param start the wall time of the opening
 * @param end the wall time of the closing
 * @param nextDay whether the closing falls on the day after the opening (a closing at midnight
 *     ending the day is on the next day). Around a fall-back change of the clock, a span on one
 *     day may end at a wall time that reads earlier than its start.
 */
public record HoursSpan(LocalTime start, LocalTime end, boolean nextDay) {
  /** Checks that every part is present. */
  public HoursSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** Whether the span is the whole day, midnight to midnight. */
  public boolean allDay() {
    return nextDay && start.equals(LocalTime.MIDNIGHT) && end.equals(LocalTime.MIDNIGHT);
  }
}

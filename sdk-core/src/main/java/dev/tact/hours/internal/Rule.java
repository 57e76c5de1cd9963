package dev.tact.hours.internal;

import dev.tact.hours.HolidayCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * One rule of a schedule, as in {@code Dec Mo-Fr,PH 09:00-12:00,13:00-18:00 off}.
 *
 * <p>A rule selects a date when every selector it has matches: one of its date ranges (none means
 * every date), and one of its weekdays or, with {@code holidays}, a public holiday.
 *
 * @param dates the date ranges, any of which must match; empty means every date
 * @param weekdays a bit set of weekdays, bit 0 Monday to bit 6 Sunday; {@link #ALL_DAYS} when the
 *     rule names no weekday
 * @param holidays whether public holidays are selected besides the weekdays
 * @param times the opening times, sorted; empty only for an {@code off} rule that closes whole days
 * @param off whether the rule closes instead of opening
 * @param additional whether the rule was joined with {@code ,} (adds to earlier rules) rather than
 *     {@code ;} (replaces them for the days it selects)
 */
public record Rule(
    List<DateRange> dates,
    int weekdays,
    boolean holidays,
    List<TimeRange> times,
    boolean off,
    boolean additional) {

  public static final int ALL_DAYS = 0x7F;

  public Rule {
    dates = List.copyOf(dates);
    times = times.stream().sorted().toList();
    if (weekdays < 0 || weekdays > ALL_DAYS) {
      throw new IllegalArgumentException("weekdays is a 7-bit set");
    }
    if (weekdays == 0 && !holidays) {
      throw new IllegalArgumentException("a rule selects at least one weekday or PH");
    }
    if (weekdays == ALL_DAYS) {
      holidays = false; // every day already, holiday or not
    }
    for (DateRange range : dates) {
      if (range.coversEveryDate()) {
        dates = List.of();
        break;
      }
    }
    if (times.isEmpty() && !off) {
      times = List.of(TimeRange.WHOLE_DAY);
    }
  }

  /** Whether the rule depends on more than the day of the week. */
  public boolean isDateDependent() {
    return !dates.isEmpty() || holidays;
  }

  /** Whether a time range of this rule passes midnight. */
  public boolean hasTail() {
    for (TimeRange range : times) {
      if (range.hasTail()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the rule selects a date.
   *
   * @param dayOfWeek 0 for Monday to 6 for Sunday, the weekday of {@code date}
   * @param date the date
   */
  boolean selects(int dayOfWeek, LocalDate date, HolidayCalendar calendar) {
    if (!dates.isEmpty() && !anyDateMatches(date)) {
      return false;
    }
    return (weekdays & (1 << dayOfWeek)) != 0 || (holidays && calendar.isHoliday(date));
  }

  boolean anyDateMatches(LocalDate date) {
    for (DateRange range : dates) {
      if (range.matches(date)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the rule selects this weekday when no date range and no holiday applies. */
  boolean selectsPlain(int dayOfWeek) {
    return dates.isEmpty() && (weekdays & (1 << dayOfWeek)) != 0;
  }
}

package dev.tact.hours.internal;

import java.time.LocalDate;
import java.time.Month;

/**
 * An inclusive range of dates, either in every year ({@code Dec 24-26}, wrapping the year end as in
 * {@code Dec 25-Jan 02}) or in given years ({@code 2026 Dec 24}).
 *
 * @param startYear the first year, or 0 for every year
 * @param startMonth 1-12
 * @param startDay 1-31
 * @param endYear the last year (0 exactly when {@code startYear} is 0)
 * @param endMonth 1-12
 * @param endDay 1-31
 */
public record DateRange(
    int startYear, int startMonth, int startDay, int endYear, int endMonth, int endDay) {

  public static final long NONE = Long.MAX_VALUE;

  public DateRange {
    if ((startYear == 0) != (endYear == 0)) {
      throw new IllegalArgumentException("both ends need a year, or neither");
    }
    if (startYear != 0 && key(startYear, startMonth, startDay) > key(endYear, endMonth, endDay)) {
      throw new IllegalArgumentException("range ends before it starts");
    }
  }

  /** Whether the range names years. */
  public boolean hasYears() {
    return startYear != 0;
  }

  /** Whether the range covers every date of every year. */
  public boolean coversEveryDate() {
    if (hasYears()) {
      return false;
    }
    LocalDate day = LocalDate.of(2000, 1, 1); // a leap year: every month-day occurs
    for (int i = 0; i < 366; i++, day = day.plusDays(1)) {
      if (!matches(day)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the date is in the range. */
  public boolean matches(LocalDate date) {
    if (hasYears()) {
      long key = key(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
      return key >= key(startYear, startMonth, startDay) && key <= key(endYear, endMonth, endDay);
    }
    int md = date.getMonthValue() * 32 + date.getDayOfMonth();
    int start = startMonth * 32 + startDay;
    int end = endMonth * 32 + endDay;
    return start <= end ? md >= start && md <= end : md >= start || md <= end;
  }

  /** The first date on or after {@code from} that is in the range, as an epoch day; or NONE. */
  public long nextMatch(LocalDate from) {
    if (matches(from)) {
      return from.toEpochDay();
    }
    if (hasYears()) {
      LocalDate start = LocalDate.of(startYear, startMonth, startDay);
      return start.isAfter(from) ? start.toEpochDay() : NONE;
    }
    for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
      LocalDate entry = firstOnOrAfter(year, startMonth, startDay);
      if (!entry.isBefore(from)) {
        return entry.toEpochDay();
      }
    }
    throw new AssertionError("a yearly range recurs within a year");
  }

  private static LocalDate firstOnOrAfter(int year, int month, int day) {
    int length = Month.of(month).length(java.time.Year.isLeap(year));
    return day <= length ? LocalDate.of(year, month, day) : LocalDate.of(year, month, length).plusDays(1);
  }

  private static long key(int year, int month, int day) {
    return (long) year * 512 + month * 32 + day;
  }
}

package dev.tact.hours;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which dates are public holidays for a schedule's {@code PH} rules. A holiday is a date in the
 * schedule's own zone: {@code 2027-01-01} in a Tokyo schedule is the whole of New Year's Day in
 * Tokyo, whatever the date in UTC.
 *
 * <p>Use {@link #of(Collection)} for a list of dates, or implement this interface to compute
 * holidays (Easter, "third Monday of January"…). Implementations must be immutable and
 * thread-safe; they should override {@link #nextHoliday(LocalDate, LocalDate)} when they can answer
 * it faster than by trying each date.
 *
 * <pre>{@code
 * HolidayCalendar japan = HolidayCalendar.of(
 *     LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 11));
 * }</pre>
 */
public interface HolidayCalendar {

  /** Whether the date is a public holiday. */
  boolean isHoliday(LocalDate date);

  /**
   * The first holiday from {@code from} to {@code until}, both inclusive, or null when there is
   * none. The default tries each date in turn.
   */
  default @Nullable LocalDate nextHoliday(LocalDate from, LocalDate until) {
    for (LocalDate date = from; !date.isAfter(until); date = date.plusDays(1)) {
      if (isHoliday(date)) {
        return date;
      }
    }
    return null;
  }

  /** A calendar with no holidays: {@code PH} rules never apply. */
  static HolidayCalendar none() {
    return HolidayList.EMPTY;
  }

  /** A calendar of exactly these dates. */
  static HolidayList of(LocalDate... dates) {
    return HolidayList.of(List.of(dates));
  }

  /** A calendar of exactly these dates. */
  static HolidayList of(Collection<LocalDate> dates) {
    return HolidayList.of(dates);
  }
}

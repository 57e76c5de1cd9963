package dev.tact.i18n.internal;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.OpenInterval;
import dev.tact.i18n.HoursDay;
import dev.tact.i18n.HoursRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a schedule's open intervals into the per-day ranges of one week in a customer's zone.
 *
 * <p>A range belongs to the date it starts on and runs to the end of its open interval if that
 * comes no later than the same wall time on the next date; otherwise it stops at the next midnight
 * and the following range starts there. The week keeps the ranges that start inside it.
 */
public final class WeeklyRanges {
  private WeeklyRanges() {}

  /** The seven days from {@code firstDate} in {@code zone}, each with the ranges that start on it. */
  public static List<HoursDay> days(BusinessClock clock, ZoneId zone, LocalDate firstDate) {
    Instant weekStart = firstDate.atStartOfDay(zone).toInstant();
    Instant weekEnd = firstDate.plusDays(7).atStartOfDay(zone).toInstant();
    // A range that starts inside the week starts at the earliest on the day before it (as the tail
    // of a longer interval cut at midnight) and ends at the latest on the day after it.
    Instant from = firstDate.minusDays(1).atStartOfDay(zone).toInstant();
    Instant to = firstDate.plusDays(8).atStartOfDay(zone).toInstant();
    List<List<HoursRange>> ranges = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ranges.add(new ArrayList<>());
    }
    for (OpenInterval interval : clock.openIntervals(from, to)) {
      ZonedDateTime end = interval.end().atZone(zone);
      ZonedDateTime start = interval.start().atZone(zone);
      while (start.isBefore(end)) {
        ZonedDateTime stop = rangeEnd(start, end, zone);
        Instant first = start.toInstant();
        if (!first.isBefore(weekStart) && first.isBefore(weekEnd)) {
          // A clock that falls back across midnight (St John's, 00:01 → 23:01 in 1990) shows the
          // day before for a while after the week has begun: a range that starts then starts on a
          // date of the week before, so it belongs to that week.
          long index = start.toLocalDate().toEpochDay() - firstDate.toEpochDay();
          if (index >= 0 && index < 7) {
            ranges.get((int) index).add(new HoursRange(start, stop));
          }
        }
        start = stop;
      }
    }
    List<HoursDay> days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      days.add(new HoursDay(firstDate.plusDays(i), ranges.get(i)));
    }
    return days;
  }

  /** The weekdays of the week on which no instant is open in {@code zone}, in week order. */
  public static List<DayOfWeek> closedDays(BusinessClock clock, ZoneId zone, LocalDate firstDate) {
    List<DayOfWeek> closed = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      LocalDate date = firstDate.plusDays(i);
      Instant start = date.atStartOfDay(zone).toInstant();
      Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
      if (clock.openIntervals(start, end).isEmpty()) {
        closed.add(date.getDayOfWeek());
      }
    }
    return closed;
  }

  private static ZonedDateTime rangeEnd(ZonedDateTime start, ZonedDateTime intervalEnd, ZoneId zone) {
    ZonedDateTime midnight = start.toLocalDate().plusDays(1).atStartOfDay(zone);
    if (!intervalEnd.isAfter(midnight)) {
      return intervalEnd;
    }
    boolean endsTomorrowByTheSameWallTime =
        intervalEnd.toLocalDate().equals(start.toLocalDate().plusDays(1))
            && !intervalEnd.toLocalTime().isAfter(start.toLocalTime());
    return endsTomorrowByTheSameWallTime ? intervalEnd : midnight;
  }
}

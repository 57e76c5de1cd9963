package dev.tact.i18n;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The support hours of one week as a customer sees them: in their zone, grouped into rows for
 * reading, with the exact instants behind every row. Made by
 * {@link HoursFormatter#weeklyHours(dev.tact.hours.BusinessClock, ZoneId, java.time.Instant)}.
 *
 * <pre>{@code
 * WeeklyHours week = HoursFormatter.of(Locale.US).weeklyHours(tokyoClock, newYork, now);
 * week.text();      // "Sun–Thu 7:00 PM – 4:00 AM (next day); Sat closed"
 * week.rows();      // [HoursRow[days=[SUNDAY, …, THURSDAY], spans=[19:00–04:00 next day]]]
 * week.days();      // seven HoursDay values with the exact ranges
 * }</pre>
 *
 * <p>Each opening belongs to the day it starts on in the customer's zone and runs at most until
 * the same wall time on the next day ("19:00–04:00 (next day)"); a longer opening is cut at
 * midnight into one range per day, so a 24/7 team has seven whole days. The week holds the
 * openings that <em>start</em> in it: the early hours of its first day that continue the previous
 * evening belong to the week before, and the last evening's range runs into the week after.
 *
 * <p>Immutable and thread-safe.
 */
public final class WeeklyHours {
  private final Locale locale;
  private final ZoneId zone;
  private final List<HoursDay> days;
  private final List<HoursRow> rows;
  private final List<DayOfWeek> closedDays;
  private final String text;

  WeeklyHours(Locale locale, ZoneId zone, List<HoursDay> days, List<DayOfWeek> closedDays, String text) {
    if (days.size() != 7) {
      throw new IllegalArgumentException("a week has 7 days, got " + days.size());
    }
    this.locale = locale;
    this.zone = zone;
    this.days = List.copyOf(days);
    this.rows = rows(this.days);
    this.closedDays = List.copyOf(closedDays);
    this.text = text;
  }

  /**
   * The rows for {@code days}: weekdays with equal spans share a row; rows come in the order of
   * their first day.
   */
  static List<HoursRow> rows(List<HoursDay> days) {
    Map<List<HoursSpan>, List<DayOfWeek>> byspans = new LinkedHashMap<>();
    for (HoursDay day : days) {
      if (!day.ranges().isEmpty()) {
        byspans.computeIfAbsent(day.spans(), spans -> new ArrayList<>()).add(day.dayOfWeek());
      }
    }
    List<HoursRow> rows = new ArrayList<>();
    byspans.forEach((spans, weekdays) -> rows.add(new HoursRow(weekdays, spans)));
    return List.copyOf(rows);
  }

  /** The locale of {@link #text()}. */
  public Locale locale() {
    return locale;
  }

  /** The customer's zone, in which every day and time is given. */
  public ZoneId zone() {
    return zone;
  }

  /** The first instant of the week: midnight starting the locale's first day of the week. */
  public ZonedDateTime weekStart() {
    return days.get(0).date().atStartOfDay(zone);
  }

  /** The first instant after the week. */
  public ZonedDateTime weekEnd() {
    return days.get(6).date().plusDays(1).atStartOfDay(zone);
  }

  /** The seven dates of the week, from the locale's first day of the week, with their openings. */
  public List<HoursDay> days() {
    return days;
  }

  /** The weekdays with equal openings grouped, in the order of their first day; empty when closed. */
  public List<HoursRow> rows() {
    return rows;
  }

  /**
   * The weekdays on which the customer's clock never shows the team open, in week order. A day
   * that only holds the tail of the previous evening's range is not closed.
   */
  public List<DayOfWeek> closedDays() {
    return closedDays;
  }

  /** Whether the team is open every minute of the week. */
  public boolean alwaysOpen() {
    return days.stream().allMatch(day -> day.spans().size() == 1 && day.spans().get(0).allDay());
  }

  /** Whether the team is closed the whole week. */
  public boolean neverOpen() {
    return closedDays.size() == 7;
  }

  /**
   * The hours as one phrase in the locale, such as "Mon–Fri 9:00 AM – 6:00 PM; Sat, Sun closed"
   * or 「月～金 9:00～18:00／土・日 休業」; no final period.
   */
  public String text() {
    return text;
  }

  /** The {@link #text()}. */
  @Override
  public String toString() {
    return text;
  }
}

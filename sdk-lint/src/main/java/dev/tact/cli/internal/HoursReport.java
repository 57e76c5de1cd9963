package dev.tact.cli.internal;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.HolidayList;
import dev.tact.hours.SupportHours;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What {@code tact hours HOURS --zone ZONE} prints: the hours as Tact read them, open or closed at
 * the instant, and the next change in the schedule's zone and in UTC.
 *
 * <pre>
 * Hours     Mo-Fr 09:00-18:00 (Europe/Berlin)
 * At        Sun 2026-11-22 11:00 CET   2026-11-22T10:00:00Z
 * Status    closed
 * Opens     Mon 2026-11-23 09:00 CET   2026-11-23T08:00:00Z   in 22 h
 * </pre>
 */
final class HoursReport {
  private final BusinessClock clock;
  private final SupportHours hours;
  private final Instant at;

  /** A report on the hours at an instant; the clock only answers questions about {@code at}. */
  HoursReport(SupportHours hours, BusinessClock clock, Instant at) {
    this.hours = hours;
    this.clock = clock;
    this.at = at;
  }

  /**
   * Prints the report; prints nothing when the instant is out of range.
   *
   * @throws IllegalArgumentException if the instant is outside the supported years
   */
  void print(PrintWriter out) {
    ZoneId zone = hours.zone();
    boolean open = clock.isOpen(at);
    @Nullable Instant change = clock.nextChange(at);
    out.println(row("Hours", hours + " (" + zone.getId() + ")"));
    if (hours.holidays() instanceof HolidayList list && !list.dates().isEmpty()) {
      out.println(row("Holidays", list.dates().stream().map(LocalDate::toString).collect(Collectors.joining(", "))));
    }
    out.println(row("At", both(at, zone)));
    if (change == null) {
      out.println(row("Status", open ? "open, and never closes" : "closed, and never opens"));
    } else {
      out.println(row("Status", open ? "open" : "closed"));
      out.println(row(open ? "Closes" : "Opens", both(change, zone) + "   " + TimeText.until(at, change)));
    }
    if (hours.usesHolidays() && hours.holidays() instanceof HolidayList list && list.dates().isEmpty()) {
      out.println("Note      the hours mention PH but no --holiday was given, so PH never applies");
    }
  }

  private static String row(String label, String value) {
    return String.format("%-9s %s", label, value);
  }

  private static String both(Instant instant, ZoneId zone) {
    return TimeText.dateTime(instant, zone) + "   " + instant;
  }
}

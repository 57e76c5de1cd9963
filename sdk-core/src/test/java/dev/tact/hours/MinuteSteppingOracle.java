package dev.tact.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An independent, deliberately naive model of support hours for property tests: rules kept as
 * plain values, written out as {@code opening_hours} text by their own printer, and evaluated
 * minute by minute on the wall clock with {@code java.time} alone. Slow by design.
 */
final class MinuteSteppingOracle {

  /** A time range in minutes; {@code end} may pass 24:00 (up to 48:00). */
  record Times(int start, int end) {
    String text() {
      return clock(start) + "-" + clock(end);
    }

    private static String clock(int minutes) {
      return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
  }

  /** Every year from {@code from} to {@code to} (inclusive, may wrap), or one dated range. */
  record Dates(MonthDay from, MonthDay to, int year) {
    boolean contains(LocalDate date) {
      if (year != 0) {
        LocalDate start = from.atYear(year);
        LocalDate end = to.atYear(to.isBefore(from) ? year + 1 : year);
        return !date.isBefore(start) && !date.isAfter(end);
      }
      MonthDay day = MonthDay.from(date);
      return from.isAfter(to)
          ? !day.isBefore(from) || !day.isAfter(to)
          : !day.isBefore(from) && !day.isAfter(to);
    }

    String text() {
      String start = (year != 0 ? year + " " : "") + month(from) + " " + from.getDayOfMonth();
      return start + "-" + month(to) + " " + to.getDayOfMonth();
    }

    private static String month(MonthDay day) {
      return day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }
  }

  /** One rule; {@code days} empty with {@code holidays} false means every day. */
  record OracleRule(
      List<Dates> dates, Set<DayOfWeek> days, boolean holidays, List<Times> times, boolean off, boolean additional) {

    boolean selects(LocalDate date, Set<LocalDate> holidayDates) {
      if (!dates.isEmpty() && dates.stream().noneMatch(d -> d.contains(date))) {
        return false;
      }
      if (days.isEmpty() && !holidays) {
        return true;
      }
      return days.contains(date.getDayOfWeek()) || (holidays && holidayDates.contains(date));
    }

    String text() {
      StringBuilder text = new StringBuilder();
      if (!dates.isEmpty()) {
        text.append(dates.stream().map(Dates::text).collect(Collectors.joining(","))).append(' ');
      }
      String selector =
          days.stream().sorted().map(d -> d.name().substring(0, 1) + d.name().substring(1, 2).toLowerCase())
              .collect(Collectors.joining(","));
      if (holidays) {
        selector = selector.isEmpty() ? "PH" : selector + ",PH";
      }
      if (!selector.isEmpty()) {
        text.append(selector).append(' ');
      } else if (additional && dates.isEmpty() && !times.isEmpty()) {
        text.append("Mo-Su ");
      }
      // A rule that ends in a selector cannot be followed by ", rule": write its whole day out.
      text.append(times.isEmpty() && !off ? "00:00-24:00" : times.stream().map(Times::text).collect(Collectors.joining(",")));
      if (off) {
        text.append(" off");
      }
      return text.toString().strip();
    }
  }

  private final List<OracleRule> rules;
  private final ZoneId zone;
  private final Set<LocalDate> holidays;

  MinuteSteppingOracle(List<OracleRule> rules, ZoneId zone, Set<LocalDate> holidays) {
    this.rules = rules;
    this.zone = zone;
    this.holidays = holidays;
  }

  String spec() {
    StringBuilder text = new StringBuilder();
    for (OracleRule rule : rules) {
      if (text.length() > 0) {
        text.append(rule.additional() ? ", " : "; ");
      }
      text.append(rule.text());
    }
    return text.toString();
  }

  SupportHours parsed() {
    return SupportHours.parse(spec(), zone, HolidayCalendar.of(holidays));
  }

  boolean isOpen(Instant instant) {
    LocalDateTime wall = LocalDateTime.ofInstant(instant, zone);
    LocalDate date = wall.toLocalDate();
    LocalDate previous = date.minusDays(1);
    int minute = wall.getHour() * 60 + wall.getMinute();
    boolean open = false;
    for (OracleRule rule : rules) {
      boolean own = rule.selects(date, holidays);
      boolean yesterday = rule.selects(previous, holidays);
      boolean ownCovers = rule.times().isEmpty()
          || rule.times().stream().anyMatch(t -> t.start() <= minute && minute < Math.min(t.end(), 1440));
      boolean tailCovers = rule.times().stream().anyMatch(t -> t.end() > 1440 && minute < t.end() - 1440);
      if (rule.off()) {
        if ((own && ownCovers) || (yesterday && tailCovers)) {
          open = false;
        }
        continue;
      }
      if (own) {
        open = rule.additional() ? open || ownCovers : ownCovers;
      }
      if (yesterday && tailCovers) {
        open = true;
      }
    }
    return open;
  }

  /** The first minute after {@code from} (minute-aligned) whose state differs, within the limit; else null. */
  static Instant nextChange(java.util.function.Predicate<Instant> isOpen, Instant from, Duration limit) {
    boolean state = isOpen.test(from);
    for (Instant t = from.plusSeconds(60); !t.isAfter(from.plus(limit)); t = t.plusSeconds(60)) {
      if (isOpen.test(t) != state) {
        return t;
      }
    }
    return null;
  }

  static Duration businessTime(java.util.function.Predicate<Instant> isOpen, Instant from, Instant to) {
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
      if (isOpen.test(t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  /** Steps until {@code minutes} open minutes have passed; null if not within the limit. */
  static Instant deadline(java.util.function.Predicate<Instant> isOpen, Instant from, long minutes, Duration limit) {
    if (minutes == 0) {
      return from;
    }
    long counted = 0;
    for (Instant t = from; !t.isAfter(from.plus(limit)); t = t.plusSeconds(60)) {
      if (isOpen.test(t) && ++counted == minutes) {
        return t.plusSeconds(60);
      }
    }
    return null;
  }
}

package dev.tact.hours.internal;

import dev.tact.hours.HolidayCalendar;
import java.time.LocalDate;
import java.util.List;


/**
 * Applies a schedule's rules to one local date and answers its open intervals in minutes of that
 * day, spills from the previous day included. Days that no date range and no holiday touch share a
 * precomputed weekly table, so most lookups cost an array access.
 *
 * <p>The rules apply in order. A rule that selects the day: if it closes ({@code off}) it removes
 * its times (the whole day when it has none); otherwise, unless it is additional, it first clears
 * the day, then adds its times. A rule that selects the previous day adds (or, when off, removes)
 * its tail past midnight; it never clears the day. This is opening_hours.js's reading.
 *
 * <p>Immutable and thread-safe.
 */
public final class DaySchedule {
  /** 9999-12-31, the last supported date. */
  public static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private static final int[] EMPTY = {};
  private static final int[] WHOLE = {0, TimeRange.DAY};

  private final Rule[] rules;
  private final HolidayCalendar holidays;
  private final boolean usesHolidays;
  private final boolean usesDates;
  private final int[][] weekly = new int[7][];
  /** 1 when every plain day is open all day, 0 when every plain day is closed, -1 otherwise. */
  private final int weeklyConstant;

  public DaySchedule(List<Rule> rules, HolidayCalendar holidays) {
    this.rules = rules.toArray(new Rule[0]);
    this.holidays = holidays;
    boolean anyHolidays = false;
    boolean anyDates = false;
    for (Rule rule : this.rules) {
      anyHolidays |= rule.holidays();
      anyDates |= !rule.dates().isEmpty();
    }
    this.usesHolidays = anyHolidays;
    this.usesDates = anyDates;
    MinuteSet scratch = new MinuteSet();
    boolean allWhole = true;
    boolean allEmpty = true;
    for (int dow = 0; dow < 7; dow++) {
      int today = dow;
      int yesterday = (dow + 6) % 7;
      weekly[dow] = evaluate(scratch, rule -> rule.selectsPlain(today), rule -> rule.selectsPlain(yesterday));
      allWhole &= weekly[dow].length == 2 && weekly[dow][0] == 0 && weekly[dow][1] == TimeRange.DAY;
      allEmpty &= weekly[dow].length == 0;
    }
    this.weeklyConstant = allWhole ? 1 : allEmpty ? 0 : -1;
  }

  /** Monday 0 to Sunday 6. */
  public static int dayOfWeek(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  /** Whether the schedule's days differ by more than their weekday. */
  public boolean isDateDependent() {
    return usesDates || usesHolidays;
  }

  /**
   * Whether every day that no date range and no holiday touches is open all day ({@code 1}),
   * closed all day ({@code 0}), or neither ({@code -1}).
   */
  public int weeklyConstant() {
    return weeklyConstant;
  }

  /** The open intervals of a day as {@code [s0, e0, s1, e1, …]} minutes; do not modify. */
  public int[] intervals(long epochDay) {
    int dow = dayOfWeek(epochDay);
    if (!isDateDependent()) {
      return weekly[dow];
    }
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    LocalDate previous = date.minusDays(1);
    if (!touched(date) && !touched(previous)) {
      return weekly[dow];
    }
    int yesterday = (dow + 6) % 7;
    return evaluate(
        new MinuteSet(),
        rule -> rule.selects(dow, date, holidays),
        rule -> rule.selects(yesterday, previous, holidays));
  }

  /**
   * The first day on or after {@code fromDay} that may differ from the weekly table, or
   * {@link DateRange#NONE} when none before {@link #MAX_DAY} does.
   */
  public long nextSpecialDay(long fromDay) {
    if (fromDay > MAX_DAY) {
      return DateRange.NONE;
    }
    LocalDate previous = LocalDate.ofEpochDay(fromDay - 1);
    if (touched(previous)) {
      return fromDay;
    }
    LocalDate from = previous.plusDays(1);
    long next = DateRange.NONE;
    if (usesDates) {
      for (Rule rule : rules) {
        for (DateRange range : rule.dates()) {
          next = Math.min(next, range.nextMatch(from));
        }
      }
    }
    if (usesHolidays && next != fromDay) {
      LocalDate until = next == DateRange.NONE ? LocalDate.ofEpochDay(MAX_DAY) : LocalDate.ofEpochDay(next - 1);
      if (!until.isBefore(from)) {
        LocalDate holiday = holidays.nextHoliday(from, until);
        if (holiday != null) {
          next = Math.min(next, holiday.toEpochDay());
        }
      }
    }
    return next > MAX_DAY ? DateRange.NONE : next;
  }

  /** Whether a date range of some rule, or a holiday that some rule selects, falls on the date. */
  private boolean touched(LocalDate date) {
    if (usesHolidays && holidays.isHoliday(date)) {
      return true;
    }
    if (usesDates) {
      for (Rule rule : rules) {
        if (rule.anyDateMatches(date)) {
          return true;
        }
      }
    }
    return false;
  }

  private interface Selection {
    boolean test(Rule rule);
  }

  private int[] evaluate(MinuteSet day, Selection today, Selection yesterday) {
    day.clear();
    for (Rule rule : rules) {
      boolean own = today.test(rule);
      boolean tail = rule.hasTail() && yesterday.test(rule);
      if (rule.off()) {
        if (own) {
          if (rule.times().isEmpty()) {
            day.clear();
          }
          for (TimeRange range : rule.times()) {
            day.remove(range.start(), range.ownEnd());
          }
        }
        if (tail) {
          for (TimeRange range : rule.times()) {
            day.remove(0, range.tailEnd());
          }
        }
        continue;
      }
      if (own) {
        if (!rule.additional()) {
          day.clear();
        }
        for (TimeRange range : rule.times()) {
          day.add(range.start(), range.ownEnd());
        }
      }
      if (tail) {
        for (TimeRange range : rule.times()) {
          day.add(0, range.tailEnd());
        }
      }
    }
    int[] intervals = day.toIntervals();
    if (intervals.length == 0) {
      return EMPTY;
    }
    if (intervals.length == 2 && intervals[0] == 0 && intervals[1] == TimeRange.DAY) {
      return WHOLE;
    }
    return intervals;
  }

  @Override
  public String toString() {
    return "DaySchedule" + java.util.Arrays.deepToString(weekly);
  }

}

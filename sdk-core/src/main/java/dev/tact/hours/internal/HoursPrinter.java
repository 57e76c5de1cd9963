package dev.tact.hours.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/**
 * Prints rules in canonical {@code opening_hours} syntax: {@link HoursParser} reads the result back
 * to equal rules. Weekdays are written as ranges from Monday on ({@code Mo-Fr}, {@code Sa-Mo}),
 * times as {@code 09:00-18:00} ({@code 22:00-02:00} past midnight), words in their standard case.
 */
public final class HoursPrinter {
  private static final String[] WEEKDAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

  private HoursPrinter() {}

  /** The canonical text of the rules. */
  public static String print(List<Rule> rules) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (i > 0) {
        text.append(rule.additional() ? ", " : "; ");
      }
      boolean beforeAdditional = i + 1 < rules.size() && rules.get(i + 1).additional();
      rule(text, rule, beforeAdditional);
    }
    return text.toString();
  }

  private static void rule(StringBuilder text, Rule rule, boolean beforeAdditional) {
    int start = text.length();
    if (!rule.dates().isEmpty()) {
      for (int i = 0; i < rule.dates().size(); i++) {
        text.append(i > 0 ? "," : "");
        date(text, rule.dates().get(i));
      }
    }
    boolean everyDay = rule.weekdays() == Rule.ALL_DAYS;
    if (!everyDay) {
      space(text, start);
      weekdays(text, rule.weekdays());
      if (rule.holidays()) {
        text.append(rule.weekdays() == 0 ? "PH" : ",PH");
      }
    } else if (rule.additional() && rule.dates().isEmpty() && !rule.times().isEmpty()) {
      // ", 13:00-14:00" would read as one more time of the previous rule.
      text.append("Mo-Su");
    }
    if (!rule.off()
        && text.length() == start
        && !beforeAdditional
        && rule.times().equals(List.of(TimeRange.WHOLE_DAY))) {
      text.append("24/7");
      return;
    }
    if (!rule.times().isEmpty()) {
      space(text, start);
      for (int i = 0; i < rule.times().size(); i++) {
        text.append(i > 0 ? "," : "");
        time(text, rule.times().get(i));
      }
    }
    if (rule.off()) {
      space(text, start);
      text.append("off");
    }
  }

  private static void space(StringBuilder text, int ruleStart) {
    if (text.length() > ruleStart) {
      text.append(' ');
    }
  }

  static void weekdays(StringBuilder text, int mask) {
    if (mask == 0) {
      return;
    }
    // Start after a day that is not selected, so that a run across Sunday stays one range.
    int gap = 0;
    while ((mask & (1 << gap)) != 0) {
      gap++;
    }
    int[] runStart = new int[7];
    int[] runEnd = new int[7];
    int runs = 0;
    for (int step = 1; step <= 7; step++) {
      int day = (gap + step) % 7;
      boolean selected = (mask & (1 << day)) != 0;
      boolean previousSelected = (mask & (1 << ((day + 6) % 7))) != 0;
      if (selected && !previousSelected) {
        runStart[runs] = day;
        runEnd[runs] = day;
        runs++;
      } else if (selected) {
        runEnd[runs - 1] = day;
      }
    }
    // Print the runs in the order of their first day, Monday first.
    boolean first = true;
    for (int day = 0; day < 7; day++) {
      for (int r = 0; r < runs; r++) {
        if (runStart[r] == day) {
          text.append(first ? "" : ",").append(WEEKDAYS[day]);
          if (runEnd[r] != day) {
            text.append('-').append(WEEKDAYS[runEnd[r]]);
          }
          first = false;
        }
      }
    }
  }

  private static void date(StringBuilder text, DateRange range) {
    boolean years = range.hasYears();
    if (years) {
      text.append(range.startYear()).append(' ');
    }
    text.append(monthName(range.startMonth()));
    int lastOfEndMonth =
        years
            ? LocalDate.of(range.endYear(), range.endMonth(), 1).lengthOfMonth()
            : Month.of(range.endMonth()).maxLength();
    boolean wholeMonths = range.startDay() == 1 && range.endDay() == lastOfEndMonth;
    boolean endYearImplied =
        !years
            || range.endYear() == range.startYear()
                && range.endMonth() * 32 + range.endDay() >= range.startMonth() * 32 + range.startDay()
            || range.endYear() == range.startYear() + 1
                && range.endMonth() * 32 + range.endDay() < range.startMonth() * 32 + range.startDay();
    if (wholeMonths && endYearImplied && (range.endMonth() != range.startMonth() || range.endYear() == range.startYear())) {
      if (range.endMonth() != range.startMonth()) {
        text.append('-').append(monthName(range.endMonth()));
      }
      return;
    }
    text.append(' ').append(twoDigits(range.startDay()));
    boolean sameDay =
        range.startMonth() == range.endMonth()
            && range.startDay() == range.endDay()
            && range.startYear() == range.endYear();
    if (sameDay) {
      return;
    }
    text.append('-');
    if (!endYearImplied) {
      text.append(range.endYear()).append(' ');
    }
    if (!endYearImplied || range.endMonth() != range.startMonth() || range.endDay() < range.startDay()) {
      text.append(monthName(range.endMonth())).append(' ');
    }
    text.append(twoDigits(range.endDay()));
  }

  private static void time(StringBuilder text, TimeRange range) {
    clock(text, range.start());
    text.append('-');
    int end = range.end();
    clock(text, end > TimeRange.DAY && end - TimeRange.DAY <= range.start() ? end - TimeRange.DAY : end);
  }

  private static void clock(StringBuilder text, int minutes) {
    text.append(twoDigits(minutes / 60)).append(':').append(twoDigits(minutes % 60));
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String monthName(int month) {
    String name = Month.of(month).name();
    return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
  }
}

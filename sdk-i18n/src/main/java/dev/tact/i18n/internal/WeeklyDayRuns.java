package dev.tact.i18n.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Weekdays grouped into runs of consecutive days, reading the week as a cycle, so that Sunday to
 * Thursday is one run even in a week that begins on Monday.
 */
public final class WeeklyDayRuns {
  private WeeklyDayRuns() {}

  /**
   * The runs of {@code days}, each from its first to its last day, ordered by where their first
   * day falls in the week that begins on {@code firstDayOfWeek}. All seven days are one run from
   * {@code firstDayOfWeek}.
   */
  public static List<List<DayOfWeek>> of(Collection<DayOfWeek> days, DayOfWeek firstDayOfWeek) {
    List<List<DayOfWeek>> runs = new ArrayList<>();
    if (days.size() == 7) {
      List<DayOfWeek> week = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        week.add(firstDayOfWeek.plus(i));
      }
      runs.add(List.copyOf(week));
      return runs;
    }
    for (int i = 0; i < 7; i++) {
      DayOfWeek day = firstDayOfWeek.plus(i);
      if (days.contains(day) && !days.contains(day.minus(1))) {
        List<DayOfWeek> run = new ArrayList<>();
        for (DayOfWeek next = day; days.contains(next); next = next.plus(1)) {
          run.add(next);
        }
        runs.add(List.copyOf(run));
      }
    }
    return runs;
  }
}

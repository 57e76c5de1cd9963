package dev.tact.i18n.internal;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyDayRunsTest {
  @Test
  void consecutiveDaysFormOneRun() {
    assertEquals(List.of(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)),
        WeeklyDayRuns.of(EnumSet.range(MONDAY, FRIDAY), SUNDAY));
  }

  @Test
  void runWrapsPastTheEndOfTheWeek() {
    assertEquals(List.of(List.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)),
        WeeklyDayRuns.of(EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), MONDAY));
  }

  @Test
  void runsComeInTheOrderOfTheirFirstDay() {
    assertEquals(List.of(List.of(MONDAY, TUESDAY), List.of(THURSDAY), List.of(SATURDAY)),
        WeeklyDayRuns.of(EnumSet.of(SATURDAY, MONDAY, TUESDAY, THURSDAY), MONDAY));
    assertEquals(List.of(List.of(THURSDAY), List.of(SATURDAY, SUNDAY, MONDAY, TUESDAY)),
        WeeklyDayRuns.of(EnumSet.of(SATURDAY, SUNDAY, MONDAY, TUESDAY, THURSDAY), MONDAY),
        "Saturday to Tuesday is one run across the end of the week");
  }

  @Test
  void theWholeWeekIsOneRunFromTheFirstDay() {
    assertEquals(List.of(List.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY)),
        WeeklyDayRuns.of(EnumSet.allOf(DayOfWeek.class), SUNDAY));
  }

  @Test
  void noDaysNoRuns() {
    assertEquals(List.of(), WeeklyDayRuns.of(EnumSet.noneOf(DayOfWeek.class), MONDAY));
  }
}

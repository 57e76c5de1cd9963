package dev.tact.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The supported {@code opening_hours} syntax, element by element, as a specification: each test
 * names a rule and the wall times it opens or closes. Wall times are in UTC here, so that only the
 * syntax is under test; {@link BusinessClockDstTest} covers zones.
 *
 * <p>Reference week: Monday 2026-11-23 to Sunday 2026-11-29.
 */
class HoursSyntaxTest {
  private static final ZoneId UTC = ZoneOffset.UTC;

  private static boolean open(String hours, String wallTime) {
    return open(SupportHours.parse(hours, UTC), wallTime);
  }

  private static boolean open(SupportHours hours, String wallTime) {
    return BusinessClock.of(hours, Clock.systemUTC())
        .isOpen(LocalDateTime.parse(wallTime).toInstant(ZoneOffset.UTC));
  }

  private static void assertOpen(String hours, String... wallTimes) {
    for (String wallTime : wallTimes) {
      assertTrue(open(hours, wallTime), () -> "'" + hours + "' should be open at " + wallTime);
    }
  }

  private static void assertClosed(String hours, String... wallTimes) {
    for (String wallTime : wallTimes) {
      assertFalse(open(hours, wallTime), () -> "'" + hours + "' should be closed at " + wallTime);
    }
  }

  @Nested
  @DisplayName("24/7 and off")
  class AlwaysAndNever {
    @Test
    void twentyFourSevenIsOpenAtEveryTimeIncludingMidnight() {
      assertOpen("24/7", "2026-11-23T00:00", "2026-11-23T23:59", "2026-11-24T00:00", "2026-11-29T12:00");
    }

    @Test
    void offAndClosedAreNeverOpen() {
      assertClosed("off", "2026-11-23T00:00", "2026-11-25T12:00");
      assertClosed("closed", "2026-11-23T00:00", "2026-11-25T12:00");
    }

    @Test
    void aWholeDayIsTheSameAs247() {
      assertEquals(SupportHours.parse("24/7", UTC), SupportHours.parse("00:00-24:00", UTC));
      assertEquals(SupportHours.parse("24/7", UTC), SupportHours.parse("Mo-Su 00:00-24:00", UTC));
    }
  }

  @Nested
  @DisplayName("weekdays")
  class Weekdays {
    @Test
    void aRangeOfWeekdays() {
      assertOpen("Mo-Fr 09:00-18:00", "2026-11-23T09:00", "2026-11-27T17:59");
      assertClosed("Mo-Fr 09:00-18:00", "2026-11-23T08:59", "2026-11-23T18:00", "2026-11-28T10:00");
    }

    @Test
    void aListOfWeekdays() {
      assertOpen("Mo,We,Fr 10:00-12:00", "2026-11-23T10:00", "2026-11-25T10:00", "2026-11-27T11:59");
      assertClosed("Mo,We,Fr 10:00-12:00", "2026-11-24T10:00", "2026-11-26T10:00");
    }

    @Test
    void aRangeThatWrapsPastSunday() {
      assertOpen("Su-Tu 10:00-12:00", "2026-11-29T10:00", "2026-11-23T10:00", "2026-11-24T10:00");
      assertClosed("Su-Tu 10:00-12:00", "2026-11-25T10:00", "2026-11-28T10:00");
    }

    @Test
    void weekdaysWithoutTimesAreOpenAllDay() {
      assertOpen("Sa-Su", "2026-11-28T00:00", "2026-11-29T23:59");
      assertClosed("Sa-Su", "2026-11-27T23:59", "2026-11-30T00:00");
    }

    @Test
    void wordsAreReadInAnyCase() {
      assertEquals(SupportHours.parse("Mo-Fr 09:00-18:00; PH off", UTC), SupportHours.parse("mo-FR 09:00-18:00; ph OFF", UTC));
    }
  }

  @Nested
  @DisplayName("times")
  class Times {
    @Test
    void severalRangesADay() {
      String hours = "Mo-Fr 09:00-12:00,13:00-18:00";
      assertOpen(hours, "2026-11-23T11:59", "2026-11-23T13:00");
      assertClosed(hours, "2026-11-23T12:00", "2026-11-23T12:59");
    }

    @Test
    void aRangePastMidnightPutsItsTailOnTheNextDay() {
      String hours = "Fr 22:00-02:00";
      assertOpen(hours, "2026-11-27T22:00", "2026-11-28T00:00", "2026-11-28T01:59");
      assertClosed(hours, "2026-11-27T21:59", "2026-11-28T02:00", "2026-11-27T01:00");
    }

    @Test
    void anExtendedHourIsTheSameAsWrapping() {
      assertEquals(SupportHours.parse("Fr 22:00-02:00", UTC), SupportHours.parse("Fr 22:00-26:00", UTC));
    }

    @Test
    void equalStartAndEndMeanTwentyFourHours() {
      String hours = "Fr 10:00-10:00";
      assertOpen(hours, "2026-11-27T10:00", "2026-11-28T09:59");
      assertClosed(hours, "2026-11-28T10:00", "2026-11-27T09:59");
    }

    @Test
    void anEndAt24IsMidnight() {
      assertOpen("Mo 18:00-24:00", "2026-11-23T23:59");
      assertClosed("Mo 18:00-24:00", "2026-11-24T00:00");
    }

    @Test
    void timesWithoutWeekdaysApplyEveryDay() {
      assertOpen("08:00-20:00", "2026-11-23T08:00", "2026-11-29T19:59");
    }
  }

  @Nested
  @DisplayName("rules joined by ; and ,")
  class Rules {
    @Test
    void aLaterRuleReplacesEarlierOnesForTheDaysItNames() {
      String hours = "Mo-Fr 09:00-18:00; We 10:00-12:00";
      assertOpen(hours, "2026-11-25T10:00", "2026-11-24T09:00");
      assertClosed(hours, "2026-11-25T09:00", "2026-11-25T13:00");
    }

    @Test
    void aRuleWithoutWeekdaysNamesEveryDay() {
      // The specification's reading; opening_hours.js would keep Monday 10:00 open here.
      String hours = "Mo-Fr 08:00-12:00; 14:00-18:00";
      assertClosed(hours, "2026-11-23T10:00");
      assertOpen(hours, "2026-11-23T15:00", "2026-11-29T15:00");
    }

    @Test
    void aCommaAddsARuleInsteadOfReplacing() {
      String hours = "Mo-Fr 09:00-12:00, We 14:00-18:00";
      assertOpen(hours, "2026-11-25T10:00", "2026-11-25T15:00");
      assertClosed(hours, "2026-11-24T15:00");
    }

    @Test
    void aCommaBetweenTimesIsATimeListNotAnAdditionalRule() {
      assertEquals(
          SupportHours.parse("Mo 09:00-12:00,13:00-14:00", UTC),
          SupportHours.parse("Mo 09:00-12:00, 13:00-14:00", UTC));
      assertClosed("Mo 09:00-12:00, 13:00-14:00", "2026-11-24T13:30");
    }

    @Test
    void offClosesTheWholeDayItNames() {
      assertClosed("Mo-Fr 09:00-18:00; We off", "2026-11-25T10:00");
      assertClosed("Mo-Fr 09:00-18:00, We off", "2026-11-25T10:00");
      assertOpen("Mo-Fr 09:00-18:00; We off", "2026-11-24T10:00");
    }

    @Test
    void offWithTimesClosesOnlyThoseTimes() {
      String hours = "Mo-Fr 09:00-18:00; We 12:00-13:00 off";
      assertOpen(hours, "2026-11-25T11:59", "2026-11-25T13:00");
      assertClosed(hours, "2026-11-25T12:00", "2026-11-25T12:59");
    }

    @Test
    void openIsAcceptedAndMeansNothingMore() {
      assertEquals(SupportHours.parse("Mo 10:00-12:00", UTC), SupportHours.parse("Mo 10:00-12:00 open", UTC));
    }

    @Test
    void aTrailingSemicolonIsAllowed() {
      assertEquals(SupportHours.parse("Mo 10:00-12:00", UTC), SupportHours.parse("Mo 10:00-12:00;", UTC));
    }
  }

  @Nested
  @DisplayName("ranges past midnight and later rules (as opening_hours.js reads them)")
  class Tails {
    @Test
    void aLaterRuleNamingTheNextDayRemovesTheTail() {
      assertClosed("Fr 22:00-02:00; Sa 10:00-12:00", "2026-11-28T01:00");
      assertOpen("Fr 22:00-02:00; Sa 10:00-12:00", "2026-11-27T23:00", "2026-11-28T11:00");
      assertClosed("Fr 22:00-02:00; Sa off", "2026-11-28T01:00");
      assertClosed("Fr 22:00-02:00, Sa off", "2026-11-28T01:00");
    }

    @Test
    void anAdditionalRuleNamingTheNextDayKeepsTheTail() {
      assertOpen("Fr 22:00-02:00, Sa 10:00-12:00", "2026-11-28T01:00", "2026-11-28T11:00");
    }

    @Test
    void aLaterRuleNamingOnlyTheFirstDayKeepsTheTail() {
      assertClosed("Fr 22:00-02:00; Fr off", "2026-11-27T23:00");
      assertOpen("Fr 22:00-02:00; Fr off", "2026-11-28T01:00");
    }

    @Test
    void aTailAddsToTheNextDayWithoutReplacingIt() {
      String hours = "Mo-Su 08:00-20:00; Fr 22:00-02:00";
      assertOpen(hours, "2026-11-28T01:00", "2026-11-28T10:00");
      assertClosed(hours, "2026-11-27T10:00");
    }

    @Test
    void overnightShiftsEveryNight() {
      String hours = "Mo-Su 22:00-06:00";
      assertOpen(hours, "2026-11-24T03:00", "2026-11-24T22:30", "2026-11-23T05:59");
      assertClosed(hours, "2026-11-24T06:00", "2026-11-24T21:59");
    }
  }

  @Nested
  @DisplayName("dates")
  class Dates {
    @Test
    void aDateRangeClosesThoseDaysEveryYear() {
      String hours = "Mo-Su 09:00-18:00; Dec 24-26 off";
      assertClosed(hours, "2026-12-24T10:00", "2026-12-26T10:00", "2027-12-25T10:00");
      assertOpen(hours, "2026-12-23T10:00", "2026-12-27T10:00");
    }

    @Test
    void aListOfDaysInAMonth() {
      String hours = "24/7; Dec 24,26 off";
      assertClosed(hours, "2026-12-24T10:00", "2026-12-26T10:00");
      assertOpen(hours, "2026-12-25T10:00");
    }

    @Test
    void aRangeAcrossTheYearEnd() {
      String hours = "24/7; Dec 25-Jan 02 off";
      assertClosed(hours, "2026-12-31T10:00", "2027-01-01T10:00", "2027-01-02T23:59");
      assertOpen(hours, "2027-01-03T00:00", "2026-12-24T23:59");
    }

    @Test
    void aDateInOneYear() {
      String hours = "Mo-Fr 09:00-18:00; 2026 Dec 24 10:00-14:00";
      assertOpen(hours, "2026-12-24T13:00");
      assertClosed(hours, "2026-12-24T09:30", "2026-12-24T15:00");
      assertOpen(hours, "2027-12-24T09:30"); // a Friday, another year
    }

    @Test
    void aRangeWithYearsAcrossTheYearEnd() {
      String hours = "24/7; 2026 Dec 25-Jan 02 off";
      assertClosed(hours, "2027-01-01T10:00");
      assertOpen(hours, "2028-01-01T10:00");
    }

    @Test
    void monthsAndMonthRanges() {
      String hours = "Mo-Fr 09:00-18:00; Jun-Aug Mo-Fr 09:00-13:00";
      assertClosed(hours, "2026-07-15T15:00");
      assertOpen(hours, "2026-07-15T10:00", "2026-09-15T15:00");
      assertOpen("Dec off; 24/7", "2026-12-01T10:00"); // the later 24/7 replaces every day
      assertClosed("24/7; Dec off", "2026-12-31T10:00");
    }

    @Test
    void aDateAndWeekdaysMustBothMatch() {
      String hours = "Dec Mo-Fr 10:00-12:00";
      assertOpen(hours, "2026-12-01T10:00"); // a Tuesday
      assertClosed(hours, "2026-12-05T10:00", "2026-11-30T10:00");
    }

    @Test
    void aColonAfterDatesIsAllowed() {
      assertEquals(SupportHours.parse("Dec 24-26 Mo-Fr 10:00-12:00", UTC), SupportHours.parse("Dec 24-26: Mo-Fr 10:00-12:00", UTC));
    }

    @Test
    void aDateWithoutTimesIsOpenAllDay() {
      assertOpen("Dec 25", "2026-12-25T03:00");
    }
  }

  @Nested
  @DisplayName("public holidays")
  class Holidays {
    private final HolidayCalendar calendar = HolidayCalendar.of(LocalDate.of(2026, 11, 26));

    @Test
    void phOffClosesAHoliday() {
      SupportHours hours = SupportHours.parse("Mo-Fr 09:00-18:00; PH off", UTC, calendar);
      assertFalse(open(hours, "2026-11-26T10:00"));
      assertTrue(open(hours, "2026-11-27T10:00"));
    }

    @Test
    void phWithHoursGivesHolidayHours() {
      SupportHours hours = SupportHours.parse("Mo-Fr 09:00-18:00; PH 10:00-14:00", UTC, calendar);
      assertFalse(open(hours, "2026-11-26T09:30"));
      assertTrue(open(hours, "2026-11-26T13:00"));
    }

    @Test
    void phInAListOfDaysSelectsEither() {
      SupportHours hours = SupportHours.parse("Sa,PH 10:00-12:00", UTC, calendar);
      assertTrue(open(hours, "2026-11-26T11:00")); // the Thursday holiday
      assertTrue(open(hours, "2026-11-28T11:00")); // Saturday
      assertFalse(open(hours, "2026-11-27T11:00"));
    }

    @Test
    void withoutACalendarPhNeverApplies() {
      assertOpen("Mo-Fr 09:00-18:00; PH off", "2026-11-26T10:00");
    }
  }
}

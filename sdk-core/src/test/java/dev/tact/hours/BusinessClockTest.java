package dev.tact.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a helpdesk asks of a {@link BusinessClock}, with the bugs real helpdesks shipped as regressions. */
class BusinessClockTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static BusinessClock clock(String hours, ZoneId zone) {
    return BusinessClock.of(SupportHours.parse(hours, zone), Clock.systemUTC());
  }

  private static Instant at(String wallTime, ZoneId zone) {
    return LocalDateTime.parse(wallTime).atZone(zone).toInstant();
  }

  @Nested
  class OpenNowAndNext {
    private final BusinessClock berlin = clock("Mo-Fr 09:00-12:00,13:00-18:00", BERLIN);

    @Test
    void nowComesFromTheInjectedClock() {
      Instant mondayTen = at("2026-11-23T10:00", BERLIN);
      BusinessClock pinned = BusinessClock.of(berlin.schedule(), Clock.fixed(mondayTen, ZoneOffset.UTC));
      assertTrue(pinned.isOpen());
      assertEquals(at("2026-11-23T12:00", BERLIN), pinned.nextChange());
      assertEquals(at("2026-11-23T12:00", BERLIN), pinned.nextClose());
      assertEquals(mondayTen, pinned.nextOpen());
      assertEquals(at("2026-11-23T11:00", BERLIN), pinned.deadline(Duration.ofHours(1)));
    }

    @Test
    void nextOpenOverTheWeekendIsMondayMorning() {
      Instant fridayEvening = at("2026-11-27T19:00", BERLIN);
      assertFalse(berlin.isOpen(fridayEvening));
      assertEquals(at("2026-11-30T09:00", BERLIN), berlin.nextOpen(fridayEvening));
      assertEquals(fridayEvening, berlin.nextClose(fridayEvening));
    }

    @Test
    void aLunchBreakIsAChange() {
      assertEquals(at("2026-11-23T13:00", BERLIN), berlin.nextChange(at("2026-11-23T12:00", BERLIN)));
    }

    @Test
    void theChangeIsStrictlyAfterTheInstant() {
      Instant opening = at("2026-11-23T09:00", BERLIN);
      assertEquals(at("2026-11-23T12:00", BERLIN), berlin.nextChange(opening));
    }

    @Test
    void fractionsOfASecondAreHonoured() {
      Instant justBeforeNoon = at("2026-11-23T12:00", BERLIN).minusNanos(1);
      assertTrue(berlin.isOpen(justBeforeNoon));
      assertEquals(at("2026-11-23T12:00", BERLIN), berlin.nextChange(justBeforeNoon));
      assertEquals(Duration.ofNanos(1), berlin.businessTime(justBeforeNoon, at("2026-11-23T12:30", BERLIN)));
    }
  }

  @Nested
  class NeverChanges {
    @Test
    void twentyFourSevenNeverChanges() {
      BusinessClock always = clock("24/7", NEW_YORK);
      Instant now = Instant.parse("2026-11-01T05:30:00Z"); // New York falls back at 06:00Z
      assertNull(always.nextChange(now));
      assertNull(always.nextClose(now));
      assertEquals(now, always.nextOpen(now));
    }

    @Test
    void offNeverOpens() {
      BusinessClock never = clock("off", TOKYO);
      assertNull(never.nextOpen(Instant.parse("2026-11-22T00:00:00Z")));
      assertNull(never.deadline(Instant.parse("2026-11-22T00:00:00Z"), Duration.ofMinutes(1)));
      assertEquals(Duration.ZERO, never.businessTime(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void aScheduleThatClosesForGoodReturnsNullAfterwards() {
      BusinessClock closing = clock("24/7; 2026 Dec 31-9999 Dec 31 off", BERLIN);
      assertEquals(at("2026-12-31T00:00", BERLIN), closing.nextChange(at("2026-12-01T00:00", BERLIN)));
      assertNull(closing.nextChange(at("2027-06-01T00:00", BERLIN)));
    }

    @Test
    void aHolidayInAnOtherwiseConstantScheduleIsFound() {
      SupportHours hours = SupportHours.parse("24/7; PH off", BERLIN, HolidayCalendar.of(LocalDate.of(2031, 5, 1)));
      BusinessClock clock = BusinessClock.of(hours, Clock.systemUTC());
      assertEquals(at("2031-05-01T00:00", BERLIN), clock.nextChange(at("2026-11-22T00:00", BERLIN)));
      assertEquals(at("2031-05-02T00:00", BERLIN), clock.nextChange(at("2031-05-01T00:00", BERLIN)));
      assertNull(clock.nextChange(at("2031-05-02T00:00", BERLIN)));
    }
  }

  @Nested
  class RegressionsFromRealHelpdesks {
    @Test
    void twentyFourSevenIsNeverClosedAtMidnight() {
      BusinessClock always = clock("24/7", TOKYO);
      for (String day : List.of("2026-11-22", "2026-12-31", "2027-01-01", "2028-02-29")) {
        assertTrue(always.isOpen(at(day + "T00:00", TOKYO)), day);
        assertTrue(always.isOpen(at(day + "T00:00", TOKYO).minusNanos(1)), day);
      }
    }

    @Test
    void aHolidayIsADateInTheSchedulesZoneNotInUtc() {
      SupportHours tokyo = SupportHours.parse("Mo-Fr 07:00-18:00; PH off", TOKYO, HolidayCalendar.of(LocalDate.of(2027, 1, 1)));
      BusinessClock clock = BusinessClock.of(tokyo, Clock.systemUTC());
      // 08:00 on New Year's Day in Tokyo is still 31 December in UTC.
      Instant newYearMorning = at("2027-01-01T08:00", TOKYO);
      assertEquals(LocalDate.of(2026, 12, 31), LocalDate.ofInstant(newYearMorning, ZoneOffset.UTC));
      assertFalse(clock.isOpen(newYearMorning));
      assertTrue(clock.isOpen(at("2026-12-31T09:30", TOKYO)));
    }

    @Test
    void anSlaDeadlineAcrossADstChangeCountsRealBusinessTime() {
      // Berlin springs forward on Sunday 2026-03-29; 24/7 support, 4 business hours from 00:30.
      BusinessClock always = clock("24/7", BERLIN);
      Instant from = at("2026-03-29T00:30", BERLIN);
      assertEquals(from.plus(Duration.ofHours(4)), always.deadline(from, Duration.ofHours(4)));
      assertEquals(at("2026-03-29T05:30", BERLIN), always.deadline(from, Duration.ofHours(4)));
      assertEquals(Duration.ofHours(23), always.businessTime(at("2026-03-29T00:00", BERLIN), at("2026-03-30T00:00", BERLIN)));
    }

    @Test
    void aDeadlineThatLandsExactlyOnClosingTimeDoesNotRollOver() {
      BusinessClock berlin = clock("Mo-Fr 09:00-18:00", BERLIN);
      assertEquals(at("2026-11-23T18:00", BERLIN), berlin.deadline(at("2026-11-23T17:00", BERLIN), Duration.ofHours(1)));
      assertEquals(at("2026-11-24T09:01", BERLIN), berlin.deadline(at("2026-11-23T17:00", BERLIN), Duration.ofMinutes(61)));
    }

    @Test
    void aDeadlineFromAClosedInstantStartsCountingAtTheNextOpening() {
      BusinessClock berlin = clock("Mo-Fr 09:00-18:00", BERLIN);
      assertEquals(at("2026-11-30T10:00", BERLIN), berlin.deadline(at("2026-11-28T12:00", BERLIN), Duration.ofHours(1)));
    }

    @Test
    void overnightShiftsWork() {
      BusinessClock nights = clock("Mo-Fr 22:00-06:00", NEW_YORK);
      assertTrue(nights.isOpen(at("2026-11-24T03:00", NEW_YORK)));
      assertTrue(nights.isOpen(at("2026-11-28T05:59", NEW_YORK))); // Friday night's tail, Saturday morning
      assertFalse(nights.isOpen(at("2026-11-28T22:00", NEW_YORK)));
      assertEquals(at("2026-11-24T06:00", NEW_YORK), nights.nextChange(at("2026-11-23T22:00", NEW_YORK)));
      assertEquals(Duration.ofHours(8), nights.businessTime(at("2026-11-23T12:00", NEW_YORK), at("2026-11-24T12:00", NEW_YORK)));
    }

    @Test
    void severalIntervalsADayAddUp() {
      BusinessClock split = clock("Mo-Fr 08:00-10:00,12:00-14:00,16:00-18:00", TOKYO);
      assertEquals(Duration.ofHours(6), split.businessTime(at("2026-11-23T00:00", TOKYO), at("2026-11-24T00:00", TOKYO)));
      assertEquals(at("2026-11-23T17:00", TOKYO), split.deadline(at("2026-11-23T07:00", TOKYO), Duration.ofHours(5)));
      assertEquals(
          List.of(
              new OpenInterval(at("2026-11-23T09:00", TOKYO), at("2026-11-23T10:00", TOKYO)),
              new OpenInterval(at("2026-11-23T12:00", TOKYO), at("2026-11-23T14:00", TOKYO)),
              new OpenInterval(at("2026-11-23T16:00", TOKYO), at("2026-11-23T17:00", TOKYO))),
          split.openIntervals(at("2026-11-23T09:00", TOKYO), at("2026-11-23T17:00", TOKYO)));
    }
  }

  @Nested
  class FollowTheSunTeams {
    private final FollowTheSun care =
        FollowTheSun.of(
            SupportHours.parse("Mo-Fr 09:00-18:00", TOKYO),
            SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Europe/Dublin")),
            SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("America/Chicago")));
    private final BusinessClock clock = BusinessClock.of(care, Clock.systemUTC());

    @Test
    void openWhenAnyTeamIsOpen() {
      assertTrue(clock.isOpen(Instant.parse("2026-11-23T01:00:00Z"))); // Tokyo 10:00
      assertTrue(clock.isOpen(Instant.parse("2026-11-23T10:00:00Z"))); // Dublin 10:00
      assertTrue(clock.isOpen(Instant.parse("2026-11-23T20:00:00Z"))); // Chicago 14:00
      assertFalse(clock.isOpen(Instant.parse("2026-11-28T12:00:00Z"))); // Saturday everywhere
    }

    @Test
    void closesOnlyWhenTheLastTeamCloses() {
      // Monday: Tokyo 00:00-09:00Z, Dublin 09:00-18:00Z, Chicago 15:00Z-00:00Z; Tuesday Tokyo from 00:00Z.
      Instant mondayMorning = Instant.parse("2026-11-23T01:00:00Z");
      assertEquals(Instant.parse("2026-11-28T00:00:00Z"), clock.nextChange(mondayMorning)); // Friday 18:00 Chicago
      assertEquals(Instant.parse("2026-11-30T00:00:00Z"), clock.nextOpen(Instant.parse("2026-11-28T12:00:00Z")));
    }

    @Test
    void teamsThatOverlapAroundTheClockNeverClose() {
      FollowTheSun roundTheClock = FollowTheSun.of(
          SupportHours.parse("Mo-Su 07:00-17:00", TOKYO),
          SupportHours.parse("Mo-Su 07:00-17:00", ZoneId.of("Europe/Dublin")),
          SupportHours.parse("Mo-Su 07:00-17:00", ZoneId.of("America/Chicago")));
      BusinessClock always = BusinessClock.of(roundTheClock, Clock.systemUTC());
      assertTrue(always.isOpen(Instant.parse("2026-11-23T12:00:00Z")));
      assertNull(always.nextChange(Instant.parse("2026-11-23T12:00:00Z")));
      assertNull(always.nextClose(Instant.parse("2031-03-30T00:30:00Z")));
    }

    @Test
    void aGapInTheCoverageIsFoundEvenWhenItOnlyOpensInSummer() {
      // Winter: Tokyo 23-08Z, Dublin 08-16Z, Chicago 16-23Z. Summer: Dublin 07-15Z, Chicago 15-22Z.
      FollowTheSun shifts = FollowTheSun.of(
          SupportHours.parse("Mo-Su 08:00-17:00", TOKYO),
          SupportHours.parse("Mo-Su 08:00-16:00", ZoneId.of("Europe/Dublin")),
          SupportHours.parse("Mo-Su 10:00-17:00", ZoneId.of("America/Chicago")));
      BusinessClock clock = BusinessClock.of(shifts, Clock.systemUTC());
      // Chicago springs forward on 8 March 2026; that evening nobody answers from 22:00 to 23:00Z.
      assertEquals(Instant.parse("2026-03-08T22:00:00Z"), clock.nextChange(Instant.parse("2026-01-05T12:00:00Z")));
      assertEquals(Instant.parse("2026-03-08T23:00:00Z"), clock.nextChange(Instant.parse("2026-03-08T22:00:00Z")));
    }

    @Test
    void aUnionThatCannotBeProvedOpenForeverIsSearchedFiveYears() {
      FollowTheSun withHolidays = FollowTheSun.of(
          SupportHours.parse("Mo-Su 07:00-17:00; PH off", TOKYO),
          SupportHours.parse("Mo-Su 07:00-17:00; PH off", ZoneId.of("Europe/Dublin")),
          SupportHours.parse("Mo-Su 07:00-17:00; PH off", ZoneId.of("America/Chicago")));
      assertNull(BusinessClock.of(withHolidays, Clock.systemUTC()).nextChange(Instant.parse("2026-11-23T12:00:00Z")));
    }

    @Test
    void businessTimeCountsOverlapsOnce() {
      Duration monday = clock.businessTime(Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-24T00:00:00Z"));
      assertEquals(Duration.ofHours(24), monday);
    }
  }

  @Test
  void oneClockServesManyThreads() throws Exception {
    BusinessClock clock = BusinessClock.of(
        SupportHours.parse("Mo-Fr 09:00-12:00,13:00-18:00; Dec 24-26 off; PH off", BERLIN,
            HolidayCalendar.of(LocalDate.of(2026, 12, 31))),
        Clock.systemUTC());
    List<Instant> instants = java.util.stream.IntStream.range(0, 20_000)
        .mapToObj(i -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 1_579L)).toList();
    List<String> sequential = instants.stream().map(t -> clock.isOpen(t) + " " + clock.nextChange(t)).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> instants.stream().map(t -> clock.isOpen(t) + " " + clock.nextChange(t)).toList()));
      }
      for (java.util.concurrent.Future<List<String>> run : runs) {
        assertEquals(sequential, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsInstantsOutsideTheSupportedRangeAndReversedPeriods() {
    BusinessClock berlin = clock("24/7", BERLIN);
    assertThrows(IllegalArgumentException.class, () -> berlin.isOpen(Instant.MAX));
    assertThrows(IllegalArgumentException.class, () -> berlin.nextChange(Instant.MIN));
    assertThrows(IllegalArgumentException.class,
        () -> berlin.businessTime(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")));
    assertThrows(IllegalArgumentException.class,
        () -> berlin.deadline(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofHours(-1)));
  }
}

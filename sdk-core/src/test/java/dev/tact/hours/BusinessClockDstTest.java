package dev.tact.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The wall-clock semantics across daylight-saving changes, in the zones where helpdesks get them
 * wrong. Instants are written in UTC so that every expectation is unambiguous.
 */
class BusinessClockDstTest {
  private static BusinessClock clock(String hours, String zone) {
    return BusinessClock.of(SupportHours.parse(hours, ZoneId.of(zone)), Clock.systemUTC());
  }

  private static Instant utc(String instant) {
    return Instant.parse(instant);
  }

  // New York falls back on Sunday 2026-11-01 at 06:00Z: 01:59 EDT is followed by 01:00 EST.

  @Test
  void aWallTimeRepeatedByAFallBackIsOpenBothTimes() {
    BusinessClock oneToTwo = clock("Su 01:00-02:00", "America/New_York");
    assertTrue(oneToTwo.isOpen(utc("2026-11-01T05:30:00Z"))); // 01:30 EDT
    assertTrue(oneToTwo.isOpen(utc("2026-11-01T06:30:00Z"))); // 01:30 EST
    assertEquals(utc("2026-11-01T07:00:00Z"), oneToTwo.nextChange(utc("2026-11-01T05:00:00Z")));
    assertEquals(Duration.ofHours(2),
        oneToTwo.businessTime(utc("2026-11-01T00:00:00Z"), utc("2026-11-02T00:00:00Z")));
  }

  @Test
  void anIntervalEndingInsideTheRepeatedHourReopensAfterTheFallBack() {
    BusinessClock untilHalfPastOne = clock("Su 00:00-01:30", "America/New_York");
    assertEquals(utc("2026-11-01T05:30:00Z"), untilHalfPastOne.nextChange(utc("2026-11-01T04:00:00Z")));
    assertFalse(untilHalfPastOne.isOpen(utc("2026-11-01T05:45:00Z")));
    assertEquals(utc("2026-11-01T06:00:00Z"), untilHalfPastOne.nextChange(utc("2026-11-01T05:30:00Z")));
    assertEquals(utc("2026-11-01T06:30:00Z"), untilHalfPastOne.nextChange(utc("2026-11-01T06:00:00Z")));
  }

  // New York springs forward on Sunday 2026-03-08 at 07:00Z: 01:59 EST is followed by 03:00 EDT.

  @Test
  void anIntervalStartingInsideTheGapOpensAtTheFirstInstantAfterIt() {
    BusinessClock fromHalfPastTwo = clock("Su 02:30-05:00", "America/New_York");
    assertFalse(fromHalfPastTwo.isOpen(utc("2026-03-08T06:59:00Z"))); // 01:59 EST
    assertTrue(fromHalfPastTwo.isOpen(utc("2026-03-08T07:00:00Z"))); // 03:00 EDT
    assertEquals(utc("2026-03-08T07:00:00Z"), fromHalfPastTwo.nextOpen(utc("2026-03-08T05:00:00Z")));
  }

  @Test
  void anIntervalAcrossTheGapHoldsOnlyTheHoursThatReallyPass() {
    BusinessClock oneToFive = clock("Su 01:00-05:00", "America/New_York");
    assertEquals(Duration.ofHours(3),
        oneToFive.businessTime(utc("2026-03-08T00:00:00Z"), utc("2026-03-09T00:00:00Z")));
  }

  @Test
  void anIntervalEndingInsideTheGapClosesAtTheTransition() {
    BusinessClock untilHalfPastTwo = clock("Su 00:00-02:30", "America/New_York");
    assertEquals(utc("2026-03-08T07:00:00Z"), untilHalfPastTwo.nextChange(utc("2026-03-08T05:00:00Z")));
  }

  @Test
  void lordHoweMovesOnlyThirtyMinutes() {
    // Lord Howe Island falls back from +11:00 to +10:30 at 02:00 local on 2026-04-05 (15:00Z).
    BusinessClock early = clock("Su 01:00-03:00", "Australia/Lord_Howe");
    assertEquals(Duration.ofMinutes(150),
        early.businessTime(utc("2026-04-04T12:00:00Z"), utc("2026-04-05T12:00:00Z")));
  }

  @Test
  void kathmanduIsFiveFortyFiveAheadOfUtc() {
    BusinessClock kathmandu = clock("Mo-Fr 10:00-17:00", "Asia/Kathmandu");
    assertEquals(utc("2026-11-23T04:15:00Z"), kathmandu.nextOpen(utc("2026-11-23T00:00:00Z")));
  }

  @Test
  void stJohnsIsThreeThirtyBehindInWinter() {
    BusinessClock stJohns = clock("Mo-Fr 09:00-17:00", "America/St_Johns");
    assertEquals(utc("2026-11-23T12:30:00Z"), stJohns.nextOpen(utc("2026-11-23T00:00:00Z")));
  }

  @Test
  void samoaSkippedFridayTheThirtiethOfDecember2011() {
    BusinessClock fridays = clock("Fr 09:00-17:00", "Pacific/Apia");
    // Thursday 29 December 23:59 local was followed by Saturday 31 December 00:00.
    assertEquals(Duration.ZERO,
        fridays.businessTime(utc("2011-12-29T00:00:00Z"), utc("2012-01-05T00:00:00Z")));
    assertEquals(utc("2012-01-05T19:00:00Z"), fridays.nextOpen(utc("2011-12-29T00:00:00Z"))); // 09:00 at +14:00
  }

  @Test
  void aTwentyFourSevenDeadlineIsElapsedTimeEvenAcrossTheGap() {
    BusinessClock always = clock("24/7", "America/Sao_Paulo");
    Instant from = utc("2018-11-04T01:00:00Z"); // Sao Paulo sprang forward at 03:00Z that day
    assertEquals(from.plus(Duration.ofHours(5)), always.deadline(from, Duration.ofHours(5)));
  }
}

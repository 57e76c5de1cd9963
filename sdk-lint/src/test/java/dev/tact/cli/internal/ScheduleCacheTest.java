package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tact.hours.BusinessClock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsed-schedule cache of a JSON-lines batch: hits, bounds, and what makes a key. */
class ScheduleCacheTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void theSameHoursZoneAndHolidaysAreParsedOnce() {
    ScheduleCache cache = new ScheduleCache(4, Clock.systemUTC());

    BusinessClock first = cache.clockFor("Mo-Fr 09:00-18:00", BERLIN, List.of());

    assertSame(first, cache.clockFor("Mo-Fr 09:00-18:00", BERLIN, List.of()));
    assertNotSame(first, cache.clockFor("Mo-Fr 09:00-18:00", ZoneId.of("Europe/Paris"), List.of()));
    assertNotSame(first, cache.clockFor("Mo-Fr 09:00-18:00", BERLIN, List.of(LocalDate.of(2026, 12, 25))));
  }

  @Test
  void holidaysInAnyOrderAreOneKey() {
    ScheduleCache cache = new ScheduleCache(4, Clock.systemUTC());
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    LocalDate boxingDay = LocalDate.of(2026, 12, 26);

    assertSame(
        cache.clockFor("PH off", BERLIN, List.of(christmas, boxingDay)),
        cache.clockFor("PH off", BERLIN, List.of(boxingDay, christmas, christmas)));
  }

  @Test
  void holdsAtMostItsSizeAndDropsTheLeastRecentlyUsed() {
    ScheduleCache cache = new ScheduleCache(2, Clock.systemUTC());
    BusinessClock mondays = cache.clockFor("Mo 09:00-10:00", BERLIN, List.of());
    cache.clockFor("Tu 09:00-10:00", BERLIN, List.of());
    cache.clockFor("Mo 09:00-10:00", BERLIN, List.of());
    cache.clockFor("We 09:00-10:00", BERLIN, List.of());

    assertEquals(2, cache.size());
    assertSame(mondays, cache.clockFor("Mo 09:00-10:00", BERLIN, List.of()));
  }

  @Test
  void hugeSchedulesAreNotHeld() {
    ScheduleCache cache = new ScheduleCache(2, Clock.systemUTC());
    String huge = "Mo 09:00-10:00" + "; Tu 09:00-10:00".repeat(400);

    cache.clockFor(huge, BERLIN, List.of());

    assertEquals(0, cache.size());
  }
}

package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tact hours HOURS --zone ZONE}: the answer for a person, in the hours' zone and in UTC. */
class HoursCommandTest {

  @Test
  void closedOnSundayOpensMondayMorning() {
    TactRun run = tact("", "hours", "Mo-Fr 09:00-18:00", "--zone", "Europe/Berlin", "--at", "2026-11-22T10:00:00Z");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(
            "Hours     Mo-Fr 09:00-18:00 (Europe/Berlin)",
            "At        Sun 2026-11-22 11:00 CET   2026-11-22T10:00:00Z",
            "Status    closed",
            "Opens     Mon 2026-11-23 09:00 CET   2026-11-23T08:00:00Z   in 22 h"),
        run.lines());
  }

  @Test
  void holidaysCloseTheDaysThatPhNames() {
    TactRun run = tact("", "hours", "Mo-Fr 09:00-18:00; PH off", "--zone", "Europe/Dublin",
        "--holiday", "2026-12-25", "--holiday", "2026-12-28", "--at", "2026-12-24T17:59:00Z");

    assertEquals(List.of(
            "Hours     Mo-Fr 09:00-18:00; PH off (Europe/Dublin)",
            "Holidays  2026-12-25, 2026-12-28",
            "At        Thu 2026-12-24 17:59 GMT   2026-12-24T17:59:00Z",
            "Status    open",
            "Closes    Thu 2026-12-24 18:00 GMT   2026-12-24T18:00:00Z   in 1 min"),
        run.lines());
  }

  @Test
  void withoutAtItAsksAboutNowByTheInjectedClock() {
    TactRun run = tact("", "hours", "24/7", "--zone", "Asia/Manila");

    assertEquals(List.of(
            "Hours     24/7 (Asia/Manila)",
            "At        Fri 2026-11-27 03:30 PST   " + TactRun.NOW,
            "Status    open, and never closes"),
        run.lines());
  }

  @Test
  void phWithoutHolidaysGetsANote() {
    TactRun run = tact("", "hours", "Mo-Fr 09:00-18:00; PH off", "--zone", "UTC", "--at", "2026-11-23T10:00:00Z");

    assertEquals("Note      the hours mention PH but no --holiday was given, so PH never applies",
        run.lines().get(run.lines().size() - 1));
  }
}

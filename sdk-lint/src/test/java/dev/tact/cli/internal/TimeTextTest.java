package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times as an agent reads them. */
class TimeTextTest {
  private static final Instant NOW = Instant.parse("2026-11-26T19:30:00Z");

  private static String until(String duration) {
    return TimeText.until(NOW, NOW.plus(java.time.Duration.parse(duration)));
  }

  @Test
  void waitsReadInMinutesAndHoursUpToTwoDaysThenInDays() {
    assertEquals("now", until("PT0S"));
    assertEquals("in less than a minute", until("PT59S"));
    assertEquals("in 45 min", until("PT45M"));
    assertEquals("in 4 h", until("PT4H"));
    assertEquals("in 24 h 37 min", until("PT24H37M"));
    assertEquals("in 2 d", until("PT48H"));
    assertEquals("in 2 d 3 h", until("PT51H59M"));
  }

  @Test
  void wallTimesCarryTheZonesAbbreviation() {
    assertEquals("Thu 14:30 EST", TimeText.dayTime(NOW, ZoneId.of("America/New_York")));
    assertEquals("Fri 2026-11-27 01:00 IST", TimeText.dateTime(NOW, ZoneId.of("Asia/Kolkata")));
    assertEquals("Thu 2026-11-26 19:30 UTC", TimeText.dateTime(NOW, TimeText.UTC));
  }
}

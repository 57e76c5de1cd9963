package dev.tact.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.hours.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like only if Tact and the brute-force oracle give the same
 * answers, so the build checks that on the benchmarks' own fixtures (each benchmark's setup checks
 * it again before measuring). No timing is asserted here: timings belong to JMH runs, not to tests.
 */
class OracleAgreementTest {
  private static final Duration SLA = Duration.ofHours(8);

  @Test
  void berlinAgreesAcrossTheYear() {
    BusinessClock tact = Fixtures.berlinClock();
    MinuteSteppingOracle oracle = Fixtures.berlinOracle();
    for (Instant at : Fixtures.instantsAcrossYear(500, 7)) {
      assertEquals(oracle.isOpen(at), tact.isOpen(at), () -> "isOpen at " + at);
      assertEquals(oracle.nextChange(at), tact.nextChange(at), () -> "nextChange at " + at);
      assertEquals(oracle.deadline(at, SLA), tact.deadline(at, SLA), () -> "deadline at " + at);
    }
  }

  @Test
  void berlinAgreesAroundDaylightSavingAndChristmas() {
    BusinessClock tact = Fixtures.berlinClock();
    MinuteSteppingOracle oracle = Fixtures.berlinOracle();
    for (String day : new String[] {"2027-03-26", "2027-10-29", "2027-12-22"}) {
      Instant start = Instant.parse(day + "T00:00:00Z");
      for (long hour = 0; hour < 5 * 24; hour++) {
        Instant at = start.plusSeconds(hour * 3600 + 17 * 60 + 3);
        assertEquals(oracle.isOpen(at), tact.isOpen(at), () -> "isOpen at " + at);
        assertEquals(oracle.nextChange(at), tact.nextChange(at), () -> "nextChange at " + at);
        assertEquals(oracle.deadline(at, SLA), tact.deadline(at, SLA), () -> "deadline at " + at);
      }
    }
  }

  @Test
  void followTheSunAgreesAcrossTheYear() {
    BusinessClock tact = Fixtures.followTheSunClock();
    MinuteSteppingOracle oracle = Fixtures.followTheSunOracle();
    for (Instant at : Fixtures.instantsAcrossYear(500, 11)) {
      assertEquals(oracle.isOpen(at), tact.isOpen(at), () -> "isOpen at " + at);
      assertEquals(oracle.nextChange(at), tact.nextChange(at), () -> "nextChange at " + at);
    }
  }
}

package dev.tact.benchmarks;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.FollowTheSun;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.SupportHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The schedules and instants the benchmarks share, each schedule written twice: once in Tact's
 * support-hours syntax and once as a {@link MinuteSteppingOracle} table, built independently.
 */
public final class Fixtures {
  /** The Berlin schedule in Tact's syntax. */
  public static final String BERLIN_HOURS = "Mo-Fr 09:00-12:00,13:00-18:00; Sa 10:00-14:00; Dec 24-26 off; PH off";

  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** 20 German public holidays of 2027 (national and regional), most on weekdays. */
  public static final List<LocalDate> BERLIN_HOLIDAYS = List.of(
      LocalDate.of(2027, 1, 1),   // New Year
      LocalDate.of(2027, 1, 6),   // Epiphany
      LocalDate.of(2027, 3, 8),   // Women's Day (Berlin)
      LocalDate.of(2027, 3, 26),  // Good Friday
      LocalDate.of(2027, 3, 29),  // Easter Monday
      LocalDate.of(2027, 5, 1),   // Labour Day (a Saturday)
      LocalDate.of(2027, 5, 6),   // Ascension
      LocalDate.of(2027, 5, 17),  // Whit Monday
      LocalDate.of(2027, 5, 27),  // Corpus Christi
      LocalDate.of(2027, 8, 8),   // Peace Festival (Augsburg)
      LocalDate.of(2027, 8, 15),  // Assumption
      LocalDate.of(2027, 9, 20),  // Children's Day (Thuringia)
      LocalDate.of(2027, 10, 3),  // Unity Day
      LocalDate.of(2027, 10, 31), // Reformation Day
      LocalDate.of(2027, 11, 1),  // All Saints
      LocalDate.of(2027, 11, 17), // Repentance Day (Saxony)
      LocalDate.of(2027, 12, 25), // Christmas
      LocalDate.of(2027, 12, 26), // Boxing Day
      LocalDate.of(2027, 12, 31), // New Year's Eve (company holiday)
      LocalDate.of(2028, 1, 1));  // New Year, for deadlines that run into 2028

  /** Queries fall uniformly in this year, at whole seconds. */
  public static final Instant YEAR_START = Instant.parse("2027-01-01T00:00:00Z");
  public static final Instant YEAR_END = Instant.parse("2028-01-01T00:00:00Z");

  private static final Clock FIXED = Clock.fixed(YEAR_START, ZoneOffset.UTC);

  private Fixtures() {}

  /** Tact's clock for the Berlin schedule. */
  public static BusinessClock berlinClock() {
    return BusinessClock.of(
        SupportHours.parse(BERLIN_HOURS, BERLIN, HolidayCalendar.of(BERLIN_HOLIDAYS)), FIXED);
  }

  /** The Berlin schedule as a minute table. */
  public static MinuteSteppingOracle berlinOracle() {
    return MinuteSteppingOracle.of(
        MinuteSteppingOracle.Team.builder(BERLIN)
            .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:00-18:00")
            .open(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, "10:00-14:00")
            .closedEveryYear(MonthDay.of(12, 24), MonthDay.of(12, 26))
            .holidays(BERLIN_HOLIDAYS)
            .build());
  }

  public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  public static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
  /** Austin, Texas keeps Central time. */
  public static final ZoneId AUSTIN = ZoneId.of("America/Chicago");

  public static final String TOKYO_HOURS = "Mo-Fr 09:00-18:00; PH off";
  public static final String DUBLIN_HOURS = "Mo-Fr 09:00-12:30,13:30-17:30; PH off";
  public static final String AUSTIN_HOURS = "Mo-Fr 08:00-17:00; Sa 10:00-14:00; PH off";

  public static final List<LocalDate> TOKYO_HOLIDAYS = List.of(
      LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 11),
      LocalDate.of(2027, 4, 29), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 4),
      LocalDate.of(2027, 5, 5), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 3));
  public static final List<LocalDate> DUBLIN_HOLIDAYS = List.of(
      LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 3, 29),
      LocalDate.of(2027, 5, 3), LocalDate.of(2027, 8, 2), LocalDate.of(2027, 12, 27),
      LocalDate.of(2027, 12, 28));
  public static final List<LocalDate> AUSTIN_HOLIDAYS = List.of(
      LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 7, 5),
      LocalDate.of(2027, 9, 6), LocalDate.of(2027, 11, 25), LocalDate.of(2027, 12, 24));

  /** Tact's clock for Tokyo + Dublin + Austin as one follow-the-sun schedule. */
  public static BusinessClock followTheSunClock() {
    return BusinessClock.of(
        FollowTheSun.of(
            SupportHours.parse(TOKYO_HOURS, TOKYO, HolidayCalendar.of(TOKYO_HOLIDAYS)),
            SupportHours.parse(DUBLIN_HOURS, DUBLIN, HolidayCalendar.of(DUBLIN_HOLIDAYS)),
            SupportHours.parse(AUSTIN_HOURS, AUSTIN, HolidayCalendar.of(AUSTIN_HOLIDAYS))),
        FIXED);
  }

  /** Tokyo + Dublin + Austin as three minute tables. */
  public static MinuteSteppingOracle followTheSunOracle() {
    return MinuteSteppingOracle.of(
        MinuteSteppingOracle.Team.builder(TOKYO)
            .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00")
            .holidays(TOKYO_HOLIDAYS)
            .build(),
        MinuteSteppingOracle.Team.builder(DUBLIN)
            .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:30", "13:30-17:30")
            .holidays(DUBLIN_HOLIDAYS)
            .build(),
        MinuteSteppingOracle.Team.builder(AUSTIN)
            .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "08:00-17:00")
            .open(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, "10:00-14:00")
            .holidays(AUSTIN_HOLIDAYS)
            .build());
  }

  /**
   * {@code count} instants at whole seconds, uniformly random across 2027 from a fixed seed, so
   * every run and both sides of a comparison see the same queries.
   */
  public static Instant[] instantsAcrossYear(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long from = YEAR_START.getEpochSecond();
    long to = YEAR_END.getEpochSecond();
    Instant[] instants = new Instant[count];
    for (int i = 0; i < count; i++) {
      instants[i] = Instant.ofEpochSecond(random.nextLong(from, to));
    }
    return instants;
  }

  /**
   * Checks that Tact and the oracle agree, so that a benchmark never compares different answers.
   *
   * @throws IllegalStateException naming the first instant where they differ
   */
  public static void requireSame(String what, Instant at, Object tact, Object oracle) {
    if (!Objects.equals(tact, oracle)) {
      throw new IllegalStateException(
          what + " at " + at + ": Tact says " + tact + ", the minute-stepping oracle says " + oracle);
    }
  }
}

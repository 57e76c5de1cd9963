package dev.tact.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.hours.MinuteSteppingOracle.Dates;
import dev.tact.hours.MinuteSteppingOracle.OracleRule;
import dev.tact.hours.MinuteSteppingOracle.Times;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine against {@link MinuteSteppingOracle}: random schedules, random instants from 2000 to
 * 2040 (half of them next to a DST transition), and zones with odd transitions.
 */
class BusinessClockProperties {
  private static final List<ZoneId> ZONES =
      List.of(
          "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu",
          "America/Sao_Paulo", "Pacific/Apia", "Africa/Casablanca", "America/St_Johns", "Asia/Tokyo")
          .stream().map(ZoneId::of).toList();
  private static final Instant START = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2040-01-01T00:00:00Z");
  private static final Duration HORIZON = Duration.ofDays(9);

  /** A schedule with the instant it is asked about. */
  record Case(MinuteSteppingOracle oracle, SupportHours hours, Instant at) {
    BusinessClock clock() {
      return BusinessClock.of(hours, Clock.systemUTC());
    }

    @Override
    public String toString() {
      return "'" + oracle.spec() + "' in " + hours.zone() + " holidays " + hours.holidays() + " at " + at;
    }
  }

  @Property(tries = 400)
  void isOpenAgreesWithTheOracle(@ForAll("cases") Case c, @ForAll("seconds") int second) {
    Instant at = c.at().plusSeconds(second);
    boolean open = c.oracle().isOpen(at);
    Statistics.label("open").collect(open);
    Statistics.label("offset").collect(c.hours().zone().getRules().isDaylightSavings(at));
    Statistics.label("open").coverage(check -> {
      check.check(true).percentage(p -> p > 15);
      check.check(false).percentage(p -> p > 15);
    });
    assertEquals(open, c.clock().isOpen(at), c::toString);
  }

  @Property(tries = 250)
  void nextChangeAgreesWithTheOracle(@ForAll("cases") Case c) {
    Instant expected = MinuteSteppingOracle.nextChange(c.oracle()::isOpen, c.at(), HORIZON);
    Instant actual = c.clock().nextChange(c.at());
    Statistics.label("changes within the horizon").collect(expected != null);
    Statistics.label("changes within the horizon").coverage(
        check -> check.check(true).percentage(p -> p > 50));
    if (expected == null) {
      assertTrue(actual == null || actual.isAfter(c.at().plus(HORIZON)), () -> c + " changed at " + actual);
    } else {
      assertEquals(expected, actual, c::toString);
    }
  }

  @Property(tries = 200)
  void businessTimeAgreesWithTheOracle(@ForAll("cases") Case c, @ForAll("minutes") int length) {
    Instant to = c.at().plusSeconds(60L * length);
    assertEquals(
        MinuteSteppingOracle.businessTime(c.oracle()::isOpen, c.at(), to), c.clock().businessTime(c.at(), to), c::toString);
  }

  @Property(tries = 200)
  void deadlineAgreesWithTheOracle(@ForAll("cases") Case c, @ForAll("minutes") int businessMinutes) {
    Instant expected = MinuteSteppingOracle.deadline(c.oracle()::isOpen, c.at(), businessMinutes, HORIZON);
    Instant actual = c.clock().deadline(c.at(), Duration.ofMinutes(businessMinutes));
    if (expected == null) {
      assertTrue(actual == null || actual.isAfter(c.at().plus(HORIZON)), () -> c + " due at " + actual);
    } else {
      assertEquals(expected, actual, c::toString);
    }
  }

  @Property(tries = 150)
  void aUnionOfTeamsAgreesWithTheOracle(@ForAll("cases") Case a, @ForAll("cases") Case b) {
    BusinessClock union = BusinessClock.of(FollowTheSun.of(a.hours(), b.hours()), Clock.systemUTC());
    java.util.function.Predicate<Instant> either = t -> a.oracle().isOpen(t) || b.oracle().isOpen(t);
    Instant at = a.at();
    assertEquals(either.test(at), union.isOpen(at));
    Instant expected = MinuteSteppingOracle.nextChange(either, at, HORIZON);
    Instant actual = union.nextChange(at);
    if (expected == null) {
      assertTrue(actual == null || actual.isAfter(at.plus(HORIZON)), () -> "changed at " + actual);
    } else {
      assertEquals(expected, actual, () -> a + " + " + b);
    }
    Instant to = at.plus(Duration.ofDays(2));
    assertEquals(MinuteSteppingOracle.businessTime(either, at, to), union.businessTime(at, to));
  }

  @Property(tries = 300)
  void printedHoursParseBackToAnEqualSchedule(@ForAll("cases") Case c) {
    SupportHours reparsed = SupportHours.parse(c.hours().toString(), c.hours().zone(), c.hours().holidays());
    assertEquals(c.hours(), reparsed, () -> c.hours().toString());
    assertEquals(c.hours().toString(), reparsed.toString());
    assertEquals(c.hours(), HoursJson.read(HoursJson.write(c.hours()), "test"), () -> HoursJson.write(c.hours()));
  }

  // ---- generators ----

  @Provide
  Arbitrary<Integer> seconds() {
    return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 59));
  }

  @Provide
  Arbitrary<Integer> minutes() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 180), Arbitraries.integers().between(0, 4 * 1440));
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<ZoneId> zone = Arbitraries.of(ZONES);
    Arbitrary<List<OracleRule>> rules = rule(false).list().ofMinSize(0).ofMaxSize(3)
        .flatMap(rest -> rule(true).map(first -> {
          List<OracleRule> all = new ArrayList<>();
          all.add(first);
          all.addAll(rest);
          return all;
        }));
    Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 4).flatMap(n -> date().set().ofSize(n));
    return Combinators.combine(zone, rules, holidays, Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.of(true, false))
        .as((z, r, h, seed, nearTransition) -> {
          Instant at = instant(z, seed, nearTransition);
          Set<LocalDate> nearby = new java.util.HashSet<>();
          LocalDate base = LocalDate.ofInstant(at, z);
          for (LocalDate offset : h) {
            nearby.add(base.plusDays(offset.getDayOfMonth() % 9 - 2));
          }
          MinuteSteppingOracle oracle = new MinuteSteppingOracle(anchor(r, base), z, nearby);
          return new Case(oracle, oracle.parsed(), at);
        });
  }

  /** Moves dated ranges near the instant so that they matter. */
  private static List<OracleRule> anchor(List<OracleRule> rules, LocalDate base) {
    List<OracleRule> anchored = new ArrayList<>();
    for (OracleRule rule : rules) {
      List<Dates> dates = rule.dates().stream()
          .map(d -> {
            if (d.year() == 0 && d.from().getDayOfMonth() % 3 != 0) {
              return d;
            }
            LocalDate start = base.plusDays(d.from().getDayOfMonth() % 7 - 3);
            LocalDate end = start.plusDays(d.to().getDayOfMonth() % 4);
            return new Dates(MonthDay.from(start), MonthDay.from(end), d.year() == 0 ? 0 : start.getYear());
          })
          .toList();
      anchored.add(new OracleRule(dates, rule.days(), rule.holidays(), rule.times(), rule.off(), rule.additional()));
    }
    return anchored;
  }

  private static Instant instant(ZoneId zone, long seed, boolean nearTransition) {
    long span = END.getEpochSecond() - START.getEpochSecond();
    Instant at = START.plusSeconds(Math.floorMod(seed, span) / 60 * 60);
    if (nearTransition) {
      ZoneOffsetTransition transition = zone.getRules().nextTransition(at);
      if (transition != null && transition.getInstant().isBefore(END)) {
        long shift = Math.floorMod(seed >>> 20, 6 * 60L) - 3 * 60L;
        at = transition.getInstant().plusSeconds(shift * 60 - 2 * 3600 * Math.floorMod(seed >>> 40, 2));
      }
    }
    return at;
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(1, 28).map(d -> LocalDate.of(2000, 1, d));
  }

  private static Arbitrary<OracleRule> rule(boolean first) {
    Arbitrary<List<Dates>> dates = Arbitraries.oneOf(
        Arbitraries.just(List.<Dates>of()), Arbitraries.just(List.<Dates>of()),
        dates().list().ofMinSize(1).ofMaxSize(2));
    Arbitrary<Set<DayOfWeek>> days = Arbitraries.oneOf(
        Arbitraries.just(Set.<DayOfWeek>of()),
        Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(6).map(EnumSet::copyOf));
    Arbitrary<Boolean> holidays = Arbitraries.of(false, false, false, true);
    Arbitrary<List<Times>> times = times().list().ofMinSize(0).ofMaxSize(3);
    Arbitrary<Boolean> off = Arbitraries.of(false, false, false, false, true);
    Arbitrary<Boolean> additional = first ? Arbitraries.just(false) : Arbitraries.of(false, false, true);
    return Combinators.combine(dates, days, holidays, times, off, additional)
        .as(OracleRule::new)
        .filter(r -> !r.times().isEmpty() || !r.dates().isEmpty() || !r.days().isEmpty() || r.holidays() || r.off());
  }

  private static Arbitrary<Dates> dates() {
    Arbitrary<MonthDay> day = Arbitraries.integers().between(1, 365).map(n -> MonthDay.from(LocalDate.ofYearDay(2001, n)));
    Arbitrary<Integer> year = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(2000, 2039));
    return Combinators.combine(day, day, year).as(Dates::new);
  }

  private static Arbitrary<Times> times() {
    Arbitrary<Integer> start = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 1439),
        Arbitraries.integers().between(0, 95).map(q -> q * 15));
    Arbitrary<Integer> length = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 600),
        Arbitraries.integers().between(1, 1440));
    return Combinators.combine(start, length).as((s, l) -> new Times(s, s + l));
  }
}

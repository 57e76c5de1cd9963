package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.FollowTheSun;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.OpenInterval;
import dev.tact.hours.Schedule;
import dev.tact.hours.SupportHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Weekly hours against {@link BusinessClock#openIntervals}: random schedules (overnight ranges,
 * lunch breaks, whole days, holidays, unions of teams), zones with half-hour and odd DST rules, and
 * weeks from 1990 to 2060.
 */
class WeeklyHoursProperties {
  private static final List<ZoneId> ZONES = List.of(
      "Asia/Tokyo", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe",
      "America/Sao_Paulo", "Pacific/Apia", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns",
      "Africa/Casablanca", "Europe/Dublin", "America/Santiago", "America/Havana", "UTC")
      .stream().map(ZoneId::of).toList();
  private static final List<Locale> LOCALES = List.of(
      "en-US", "en-GB", "ja", "de", "fr", "es", "pt-BR", "it", "ar", "zh", "es-US")
      .stream().map(Locale::forLanguageTag).toList();
  private static final Instant START = Instant.parse("1990-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2060-01-01T00:00:00Z");

  record Case(Schedule schedule, ZoneId customer, Instant weekOf, Locale locale) {}

  /**
   * The oracle: the ranges of the week, turned back into instants, cover exactly the instants that
   * {@code openIntervals} reports open in the week, shifted at each end by the one range that
   * crosses it (a range of the evening before the week belongs to the week before; the last
   * evening's range runs on into the next week).
   */
  @Property(tries = 300)
  void rangesCoverExactlyTheOpenInstantsOfTheWeek(@ForAll("cases") Case c) {
    BusinessClock clock = BusinessClock.of(c.schedule(), Clock.systemUTC());
    WeeklyHours week = HoursFormatter.of(c.locale()).weeklyHours(clock, c.customer(), c.weekOf());
    Instant weekStart = week.weekStart().toInstant();
    Instant weekEnd = week.weekEnd().toInstant();
    assertFalse(c.weekOf().isBefore(weekStart));
    assertTrue(c.weekOf().isBefore(weekEnd));

    List<OpenInterval> open = clock.openIntervals(weekStart.minus(Duration.ofDays(3)), weekEnd.plus(Duration.ofDays(3)));
    Instant from = afterRangeCrossing(open, week.weekStart());
    Instant to = afterRangeCrossing(open, week.weekEnd());
    List<OpenInterval> expected = merge(clip(open, from, to));

    List<OpenInterval> ranges = new ArrayList<>();
    for (HoursDay day : week.days()) {
      for (HoursRange range : day.ranges()) {
        ranges.add(new OpenInterval(range.start().toInstant(), range.end().toInstant()));
      }
    }
    assertEquals(expected, merge(ranges));
  }

  @Property(tries = 300)
  void rowsClosedDaysAndTextAgreeWithTheDays(@ForAll("cases") Case c) {
    BusinessClock clock = BusinessClock.of(c.schedule(), Clock.systemUTC());
    WeeklyHours week = HoursFormatter.of(c.locale()).weeklyHours(clock, c.customer(), c.weekOf());

    for (HoursDay day : week.days()) {
      HoursRow row = week.rows().stream().filter(r -> r.days().contains(day.dayOfWeek())).findFirst().orElse(null);
      assertEquals(day.ranges().isEmpty(), row == null, day.toString());
      if (row != null) {
        assertEquals(row.spans(), day.spans());
      }
      ZonedDateTime start = day.date().atStartOfDay(c.customer());
      ZonedDateTime end = day.date().plusDays(1).atStartOfDay(c.customer());
      boolean closed = clock.openIntervals(start.toInstant(), end.toInstant()).isEmpty();
      assertEquals(closed, week.closedDays().contains(day.dayOfWeek()), day.toString());
    }
    assertFalse(week.text().isBlank());
  }

  @Property(tries = 300)
  void sentencesNeverThrowAndPhrasesNeverEndWithAPeriod(
      @ForAll("cases") Case c, @ForAll("slas") Duration sla) {
    BusinessClock clock = BusinessClock.of(c.schedule(), Clock.systemUTC());
    HoursFormatter formatter = HoursFormatter.of(c.locale());

    HoursPhrase back = formatter.nextOpening(clock, c.weekOf(), c.customer());
    HoursPhrase reply = formatter.replyBy(clock, c.weekOf(), sla, c.customer());

    for (HoursPhrase phrase : List.of(back, reply)) {
      assertFalse(phrase.phrase().isBlank());
      assertFalse(phrase.phrase().endsWith("."), phrase.phrase());
      assertTrue(phrase.sentence().endsWith(".") || phrase.sentence().endsWith("。"), phrase.sentence());
    }
    if (reply.kind() == HoursPhrase.Kind.REPLY_WITHIN) {
      assertEquals(clock.deadline(c.weekOf(), sla), reply.at());
      assertEquals(sla, Duration.between(c.weekOf(), reply.at()), "within the SLA, wall time is business time");
    }
  }

  /**
   * Where the week's ranges begin (or end) at {@code edge}, a midnight: after the one range that
   * crosses it, if any. A range crosses a midnight only when it starts on the day before and ends
   * no later than the same wall time on the edge's day; an interval that started earlier, or runs
   * longer, is cut at the midnight.
   */
  private static Instant afterRangeCrossing(List<OpenInterval> open, ZonedDateTime edge) {
    for (OpenInterval interval : open) {
      if (interval.start().isBefore(edge.toInstant()) && interval.end().isAfter(edge.toInstant())) {
        ZonedDateTime start = interval.start().atZone(edge.getZone());
        ZonedDateTime end = interval.end().atZone(edge.getZone());
        boolean crossing = start.toLocalDate().equals(edge.toLocalDate().minusDays(1))
            && end.toLocalDate().equals(edge.toLocalDate())
            && !end.toLocalTime().isAfter(start.toLocalTime());
        return crossing ? interval.end() : edge.toInstant();
      }
    }
    return edge.toInstant();
  }

  private static List<OpenInterval> clip(List<OpenInterval> intervals, Instant from, Instant to) {
    List<OpenInterval> clipped = new ArrayList<>();
    for (OpenInterval interval : intervals) {
      Instant start = interval.start().isBefore(from) ? from : interval.start();
      Instant end = interval.end().isAfter(to) ? to : interval.end();
      if (start.isBefore(end)) {
        clipped.add(new OpenInterval(start, end));
      }
    }
    return clipped;
  }

  private static List<OpenInterval> merge(List<OpenInterval> intervals) {
    List<OpenInterval> merged = new ArrayList<>();
    for (OpenInterval interval : intervals) {
      if (!merged.isEmpty() && !merged.get(merged.size() - 1).end().isBefore(interval.start())) {
        OpenInterval last = merged.remove(merged.size() - 1);
        Instant end = last.end().isAfter(interval.end()) ? last.end() : interval.end();
        merged.add(new OpenInterval(last.start(), end));
      } else {
        merged.add(interval);
      }
    }
    return merged;
  }

  @Provide
  Arbitrary<Duration> slas() {
    return Arbitraries.longs().between(1, 3 * 24 * 60).map(Duration::ofMinutes);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Schedule> schedules = Arbitraries.oneOf(team(), team().list().ofMinSize(2).ofMaxSize(3).map(FollowTheSun::of));
    Arbitrary<Instant> instants = Arbitraries.longs().between(START.getEpochSecond(), END.getEpochSecond())
        .map(Instant::ofEpochSecond);
    return Combinators.combine(schedules, Arbitraries.of(ZONES), instants, Arbitraries.of(LOCALES)).as(Case::new);
  }

  private Arbitrary<SupportHours> team() {
    Arbitrary<String> rules = rule().list().ofMinSize(1).ofMaxSize(3)
        .flatMap(list -> Arbitraries.of("; ", ", ").list().ofSize(list.size() - 1).map(joins -> {
          StringBuilder text = new StringBuilder(list.get(0));
          for (int i = 1; i < list.size(); i++) {
            // A rule without times cannot be followed by ',' (it would read as more weekdays).
            text.append(list.get(i - 1).contains(":") ? joins.get(i - 1) : "; ").append(list.get(i));
          }
          return text.toString();
        }));
    Arbitrary<String> hours = Arbitraries.frequencyOf(
        Tuple.of(12, rules),
        Tuple.of(1, Arbitraries.just("24/7")),
        Tuple.of(1, Arbitraries.just("off")));
    Arbitrary<HolidayCalendar> holidays = Arbitraries.longs()
        .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2060, 1, 1).toEpochDay())
        .map(LocalDate::ofEpochDay).list().ofMaxSize(3).map(HolidayCalendar::of);
    return Combinators.combine(hours, Arbitraries.of(ZONES), holidays, Arbitraries.of(true, false))
        .as((text, zone, calendar, closedOnHolidays) ->
            SupportHours.parse(closedOnHolidays ? text + "; PH off" : text, zone, calendar));
  }

  private Arbitrary<String> rule() {
    Arbitrary<String> days = Arbitraries.of("", "Mo-Fr ", "Sa ", "Su-Tu ", "Mo,We,Fr ", "Fr-Mo ", "Mo-Su ");
    Arbitrary<String> time = Arbitraries.integers().between(0, 47).map(half -> String.format("%02d:%02d", half / 2, half % 2 * 30));
    Arbitrary<String> range = Combinators.combine(time, time).as((a, b) -> a + "-" + b);
    Arbitrary<String> times = range.list().ofMinSize(1).ofMaxSize(2).map(list -> String.join(",", list));
    Arbitrary<String> rule = Combinators.combine(days, times).as(String::concat);
    Arbitrary<String> wholeDays = Arbitraries.of("Sa-Su", "Mo-Fr", "We");
    Arbitrary<String> off = Arbitraries.of("We 12:00-13:00 off", "Su off");
    return Arbitraries.frequencyOf(
        Tuple.of(6, rule), Tuple.of(1, wholeDays), Tuple.of(1, off));
  }
}

package dev.tact.hours;

import dev.tact.hours.internal.DateRange;
import dev.tact.hours.internal.DaySchedule;
import dev.tact.hours.internal.HoursParser;
import dev.tact.hours.internal.HoursPrinter;
import dev.tact.hours.internal.Rule;
import dev.tact.hours.internal.TimeRange;
import dev.tact.hours.internal.Timeline;
import dev.tact.hours.internal.ZoneTimeline;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The weekly support hours of one team in one IANA zone, with date overrides and public holidays,
 * written in a subset of OpenStreetMap's {@code opening_hours} syntax.
 *
 * <pre>{@code
 * SupportHours berlin = SupportHours.parse(
 *     "Mo-Fr 09:00-12:00,13:00-18:00; Sa 10:00-14:00; Dec 24-26 off; PH off",
 *     ZoneId.of("Europe/Berlin"),
 *     HolidayCalendar.of(LocalDate.of(2027, 1, 1)));
 * berlin.toString();   // the canonical form, which parses back to an equal schedule
 * }</pre>
 *
 * <p>The syntax in short ({@code docs/hours.md} has all of it): {@code 24/7}; weekdays
 * {@code Mo-Fr}, {@code Mo,We,Fr}, {@code Su-Tu}; times {@code 09:00-12:00,13:00-18:00}, past
 * midnight {@code 22:00-02:00}; {@code off} or {@code closed}, also for times ({@code We
 * 12:00-13:00 off}); dates {@code Dec 24-26}, {@code Dec 25-Jan 02}, {@code 2026 Dec 24},
 * {@code Jun-Aug}; {@code PH} for public holidays. Rules joined by {@code ;} replace earlier rules
 * for the days they select; rules joined by {@code ,} add to them.
 *
 * <p>When is it open? An instant is open when its wall clock in the zone (local date and local
 * time) falls inside an open interval of that local date, or inside the part of the previous
 * date's interval that runs past midnight. So a wall time that a fall-back repeats is open both
 * times, and a boundary inside a spring-forward gap takes effect at the first instant after the
 * gap.
 *
 * <p>Immutable and thread-safe. Two schedules are equal when their zones, rules and holiday
 * calendars are equal.
 */
public final class SupportHours implements Schedule {
  private static final String SOURCE = "<hours>";

  private final ZoneId zone;
  private final List<Rule> rules;
  private final HolidayCalendar holidays;
  private final String canonical;
  private final ZoneTimeline timeline;

  private SupportHours(ZoneId zone, List<Rule> rules, HolidayCalendar holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.rules = List.copyOf(rules);
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.canonical = HoursPrinter.print(this.rules);
    this.timeline = new ZoneTimeline(zone, new DaySchedule(this.rules, holidays));
  }

  /**
   * Reads support hours with no public holidays.
   *
   * @throws HoursSyntaxException if the text is malformed or uses syntax Tact does not support
   */
  public static SupportHours parse(String hours, ZoneId zone) {
    return parse(hours, zone, HolidayCalendar.none());
  }

  /**
   * Reads support hours whose {@code PH} rules use the given holidays.
   *
   * @throws HoursSyntaxException if the text is malformed or uses syntax Tact does not support
   */
  public static SupportHours parse(String hours, ZoneId zone, HolidayCalendar holidays) {
    Objects.requireNonNull(hours, "hours");
    return new SupportHours(zone, HoursParser.parse(hours, SOURCE), holidays);
  }

  /** Starts a schedule in the given zone, to be built rule by rule. */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** The zone whose wall clock the hours are read in. */
  public ZoneId zone() {
    return zone;
  }

  /** The holidays that {@code PH} rules select. */
  public HolidayCalendar holidays() {
    return holidays;
  }

  /** Whether some rule mentions {@code PH}, so that the holiday calendar matters. */
  public boolean usesHolidays() {
    return rules.stream().anyMatch(Rule::holidays);
  }

  /** The same hours in another zone. */
  public SupportHours withZone(ZoneId zone) {
    return new SupportHours(zone, rules, holidays);
  }

  /** The same hours with other holidays. */
  public SupportHours withHolidays(HolidayCalendar holidays) {
    return new SupportHours(zone, rules, holidays);
  }

  /** This schedule alone. */
  @Override
  public List<SupportHours> teams() {
    return List.of(this);
  }

  List<Rule> rules() {
    return rules;
  }

  static SupportHours of(ZoneId zone, List<Rule> rules, HolidayCalendar holidays) {
    return new SupportHours(zone, rules, holidays);
  }

  Timeline timeline() {
    return timeline;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SupportHours other
        && zone.equals(other.zone)
        && rules.equals(other.rules)
        && holidays.equals(other.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, rules, holidays);
  }

  /**
   * The hours in canonical {@code opening_hours} syntax, without the zone: parsing it in the same
   * zone with the same holidays gives an equal schedule.
   */
  @Override
  public String toString() {
    return canonical;
  }

  /**
   * Builds {@link SupportHours} rule by rule, in the order the rules apply. Not thread-safe; the
   * schedule it builds is.
   *
   * <pre>{@code
   * SupportHours hours = SupportHours.builder(ZoneId.of("America/New_York"))
   *     .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))
   *     .rules("Sa 10:00-16:00")
   *     .closedOn(MonthDay.of(12, 25))
   *     .closedOnHolidays()
   *     .holidays(HolidayCalendar.of(LocalDate.of(2026, 11, 26)))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final ZoneId zone;
    private final List<Rule> rules = new ArrayList<>();
    private HolidayCalendar holidays = HolidayCalendar.none();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Appends the rules of a support-hours string, joined to the earlier rules by {@code ;}.
     *
     * @throws HoursSyntaxException if the text is malformed
     */
    public Builder rules(String hours) {
      rules.addAll(HoursParser.parse(Objects.requireNonNull(hours, "hours"), SOURCE));
      return this;
    }

    /**
     * Opens the days from {@code first} to {@code last} (wrapping past Sunday) from {@code start}
     * to {@code end}, replacing earlier rules for those days. An {@code end} at or before
     * {@code start} is on the next day, as in {@code 22:00-02:00}.
     *
     * @throws IllegalArgumentException if a time has seconds
     */
    public Builder open(DayOfWeek first, DayOfWeek last, LocalTime start, LocalTime end) {
      int mask = 0;
      for (int day = first.ordinal(); ; day = (day + 1) % 7) {
        mask |= 1 << day;
        if (day == last.ordinal()) {
          break;
        }
      }
      rules.add(new Rule(List.of(), mask, false, List.of(range(start, end)), false, false));
      return this;
    }

    /** Closes this day of every year, whatever earlier rules say. */
    public Builder closedOn(MonthDay day) {
      DateRange range = new DateRange(0, day.getMonthValue(), day.getDayOfMonth(), 0, day.getMonthValue(), day.getDayOfMonth());
      rules.add(new Rule(List.of(range), Rule.ALL_DAYS, false, List.of(), true, false));
      return this;
    }

    /** Closes this date, whatever earlier rules say. */
    public Builder closedOn(LocalDate date) {
      rules.add(new Rule(List.of(dateRange(date)), Rule.ALL_DAYS, false, List.of(), true, false));
      return this;
    }

    /** Opens this date only from {@code start} to {@code end}, replacing earlier rules for it. */
    public Builder openOn(LocalDate date, LocalTime start, LocalTime end) {
      rules.add(new Rule(List.of(dateRange(date)), Rule.ALL_DAYS, false, List.of(range(start, end)), false, false));
      return this;
    }

    /** Closes public holidays ({@code PH off}). */
    public Builder closedOnHolidays() {
      rules.add(new Rule(List.of(), 0, true, List.of(), true, false));
      return this;
    }

    /** The holidays that {@code PH} rules select. */
    public Builder holidays(HolidayCalendar holidays) {
      this.holidays = Objects.requireNonNull(holidays, "holidays");
      return this;
    }

    /**
     * Builds the schedule.
     *
     * @throws IllegalStateException if no rule was added
     */
    public SupportHours build() {
      if (rules.isEmpty()) {
        throw new IllegalStateException("support hours need at least one rule; use rules(\"off\") for never open");
      }
      return new SupportHours(zone, rules, holidays);
    }

    private static DateRange dateRange(LocalDate date) {
      return new DateRange(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
          date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static TimeRange range(LocalTime start, LocalTime end) {
      if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
        throw new IllegalArgumentException("support hours are in whole minutes, got " + start + "-" + end);
      }
      int from = start.getHour() * 60 + start.getMinute();
      int to = end.getHour() * 60 + end.getMinute();
      return new TimeRange(from, to <= from ? to + TimeRange.DAY : to);
    }
  }
}

package dev.tact.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The brute-force baseline every business-time benchmark is compared with: an independent,
 * obviously correct and deliberately slow reading of support hours.
 *
 * <p>It shares no code with {@code sdk-core}. Each team is a plain table of 7 × 1440 booleans (one
 * per minute of each weekday) filled from {@code start-end} pairs, plus a set of holiday dates and a
 * set of month-days that are closed every year. An instant is open when {@link
 * LocalDateTime#ofInstant(Instant, ZoneId)} gives a wall clock whose date is neither a holiday nor a
 * closed month-day and whose minute is open in that weekday's table; several teams are open when
 * any is. {@link #nextChange(Instant)} and {@link #deadline(Instant, Duration)} walk forward one
 * minute at a time and ask {@link #isOpen(Instant)} at each, so their cost grows with the minutes
 * crossed: exactly what Tact's engine must not do.
 *
 * <p>The tables only hold intervals within one day (no {@code 22:00-02:00}), which is all the
 * benchmark schedules need. Every boundary lies on a whole minute, in zones whose offsets are
 * whole minutes, so the state is constant within each minute of the timeline.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinuteSteppingOracle {
  /** How far {@link #nextChange(Instant)} and {@link #deadline(Instant, Duration)} look: 2 years. */
  private static final long HORIZON_MINUTES = 2L * 366 * 24 * 60;

  private final Team[] teams;

  private MinuteSteppingOracle(List<Team> teams) {
    this.teams = teams.toArray(new Team[0]);
  }

  /** Open whenever any of the teams is open. */
  public static MinuteSteppingOracle of(Team... teams) {
    if (teams.length == 0) {
      throw new IllegalArgumentException("at least one team");
    }
    return new MinuteSteppingOracle(List.of(teams));
  }

  /** Whether any team's wall clock at the instant is in its open minutes. */
  public boolean isOpen(Instant at) {
    for (Team team : teams) {
      if (team.isOpen(at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first instant after {@code after} whose state differs from that at {@code after}, found by
   * asking each following whole minute in turn; null when there is none within two years.
   */
  public Instant nextChange(Instant after) {
    boolean state = isOpen(after);
    Instant minute = after.truncatedTo(ChronoUnit.MINUTES);
    for (long i = 0; i < HORIZON_MINUTES; i++) {
      minute = minute.plusSeconds(60);
      if (isOpen(minute) != state) {
        return minute;
      }
    }
    return null;
  }

  /**
   * The instant by which {@code businessTime} of open time has passed since {@code from}, found by
   * walking minute by minute and adding up the open ones; null when not reached within two years.
   */
  public Instant deadline(Instant from, Duration businessTime) {
    long remaining = businessTime.getSeconds();
    Instant cursor = from;
    for (long i = 0; i <= HORIZON_MINUTES && remaining > 0; i++) {
      Instant next = cursor.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
      if (isOpen(cursor)) {
        long available = next.getEpochSecond() - cursor.getEpochSecond();
        if (remaining <= available) {
          return cursor.plusSeconds(remaining);
        }
        remaining -= available;
      }
      cursor = next;
    }
    return remaining == 0 ? cursor : null;
  }

  /** One team's weekly minute table, holidays and closed month-days in one zone. */
  public static final class Team {
    private final ZoneId zone;
    private final boolean[][] minutes;
    private final Set<LocalDate> holidays;
    private final Set<MonthDay> closedEveryYear;

    private Team(ZoneId zone, boolean[][] minutes, Set<LocalDate> holidays, Set<MonthDay> closedEveryYear) {
      this.zone = zone;
      this.minutes = minutes;
      this.holidays = Set.copyOf(holidays);
      this.closedEveryYear = Set.copyOf(closedEveryYear);
    }

    /** Starts a team in the zone, closed at every minute. */
    public static Builder builder(ZoneId zone) {
      return new Builder(zone);
    }

    /** Whether the team is open at the instant. */
    public boolean isOpen(Instant at) {
      LocalDateTime wall = LocalDateTime.ofInstant(at, zone);
      LocalDate date = wall.toLocalDate();
      if (holidays.contains(date) || closedEveryYear.contains(MonthDay.from(date))) {
        return false;
      }
      return minutes[date.getDayOfWeek().ordinal()][wall.getHour() * 60 + wall.getMinute()];
    }

    /** Builds a {@link Team}. Not thread-safe. */
    public static final class Builder {
      private final ZoneId zone;
      private final boolean[][] minutes = new boolean[7][24 * 60];
      private final Set<LocalDate> holidays = new HashSet<>();
      private final Set<MonthDay> closedEveryYear = new HashSet<>();

      private Builder(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
      }

      /**
       * Opens {@code first} to {@code last} (inclusive, not wrapping) at each {@code "HH:MM-HH:MM"}
       * range, end exclusive, within the day.
       */
      public Builder open(DayOfWeek first, DayOfWeek last, String... ranges) {
        for (int day = first.ordinal(); day <= last.ordinal(); day++) {
          for (String range : ranges) {
            String[] ends = range.split("-");
            LocalTime start = LocalTime.parse(ends[0]);
            LocalTime end = LocalTime.parse(ends[1]);
            if (!end.isAfter(start)) {
              throw new IllegalArgumentException("the oracle only knows ranges within a day: " + range);
            }
            Arrays.fill(minutes[day], start.toSecondOfDay() / 60, end.toSecondOfDay() / 60, true);
          }
        }
        return this;
      }

      /** Closes these dates. */
      public Builder holidays(List<LocalDate> dates) {
        holidays.addAll(dates);
        return this;
      }

      /** Closes the days from {@code first} to {@code last} (same month, inclusive) every year. */
      public Builder closedEveryYear(MonthDay first, MonthDay last) {
        if (first.getMonth() != last.getMonth() || last.isBefore(first)) {
          throw new IllegalArgumentException("the oracle only knows ranges within a month");
        }
        for (int day = first.getDayOfMonth(); day <= last.getDayOfMonth(); day++) {
          closedEveryYear.add(MonthDay.of(first.getMonth(), day));
        }
        return this;
      }

      /** The team. */
      public Team build() {
        boolean[][] copy = Arrays.stream(minutes).map(boolean[]::clone).toArray(boolean[][]::new);
        return new Team(zone, copy, holidays, closedEveryYear);
      }
    }
  }
}

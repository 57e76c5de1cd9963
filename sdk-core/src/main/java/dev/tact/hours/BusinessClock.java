package dev.tact.hours;

import dev.tact.hours.internal.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Answers time questions about a {@link Schedule}: is the team open, when does it next open or
 * close, how much business time lies between two instants, and when is a reply due.
 *
 * <pre>{@code
 * SupportHours hours = SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Europe/London"));
 * BusinessClock clock = BusinessClock.of(hours, Clock.systemUTC());
 *
 * clock.isOpen();                                           // now, by the injected clock
 * Instant friday5pm = Instant.parse("2026-11-20T17:00:00Z");
 * clock.nextClose(friday5pm);                               // 2026-11-20T18:00:00Z
 * clock.deadline(friday5pm, Duration.ofHours(2));           // Monday 10:00 London time
 * clock.businessTime(friday5pm, Instant.parse("2026-11-23T10:00:00Z"));   // PT2H
 * }</pre>
 *
 * <p><b>Semantics across daylight-saving changes.</b> An instant is open when its wall clock in the
 * schedule's zone (local date and local time) falls inside an open interval of that local date, or
 * inside the part of the previous date's interval that runs past midnight. Consequences:
 *
 * <ul>
 *   <li>A wall time that a fall-back transition repeats is open both times: {@code 01:00-02:00}
 *       on the night New York falls back is two real hours of business time.
 *   <li>A boundary inside a spring-forward gap takes effect at the first instant after the gap: an
 *       interval from {@code 02:30} on the night New York skips {@code 02:00-03:00} opens at 03:00
 *       new time, and {@code 01:00-05:00} that night holds three real hours.
 *   <li>Business time is real elapsed time while open, so an SLA across a DST change counts the
 *       hours that really pass.
 * </ul>
 *
 * <p>Instants from 0001-01-02 to 9999-12-30 (UTC) are supported; nothing is looked up past the end
 * of year 9999, where "never" begins. Cost grows with the open intervals and zone transitions
 * crossed, never with minutes. Every "now" comes from the injected {@link Clock}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessClock {
  private static final Instant MIN = Instant.parse("0001-01-02T00:00:00Z");
  private static final Instant MAX = Instant.parse("9999-12-30T00:00:00Z");

  private final Schedule schedule;
  private final Timeline timeline;
  private final Clock clock;

  private BusinessClock(Schedule schedule, Clock clock) {
    this.schedule = schedule;
    this.clock = clock;
    this.timeline =
        schedule instanceof SupportHours hours
            ? hours.timeline()
            : ((FollowTheSun) schedule).timeline();
  }

  /** A clock for the schedule that reads "now" from {@code clock}. */
  public static BusinessClock of(Schedule schedule, Clock clock) {
    return new BusinessClock(Objects.requireNonNull(schedule, "schedule"), Objects.requireNonNull(clock, "clock"));
  }

  /** The schedule this clock reads. */
  public Schedule schedule() {
    return schedule;
  }

  /** The clock that says what "now" is. */
  public Clock clock() {
    return clock;
  }

  /** Whether the schedule is open now. */
  public boolean isOpen() {
    return isOpen(clock.instant());
  }

  /** Whether the schedule is open at the instant. */
  public boolean isOpen(Instant at) {
    return timeline.isOpen(second(at, "at"));
  }

  /**
   * The first instant after {@code after} whose open state differs from that at {@code after}, or
   * null when the state never changes (as for {@code 24/7} or {@code off}).
   */
  public @Nullable Instant nextChange(Instant after) {
    return instant(timeline.nextChange(second(after, "after")));
  }

  /** {@link #nextChange(Instant)} from now. */
  public @Nullable Instant nextChange() {
    return nextChange(clock.instant());
  }

  /**
   * The first open instant at or after {@code from}: {@code from} itself when open then, else the
   * next opening; null when the schedule never opens again.
   */
  public @Nullable Instant nextOpen(Instant from) {
    return isOpen(from) ? from : nextChange(from);
  }

  /** {@link #nextOpen(Instant)} from now. */
  public @Nullable Instant nextOpen() {
    return nextOpen(clock.instant());
  }

  /**
   * The first closed instant at or after {@code from}: {@code from} itself when closed then, else
   * the next closing; null when the schedule never closes again.
   */
  public @Nullable Instant nextClose(Instant from) {
    return isOpen(from) ? nextChange(from) : from;
  }

  /** {@link #nextClose(Instant)} from now. */
  public @Nullable Instant nextClose() {
    return nextClose(clock.instant());
  }

  /**
   * The open time between two instants: how much of {@code [from, to)} the schedule is open.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Duration businessTime(Instant from, Instant to) {
    checkOrder(from, to);
    long seconds = 0;
    long nanos = 0;
    Instant cursor = from;
    boolean open = isOpen(from);
    while (cursor.isBefore(to)) {
      long change = timeline.nextChange(cursor.getEpochSecond());
      Instant end = change == Timeline.NONE || !Instant.ofEpochSecond(change).isBefore(to)
          ? to
          : Instant.ofEpochSecond(change);
      if (open) {
        seconds += end.getEpochSecond() - cursor.getEpochSecond();
        nanos += end.getNano() - cursor.getNano();
      }
      cursor = end;
      open = !open;
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * The instant by which {@code businessTime} of open time has passed since {@code from}: an SLA
   * deadline such as "first response within 1 business hour". A deadline that falls exactly at a
   * closing time is that closing time, not the next opening.
   *
   * @return the deadline, {@code from} for a zero duration, or null when the schedule is not open
   *     long enough before the end of year 9999
   * @throws IllegalArgumentException if {@code businessTime} is negative
   */
  public @Nullable Instant deadline(Instant from, Duration businessTime) {
    second(from, "from");
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("business time must not be negative, got " + businessTime);
    }
    Duration remaining = businessTime;
    Instant cursor = from;
    boolean open = isOpen(from);
    while (!remaining.isZero()) {
      long change = timeline.nextChange(cursor.getEpochSecond());
      if (open) {
        Duration available = change == Timeline.NONE ? null : Duration.between(cursor, Instant.ofEpochSecond(change));
        if (available == null || remaining.compareTo(available) <= 0) {
          Instant due = cursor.plus(remaining);
          return due.isAfter(MAX) ? null : due;
        }
        remaining = remaining.minus(available);
      }
      if (change == Timeline.NONE) {
        return null;
      }
      cursor = Instant.ofEpochSecond(change);
      open = !open;
    }
    return cursor;
  }

  /** {@link #deadline(Instant, Duration)} from now. */
  public @Nullable Instant deadline(Duration businessTime) {
    return deadline(clock.instant(), businessTime);
  }

  /**
   * The open intervals that overlap {@code [from, to)}, in order, clipped to that period: an
   * interval open before {@code from} starts at {@code from}, one still open at {@code to} ends
   * there.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<OpenInterval> openIntervals(Instant from, Instant to) {
    checkOrder(from, to);
    List<OpenInterval> intervals = new ArrayList<>();
    Instant cursor = from;
    boolean open = isOpen(from);
    while (cursor.isBefore(to)) {
      long change = timeline.nextChange(cursor.getEpochSecond());
      Instant end = change == Timeline.NONE || !Instant.ofEpochSecond(change).isBefore(to)
          ? to
          : Instant.ofEpochSecond(change);
      if (open) {
        intervals.add(new OpenInterval(cursor, end));
      }
      cursor = end;
      open = !open;
    }
    return intervals;
  }

  private static void checkOrder(Instant from, Instant to) {
    second(from, "from");
    second(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
    }
  }

  private static long second(Instant instant, String name) {
    Objects.requireNonNull(instant, name);
    if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
      throw new IllegalArgumentException(
          "'" + name + "' must be between " + MIN + " and " + MAX + ", got " + instant);
    }
    return instant.getEpochSecond();
  }

  private static @Nullable Instant instant(long epochSecond) {
    return epochSecond == Timeline.NONE ? null : Instant.ofEpochSecond(epochSecond);
  }

  @Override
  public String toString() {
    return "BusinessClock{" + schedule + ", " + clock + "}";
  }
}

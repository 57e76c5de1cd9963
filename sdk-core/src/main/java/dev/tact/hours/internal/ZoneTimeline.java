package dev.tact.hours.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * The timeline of one schedule in one zone: an instant is open when its wall clock in the zone
 * falls inside the open intervals of its local date.
 *
 * <p>Between two offset transitions the wall clock is the instant plus a fixed offset, so open
 * stretches are found by scanning the wall-clock intervals of that stretch; at a transition the
 * wall clock jumps and the state is read afresh. A boundary inside a spring-forward gap therefore
 * takes effect at the first instant after the gap, and a wall time repeated by a fall-back is open
 * both times. Cost grows with the intervals and transitions crossed, never with minutes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ZoneTimeline implements Timeline {
  private static final long DAY_SECONDS = 86_400;
  /** Offsets lie within ±18 hours, so a transition moves the wall clock back by at most 36. */
  private static final long MAX_BACKWARD_JUMP = 36 * 3600;
  private static final long MAX_SECOND = (DaySchedule.MAX_DAY + 1) * DAY_SECONDS;

  private final ZoneRules zoneRules;
  private final int fixedOffset;
  private final boolean fixed;
  private final DaySchedule days;

  public ZoneTimeline(ZoneId zone, DaySchedule days) {
    this.zoneRules = zone.getRules();
    this.fixed = zoneRules.isFixedOffset();
    this.fixedOffset = fixed ? zoneRules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    this.days = days;
  }

  private int offset(long epochSecond) {
    return fixed ? fixedOffset : zoneRules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  private long nextTransition(long epochSecond) {
    if (fixed) {
      return NONE;
    }
    ZoneOffsetTransition transition = zoneRules.nextTransition(Instant.ofEpochSecond(epochSecond));
    return transition == null ? NONE : transition.toEpochSecond();
  }

  @Override
  public boolean isOpen(long epochSecond) {
    return isOpenAtWall(epochSecond + offset(epochSecond));
  }

  private boolean isOpenAtWall(long wall) {
    int[] intervals = days.intervals(Math.floorDiv(wall, DAY_SECONDS));
    int minute = (int) (Math.floorMod(wall, DAY_SECONDS) / 60);
    for (int i = 0; i < intervals.length; i += 2) {
      if (minute < intervals[i]) {
        return false;
      }
      if (minute < intervals[i + 1]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public long nextChange(long epochSecond) {
    long current = epochSecond;
    boolean state = isOpen(current);
    while (true) {
      int offset = offset(current);
      long wall = current + offset;
      long transition = nextTransition(current);
      long change = nextWallChange(wall, state);
      if (change != NONE && (transition == NONE || change - offset < transition)) {
        return change - offset;
      }
      if (transition == NONE || transition >= MAX_SECOND) {
        return NONE;
      }
      if (change == NONE && transition - current > MAX_BACKWARD_JUMP) {
        // Every wall time from here on has the current state, and no later transition can move
        // the wall clock back before this one.
        return NONE;
      }
      if (isOpen(transition) != state) {
        return transition;
      }
      current = transition;
    }
  }

  /**
   * The first wall second after {@code wall} whose state is not {@code state}, or NONE. The state
   * at {@code wall} must be {@code state}.
   */
  private long nextWallChange(long wall, boolean state) {
    long day = Math.floorDiv(wall, DAY_SECONDS);
    while (day <= DaySchedule.MAX_DAY) {
      long dayStart = day * DAY_SECONDS;
      int[] intervals = days.intervals(day);
      if (dayStart > wall && (intervals.length > 0 && intervals[0] == 0) != state) {
        return dayStart;
      }
      for (int i = 0; i < intervals.length; i += 2) {
        long start = dayStart + intervals[i] * 60L;
        if (!state && intervals[i] != 0 && start > wall) {
          return start;
        }
        long end = dayStart + intervals[i + 1] * 60L;
        if (state && intervals[i + 1] != TimeRange.DAY && end > wall) {
          return end;
        }
      }
      day = nextDayToScan(day + 1, state);
    }
    return NONE;
  }

  /** Whether the schedule's days differ only by weekday, so that its wall-clock week repeats. */
  boolean isWeekly() {
    return !days.isDateDependent();
  }

  /** Whether the wall-clock minute of the week (Monday 00:00 is 0) is open; for weekly schedules. */
  boolean isOpenAtWallMinuteOfWeek(int minuteOfWeek) {
    int[] intervals = days.intervals(4 + minuteOfWeek / TimeRange.DAY); // epoch day 4 is a Monday
    int minute = minuteOfWeek % TimeRange.DAY;
    for (int i = 0; i < intervals.length; i += 2) {
      if (minute >= intervals[i] && minute < intervals[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offsets in whole minutes the zone can have after {@link #lastExplicitTransition()}, or
   * null when one is not a whole number of minutes.
   */
  int @org.jspecify.annotations.Nullable [] finalOffsetMinutes() {
    java.util.Set<Integer> seconds = new java.util.TreeSet<>();
    if (fixed) {
      seconds.add(fixedOffset);
    } else if (zoneRules.getTransitionRules().isEmpty()) {
      seconds.add(zoneRules.getOffset(Instant.MAX).getTotalSeconds());
    } else {
      for (java.time.zone.ZoneOffsetTransitionRule rule : zoneRules.getTransitionRules()) {
        seconds.add(rule.getOffsetBefore().getTotalSeconds());
        seconds.add(rule.getOffsetAfter().getTotalSeconds());
      }
    }
    int[] minutes = new int[seconds.size()];
    int i = 0;
    for (int offset : seconds) {
      if (offset % 60 != 0) {
        return null;
      }
      minutes[i++] = offset / 60;
    }
    return minutes;
  }

  /** The epoch second of the zone's last transition listed in its rules, or Long.MIN_VALUE. */
  long lastExplicitTransition() {
    List<ZoneOffsetTransition> transitions = zoneRules.getTransitions();
    return transitions.isEmpty() ? Long.MIN_VALUE : transitions.get(transitions.size() - 1).toEpochSecond();
  }

  /** The next day that may hold a change, skipping plain days that all have the given state. */
  private long nextDayToScan(long day, boolean state) {
    if (days.weeklyConstant() != (state ? 1 : 0)) {
      return day;
    }
    return days.isDateDependent() ? days.nextSpecialDay(day) : DateRange.NONE;
  }
}

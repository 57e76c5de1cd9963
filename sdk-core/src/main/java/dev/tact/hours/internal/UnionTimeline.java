package dev.tact.hours.internal;

import java.util.List;

/**
 * Open when any of several timelines is open: follow-the-sun teams in different zones as one
 * schedule.
 *
 * <p>Finding when an open union closes means stepping through the teams' changes until all are
 * closed at once. Teams that overlap around the clock never close, so two limits keep that cheap:
 * when every team's hours depend only on weekdays, the constructor proves, for every combination
 * of offsets the zones can have after their last listed transition, whether the teams cover every
 * minute of the week; from then on the union never closes. Otherwise a union that stays open for
 * {@link #MAX_OPEN_STRETCH_SECONDS} is reported as never closing.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnionTimeline implements Timeline {
  /** Five years: the longest continuous open stretch a union is searched through. */
  public static final long MAX_OPEN_STRETCH_SECONDS = 5L * 366 * 86_400;

  private static final int WEEK = 7 * TimeRange.DAY;
  private static final int MAX_OFFSET_COMBINATIONS = 256;

  private final Timeline[] teams;
  /** The epoch second from which the union provably never closes, or NONE. */
  private final long alwaysOpenFrom;

  public UnionTimeline(List<? extends Timeline> teams) {
    if (teams.isEmpty()) {
      throw new IllegalArgumentException("a union needs at least one timeline");
    }
    this.teams = teams.toArray(new Timeline[0]);
    this.alwaysOpenFrom = alwaysOpenFrom(this.teams);
  }

  private static long alwaysOpenFrom(Timeline[] teams) {
    long from = Long.MIN_VALUE;
    int combinations = 1;
    int[][] offsets = new int[teams.length][];
    for (int t = 0; t < teams.length; t++) {
      if (!(teams[t] instanceof ZoneTimeline team) || !team.isWeekly()) {
        return NONE;
      }
      offsets[t] = team.finalOffsetMinutes();
      if (offsets[t] == null) {
        return NONE;
      }
      combinations *= offsets[t].length;
      if (combinations > MAX_OFFSET_COMBINATIONS) {
        return NONE;
      }
      from = Math.max(from, team.lastExplicitTransition());
    }
    int[] choice = new int[teams.length];
    for (int c = 0; c < combinations; c++) {
      int rest = c;
      for (int t = 0; t < teams.length; t++) {
        choice[t] = offsets[t][rest % offsets[t].length];
        rest /= offsets[t].length;
      }
      for (int utcMinute = 0; utcMinute < WEEK; utcMinute++) {
        boolean covered = false;
        for (int t = 0; t < teams.length && !covered; t++) {
          covered = ((ZoneTimeline) teams[t]).isOpenAtWallMinuteOfWeek(Math.floorMod(utcMinute + choice[t], WEEK));
        }
        if (!covered) {
          return NONE;
        }
      }
    }
    return from;
  }

  @Override
  public boolean isOpen(long epochSecond) {
    for (Timeline team : teams) {
      if (team.isOpen(epochSecond)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public long nextChange(long epochSecond) {
    if (!isOpen(epochSecond)) {
      long first = NONE;
      for (Timeline team : teams) {
        first = Math.min(first, team.nextChange(epochSecond));
      }
      return first;
    }
    // Open: the union closes at the first second when every team is closed. Each open team stays
    // open until its own next change, so jump to the latest of those and look again.
    long candidate = epochSecond;
    while (true) {
      if (candidate >= alwaysOpenFrom || candidate - epochSecond > MAX_OPEN_STRETCH_SECONDS) {
        return NONE;
      }
      long latest = candidate;
      for (Timeline team : teams) {
        if (team.isOpen(candidate)) {
          long close = team.nextChange(candidate);
          if (close == NONE) {
            return NONE;
          }
          latest = Math.max(latest, close);
        }
      }
      if (latest == candidate) {
        return candidate;
      }
      candidate = latest;
    }
  }
}

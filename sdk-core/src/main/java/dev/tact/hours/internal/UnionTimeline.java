package dev.tact.hours.internal;

import java.util.List;

/**
 * Open when any of several timelines is open: follow-the-sun teams in different zones as one
 * schedule. Immutable and thread-safe.
 */
public final class UnionTimeline implements Timeline {
  private final Timeline[] teams;

  public UnionTimeline(List<? extends Timeline> teams) {
    if (teams.isEmpty()) {
      throw new IllegalArgumentException("a union needs at least one timeline");
    }
    this.teams = teams.toArray(new Timeline[0]);
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

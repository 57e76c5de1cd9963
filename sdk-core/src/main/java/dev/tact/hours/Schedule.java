package dev.tact.hours;

import java.time.ZoneId;
import java.util.List;

/**
 * When a care team is open: the {@link SupportHours} of one team in one zone, or several teams in
 * different zones combined as one {@link FollowTheSun} schedule. Hand either to
 * {@link BusinessClock#of(Schedule, java.time.Clock)}.
 */
public sealed interface Schedule permits SupportHours, FollowTheSun {

  /** The teams' hours: one for {@link SupportHours}, each team's for {@link FollowTheSun}. */
  List<SupportHours> teams();

  /** The zones of the teams, in order, without duplicates. */
  default List<ZoneId> zones() {
    return teams().stream().map(SupportHours::zone).distinct().toList();
  }
}

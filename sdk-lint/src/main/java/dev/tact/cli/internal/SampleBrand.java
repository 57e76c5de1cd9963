package dev.tact.cli.internal;

import dev.tact.hours.FollowTheSun;
import dev.tact.hours.Schedule;
import dev.tact.hours.SupportHours;
import java.util.List;

/**
 * A brand of the demo and its care teams, each named after its city.
 *
 * @param name the brand as agents know it
 * @param teams the teams, in the order the sun reaches them
 */
record SampleBrand(String name, List<Team> teams) {

  /**
   * One care team.
   *
   * @param city where the team sits, as shown to agents
   * @param hours its hours in its own zone
   */
  record Team(String city, SupportHours hours) {}

  SampleBrand {
    teams = List.copyOf(teams);
  }

  /** The brand's hours: one team's, or all teams' together. */
  Schedule schedule() {
    return teams.size() == 1
        ? teams.get(0).hours()
        : FollowTheSun.of(teams.stream().map(Team::hours).toList());
  }
}

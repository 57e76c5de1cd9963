package dev.tact.hours;

import dev.tact.hours.internal.Timeline;
import dev.tact.hours.internal.UnionTimeline;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Several teams in different zones answering as one: open whenever any team is open.
 *
 * <pre>{@code
 * FollowTheSun care = FollowTheSun.of(
 *     SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Asia/Tokyo")),
 *     SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Europe/Dublin")),
 *     SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("America/Chicago")));
 * BusinessClock.of(care, clock).isOpen();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Two unions are equal when they have equal teams in the same order.
 */
public final class FollowTheSun implements Schedule {
  private final List<SupportHours> teams;
  private final Timeline timeline;

  private FollowTheSun(List<SupportHours> teams) {
    this.teams = teams;
    this.timeline = new UnionTimeline(teams.stream().map(SupportHours::timeline).toList());
  }

  /**
   * The union of these teams' hours.
   *
   * @throws IllegalArgumentException if no team is given
   */
  public static FollowTheSun of(SupportHours... teams) {
    return of(List.of(teams));
  }

  /**
   * The union of these teams' hours.
   *
   * @throws IllegalArgumentException if the list is empty
   */
  public static FollowTheSun of(List<SupportHours> teams) {
    if (teams.isEmpty()) {
      throw new IllegalArgumentException("follow-the-sun hours need at least one team");
    }
    return new FollowTheSun(List.copyOf(teams));
  }

  @Override
  public List<SupportHours> teams() {
    return teams;
  }

  Timeline timeline() {
    return timeline;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FollowTheSun other && teams.equals(other.teams);
  }

  @Override
  public int hashCode() {
    return teams.hashCode();
  }

  /** Each team as {@code zone: hours}, joined with {@code " + "}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (SupportHours team : teams) {
      if (text.length() > 0) {
        text.append(" + ");
      }
      text.append(team.zone()).append(": ").append(team);
    }
    return text.toString();
  }
}

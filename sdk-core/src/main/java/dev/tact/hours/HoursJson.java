package dev.tact.hours;

import dev.tact.hours.internal.HoursJsonCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of support hours, for programs that store or exchange schedules. It holds the same
 * model as the {@code opening_hours} text, field by field:
 *
 * <pre>{@code
 * {"zone": "Europe/Berlin",
 *  "rules": [
 *    {"weekdays": ["Mo","Tu","We","Th","Fr"], "times": [{"from": "09:00", "to": "18:00"}]},
 *    {"weekdays": ["Sa"], "times": [{"from": "10:00", "to": "14:00"}]},
 *    {"dates": [{"from": "12-24", "to": "12-26"}], "off": true},
 *    {"publicHolidays": true, "off": true}],
 *  "holidays": ["2026-12-25", "2026-12-26"]}
 * }</pre>
 *
 * <p>Instead of {@code rules}, a team may give {@code "hours": "Mo-Fr 09:00-18:00"}. Several teams
 * are {@code {"teams": [...]}} and read as {@link FollowTheSun}. {@code docs/hours.md} describes
 * every field.
 *
 * <pre>{@code
 * Schedule schedule = HoursJson.read(json, "tenant-42.json");
 * String back = HoursJson.write(schedule);   // reads back to an equal schedule
 * }</pre>
 */
public final class HoursJson {
  private HoursJson() {}

  /**
   * Reads a schedule.
   *
   * @param source the name of the input for error messages, such as a file name
   * @throws HoursSyntaxException if the JSON is malformed or a field is wrong
   */
  public static Schedule read(String json, String source) {
    List<SupportHours> teams = new ArrayList<>();
    for (HoursJsonCodec.Team team : HoursJsonCodec.read(json, source)) {
      teams.add(SupportHours.of(team.zone(), team.rules(), HolidayCalendar.of(team.holidays())));
    }
    return teams.size() == 1 ? teams.get(0) : FollowTheSun.of(teams);
  }

  /**
   * Writes a schedule.
   *
   * @throws IllegalArgumentException if a team's holidays are a custom {@link HolidayCalendar},
   *     which has no JSON form; use {@link HolidayCalendar#of(java.util.Collection)}
   */
  public static String write(Schedule schedule) {
    List<HoursJsonCodec.Team> teams = new ArrayList<>();
    for (SupportHours hours : schedule.teams()) {
      if (!(hours.holidays() instanceof HolidayList list)) {
        throw new IllegalArgumentException(
            "a custom HolidayCalendar has no JSON form; use HolidayCalendar.of(dates)");
      }
      teams.add(new HoursJsonCodec.Team(hours.zone(), hours.rules(), list.dates()));
    }
    return HoursJsonCodec.write(teams);
  }
}

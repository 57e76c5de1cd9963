package dev.tact.hours.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tact.hours.HoursSyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the JSON form of support hours. The schema, with every field optional except
 * {@code zone} and one of {@code rules} or {@code hours}:
 *
 * <pre>{@code
 * {"zone": "Europe/Berlin",
 *  "rules": [
 *    {"weekdays": ["Mo","Tu","We","Th","Fr"], "times": [{"from": "09:00", "to": "18:00"}]},
 *    {"dates": [{"from": "12-24", "to": "12-26"}], "off": true},
 *    {"weekdays": ["Sa"], "times": [{"from": "10:00", "to": "14:00"}], "additional": true},
 *    {"publicHolidays": true, "off": true}],
 *  "holidays": ["2026-12-25"]}
 * }</pre>
 *
 * <p>A union of teams is {@code {"teams": [ …each as above… ]}}.
 */
public final class HoursJsonCodec {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(SerializationFeature.INDENT_OUTPUT);
  private static final String[] WEEKDAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  private static final Set<String> TEAM_FIELDS = Set.of("zone", "rules", "hours", "holidays");
  private static final Set<String> RULE_FIELDS =
      Set.of("dates", "weekdays", "publicHolidays", "times", "off", "additional");

  /** One team's parts; the public layer turns it into its own type. */
  public record Team(ZoneId zone, List<Rule> rules, List<LocalDate> holidays) {}

  private final String source;

  private HoursJsonCodec(String source) {
    this.source = source;
  }

  /**
   * Reads one team or a union of teams.
   *
   * @throws HoursSyntaxException naming the source, line and column or the JSON path
   */
  public static List<Team> read(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new HoursSyntaxException("not valid JSON: " + e.getOriginalMessage(), source, line, column, e);
    }
    HoursJsonCodec codec = new HoursJsonCodec(source);
    if (root == null || !root.isObject()) {
      throw codec.error("$", "expected an object with \"zone\" and \"rules\", or with \"teams\"");
    }
    if (root.has("teams")) {
      if (root.size() != 1) {
        throw codec.error("$", "an object with \"teams\" has no other fields");
      }
      JsonNode teams = root.get("teams");
      if (!teams.isArray() || teams.isEmpty()) {
        throw codec.error("$.teams", "expected a non-empty array of teams");
      }
      List<Team> result = new ArrayList<>();
      for (int i = 0; i < teams.size(); i++) {
        result.add(codec.team(teams.get(i), "$.teams[" + i + "]"));
      }
      return result;
    }
    return List.of(codec.team(root, "$"));
  }

  /** Writes one team, or a union when there are several. */
  public static String write(List<Team> teams) {
    JsonNode root;
    if (teams.size() == 1) {
      root = teamNode(teams.get(0));
    } else {
      ObjectNode union = MAPPER.createObjectNode();
      ArrayNode array = union.putArray("teams");
      teams.forEach(team -> array.add(teamNode(team)));
      root = union;
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  // ---- reading ----

  private Team team(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error(path, "expected an object with \"zone\" and \"rules\"");
    }
    unknownFields(node, path, TEAM_FIELDS);
    ZoneId zone = zone(node.get("zone"), path + ".zone");
    List<Rule> rules;
    if (node.has("hours") == node.has("rules")) {
      throw error(path, "give exactly one of \"rules\" (an array) or \"hours\" (opening_hours text)");
    } else if (node.has("hours")) {
      JsonNode hours = node.get("hours");
      if (!hours.isTextual()) {
        throw error(path + ".hours", "expected a string such as \"Mo-Fr 09:00-18:00\"");
      }
      try {
        rules = HoursParser.parse(hours.asText(), source + " " + path + ".hours");
      } catch (HoursSyntaxException e) {
        throw error(path + ".hours", e.problem());
      }
    } else {
      JsonNode array = node.get("rules");
      if (!array.isArray() || array.isEmpty()) {
        throw error(path + ".rules", "expected a non-empty array of rules");
      }
      rules = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        rules.add(rule(array.get(i), path + ".rules[" + i + "]", i));
      }
    }
    List<LocalDate> holidays = new ArrayList<>();
    JsonNode list = node.get("holidays");
    if (list != null) {
      if (!list.isArray()) {
        throw error(path + ".holidays", "expected an array of dates such as \"2026-12-25\"");
      }
      for (int i = 0; i < list.size(); i++) {
        holidays.add(isoDate(list.get(i), path + ".holidays[" + i + "]"));
      }
    }
    return new Team(zone, rules, holidays);
  }

  private ZoneId zone(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw error(path, "expected an IANA zone id such as \"Europe/Berlin\"");
    }
    try {
      return ZoneId.of(node.asText());
    } catch (DateTimeException e) {
      throw error(path, "unknown zone '" + node.asText() + "'; use an IANA id such as \"Europe/Berlin\"");
    }
  }

  private Rule rule(JsonNode node, String path, int index) {
    if (!node.isObject()) {
      throw error(path, "expected a rule object");
    }
    unknownFields(node, path, RULE_FIELDS);
    List<DateRange> dates = new ArrayList<>();
    JsonNode dateArray = node.get("dates");
    if (dateArray != null) {
      if (!dateArray.isArray()) {
        throw error(path + ".dates", "expected an array of {\"from\": \"12-24\", \"to\": \"12-26\"}");
      }
      for (int i = 0; i < dateArray.size(); i++) {
        dates.add(dateRange(dateArray.get(i), path + ".dates[" + i + "]"));
      }
    }
    boolean holidays = bool(node, "publicHolidays", path);
    int weekdays = holidays ? 0 : Rule.ALL_DAYS;
    JsonNode dayArray = node.get("weekdays");
    if (dayArray != null) {
      if (!dayArray.isArray() || dayArray.isEmpty()) {
        throw error(path + ".weekdays", "expected a non-empty array of weekdays such as [\"Mo\", \"Tu\"]");
      }
      weekdays = 0;
      for (int i = 0; i < dayArray.size(); i++) {
        weekdays |= 1 << weekday(dayArray.get(i), path + ".weekdays[" + i + "]");
      }
    }
    List<TimeRange> times = new ArrayList<>();
    JsonNode timeArray = node.get("times");
    if (timeArray != null) {
      if (!timeArray.isArray()) {
        throw error(path + ".times", "expected an array of {\"from\": \"09:00\", \"to\": \"18:00\"}");
      }
      for (int i = 0; i < timeArray.size(); i++) {
        times.add(timeRange(timeArray.get(i), path + ".times[" + i + "]"));
      }
    }
    boolean additional = bool(node, "additional", path);
    if (additional && index == 0) {
      throw error(path + ".additional", "the first rule cannot be additional");
    }
    return new Rule(dates, weekdays, holidays, times, bool(node, "off", path), additional);
  }

  private DateRange dateRange(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error(path, "expected {\"from\": \"12-24\", \"to\": \"12-26\"}");
    }
    unknownFields(node, path, Set.of("from", "to"));
    int[] from = monthDay(node.get("from"), path + ".from");
    int[] to = node.has("to") ? monthDay(node.get("to"), path + ".to") : from;
    if ((from[0] == 0) != (to[0] == 0)) {
      throw error(path, "give a year in both \"from\" and \"to\", or in neither");
    }
    try {
      return new DateRange(from[0], from[1], from[2], to[0], to[1], to[2]);
    } catch (IllegalArgumentException e) {
      throw error(path, "the range ends before it starts");
    }
  }

  /** {year or 0, month, day} from "MM-DD" or "YYYY-MM-DD". */
  private int[] monthDay(JsonNode node, String path) {
    String expected = "expected a date such as \"12-24\" (every year) or \"2026-12-24\"";
    if (node == null || !node.isTextual()) {
      throw error(path, expected);
    }
    String text = node.asText();
    try {
      if (text.matches("\\d{2}-\\d{2}")) {
        int month = Integer.parseInt(text.substring(0, 2));
        int day = Integer.parseInt(text.substring(3));
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
          throw error(path, "no such day of the year: " + text);
        }
        return new int[] {0, month, day};
      }
      LocalDate date = LocalDate.parse(text);
      return new int[] {date.getYear(), date.getMonthValue(), date.getDayOfMonth()};
    } catch (DateTimeException e) {
      throw error(path, expected + ", got '" + text + "'");
    }
  }

  private LocalDate isoDate(JsonNode node, String path) {
    if (node != null && node.isTextual()) {
      try {
        return LocalDate.parse(node.asText());
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw error(path, "expected a date such as \"2026-12-25\"");
  }

  private int weekday(JsonNode node, String path) {
    if (node.isTextual()) {
      for (int i = 0; i < WEEKDAYS.length; i++) {
        if (WEEKDAYS[i].equalsIgnoreCase(node.asText())) {
          return i;
        }
      }
    }
    throw error(path, "expected a weekday: Mo, Tu, We, Th, Fr, Sa or Su");
  }

  private TimeRange timeRange(JsonNode node, String path) {
    if (!node.isObject()) {
      throw error(path, "expected {\"from\": \"09:00\", \"to\": \"18:00\"}");
    }
    unknownFields(node, path, Set.of("from", "to"));
    int from = minutes(node.get("from"), path + ".from");
    int to = minutes(node.get("to"), path + ".to");
    if (from >= TimeRange.DAY) {
      throw error(path + ".from", "a time range must start before 24:00");
    }
    if (to > 2 * TimeRange.DAY) {
      throw error(path + ".to", "a time range must end by 48:00");
    }
    return new TimeRange(from, to <= from ? to + TimeRange.DAY : to);
  }

  private int minutes(JsonNode node, String path) {
    if (node != null && node.isTextual() && node.asText().matches("\\d{2}:\\d{2}")) {
      String text = node.asText();
      int hours = Integer.parseInt(text.substring(0, 2));
      int minutes = Integer.parseInt(text.substring(3));
      if (minutes < 60 && (hours < 48 || hours == 48 && minutes == 0)) {
        return hours * 60 + minutes;
      }
    }
    throw error(path, "expected a time such as \"09:00\" (up to \"48:00\" for an end past midnight)");
  }

  private boolean bool(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      throw error(path + "." + field, "expected true or false");
    }
    return value.asBoolean();
  }

  private void unknownFields(JsonNode node, String path, Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw error(path + "." + name, "unknown field; expected one of " + known.stream().sorted().toList());
      }
    }
  }

  private HoursSyntaxException error(String path, String problem) {
    return new HoursSyntaxException(path + ": " + problem, source, 0, 0, null);
  }

  // ---- writing ----

  private static ObjectNode teamNode(Team team) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("zone", team.zone().getId());
    ArrayNode rules = node.putArray("rules");
    for (Rule rule : team.rules()) {
      ObjectNode out = rules.addObject();
      if (!rule.dates().isEmpty()) {
        ArrayNode dates = out.putArray("dates");
        for (DateRange range : rule.dates()) {
          ObjectNode date = dates.addObject();
          date.put("from", date(range.startYear(), range.startMonth(), range.startDay()));
          date.put("to", date(range.endYear(), range.endMonth(), range.endDay()));
        }
      }
      if (rule.weekdays() != Rule.ALL_DAYS && rule.weekdays() != 0) {
        ArrayNode days = out.putArray("weekdays");
        for (int day = 0; day < 7; day++) {
          if ((rule.weekdays() & (1 << day)) != 0) {
            days.add(WEEKDAYS[day]);
          }
        }
      }
      if (rule.holidays()) {
        out.put("publicHolidays", true);
      }
      if (!rule.times().isEmpty()) {
        ArrayNode times = out.putArray("times");
        for (TimeRange range : rule.times()) {
          ObjectNode time = times.addObject();
          time.put("from", clock(range.start()));
          time.put("to", clock(range.end() > TimeRange.DAY && range.end() - TimeRange.DAY <= range.start()
              ? range.end() - TimeRange.DAY
              : range.end()));
        }
      }
      if (rule.off()) {
        out.put("off", true);
      }
      if (rule.additional()) {
        out.put("additional", true);
      }
    }
    if (!team.holidays().isEmpty()) {
      ArrayNode holidays = node.putArray("holidays");
      team.holidays().forEach(date -> holidays.add(date.toString()));
    }
    return node;
  }

  private static String date(int year, int month, int day) {
    String monthDay = String.format("%02d-%02d", month, day);
    return year == 0 ? monthDay : String.format("%04d-%s", year, monthDay);
  }

  private static String clock(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}

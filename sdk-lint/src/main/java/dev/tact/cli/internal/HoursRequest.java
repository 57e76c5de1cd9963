package dev.tact.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One line of {@code tact hours --jsonl}: {@code hours} (opening_hours text), {@code zone} (an
 * IANA id), {@code at} (an ISO instant) and optional {@code holidays} (ISO dates; null means none).
 * Any other field is an error, so that a misspelt {@code holiday} is not silently ignored.
 *
 * @param hours the support hours as written
 * @param zone the zone of the hours
 * @param at the instant asked about
 * @param holidays the dates that {@code PH} rules select
 */
record HoursRequest(String hours, ZoneId zone, Instant at, List<LocalDate> holidays) {
  private static final Set<String> FIELDS = Set.of("hours", "zone", "at", "holidays");
  private static final String EXAMPLE =
      "{\"hours\":\"Mo-Fr 09:00-18:00\",\"zone\":\"Europe/Berlin\",\"at\":\"2026-11-23T08:00:00Z\"}";

  /**
   * Reads a request from one line of JSON.
   *
   * @throws BadLineException saying what is wrong with the line and how to fix it
   */
  static HoursRequest read(String line, ObjectMapper json) throws BadLineException {
    if (line.isBlank()) {
      throw new BadLineException("blank line; expected a JSON object such as " + EXAMPLE);
    }
    JsonNode request = parse(line, json);
    if (!request.isObject()) {
      throw new BadLineException("expected a JSON object such as " + EXAMPLE + ", got " + kind(request));
    }
    for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new BadLineException(
            "unknown field " + TimeValues.quote(name) + "; the fields are hours, zone, at and holidays");
      }
    }
    String hours = string(request, "hours");
    ZoneId zone = value(request, "zone", TimeValues::zone);
    Instant at = value(request, "at", TimeValues::instant);
    return new HoursRequest(hours, zone, at, holidays(request));
  }

  private static JsonNode parse(String line, ObjectMapper json) throws BadLineException {
    try {
      return json.readTree(line);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null || location.getColumnNr() < 1 ? "" : " at column " + location.getColumnNr();
      throw new BadLineException("malformed JSON" + where + ": " + summary(e.getOriginalMessage()));
    }
  }

  /** Jackson's message without its line breaks and its nested "(start marker at [Source...])". */
  private static String summary(String message) {
    String firstLine = message.lines().findFirst().orElse(message);
    int marker = firstLine.indexOf(" (start marker at");
    return marker < 0 ? firstLine : firstLine.substring(0, marker);
  }

  private static String string(JsonNode request, String field) throws BadLineException {
    JsonNode node = request.get(field);
    if (node == null) {
      throw new BadLineException("missing field '" + field + "'");
    }
    if (!node.isTextual()) {
      throw new BadLineException("field '" + field + "' must be a string, got " + kind(node));
    }
    return node.textValue();
  }

  private static <T> T value(JsonNode request, String field, Function<String, T> reader)
      throws BadLineException {
    String text = string(request, field);
    try {
      return reader.apply(text);
    } catch (IllegalArgumentException e) {
      throw new BadLineException("field '" + field + "': " + e.getMessage());
    }
  }

  private static List<LocalDate> holidays(JsonNode request) throws BadLineException {
    JsonNode node = request.get("holidays");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new BadLineException(
          "field 'holidays' must be an array of dates such as [\"2026-12-25\"], got " + kind(node));
    }
    List<LocalDate> dates = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode date = node.get(i);
      if (!date.isTextual()) {
        throw new BadLineException("field 'holidays[" + i + "]' must be a date string such as \"2026-12-25\", got " + kind(date));
      }
      try {
        dates.add(TimeValues.date(date.textValue()));
      } catch (IllegalArgumentException e) {
        throw new BadLineException("field 'holidays[" + i + "]': " + e.getMessage());
      }
    }
    return dates;
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      case STRING:
        return "a string";
      default:
        return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }
}

package dev.tact.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
    JsonNode request = JsonFields.object(line, json, EXAMPLE, FIELDS, "hours, zone, at and holidays");
    String hours = JsonFields.string(request, "hours");
    ZoneId zone = value(request, "zone", TimeValues::zone);
    Instant at = value(request, "at", TimeValues::instant);
    return new HoursRequest(hours, zone, at, holidays(request));
  }

  private static <T> T value(JsonNode request, String field, Function<String, T> reader)
      throws BadLineException {
    String text = JsonFields.string(request, field);
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
          "field 'holidays' must be an array of dates such as [\"2026-12-25\"], got " + JsonFields.kind(node));
    }
    List<LocalDate> dates = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode date = node.get(i);
      if (!date.isTextual()) {
        throw new BadLineException("field 'holidays[" + i + "]' must be a date string such as \"2026-12-25\", got "
            + JsonFields.kind(date));
      }
      try {
        dates.add(TimeValues.date(date.textValue()));
      } catch (IllegalArgumentException e) {
        throw new BadLineException("field 'holidays[" + i + "]': " + e.getMessage());
      }
    }
    return dates;
  }
}

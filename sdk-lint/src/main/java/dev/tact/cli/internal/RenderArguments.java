package dev.tact.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code args} object of one {@code tact render --jsonl} line, read into the values a
 * {@code Renderer} takes. JSON numbers are numbers (plurals and {@code number} formats work); a
 * string that is a whole ISO-8601 instant ({@code "2026-11-23T09:00:00Z"}, or with an offset for
 * {@code Z}) is an instant, shown in the customer's zone; any other string is text, a date without
 * a time ({@code "2026-11-23"}) included; {@code null} is a missing value (the catalog's fallback
 * stands in, or the line fails if the argument is required). Booleans, arrays and objects are
 * errors: a template shows text, numbers and instants, and a {@code select} takes its keyword as a
 * string.
 */
final class RenderArguments {
  /** The earliest instant taken: far enough from year 1 that every zone still has a local time. */
  static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");
  /** The latest instant taken, as far from the year 10000. */
  static final Instant LATEST = Instant.parse("9999-12-30T23:59:59Z");

  private RenderArguments() {}

  /**
   * The values by argument name, in the line's order; empty when {@code args} is missing or null.
   *
   * @throws BadLineException naming the argument and what to send instead
   */
  static Map<String, Object> read(JsonNode request) throws BadLineException {
    JsonNode args = request.get("args");
    if (args == null || args.isNull()) {
      return Map.of();
    }
    if (!args.isObject()) {
      throw new BadLineException("field 'args' must be an object of values by argument name such as"
          + " {\"orderId\":\"A-1042\",\"count\":3}, got " + JsonFields.kind(args));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = args.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (!value.isNull()) {
        values.put(name, value(name, value));
      }
    }
    return values;
  }

  private static Object value(String name, JsonNode value) throws BadLineException {
    String field = "field " + TimeValues.quote("args." + name);
    if (value.isNumber()) {
      if (!Double.isFinite(value.doubleValue())) {
        throw new BadLineException(field + ": the number is out of range; send one between -1.7e308 and 1.7e308");
      }
      return value.numberValue();
    }
    if (value.isTextual()) {
      String text = value.textValue();
      return looksLikeAnInstant(text) ? instantOrText(field, text) : text;
    }
    String instead = value.isBoolean()
        ? "; for a select, send its keyword as a string such as \"" + value.booleanValue() + "\""
        : "; send one value per argument";
    throw new BadLineException(field + " must be a string, a number or an ISO instant string, got "
        + JsonFields.kind(value) + instead);
  }

  /** A cheap test that spares most texts a parse: digits (or a sign), then a 'T' further on. */
  private static boolean looksLikeAnInstant(String text) {
    if (text.length() < 20) {
      return false;
    }
    char first = text.charAt(0);
    return (first >= '0' && first <= '9' || first == '+' || first == '-') && text.indexOf('T') > 0;
  }

  private static Object instantOrText(String field, String text) throws BadLineException {
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException e) {
      return text;
    }
    return inRange(field, instant);
  }

  /**
   * The instant, if it lies between {@link #EARLIEST} and {@link #LATEST}.
   *
   * @param field how the message names the field, such as {@code field 'now'}
   * @throws BadLineException naming the field and the range
   */
  static Instant inRange(String field, Instant instant) throws BadLineException {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new BadLineException(field + ": " + instant + " is outside the supported range, "
          + EARLIEST + " to " + LATEST);
    }
    return instant;
  }
}

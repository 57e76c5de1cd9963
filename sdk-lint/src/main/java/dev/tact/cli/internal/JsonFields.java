package dev.tact.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the request object of one JSON line the same way for every {@code --jsonl} command, so that
 * the same mistake gets the same message whichever command it is sent to: malformed JSON with its
 * column, a blank line, a value that is not an object, an unknown field, a missing field, a field of
 * the wrong type.
 */
final class JsonFields {
  private JsonFields() {}

  /** A strict reader: a duplicated field or anything after the object is malformed JSON. */
  static ObjectMapper strictMapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * The JSON object on {@code line}, whose fields are all in {@code fields}.
   *
   * @param example a request to show when the line is not an object at all
   * @param fieldList the fields in words, such as "hours, zone, at and holidays"
   * @throws BadLineException saying what is wrong with the line and how to fix it
   */
  static JsonNode object(String line, ObjectMapper json, String example, Set<String> fields, String fieldList)
      throws BadLineException {
    if (line.isBlank()) {
      throw new BadLineException("blank line; expected a JSON object such as " + example);
    }
    JsonNode request = parse(line, json);
    if (!request.isObject()) {
      throw new BadLineException("expected a JSON object such as " + example + ", got " + kind(request));
    }
    for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw new BadLineException(
            "unknown field " + TimeValues.quote(name) + "; the fields are " + fieldList);
      }
    }
    return request;
  }

  /**
   * The string value of a required field.
   *
   * @throws BadLineException if the field is missing or not a string
   */
  static String string(JsonNode request, String field) throws BadLineException {
    JsonNode node = request.get(field);
    if (node == null) {
      throw new BadLineException("missing field '" + field + "'");
    }
    if (!node.isTextual()) {
      throw new BadLineException("field '" + field + "' must be a string, got " + kind(node));
    }
    return node.textValue();
  }

  /**
   * The string value of an optional field; null when it is missing or null.
   *
   * @throws BadLineException if the field is there but not a string
   */
  static @Nullable String optionalString(JsonNode request, String field) throws BadLineException {
    JsonNode node = request.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadLineException("field '" + field + "' must be a string, got " + kind(node));
    }
    return node.textValue();
  }

  /**
   * The boolean value of an optional field; false when it is missing or null.
   *
   * @throws BadLineException if the field is there but not a boolean
   */
  static boolean optionalBoolean(JsonNode request, String field) throws BadLineException {
    JsonNode node = request.get(field);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new BadLineException("field '" + field + "' must be true or false, got " + kind(node));
    }
    return node.booleanValue();
  }

  /** What a JSON value is, for messages: "an array", "a number", "null". */
  static String kind(JsonNode node) {
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
}

package dev.tact.i18n.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one YAML or JSON document into {@link SourceNode}s with Jackson's streaming parser, keeping
 * where each value starts. Duplicate keys, several documents and nesting deeper than a catalog
 * needs are errors, reported as {@link SourceException}s with their offset.
 */
public final class SourceReader {
  private static final int MAX_DEPTH = 16;
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  private final SourceLines lines;
  private final boolean json;

  private SourceReader(SourceLines lines, boolean json) {
    this.lines = lines;
    this.json = json;
  }

  /** A problem in the file's YAML or JSON, at a UTF-16 offset. */
  public static final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    SourceException(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }

    /** Where the problem is. */
    public int offset() {
      return offset;
    }
  }

  /**
   * The document of a file.
   *
   * @param lines the file's text
   * @param json true to read JSON, false to read YAML
   * @return the document, or null when the file holds no document at all
   * @throws SourceException if the text is not well-formed or not of a shape a catalog can be
   */
  public static @Nullable SourceNode read(SourceLines lines, boolean json)
      throws SourceException {
    return new SourceReader(lines, json).document();
  }

  private @Nullable SourceNode document() throws SourceException {
    String format = json ? "JSON" : "YAML";
    try (JsonParser parser = (json ? JSON : YAML).createParser(lines.text())) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      SourceNode root = value(parser, 0);
      if (parser.nextToken() != null) {
        throw new SourceException(
            "a second " + format + " document starts here; keep one document per file",
            offset(parser.currentTokenLocation()));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SourceException(
          "not well-formed " + format + ": " + firstLine(e.getOriginalMessage()),
          at == null ? 0 : offset(at));
    } catch (IOException | RuntimeException e) {
      // The YAML parser reports some malformed input (and its own limits) as runtime exceptions.
      throw new SourceException("not well-formed " + format + ": " + firstLine(e.getMessage()), 0);
    }
  }

  private SourceNode value(JsonParser parser, int depth) throws IOException, SourceException {
    int at = offset(parser.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw new SourceException(
          "nested more than " + MAX_DEPTH + " levels deep; a catalog is at most four levels deep", at);
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, SourceNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int keyAt = offset(parser.currentTokenLocation());
          if (entries.containsKey(key)) {
            throw new SourceException(
                "the key '" + key + "' appears twice in one mapping; keep one", keyAt);
          }
          parser.nextToken();
          entries.put(key, new SourceNode.Entry(key, keyAt, value(parser, depth + 1)));
        }
        return new SourceNode.Mapping(at, entries);
      }
      case START_ARRAY: {
        List<SourceNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser, depth + 1));
        }
        return new SourceNode.Sequence(at, items);
      }
      case VALUE_NULL:
        return new SourceNode.Scalar(at, new SourceScalar(lines.text(), at, ""), true, false);
      case VALUE_STRING:
        return new SourceNode.Scalar(
            at, new SourceScalar(lines.text(), at, parser.getText()), false, true);
      default:
        return new SourceNode.Scalar(
            at, new SourceScalar(lines.text(), at, parser.getText()), false, false);
    }
  }

  /**
   * The UTF-16 offset of a parser location. The JSON parser counts UTF-16 units; the YAML parser
   * counts code points, so its column is walked along the line.
   */
  private int offset(JsonLocation location) {
    if (json) {
      long chars = location.getCharOffset();
      if (chars >= 0) {
        return (int) Math.min(chars, lines.text().length());
      }
    }
    return lines.offsetOfCodePointColumn(
        Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "the parser gave no detail";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}

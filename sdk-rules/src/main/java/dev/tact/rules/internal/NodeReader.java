package dev.tact.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tact.rules.RulePackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads YAML or JSON into {@link Node}s with Jackson's streaming parser, keeping each token's
 * location. A file whose name ends in {@code .json} is read as JSON, anything else as YAML.
 */
public final class NodeReader {
  private static final int MAX_DEPTH = 64;

  private final String source;
  private final String text;
  private final boolean json;
  private final int[] lineStarts;

  private NodeReader(String source, String text) {
    this.source = source;
    this.text = text;
    this.json = source.toLowerCase(Locale.ROOT).endsWith(".json");
    this.lineStarts = lineStarts(text);
  }

  /**
   * The document in {@code text}.
   *
   * @throws RulePackException if the text is not well-formed, is empty, or holds several documents
   */
  public static Node read(String text, String source) {
    return new NodeReader(source, text).readDocument();
  }

  private Node readDocument() {
    JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new RulePackException("the file is empty; a pack starts with 'language:' and 'rule:'",
            source, 1, 1);
      }
      Node root = value(parser, 0);
      JsonToken after = parser.nextToken();
      if (after != null) {
        Node.Location at = location(parser);
        throw new RulePackException(
            "a second document starts here; put one pack in each file", source, at.line(), at.column());
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new RulePackException(
          "not well-formed " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage(),
          source, line, column);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + source + " from memory failed", e);
    }
  }

  private Node value(JsonParser parser, int depth) throws IOException {
    Node.Location at = location(parser);
    if (depth > MAX_DEPTH) {
      throw new RulePackException(
          "nested more than " + MAX_DEPTH + " levels deep; a pack is at most a few levels deep",
          source, at.line(), at.column());
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Node.Location keyAt = location(parser);
          if (entries.containsKey(key)) {
            throw new RulePackException(
                "the key '" + key + "' appears twice in one mapping; keep one", source,
                keyAt.line(), keyAt.column());
          }
          parser.nextToken();
          entries.put(key, new Node.Entry(key, keyAt, value(parser, depth + 1)));
        }
        return new Node.Mapping(at, entries);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser, depth + 1));
        }
        return new Node.Sequence(at, items);
      }
      case VALUE_NULL:
        return new Node.Scalar(at, "", false, true);
      default:
        return new Node.Scalar(at, parser.getText(), isQuoted(at), false);
    }
  }

  /**
   * The token's location with the column in UTF-16 units (the YAML parser counts code points) and
   * the offset computed from the line, so that both agree with the text whatever it holds.
   */
  private Node.Location location(JsonParser parser) {
    JsonLocation location = parser.currentTokenLocation();
    int line = Math.min(Math.max(1, location.getLineNr()), lineStarts.length);
    int lineStart = lineStarts[line - 1];
    int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length();
    int column = Math.max(1, location.getColumnNr());
    int offset;
    if (json) {
      offset = Math.min(lineStart + column - 1, lineEnd);
    } else {
      offset = lineStart;
      for (int i = 1; i < column && offset < lineEnd; i++) {
        offset += Character.charCount(text.codePointAt(offset));
      }
    }
    return new Node.Location(line, offset - lineStart + 1, offset);
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private boolean isQuoted(Node.Location at) {
    long offset = at.offset();
    if (offset < 0 || offset >= text.length()) {
      return false;
    }
    char c = text.charAt((int) offset);
    return c == '"' || c == '\'';
  }

}

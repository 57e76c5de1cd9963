package dev.tact.rules.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON document read with the location of every key and value, so that the pack reader can
 * name the line and column of any problem. Jackson's tree model keeps no locations; this one does.
 */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {
  /** Where the node starts in its source. */
  Location location();

  /**
   * A position in a source text.
   *
   * @param line 1-based
   * @param column 1-based
   * @param offset 0-based character offset, or -1 when unknown
   */
  record Location(int line, int column, long offset) {}

  /** A key of a mapping with its location and value. */
  record Entry(String key, Location keyLocation, Node value) {}

  /** A mapping: keys in document order. */
  record Mapping(Location location, Map<String, Entry> entries) implements Node {
    /** Keeps the document order. */
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** A sequence. */
  record Sequence(Location location, List<Node> items) implements Node {
    /** Copies the items. */
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar with its text as written (quotes removed).
   *
   * @param quoted whether the source wrote the scalar in quotes (its text starts one column later)
   * @param isNull whether it is YAML's or JSON's null
   */
  record Scalar(Location location, String text, boolean quoted, boolean isNull) implements Node {}

  /** A word for the kind of node, for messages: "a mapping", "a list", "a value". */
  static String kind(Node node) {
    if (node instanceof Mapping) {
      return "a mapping";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    return ((Scalar) node).isNull() ? "nothing (null)" : "a single value";
  }
}

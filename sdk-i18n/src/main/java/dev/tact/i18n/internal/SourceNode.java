package dev.tact.i18n.internal;

import java.util.List;
import java.util.Map;

/** A YAML or JSON value with the file offset where it starts. */
public sealed interface SourceNode {
  /** The UTF-16 offset in the file where the value's token starts. */
  int offset();

  /** What the value is, for messages: "a text", "a mapping", "a list", "nothing". */
  String describe();

  /** A string, number or boolean; {@code null}, {@code ~} or an empty value when {@code isNull}. */
  record Scalar(int offset, SourceScalar scalar, boolean isNull, boolean isString)
      implements SourceNode {
    /** The text as the parser read it. */
    public String text() {
      return scalar.value();
    }

    @Override
    public String describe() {
      return isNull ? "nothing" : isString ? "a text" : "'" + text() + "'";
    }
  }

  /** A mapping whose keys are unique, in file order. */
  record Mapping(int offset, Map<String, Entry> entries) implements SourceNode {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A list. */
  record Sequence(int offset, List<SourceNode> items) implements SourceNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** One key of a mapping, where the key starts, and its value. */
  record Entry(String key, int keyOffset, SourceNode value) {}
}

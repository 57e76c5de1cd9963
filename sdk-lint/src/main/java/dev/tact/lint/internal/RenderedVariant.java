package dev.tact.lint.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One variant of a template rendered with sample values, and for each of its characters the range
 * of the pattern that produced it: a literal character maps to itself, text produced by an
 * argument (or by {@code #}) maps to the whole placeholder.
 */
public final class RenderedVariant {
  private final String text;
  private final int[] from;
  private final int[] to;
  private final boolean[] literal;
  private final String label;

  private RenderedVariant(String text, int[] from, int[] to, boolean[] literal, String label) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.literal = literal;
    this.label = label;
  }

  /** The rendered text. */
  public String text() {
    return text;
  }

  /** The branches and formality that make this variant, such as {@code count=one}; may be empty. */
  public String label() {
    return label;
  }

  /**
   * The pattern range {@code [start, end)} that produced the rendered span {@code [start, end)},
   * or null when no character of the span is the pattern's own text (the words came from the
   * sample values alone, so they say nothing about the template).
   */
  public int @Nullable [] patternRange(int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      return null;
    }
    boolean own = false;
    for (int i = start; i < end && !own; i++) {
      own = literal[i];
    }
    if (!own) {
      return null;
    }
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (int i = start; i < end; i++) {
      first = Math.min(first, from[i]);
      last = Math.max(last, to[i]);
    }
    return new int[] {first, last};
  }

  /** Builds a rendered text piece by piece. Not thread-safe. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] from = new int[64];
    private int[] to = new int[64];
    private boolean[] literal = new boolean[64];

    /** Appends the pattern's own characters {@code [start, end)}, each mapped to itself. */
    void literal(String pattern, int start, int end) {
      for (int i = start; i < end; i++) {
        add(pattern.charAt(i), i, i + 1, true);
      }
    }

    /** Appends text an argument produced, every character mapped to the placeholder. */
    void produced(String value, int placeholderStart, int placeholderEnd) {
      for (int i = 0; i < value.length(); i++) {
        add(value.charAt(i), placeholderStart, placeholderEnd, false);
      }
    }

    private void add(char c, int start, int end, boolean own) {
      int at = text.length();
      if (at == from.length) {
        from = Arrays.copyOf(from, at * 2);
        to = Arrays.copyOf(to, at * 2);
        literal = Arrays.copyOf(literal, at * 2);
      }
      text.append(c);
      from[at] = start;
      to[at] = end;
      literal[at] = own;
    }

    RenderedVariant build(String label) {
      int length = text.length();
      return new RenderedVariant(text.toString(), Arrays.copyOf(from, length),
          Arrays.copyOf(to, length), Arrays.copyOf(literal, length), label);
    }
  }
}

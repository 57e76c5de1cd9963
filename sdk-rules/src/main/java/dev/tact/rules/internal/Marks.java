package dev.tact.rules.internal;

import dev.tact.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Example sentences with the expected spans marked {@code ⟦like this⟧}: parsing them, and printing a
 * text with spans marked for readable test failures.
 */
public final class Marks {
  /** Opens a mark. */
  public static final char OPEN = '\u27e6';
  /** Closes a mark. */
  public static final char CLOSE = '\u27e7';

  /** A parsed example: the text without marks and the marked spans in it. */
  public record Marked(String text, List<Span> spans) {
    /** Copies the spans. */
    public Marked {
      spans = List.copyOf(spans);
    }
  }

  private Marks() {}

  /**
   * Removes the marks from {@code written}.
   *
   * @throws IllegalArgumentException if a mark is nested, empty, or not closed
   */
  public static Marked parse(String written) {
    StringBuilder text = new StringBuilder(written.length());
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == OPEN) {
        if (open >= 0) {
          throw new IllegalArgumentException("'⟦' inside another ⟦mark⟧ at " + i + "; marks do not nest");
        }
        open = text.length();
      } else if (c == CLOSE) {
        if (open < 0) {
          throw new IllegalArgumentException("'⟧' at " + i + " closes no '⟦'");
        }
        if (open == text.length()) {
          throw new IllegalArgumentException("an empty mark '⟦⟧' at " + i + "; mark the words the rule finds");
        }
        spans.add(new Span(open, text.length()));
        open = -1;
      } else {
        text.append(c);
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException("a '⟦' is never closed; add '⟧' after the marked words");
    }
    return new Marked(text.toString(), spans);
  }

  /** {@code text} with each span marked, for messages. Overlapping spans are marked in order. */
  public static String mark(String text, List<Span> spans) {
    List<int[]> points = new ArrayList<>();
    for (Span span : spans) {
      points.add(new int[] {span.start(), 0});
      points.add(new int[] {span.end(), 1});
    }
    points.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    StringBuilder out = new StringBuilder(text.length() + 2 * spans.size());
    int at = 0;
    for (int[] point : points) {
      int offset = Math.min(point[0], text.length());
      out.append(text, at, offset);
      at = offset;
      out.append(point[1] == 0 ? OPEN : CLOSE);
    }
    return out.append(text, at, text.length()).toString();
  }
}

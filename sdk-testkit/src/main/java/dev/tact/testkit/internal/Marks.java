package dev.tact.testkit.internal;

import dev.tact.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text on one line with spans marked {@code ⟦like this⟧}, as failure messages show it: line
 * breaks become {@code ⏎} so the marks stay readable, and overlapping spans are merged into one mark.
 *
 * <pre>{@code
 * Marks.mark("Please just restart the app.", List.of(new Span(7, 19)));
 * // "Please ⟦just restart⟧ the app."
 * }</pre>
 */
public final class Marks {
  /** Opens a marked span. */
  public static final char OPEN = '⟦';
  /** Closes a marked span. */
  public static final char CLOSE = '⟧';
  /** Stands for a line break. */
  public static final char LINE_BREAK = '⏎';

  private Marks() {}

  /** The text with no span marked, on one line. */
  public static String plain(String text) {
    return mark(text, List.of());
  }

  /** The text with one span marked. */
  public static String mark(String text, Span span) {
    return mark(text, List.of(span));
  }

  /**
   * The text with every span marked; spans that overlap or touch become one mark (an empty span
   * inside or beside another disappears in it).
   *
   * @throws IndexOutOfBoundsException if a span does not fit the text
   */
  public static String mark(String text, List<Span> spans) {
    List<Span> merged = merge(spans, text.length());
    StringBuilder out = new StringBuilder(text.length() + 2 * merged.size());
    int next = 0;
    int open = -1;
    for (int i = 0; i <= text.length(); i++) {
      if (open >= 0 && merged.get(open).end() == i) {
        out.append(CLOSE);
        open = -1;
      }
      while (next < merged.size() && merged.get(next).start() == i) {
        Span span = merged.get(next++);
        out.append(OPEN);
        if (!span.isEmpty()) {
          open = next - 1;
          break;
        }
        out.append(CLOSE);
      }
      if (i == text.length()) {
        break;
      }
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // CRLF is one line break
      }
      out.append(c == '\n' || c == '\r' ? LINE_BREAK : c);
    }
    return out.toString();
  }

  private static List<Span> merge(List<Span> spans, int length) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.naturalOrder());
    List<Span> merged = new ArrayList<>(sorted.size());
    for (Span span : sorted) {
      if (span.end() > length) {
        throw new IndexOutOfBoundsException(
            "span " + span + " does not fit a text of length " + length);
      }
      if (!merged.isEmpty()) {
        Span last = merged.get(merged.size() - 1);
        if (span.start() <= last.end()) {
          merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
          continue;
        }
      }
      merged.add(span);
    }
    return merged;
  }
}

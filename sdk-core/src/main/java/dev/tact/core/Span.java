package dev.tact.core;

/**
 * A range of a text in UTF-16 indices into the <em>original</em> text, {@code start} inclusive and
 * {@code end} exclusive, exactly as {@link String#substring(int, int)} takes them. Offsets never
 * split a surrogate pair when Tact computes them.
 *
 * <pre>{@code
 * Span span = new Span(7, 17);
 * span.in("Please just click Reset");   // "just click"
 * }</pre>
 *
 * @param start the index of the first UTF-16 unit, {@code >= 0}
 * @param end the index after the last UTF-16 unit, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {
  /** Validates the offsets. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "a span needs 0 <= start <= end, got start " + start + " and end " + end);
    }
  }

  /** The number of UTF-16 units the span covers. */
  public int length() {
    return end - start;
  }

  /** Whether the span covers no text. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Whether the two spans share at least one UTF-16 unit. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * The text this span covers.
   *
   * @throws IndexOutOfBoundsException if the span does not fit inside {@code text}
   */
  public String in(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + this + " does not fit a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** Orders spans by start, then by end. */
  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  /** Prints {@code [start, end)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

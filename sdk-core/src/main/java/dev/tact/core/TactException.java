package dev.tact.core;

import org.jspecify.annotations.Nullable;

/**
 * The common supertype of every problem Tact reports about its input: a malformed support-hours
 * string, a bad template catalog, an invalid rule pack. Each subtype names the kind of problem;
 * every instance names where it is ({@link #source()}, {@link #line()}, {@link #column()}) and what
 * to do about it, so that a person can act on the message alone.
 *
 * <pre>{@code
 * try {
 *   SupportHours.parse("Mo-Fr 9:00-18:00", ZoneId.of("Europe/Berlin"));
 * } catch (TactException e) {
 *   // e.getMessage(): "<hours>:1:7: expected a time like 09:00 at position 6 ..."
 * }
 * }</pre>
 */
public abstract class TactException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String source;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates an exception.
   *
   * @param problem what is wrong and what to do, without the location
   * @param source the name of the input (a file name, {@code "<hours>"}), or null when unknown
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column in UTF-16 units, or 0 when unknown
   * @param cause the underlying exception, or null
   */
  protected TactException(
      String problem, @Nullable String source, int line, int column, @Nullable Throwable cause) {
    super(format(problem, source, line, column), cause);
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
    }
    this.problem = problem;
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** The name of the input that has the problem, or null when it has none. */
  public @Nullable String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem in UTF-16 units, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong and what to do, without the location prefix that {@link #getMessage()} has. */
  public String problem() {
    return problem;
  }

  private static String format(String problem, @Nullable String source, int line, int column) {
    StringBuilder location = new StringBuilder();
    if (source != null) {
      location.append(source);
    }
    if (line > 0) {
      location.append(location.length() > 0 ? ":" : "").append(line);
      if (column > 0) {
        location.append(':').append(column);
      }
    }
    return location.length() == 0 ? problem : location + ": " + problem;
  }
}

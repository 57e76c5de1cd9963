package dev.tact.hours;

import dev.tact.core.TactException;
import org.jspecify.annotations.Nullable;

/**
 * Support hours that Tact cannot read: malformed or unsupported {@code opening_hours} syntax, or a
 * JSON form with a wrong field. The message says where and what was expected, for example
 * {@code expected a time like 09:00 at position 6}.
 *
 * <pre>{@code
 * try {
 *   SupportHours.parse("Mo-Fr 9:00-18:00", ZoneId.of("UTC"));
 * } catch (HoursSyntaxException e) {
 *   e.position();   // 6
 * }
 * }</pre>
 */
public final class HoursSyntaxException extends TactException {
  private static final long serialVersionUID = 1L;

  private final int position;

  /**
   * An error in a support-hours string.
   *
   * @param problem what is wrong, ending with "at position N"
   * @param source the name of the input, such as {@code <hours>} or a file name
   * @param position the 0-based index of the problem in the string
   */
  public HoursSyntaxException(String problem, String source, int position) {
    super(problem, source, 1, position + 1, null);
    this.position = position;
  }

  /**
   * An error in a JSON form at a line and column of its source.
   *
   * @param problem what is wrong and where inside the document (a JSON path)
   * @param source the name of the input
   * @param line 1-based, or 0 when unknown
   * @param column 1-based, or 0 when unknown
   * @param cause the parser's exception, or null
   */
  public HoursSyntaxException(
      String problem, String source, int line, int column, @Nullable Throwable cause) {
    super(problem, source, line, column, cause);
    this.position = -1;
  }

  /** The 0-based index of the problem in a support-hours string, or -1 for a JSON form. */
  public int position() {
    return position;
  }
}

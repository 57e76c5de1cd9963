package dev.tact.rules.internal;

/**
 * A pattern that does not follow the pattern language, at a UTF-16 offset inside the pattern. The
 * pack reader turns it into a {@code RulePackException} at the file's line and column.
 */
public final class PatternSyntaxError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  /** A problem at {@code offset} (0-based) of the pattern; the message says what to write instead. */
  public PatternSyntaxError(String message, int offset) {
    super(message, null, false, false);
    this.offset = offset;
  }

  /** The 0-based offset of the problem inside the pattern. */
  public int offset() {
    return offset;
  }
}

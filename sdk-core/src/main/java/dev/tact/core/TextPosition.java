package dev.tact.core;

/**
 * A 1-based line and column in a text, the column counted in UTF-16 units as editors, compilers
 * and SARIF count them. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}.
 *
 * <pre>{@code
 * TextPosition.of("first\nsecond", 8);   // line 2, column 3
 * }</pre>
 *
 * @param line the 1-based line
 * @param column the 1-based column in UTF-16 units
 */
public record TextPosition(int line, int column) {
  /** Validates that both numbers are 1-based. */
  public TextPosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, got " + line + ":" + column);
    }
  }

  /**
   * The position of the UTF-16 index {@code offset} in {@code text}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= offset <= text.length()}
   */
  public static TextPosition of(CharSequence text, int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " is outside a text of length " + text.length());
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPosition(line, offset - lineStart + 1);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}

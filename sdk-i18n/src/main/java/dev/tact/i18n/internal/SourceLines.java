package dev.tact.i18n.internal;

import dev.tact.core.TextPosition;
import java.util.Arrays;

/**
 * The line starts of a file's text, to turn UTF-16 offsets into {@link TextPosition}s in
 * logarithmic time and a parser's (line, code-point column) back into an offset. Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as {@link TextPosition} counts them.
 */
public final class SourceLines {
  private final String text;
  private final int[] starts;

  /** The lines of {@code text}. */
  public SourceLines(String text) {
    this.text = text;
    int[] found = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(found, count);
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The position of the UTF-16 index {@code offset}, clamped into the text. */
  public TextPosition position(int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(starts, at);
    int line = index >= 0 ? index : -index - 2;
    return new TextPosition(line + 1, at - starts[line] + 1);
  }

  /**
   * The offset of a 1-based line and a 1-based column counted in code points, as the YAML parser
   * reports them; clamped into the line.
   */
  public int offsetOfCodePointColumn(int line, int column) {
    int lineIndex = Math.max(0, Math.min(line - 1, starts.length - 1));
    int offset = starts[lineIndex];
    int end = lineIndex + 1 < starts.length ? starts[lineIndex + 1] : text.length();
    for (int i = 1; i < column && offset < end; i++) {
      offset += Character.charCount(text.codePointAt(offset));
    }
    return Math.min(offset, end);
  }
}

package dev.tact.cli.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text broken into lines for a terminal, at the places the language allows (ICU line breaks, so
 * Japanese breaks between characters and never before 。), counting wide characters as two columns.
 *
 * <pre>{@code
 * WrappedText.lines("Guten Abend, Anna Schmidt. Vielen Dank …", Locale.GERMAN, 60);
 * }</pre>
 */
final class WrappedText {
  private WrappedText() {}

  /** {@code text} in lines of at most {@code columns} columns (a longer unbreakable run stays whole). */
  static List<String> lines(String text, Locale locale, int columns) {
    BreakIterator breaks = BreakIterator.getLineInstance(locale);
    breaks.setText(text);
    List<String> lines = new ArrayList<>();
    int lineStart = 0;
    int lineWidth = 0;
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String piece = text.substring(start, end);
      int width = width(piece.stripTrailing());
      if (lineWidth > 0 && lineWidth + width > columns) {
        lines.add(text.substring(lineStart, start).stripTrailing());
        lineStart = start;
        lineWidth = 0;
      }
      lineWidth += width(piece);
    }
    if (lineStart < text.length()) {
      lines.add(text.substring(lineStart).stripTrailing());
    }
    return lines;
  }

  private static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int eastAsian = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
      width += eastAsian == UCharacter.EastAsianWidth.WIDE
          || eastAsian == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
      i += Character.charCount(codePoint);
    }
    return width;
  }
}

package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import java.util.List;

/**
 * Masks spans of a text: every UTF-16 unit inside a span becomes {@value #MASK} (so a surrogate
 * pair becomes two), except whitespace and line breaks, which stay, so that the text keeps its
 * length and every other span stays valid, and a masked card still reads as four groups.
 */
public final class RedactionMask {
  /** The mask unit, U+2022 BULLET. */
  public static final char MASK = '•';

  private RedactionMask() {}

  /**
   * {@code text} with the spans of {@code found} masked.
   *
   * @throws IndexOutOfBoundsException if a span does not fit in {@code text}
   */
  public static String apply(String text, List<PersonalData> found) {
    char[] units = text.toCharArray();
    for (PersonalData data : found) {
      Span span = data.span();
      if (span.end() > units.length) {
        throw new IndexOutOfBoundsException("the " + data.kind() + " span " + span + " does not fit a text of"
            + " length " + units.length + "; redact the text the data was found in");
      }
      for (int i = span.start(); i < span.end(); i++) {
        if (!Character.isWhitespace(units[i]) && !Character.isSpaceChar(units[i])) {
          units[i] = MASK;
        }
      }
    }
    return new String(units);
  }
}

package dev.tact.rules.escalation.internal;

/**
 * How every personal-data scanner reads one UTF-16 unit: digits in any width ({@code 7}, {@code ７}),
 * full-width ASCII as ASCII, case folded, the dashes and spaces people type between digit groups.
 * Every mapping is one unit to one unit, so an index into the folded text is an index into the
 * original.
 */
public final class UnitScanner {
  private UnitScanner() {}

  /** The value of a decimal digit of any width or script in the BMP, or -1. */
  public static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c < 0x80) {
      return -1;
    }
    return Character.isDigit(c) ? Character.digit(c, 10) : -1;
  }

  /** {@code c} with full-width ASCII made ASCII, lower case, and wide spaces made {@code ' '}. */
  public static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return fold((char) (c - 0xFEE0));
    }
    if (isSpace(c)) {
      return ' ';
    }
    return Character.isSurrogate(c) ? c : Character.toLowerCase(c);
  }

  /** {@code text} folded unit by unit ({@link #fold(char)}), of the same length. */
  public static String folded(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  /** {@code text} with full-width ASCII made ASCII and wide spaces made {@code ' '}, case kept, same length. */
  public static String narrowed(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
    }
    return new String(out);
  }

  /** Whether {@code c} is a space people put between digit groups (tabs and wide spaces too). */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2009' || c == '\u202F'
        || c == '\u2007';
  }

  /** Whether {@code c} is a hyphen or dash between digit groups, including 「ー」 and 「－」. */
  public static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2013') || c == '\u2212' || c == '\uFF0D'
        || c == '\uFE63' || c == '\u30FC' || c == '\uFF70';
  }

  /** Whether folded unit {@code c} is an ASCII letter. */
  public static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Whether folded unit {@code c} is a letter of the Latin script (ASCII or accented). */
  public static boolean isLatinLetter(char c) {
    return isAsciiLetter(c) || c >= '\u00C0' && c < '\u0250' && Character.isLetter(c);
  }

  /**
   * Whether folded unit {@code c} continues a word of digits or Latin letters: a number or a token
   * next to it is not a separate value. CJK letters are not: Japanese writes values right after a
   * word (「電話090…」).
   */
  public static boolean isWordUnit(char c) {
    return digit(c) >= 0 || isLatinLetter(c);
  }

  /** Whether {@code c} is a combining mark, a variation selector or a joiner that belongs to the unit before it. */
  public static boolean isMark(char c) {
    if (c < 0x300) {
      return false;
    }
    if (c >= '\uFE00' && c <= '\uFE0F' || c == '\u200D' || c == '\u20E3') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** {@code end} moved past the marks that follow it, so that a span never ends inside a cluster. */
  public static int afterMarks(String text, int end) {
    int n = text.length();
    while (end < n && isMark(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Whether a number may start at {@code start} of folded text: not right after a digit or Latin
   * letter, nor after a decimal point or comma that follows a digit ("3.1415…", "1,234").
   */
  public static boolean numberMayStartAt(String folded, int start) {
    if (start == 0) {
      return true;
    }
    char before = folded.charAt(start - 1);
    if (isWordUnit(before) || isMark(before)) {
      return false;
    }
    return !((before == '.' || before == ',') && start >= 2 && digit(folded.charAt(start - 2)) >= 0);
  }

  /** Whether a number may end at {@code end} of folded text: no digit, letter or decimal part follows. */
  public static boolean numberMayEndAt(String folded, int end) {
    int n = folded.length();
    if (end >= n) {
      return true;
    }
    char after = folded.charAt(end);
    if (isWordUnit(after)) {
      return false;
    }
    return !((after == '.' || after == ',') && end + 1 < n && digit(folded.charAt(end + 1)) >= 0);
  }
}

package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;

/**
 * E-mail addresses: a local part of Latin letters, digits and {@code . _ % + -} (the symbols people
 * use; the rarer ones RFC 5322 allows, such as {@code / = ? &}, would glue a link's query to the
 * address), an
 * {@code @} (or {@code ＠}), and a domain of at least two labels whose last is two or more ASCII
 * letters. Japanese text around an address ends it (「taro@example.jpまで」). Each unit is read at
 * most twice: once leftwards from the {@code @} after it, once rightwards from the one before it.
 */
public final class EmailScanner {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 255;
  private static final String LOCAL_SYMBOLS = "._%+-";

  /** Adds the addresses in {@code text} (and its {@linkplain UnitScanner#folded fold}) to {@code out}. */
  public void scan(String text, String folded, List<PersonalData> out) {
    int floor = 0;
    for (int at = folded.indexOf('@'); at >= 0; at = folded.indexOf('@', at + 1)) {
      int start = at;
      while (start > floor && isLocal(folded.charAt(start - 1))) {
        start--;
      }
      while (start < at && !Character.isLetterOrDigit(folded.charAt(start))) {
        start++;
      }
      int end = domainEnd(folded, at + 1);
      floor = at + 1;
      if (start == at || end < 0 || at - start > MAX_LOCAL || end - at - 1 > MAX_DOMAIN) {
        continue;
      }
      out.add(new PersonalData(PersonalDataKind.EMAIL, new Span(start, UnitScanner.afterMarks(text, end))));
      floor = end;
    }
  }

  /** The end of the domain that starts at {@code from}, or -1 if there is none. */
  private static int domainEnd(String folded, int from) {
    int n = folded.length();
    int i = from;
    int labelStart = from;
    while (i < n) {
      char c = folded.charAt(i);
      if (isDomain(c)) {
        i++;
      } else if (c == '.' && i > labelStart && i + 1 < n && isDomain(folded.charAt(i + 1))) {
        i++;
        labelStart = i;
      } else {
        break;
      }
    }
    // Cut back to the last label that is a top-level domain (two or more ASCII letters).
    int end = i;
    while (labelStart > from) {
      if (isTopLevel(folded, labelStart, end)) {
        return end;
      }
      end = labelStart - 1;
      labelStart = end;
      while (labelStart > from && folded.charAt(labelStart - 1) != '.') {
        labelStart--;
      }
    }
    return -1;
  }

  private static boolean isTopLevel(String folded, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = folded.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  static boolean isLocal(char c) {
    return UnitScanner.isLatinLetter(c) || c >= '0' && c <= '9' || UnitScanner.isMark(c)
        || c < 0x80 && LOCAL_SYMBOLS.indexOf(c) >= 0;
  }

  private static boolean isDomain(char c) {
    return UnitScanner.isLatinLetter(c) || c >= '0' && c <= '9' || c == '-' || UnitScanner.isMark(c);
  }
}

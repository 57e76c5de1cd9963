package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;
import java.util.Locale;

/**
 * IBANs: a country code with an IBAN, two check digits and the country's number of letters and
 * digits, whole or in groups of four joined by one space, passing the mod-97 check; either case,
 * full-width characters too. Nothing of a word or number may touch it on either side.
 */
public final class IbanScanner {
  private static final int MAX_LENGTH = 34;

  /** Adds the IBANs in {@code text} (and its {@linkplain UnitScanner#folded fold}) to {@code out}. */
  public void scan(String text, String folded, List<PersonalData> out) {
    scan(text, folded, 0, folded.length(), out);
  }

  /**
   * Adds the IBANs whose check digits lie in {@code [from, to)}: the others hold no digit there, so
   * a caller that knows where the text's digits are skips the rest.
   */
  public void scan(String text, String folded, int from, int to, List<PersonalData> out) {
    char[] chars = new char[MAX_LENGTH];
    int n = folded.length();
    int i = Math.max(0, from - 2);
    int last = Math.min(n, to) - 4;
    while (i + 4 <= n && i <= last) {
      int end = ibanAt(folded, i, chars);
      if (end < 0) {
        i++;
        continue;
      }
      out.add(new PersonalData(PersonalDataKind.IBAN, new Span(i, UnitScanner.afterMarks(text, end))));
      i = end;
    }
  }

  /** The end of the IBAN that starts at {@code start}, or -1. */
  private static int ibanAt(String folded, int start, char[] chars) {
    char a = folded.charAt(start);
    char b = folded.charAt(start + 1);
    if (!UnitScanner.isAsciiLetter(a) || !UnitScanner.isAsciiLetter(b)
        || !isAsciiDigit(folded.charAt(start + 2)) || !isAsciiDigit(folded.charAt(start + 3))
        || start > 0 && (UnitScanner.isWordUnit(folded.charAt(start - 1)) || UnitScanner.isMark(folded.charAt(start - 1)))) {
      return -1;
    }
    int length = Iban.length(String.valueOf(new char[] {a, b}).toUpperCase(Locale.ROOT));
    if (length == 0) {
      return -1;
    }
    int n = folded.length();
    int count = 0;
    int i = start;
    while (count < length && i < n) {
      char c = folded.charAt(i);
      if (isAsciiDigit(c) || UnitScanner.isAsciiLetter(c)) {
        chars[count++] = c;
        i++;
      } else if (c == ' ' && count % 4 == 0 && i + 1 < n && folded.charAt(i + 1) != ' ') {
        i++;
      } else {
        return -1;
      }
    }
    if (count < length || i < n && (UnitScanner.isWordUnit(folded.charAt(i)) || UnitScanner.isMark(folded.charAt(i)))) {
      return -1;
    }
    return Iban.checks(chars, length) ? i : -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

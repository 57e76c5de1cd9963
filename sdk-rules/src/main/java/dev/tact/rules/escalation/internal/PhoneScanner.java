package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;

/**
 * Phone numbers: runs of digit groups joined by spaces, one dash or dot, and parentheses
 * ("+1 (415) 555-0100", "03-1234-5678", "(030) 123456", "０９０ー１２３４ー５６７８"; a slash
 * only in German-speaking regions, "030/1234567"), read as
 * international when they start with {@code +}, {@code 00} (or {@code 011} in North America) and
 * as national numbers of the region otherwise ({@link RegionPhone}, {@link InternationalPhone}).
 *
 * <p>Not phone numbers: digits glued to letters or other digits ("v1.2.3", "A1234567"), numbers
 * after {@code #}, {@code /} or a currency sign or before {@code %} or 円 (prices, references),
 * dates shaped 2024-05-01, 01.05.2024 or 1.5.24, unbalanced parentheses. A number may be cut out
 * of a run only where its groups are joined by spaces ("order 12345 03-1234-5678"). Each run is
 * tried from each of its groups with at most {@value #MAX_GROUPS} groups, so time stays linear.
 */
public final class PhoneScanner {
  private static final int MAX_DIGITS = 17;
  private static final int MAX_GROUPS = 7;
  private static final String NOT_BEFORE = "#/$€£¥￥₩₹№@";
  private static final String NOT_AFTER = "%円€$£¥元";

  /**
   * Adds the phone numbers in {@code text} (and its {@linkplain UnitScanner#folded fold}) to
   * {@code out}, national ones as written in {@code region}.
   */
  public void scan(String text, String folded, RegionPhone region, List<PersonalData> out) {
    scan(text, folded, region, 0, folded.length(), out);
  }

  /**
   * Adds the phone numbers whose runs of digit groups start in {@code [from, to)} (a caller that
   * knows where the digits are skips the rest).
   */
  public void scan(String text, String folded, RegionPhone region, int from, int to, List<PersonalData> out) {
    DigitGroupScanner groups = new DigitGroupScanner();
    char[] digits = new char[MAX_DIGITS];
    int n = folded.length();
    int stop = Math.min(n, to);
    int i = from;
    while (i < stop) {
      if (UnitScanner.digit(folded.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = groups.read(folded, i, 3, true, true);
      int g0 = 0;
      while (g0 < groups.count) {
        int found = longestPhone(folded, groups, g0, region, digits);
        if (found < 0) {
          g0++;
          continue;
        }
        int start = openingAt(folded, groups.starts[g0]);
        int spanEnd = groups.ends[found];
        if (spanEnd < n && isClosing(folded.charAt(spanEnd)) && parenBalance(folded, start, spanEnd) == 1) {
          spanEnd++;
        }
        out.add(new PersonalData(PersonalDataKind.PHONE, new Span(start, UnitScanner.afterMarks(text, spanEnd))));
        g0 = found + 1;
      }
      i = Math.max(end, i + 1);
    }
  }

  /** The last group of the longest phone number that starts at group {@code g0}, or -1. */
  private static int longestPhone(String folded, DigitGroupScanner groups, int g0, RegionPhone region, char[] digits) {
    if (g0 > 0 && !groups.splittableBefore(g0)) {
      return -1;
    }
    int start = openingAt(folded, groups.starts[g0]);
    if (!mayStartAt(folded, start)) {
      return -1;
    }
    boolean plus = start < groups.starts[g0]
        && (isPlus(folded.charAt(start)) || isPlus(folded.charAt(start + 1)) && start + 1 < groups.starts[g0]);
    int best = -1;
    int length = 0;
    for (int g1 = g0; g1 < groups.count && g1 - g0 < MAX_GROUPS; g1++) {
      int groupLength = groups.ends[g1] - groups.starts[g1];
      if (length + groupLength > MAX_DIGITS) {
        break;
      }
      for (int i = groups.starts[g1]; i < groups.ends[g1]; i++) {
        digits[length++] = (char) ('0' + UnitScanner.digit(folded.charAt(i)));
      }
      boolean endsHere = g1 == groups.count - 1 ? mayEndAt(folded, groups.ends[g1]) : groups.splittableBefore(g1 + 1);
      if (g1 > g0 && groups.separators[g1] == DigitGroupScanner.SLASH && !region.writesSlashes()) {
        break;
      }
      if (endsHere && !looksLikeDate(groups, g0, g1) && balanced(folded, start, groups.ends[g1])
          && isPhone(digits, length, g1 - g0 + 1, plus, region)) {
        best = g1;
      }
    }
    return best;
  }

  private static boolean isPhone(char[] d, int length, int groups, boolean plus, RegionPhone region) {
    if (plus) {
      return InternationalPhone.isValid(d, 0, length);
    }
    if (length > 3 && d[0] == '0' && d[1] == '1' && d[2] == '1' && region.dialsAbroadWith011()) {
      return InternationalPhone.isValid(d, 3, length);
    }
    if (length > 2 && d[0] == '0' && d[1] == '0') {
      return !region.dialsAbroadWith011() && InternationalPhone.isValid(d, 2, length);
    }
    return region.isNational(d, length, groups);
  }

  /** Where a number whose first digit is at {@code digitStart} starts: on its {@code +}, {@code (} or {@code (+}. */
  private static int openingAt(String folded, int digitStart) {
    int start = digitStart;
    if (start > 0 && isOpening(folded.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && isPlus(folded.charAt(start - 1))) {
      start--;
      if (start > 0 && isOpening(folded.charAt(start - 1))) {
        start--;
      }
    }
    return start;
  }

  private static boolean mayStartAt(String folded, int start) {
    if (!UnitScanner.numberMayStartAt(folded, start)) {
      return false;
    }
    int before = start - 1;
    if (before >= 0 && UnitScanner.isSpace(folded.charAt(before))) {
      before--;
    }
    return before < 0 || NOT_BEFORE.indexOf(folded.charAt(before)) < 0;
  }

  private static boolean mayEndAt(String folded, int end) {
    if (!UnitScanner.numberMayEndAt(folded, end)) {
      return false;
    }
    int after = end;
    if (after < folded.length() && (isClosing(folded.charAt(after)) || UnitScanner.isSpace(folded.charAt(after)))) {
      after++;
    }
    return after >= folded.length() || NOT_AFTER.indexOf(folded.charAt(after)) < 0;
  }

  /** Dates: three groups joined by dashes, dots or slashes, shaped 2024-05-01, 01.05.2024 or 1.5.24. */
  private static boolean looksLikeDate(DigitGroupScanner groups, int g0, int g1) {
    if (g1 - g0 != 2 || groups.separators[g0 + 1] < DigitGroupScanner.DASH
        || groups.separators[g0 + 2] != groups.separators[g0 + 1]) {
      return false;
    }
    int a = groups.ends[g0] - groups.starts[g0];
    int b = groups.ends[g0 + 1] - groups.starts[g0 + 1];
    int c = groups.ends[g1] - groups.starts[g1];
    return b <= 2 && (a == 4 && c <= 2 || a <= 2 && (c == 4 || c == 2));
  }

  /** Whether the parentheses in {@code [start, end)} all close, allowing one still open at the end. */
  private static boolean balanced(String folded, int start, int end) {
    int balance = parenBalance(folded, start, end);
    return balance == 0 || balance == 1 && end < folded.length() && isClosing(folded.charAt(end));
  }

  /** Opened minus closed parentheses in {@code [start, end)}, or -1 once one closes that was not open. */
  private static int parenBalance(String folded, int start, int end) {
    int balance = 0;
    for (int i = start; i < end; i++) {
      char c = folded.charAt(i);
      if (isOpening(c)) {
        balance++;
      } else if (isClosing(c) && --balance < 0) {
        return -1;
      }
    }
    return balance;
  }

  private static boolean isPlus(char c) {
    return c == '+';
  }

  private static boolean isOpening(char c) {
    return c == '(';
  }

  private static boolean isClosing(char c) {
    return c == ')';
  }
}

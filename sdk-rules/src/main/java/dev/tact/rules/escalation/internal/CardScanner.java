package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;

/**
 * Payment card numbers: 13 to 19 digits, written whole or in groups joined by one space or dash
 * (a first group of four digits, then groups of four or more, the last of any length: 4-4-4-4,
 * 4-6-5, 4-4-4-4-3, 4-4-4-1), that pass the Luhn check and start like a known issuer's: 4 (Visa),
 * 5 and 2221–2720 (Mastercard, Maestro), 34 and 37 (Amex), 30, 35, 36, 38, 39 (Diners, JCB), 6
 * (Discover, UnionPay, Maestro).
 *
 * <p>A card is a whole run of digit groups, never a part of a longer one ("order 12345 4111…",
 * "4111 1111 1111 1111 2222" are not cards), with one exception: an expiry date joined by a space
 * ("4111 1111 1111 1111 12/27") is left out of the run. A security code joined by a space to the
 * number makes the run fail the check; the card is then not found.
 */
public final class CardScanner {
  private static final int MIN_DIGITS = 13;
  private static final int MAX_DIGITS = 19;

  /** Adds the card numbers in {@code text} (and its {@linkplain UnitScanner#folded fold}) to {@code out}. */
  public void scan(String text, String folded, List<PersonalData> out) {
    scan(text, folded, 0, folded.length(), out);
  }

  /** Adds the card numbers that start in {@code [from, to)} (a caller that knows where the digits are skips the rest). */
  public void scan(String text, String folded, int from, int to, List<PersonalData> out) {
    DigitGroupScanner groups = new DigitGroupScanner();
    int[] digits = new int[MAX_DIGITS];
    int n = Math.min(folded.length(), to);
    int i = from;
    while (i < n) {
      if (UnitScanner.digit(folded.charAt(i)) < 0) {
        i++;
        continue;
      }
      int end = groups.read(folded, i, 1, false, false);
      int last = cardEnd(folded, groups, digits);
      if (last >= 0) {
        int spanEnd = UnitScanner.afterMarks(text, groups.ends[last]);
        out.add(new PersonalData(PersonalDataKind.PAYMENT_CARD, new Span(groups.starts[0], spanEnd)));
      }
      i = Math.max(end, i + 1);
    }
  }

  /** The last group of the card that the run read into {@code groups} is, or -1. */
  private static int cardEnd(String folded, DigitGroupScanner groups, int[] digits) {
    if (!UnitScanner.numberMayStartAt(folded, groups.starts[0])) {
      return -1;
    }
    int last = groups.count - 1;
    if (isCard(folded, groups, last, digits) && UnitScanner.numberMayEndAt(folded, groups.ends[last])) {
      return last;
    }
    boolean expiryAfter = last > 0 && groups.ends[last] - groups.starts[last] <= 2 && groups.separators[last] == DigitGroupScanner.SPACE
        && groups.ends[last] < folded.length() && folded.charAt(groups.ends[last]) == '/';
    return expiryAfter && isCard(folded, groups, last - 1, digits) ? last - 1 : -1;
  }

  /** Whether groups {@code 0..last} hold a card number. */
  private static boolean isCard(String folded, DigitGroupScanner groups, int last, int[] digits) {
    if (groups.digits(0, last) > MAX_DIGITS || groups.digits(0, last) < MIN_DIGITS || last > 0 && !groupFits(groups, last)) {
      return false;
    }
    int length = 0;
    for (int g = 0; g <= last; g++) {
      for (int i = groups.starts[g]; i < groups.ends[g]; i++) {
        digits[length++] = UnitScanner.digit(folded.charAt(i));
      }
    }
    return isIssued(digits) && Luhn.valid(digits, length);
  }

  /** Whether the number starts like a card of a known issuer: 4, 5, 6, 30, 34–39, 2221–2720. */
  private static boolean isIssued(int[] d) {
    return switch (d[0]) {
      case 4, 5, 6 -> true;
      case 3 -> d[1] == 0 || d[1] >= 4;
      case 2 -> {
        int prefix = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
        yield prefix >= 2221 && prefix <= 2720;
      }
      default -> false;
    };
  }

  /** Whether groups {@code 0..last} (more than one) are grouped like a card: 4 first, 4 or more between. */
  private static boolean groupFits(DigitGroupScanner groups, int last) {
    if (groups.ends[0] - groups.starts[0] != 4) {
      return false;
    }
    for (int g = 1; g < last; g++) {
      if (groups.ends[g] - groups.starts[g] < 4) {
        return false;
      }
    }
    return true;
  }
}

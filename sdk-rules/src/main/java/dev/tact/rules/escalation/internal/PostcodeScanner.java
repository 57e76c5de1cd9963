package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;

/**
 * Japanese postal codes after the postal mark (〒100-0001, 〒１００－０００１, 〒1000001) and the
 * address written right after one on the same line (kanji, katakana, digits and dashes, up to
 * a space, hiragana, 。 or {@value #MAX_ADDRESS}
 * units): 「〒100-0001 東京都千代田区千代田1-1」.
 */
public final class PostcodeScanner {
  private static final int MAX_ADDRESS = 60;

  /** Adds the postcodes in {@code text} (and its {@linkplain UnitScanner#folded fold}) to {@code out}. */
  public void scan(String text, String folded, List<PersonalData> out) {
    int n = folded.length();
    for (int mark = nextMark(folded, 0); mark >= 0; mark = nextMark(folded, mark + 1)) {
      int i = mark + 1;
      while (i < n && i - mark <= 2 && folded.charAt(i) == ' ') {
        i++;
      }
      int end = code(folded, i);
      if (end < 0) {
        continue;
      }
      int address = end;
      while (address < n && address - end <= 2 && folded.charAt(address) == ' ') {
        address++;
      }
      if (address < n && isAddressUnit(folded.charAt(address)) && UnitScanner.digit(folded.charAt(address)) < 0) {
        int limit = Math.min(n, address + MAX_ADDRESS);
        int last = address;
        while (last < limit && isAddressUnit(folded.charAt(last))) {
          last++;
        }
        end = last;
      }
      out.add(new PersonalData(PersonalDataKind.POSTAL_ADDRESS, new Span(mark, UnitScanner.afterMarks(text, end))));
      mark = end - 1;
    }
  }

  private static int nextMark(String folded, int from) {
    for (int i = from; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '〒' || c == '〶') {
        return i;
      }
    }
    return -1;
  }

  /** The end of "ddd-dddd" or "ddddddd" at {@code start}, or -1. */
  private static int code(String folded, int start) {
    int n = folded.length();
    int i = start;
    int digits = 0;
    while (i < n && UnitScanner.digit(folded.charAt(i)) >= 0) {
      i++;
      digits++;
    }
    if (digits == 3 && i + 1 < n && UnitScanner.isDash(folded.charAt(i))) {
      int rest = i + 1;
      i = rest;
      while (i < n && UnitScanner.digit(folded.charAt(i)) >= 0) {
        i++;
      }
      digits += i - rest;
      return i - rest == 4 && UnitScanner.numberMayEndAt(folded, i) ? i : -1;
    }
    return digits == 7 && UnitScanner.numberMayEndAt(folded, i) ? i : -1;
  }

  /**
   * Units of a Japanese address line: kanji, katakana, digits of any width, dashes. Hiragana ends
   * it, since particles are hiragana (「…千代田1-1に住んでいます」).
   */
  private static boolean isAddressUnit(char c) {
    if (UnitScanner.digit(c) >= 0 || UnitScanner.isDash(c) || UnitScanner.isAsciiLetter(c)) {
      return true;
    }
    if (c == '。' || c == '、' || c == '！' || c == '？' || Character.isWhitespace(c) || c == ' ') {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA;
  }
}

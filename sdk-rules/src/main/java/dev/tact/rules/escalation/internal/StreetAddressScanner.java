package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Postal addresses in Western form: a street word ("Street", "St.", "Ave", "Straße", "Hauptstr.",
 * "rue", "avenue", "calle", "rua"…) with a postcode after it on the same line within
 * {@value #MAX_AHEAD} units — a US ZIP (94107, 94107-1234), a UK postcode (SW1A 2AA), a German,
 * French or Spanish five-digit code, a Portuguese (1000-001) or Brazilian (01310-100) one. The span
 * runs from the house number or capitalised street name before the street word ("1600
 * Pennsylvania Avenue", "Main St") to the end of the postcode. And Japanese block addresses with
 * 丁目 or 番地 after a number and a place name (「千代田区千代田1丁目1番地」, not 「3丁目の夕日」), kanji
 * and katakana before, numbers after.
 */
public final class StreetAddressScanner implements LabelledScanner {
  private static final int MAX_AHEAD = 80;
  private static final int MAX_BACK_WORDS = 4;
  private static final int MAX_JP_BEFORE = 30;
  private static final int MAX_JP_AFTER = 20;

  private static final List<String> SUFFIXES = List.of("straße", "strasse", "str.", "weg", "allee", "platz",
      "gasse", "damm");
  private static final List<String> WORDS = List.of("street", "st.", "st", "avenue", "ave", "road", "rd",
      "boulevard", "blvd", "lane", "ln", "drive", "dr.", "court", "ct", "terrace", "highway", "hwy",
      "parkway", "pkwy", "square", "crescent",
      "rue", "av.", "bd", "chemin", "allée", "impasse", "quai",
      "calle", "c/", "avenida", "avda", "plaza", "paseo", "carrera", "camino",
      "rua", "travessa", "praça", "alameda", "estrada", "rodovia");
  private static final List<String> JAPANESE = List.of("丁目", "番地");
  private static final List<String> LABELS = concat();
  /** Words that end the search for a house number before a street word. */
  private static final Set<String> STOP_WORDS = Set.of("at", "on", "in", "is", "to", "the", "my", "of", "and", "i",
      "we", "from", "for", "live", "lives", "near", "address", "am", "bin", "wohne", "ich", "die", "der", "à", "au",
      "j'habite", "en", "la", "el", "na", "no", "em", "moro", "vivo", "meu", "mi", "mon", "ma");
  private static final String KANJI_NUMERALS = "一二三四五六七八九十〇百千";

  @Override
  public PersonalDataKind kind() {
    return PersonalDataKind.POSTAL_ADDRESS;
  }

  @Override
  public List<String> labels() {
    return LABELS;
  }

  @Override
  public boolean isSuffix(int label) {
    return label < SUFFIXES.size();
  }

  @Override
  public @Nullable Span read(String text, String folded, int label, int labelStart, int labelEnd) {
    if (label >= SUFFIXES.size() + WORDS.size()) {
      return japanese(folded, labelStart, labelEnd);
    }
    int postcodeEnd = postcodeAfter(text, folded, labelEnd);
    if (postcodeEnd < 0) {
      return null;
    }
    int start = labelStart;
    if (isSuffix(label)) {
      while (start > 0 && labelStart - start < 40
          && (UnitScanner.isLatinLetter(folded.charAt(start - 1)) || folded.charAt(start - 1) == '-')) {
        start--;
      }
    }
    return new Span(streetStart(text, folded, start), postcodeEnd);
  }

  /**
   * {@code start} moved back to a house number up to {@value #MAX_BACK_WORDS} words before the
   * street word ("12008 blue ridge blvd", "193 W 237th St"), stopping at small words ("at", "on",
   * "my"…); without a number, back over the capitalised words right before it ("Main St").
   */
  private static int streetStart(String text, String folded, int start) {
    int capitalised = start;
    boolean stillCapitalised = true;
    int p = start;
    for (int k = 0; k < MAX_BACK_WORDS; k++) {
      int end = p;
      while (end > 0 && end > p - 2 && folded.charAt(end - 1) == ' ') {
        end--;
      }
      if (end == p && k > 0 || end == 0 || !UnitScanner.isWordUnit(folded.charAt(end - 1))) {
        break;
      }
      int word = end;
      while (word > 0 && end - word < 16 && UnitScanner.isWordUnit(folded.charAt(word - 1))) {
        word--;
      }
      if (UnitScanner.digit(folded.charAt(word)) >= 0 && end - word <= 6) {
        return word;
      }
      if (STOP_WORDS.contains(folded.substring(word, end))) {
        break;
      }
      stillCapitalised &= Character.isUpperCase(text.charAt(word));
      if (stillCapitalised) {
        capitalised = word;
      }
      p = word;
    }
    return capitalised;
  }

  /** The end of the first postcode within {@value #MAX_AHEAD} units after {@code from} on its line, or -1. */
  private static int postcodeAfter(String text, String folded, int from) {
    int limit = Math.min(folded.length(), from + MAX_AHEAD);
    for (int i = from; i < limit; i++) {
      char c = folded.charAt(i);
      if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == '。') {
        return -1;
      }
      if (i > 0 && (UnitScanner.isWordUnit(folded.charAt(i - 1)) || "@#/".indexOf(folded.charAt(i - 1)) >= 0)) {
        continue;
      }
      int end = digitCode(folded, i);
      if (end < 0) {
        end = britishCode(text, folded, i);
      }
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  /** ddddd, ddddd-dddd, dddd-ddd or ddddd-ddd at {@code start}, standing alone; or -1. */
  private static int digitCode(String folded, int start) {
    int first = digitsEnd(folded, start);
    int length = first - start;
    if (length != 4 && length != 5) {
      return -1;
    }
    int n = folded.length();
    if (first + 1 < n && UnitScanner.isDash(folded.charAt(first))) {
      int second = digitsEnd(folded, first + 1);
      int rest = second - first - 1;
      if ((rest == 3 || length == 5 && rest == 4) && UnitScanner.numberMayEndAt(folded, second)) {
        return second;
      }
    }
    return length == 5 && UnitScanner.numberMayEndAt(folded, first) ? first : -1;
  }

  /** A UK postcode in capitals (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA), or -1. */
  private static int britishCode(String text, String folded, int start) {
    int n = text.length();
    int i = start;
    int letters = 0;
    while (i < n && letters < 2 && isCapital(text.charAt(i))) {
      i++;
      letters++;
    }
    if (letters == 0 || i >= n || digitAscii(folded.charAt(i)) < 0) {
      return -1;
    }
    i++;
    if (i < n && (digitAscii(folded.charAt(i)) >= 0 || isCapital(text.charAt(i)))) {
      i++;
    }
    if (i < n && folded.charAt(i) == ' ') {
      i++;
    }
    if (i + 3 > n || digitAscii(folded.charAt(i)) < 0 || !isCapital(text.charAt(i + 1)) || !isCapital(text.charAt(i + 2))) {
      return -1;
    }
    return i + 3 == n || !UnitScanner.isWordUnit(folded.charAt(i + 3)) ? i + 3 : -1;
  }

  private static @Nullable Span japanese(String folded, int labelStart, int labelEnd) {
    if (labelStart == 0 || !isJapaneseNumber(folded.charAt(labelStart - 1))) {
      return null;
    }
    int number = labelStart;
    while (number > 0 && labelStart - number < MAX_JP_BEFORE && isJapaneseNumber(folded.charAt(number - 1))) {
      number--;
    }
    int start = number;
    while (start > 0 && labelStart - start < MAX_JP_BEFORE && isJapaneseAddressUnit(folded.charAt(start - 1))) {
      start--;
    }
    if (start == number) {
      return null;
    }
    int end = labelEnd;
    int limit = Math.min(folded.length(), labelEnd + MAX_JP_AFTER);
    while (end < limit && (isJapaneseNumber(folded.charAt(end)) || UnitScanner.isDash(folded.charAt(end))
        || "番地号".indexOf(folded.charAt(end)) >= 0)) {
      end++;
    }
    while (end > labelEnd && UnitScanner.isDash(folded.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isJapaneseNumber(char c) {
    return UnitScanner.digit(c) >= 0 || KANJI_NUMERALS.indexOf(c) >= 0;
  }

  private static boolean isJapaneseAddressUnit(char c) {
    if (isJapaneseNumber(c) || UnitScanner.isDash(c)) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA;
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z' || c >= '\uFF21' && c <= '\uFF3A';
  }

  private static int digitAscii(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  private static int digitsEnd(String folded, int start) {
    int i = start;
    while (i < folded.length() && i - start <= 6 && UnitScanner.digit(folded.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static List<String> concat() {
    return java.util.stream.Stream.of(SUFFIXES, WORDS, JAPANESE).flatMap(List::stream).toList();
  }
}

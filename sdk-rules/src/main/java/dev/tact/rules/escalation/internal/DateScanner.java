package dev.tact.rules.escalation.internal;

import java.util.Set;

/**
 * Reads one calendar date at a position of folded text: numeric (1990-01-02, 02/01/1990,
 * 2.1.1990), Japanese (1990年1月2日, 平成2年1月2日), or with a month name in English, German,
 * French, Spanish or Portuguese ("May 5, 1990", "5. Mai 1990", "5 de mayo de 1990"). Reads a
 * bounded number of units.
 */
final class DateScanner {
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "januar", "jänner", "februar", "märz", "maerz", "mai", "juni", "juli", "oktober", "dezember",
      "janvier", "février", "fevrier", "mars", "avril", "juin", "juillet", "août", "aout", "septembre",
      "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fevr", "avr", "juil", "déc",
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
      "octubre", "noviembre", "diciembre", "ene", "abr", "ago", "dic",
      "janeiro", "fevereiro", "março", "marco", "maio", "junho", "julho", "setembro", "outubro",
      "novembro", "dezembro", "fev", "set", "out", "dez");
  private static final Set<String> JOINERS = Set.of("of", "de", "del", "th", "st", "nd", "rd");
  private static final String ERAS = "昭和平成令和大正";

  private DateScanner() {}

  /** Whether folded {@code [start, end)} is a numeric date and nothing else. */
  static boolean isNumericDate(String folded, int start, int end) {
    return numeric(folded, start) == end;
  }

  /** The end of the date that starts at {@code start} of folded text, or -1. */
  static int read(String folded, int start) {
    int end = japanese(folded, start);
    if (end < 0) {
      end = numeric(folded, start);
    }
    if (end < 0) {
      end = dayFirst(folded, start);
    }
    if (end < 0) {
      end = monthFirst(folded, start);
    }
    return end;
  }

  private static int numeric(String folded, int start) {
    int a = digitsEnd(folded, start, 4);
    if (a < 0 || a >= folded.length()) {
      return -1;
    }
    char sep = folded.charAt(a);
    if (sep != '/' && sep != '-' && sep != '.') {
      return -1;
    }
    int b = digitsEnd(folded, a + 1, 2);
    if (b < 0 || b >= folded.length() || folded.charAt(b) != sep) {
      return -1;
    }
    int c = digitsEnd(folded, b + 1, 4);
    if (c < 0 || !UnitScanner.numberMayEndAt(folded, c)) {
      return -1;
    }
    int first = a - start;
    int last = c - b - 1;
    boolean shaped = first == 4 && last <= 2 || first <= 2 && (last == 4 || last == 2);
    return shaped ? c : -1;
  }

  private static int japanese(String folded, int start) {
    int i = start;
    if (i + 2 <= folded.length() && isEra(folded, i)) {
      i += 2;
    }
    int year = digitsEnd(folded, i, 4);
    if (year < 0 && i > start && folded.startsWith("元", i)) {
      year = i + 1;
    }
    if (year < 0 || !folded.startsWith("年", year)) {
      return -1;
    }
    int month = digitsEnd(folded, year + 1, 2);
    if (month < 0 || !folded.startsWith("月", month)) {
      return -1;
    }
    int day = digitsEnd(folded, month + 1, 2);
    if (day < 0) {
      return month + 1;
    }
    return folded.startsWith("日", day) ? day + 1 : day;
  }

  private static boolean isEra(String folded, int i) {
    for (int e = 0; e < ERAS.length(); e += 2) {
      if (folded.regionMatches(i, ERAS, e, 2)) {
        return true;
      }
    }
    return false;
  }

  /** "5 May 1990", "5. Mai 1990", "5th of May", "5 de mayo de 1990". */
  private static int dayFirst(String folded, int start) {
    int day = digitsEnd(folded, start, 2);
    if (day < 0) {
      return -1;
    }
    int i = skipJoiners(folded, day);
    int month = monthEnd(folded, i);
    if (month < 0) {
      return -1;
    }
    return yearAfter(folded, month);
  }

  /** "May 5, 1990", "May 5th 1990". */
  private static int monthFirst(String folded, int start) {
    int month = monthEnd(folded, start);
    if (month < 0) {
      return -1;
    }
    int i = month;
    while (i < folded.length() && folded.charAt(i) == ' ') {
      i++;
    }
    int day = digitsEnd(folded, i, 2);
    if (day < 0) {
      return -1;
    }
    if (day + 2 <= folded.length() && JOINERS.contains(folded.substring(day, day + 2))) {
      day += 2;
    }
    return yearAfter(folded, day);
  }

  /** {@code end} moved past ", 1990" or " de 1990" when a year follows. */
  private static int yearAfter(String folded, int end) {
    int i = skipJoiners(folded, end);
    int year = digitsEnd(folded, i, 4);
    return year >= 0 && year - i >= 2 && UnitScanner.numberMayEndAt(folded, year) ? year : end;
  }

  /** Skips spaces, {@code . ,} and the small words between a day, a month and a year. */
  private static int skipJoiners(String folded, int from) {
    int i = from;
    int limit = Math.min(folded.length(), from + 12);
    while (i < limit) {
      char c = folded.charAt(i);
      if (c == ' ' || c == '.' || c == ',') {
        i++;
        continue;
      }
      int word = i;
      while (word < limit && UnitScanner.isAsciiLetter(folded.charAt(word))) {
        word++;
      }
      if (word > i && JOINERS.contains(folded.substring(i, word))) {
        i = word;
        continue;
      }
      break;
    }
    return i;
  }

  private static int monthEnd(String folded, int start) {
    int i = start;
    int limit = Math.min(folded.length(), start + 12);
    while (i < limit && UnitScanner.isLatinLetter(folded.charAt(i))) {
      i++;
    }
    if (i == start || i < folded.length() && UnitScanner.isLatinLetter(folded.charAt(i))
        || !MONTHS.contains(folded.substring(start, i))) {
      return -1;
    }
    return i < folded.length() && folded.charAt(i) == '.' ? i + 1 : i;
  }

  /** The end of 1 to {@code max} digits at {@code start} that no other digit follows, or -1. */
  private static int digitsEnd(String folded, int start, int max) {
    int i = start;
    while (i < folded.length() && i - start <= max && UnitScanner.digit(folded.charAt(i)) >= 0) {
      i++;
    }
    return i == start || i - start > max ? -1 : i;
  }
}

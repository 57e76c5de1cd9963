package dev.tact.rules.escalation.internal;

import java.util.Set;

/**
 * Skips what people write between a label and its value: spaces, punctuation such as {@code :}
 * {@code #} 「 and small words ("is", "ist", "est", "é", 「は」) followed by a space or {@code : . # °}
 * (so the "A" of "A-1042" is a value, not an article). Reads at most
 * {@value #MAX_UNITS} units and {@value #MAX_WORDS} words.
 */
final class FillerScanner {
  private static final int MAX_UNITS = 32;
  private static final int MAX_WORDS = 4;

  /** Where the filler ended and whether it held a marker such as {@code #}, {@code :} or "no.". */
  record Filler(int end, boolean marked) {}

  private final String chars;
  private final String markerChars;
  private final Set<String> words;
  private final Set<String> markerWords;

  /**
   * @param chars the punctuation (folded) to skip
   * @param markerChars those of {@code chars} that announce a value ({@code :} {@code #})
   * @param words the small words (folded) to skip
   * @param markerWords those of {@code words} that announce a value ("no", "nr")
   */
  FillerScanner(String chars, String markerChars, Set<String> words, Set<String> markerWords) {
    this.chars = chars;
    this.markerChars = markerChars;
    this.words = words;
    this.markerWords = markerWords;
  }

  /** Skips the filler that starts at {@code from} in folded text. */
  Filler skip(String folded, int from) {
    int n = folded.length();
    int limit = Math.min(n, from + MAX_UNITS);
    int i = from;
    int wordCount = 0;
    boolean marked = false;
    while (i < limit) {
      char c = folded.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (chars.indexOf(c) >= 0) {
        marked |= markerChars.indexOf(c) >= 0;
        i++;
      } else if (UnitScanner.isLatinLetter(c) && wordCount < MAX_WORDS) {
        int end = i;
        while (end < limit && UnitScanner.isLatinLetter(folded.charAt(end))) {
          end++;
        }
        if (end < n && UnitScanner.isLatinLetter(folded.charAt(end))) {
          break;
        }
        String word = folded.substring(i, end);
        if (!words.contains(word) || end < n && " :.#°\t".indexOf(folded.charAt(end)) < 0) {
          break;
        }
        marked |= markerWords.contains(word);
        wordCount++;
        i = end;
        if (i < limit && folded.charAt(i) == '.') {
          i++;
        }
      } else {
        break;
      }
    }
    return new Filler(i, marked);
  }
}

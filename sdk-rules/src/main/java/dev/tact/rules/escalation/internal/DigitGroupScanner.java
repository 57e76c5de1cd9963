package dev.tact.rules.escalation.internal;

import java.util.Arrays;

/**
 * Splits a run of digit groups ("4111 1111-1111 1111", "(030) 123456", "+81 90-1234-5678") into its
 * groups, remembering what separates each group from the one before. Reused across runs by one
 * scan; not thread-safe, one per scan.
 */
final class DigitGroupScanner {
  /** The separator before a group: none (first group), spaces only, or a dash, dot or slash (maybe spaced). */
  static final int FIRST = 0;
  static final int SPACE = 1;
  static final int DASH = 2;
  static final int DOT = 3;
  static final int SLASH = 4;

  int count;
  int[] starts = new int[8];
  int[] ends = new int[8];
  int[] separators = new int[8];

  /**
   * Reads the run of groups that starts with the digit at {@code start}: groups of digits joined by
   * at most {@code maxSeparator} units of spaces, at most one dash, or dot or slash (when
   * {@code punctuation}), and (when {@code parentheses}) parentheses. Returns the end of the last
   * group.
   */
  int read(String text, int start, int maxSeparator, boolean punctuation, boolean parentheses) {
    int n = text.length();
    count = 0;
    int i = start;
    int separator = FIRST;
    while (true) {
      int groupStart = i;
      while (i < n && UnitScanner.digit(text.charAt(i)) >= 0) {
        i++;
      }
      add(groupStart, i, separator);
      int groupEnd = i;
      int dashes = 0;
      int spaces = 0;
      int dotsSeen = 0;
      int slashes = 0;
      while (i < n && i - groupEnd < maxSeparator) {
        char c = text.charAt(i);
        if (UnitScanner.isSpace(c)) {
          spaces++;
        } else if (UnitScanner.isDash(c)) {
          dashes++;
        } else if (punctuation && c == '.') {
          dotsSeen++;
        } else if (punctuation && c == '/') {
          slashes++;
        } else if (!parentheses || c != '(' && c != ')') {
          break;
        }
        i++;
      }
      boolean joined = i > groupEnd && i < n && UnitScanner.digit(text.charAt(i)) >= 0
          && dashes + dotsSeen + slashes <= 1 && spaces <= 2;
      if (!joined) {
        return groupEnd;
      }
      separator = dashes > 0 ? DASH : dotsSeen > 0 ? DOT : slashes > 0 ? SLASH : SPACE;
    }
  }

  /** The number of digits in groups {@code [from, to]}. */
  int digits(int from, int to) {
    int total = 0;
    for (int g = from; g <= to; g++) {
      total += ends[g] - starts[g];
    }
    return total;
  }

  /** Whether a value may be cut between group {@code g - 1} and group {@code g}. */
  boolean splittableBefore(int g) {
    return separators[g] == SPACE;
  }

  private void add(int start, int end, int separator) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      separators = Arrays.copyOf(separators, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    separators[count] = separator;
    count++;
  }
}

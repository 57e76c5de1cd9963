package dev.tact.rules.internal;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Folds text the way rule patterns are matched: Unicode NFKC case folding, curly quotes and
 * apostrophes to ASCII, and every run of whitespace to one space. Keeps, for every folded UTF-16
 * unit, the range of the original text it came from, so that a folded range maps back to an
 * original range that never splits a surrogate pair or a combining sequence.
 *
 * <p>The text is folded one normalization segment at a time (a segment ends where the next code
 * point {@linkplain Normalizer2#hasBoundaryBefore(int) has a boundary before it}); NFKC case folding
 * of a whole text equals the concatenation of its segments' foldings, so each folded unit maps to the
 * segment that produced it.
 */
public final class Folding {
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private Folding(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The folded form of {@code original}, with its offset map. Never throws on any string. */
  public static Folding of(String original) {
    return new Builder(original).run();
  }

  /** The folded form of {@code original} alone, as patterns and word lists are folded. */
  public static String fold(String original) {
    return of(original).text;
  }

  /** The folded text. */
  public String text() {
    return text;
  }

  /** The original index of the first unit that produced folded unit {@code i}. */
  public int start(int i) {
    return starts[i];
  }

  /** The original index after the last unit that produced folded unit {@code i}. */
  public int end(int i) {
    return ends[i];
  }

  /** Whether {@code c} is whitespace after NFKC folding (which already maps most spaces to U+0020). */
  public static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u0085'
        || c == '\u1680'
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u00a0'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }

  /** Curly quotes, primes and the modifier apostrophe to their ASCII forms; anything else as is. */
  static char foldQuote(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc', '\uff07':
        return '\'';
      case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\uff02':
        return '"';
      default:
        return c;
    }
  }

  private static final class Builder {
    private final String original;
    private final StringBuilder out;
    private int[] starts;
    private int[] ends;
    private boolean lastWasSpace;

    Builder(String original) {
      this.original = original;
      int capacity = Math.max(16, original.length() + 8);
      this.out = new StringBuilder(capacity);
      this.starts = new int[capacity];
      this.ends = new int[capacity];
    }

    Folding run() {
      String s = original;
      int length = s.length();
      int i = 0;
      while (i < length) {
        char c = s.charAt(i);
        // ASCII followed by ASCII (or the end) is a segment of its own whose folding is lower case.
        if (c < 0x80 && (i + 1 == length || s.charAt(i + 1) < 0x80)) {
          emit(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c, i, i + 1);
          i++;
          continue;
        }
        int cp = s.codePointAt(i);
        int first = i + Character.charCount(cp);
        int j = first;
        while (j < length) {
          int next = s.codePointAt(j);
          if (NFKC_CF.hasBoundaryBefore(next)) {
            break;
          }
          j += Character.charCount(next);
        }
        if (j == first && NFKC_CF.isInert(cp)) {
          for (int k = i; k < j; k++) {
            emit(s.charAt(k), i, j);
          }
        } else {
          String folded = NFKC_CF.normalize(s.substring(i, j));
          for (int k = 0; k < folded.length(); k++) {
            emit(folded.charAt(k), i, j);
          }
        }
        i = j;
      }
      int n = out.length();
      return new Folding(out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    private void emit(char c, int start, int end) {
      int n = out.length();
      if (isSpace(c)) {
        if (lastWasSpace) {
          ends[n - 1] = end;
          return;
        }
        lastWasSpace = true;
        c = ' ';
      } else {
        lastWasSpace = false;
        c = foldQuote(c);
      }
      if (n == starts.length) {
        int capacity = n + (n >> 1) + 16;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
      }
      out.append(c);
      starts[n] = start;
      ends[n] = end;
    }
  }
}

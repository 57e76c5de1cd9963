package dev.tact.rules.internal;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

  /**
   * Per BMP unit, once looked up: bit {@value #KNOWN}; bit {@value #BOUNDARY} if NFKC case folding
   * has a boundary before it; bit {@value #SINGLE} if, as a segment of its own, it folds to exactly
   * one unit, which is then in the low 16 bits. Filled lazily, a page of 256 units at a time; racing
   * writers store the same values.
   */
  private static final int[][] UNITS = new int[256][];
  private static final int KNOWN = 1 << 16;
  private static final int BOUNDARY = 1 << 17;
  private static final int SINGLE = 1 << 18;

  private final String text;
  /** Null when folded unit {@code i} came from original unit {@code i} alone, for every i. */
  private final int @Nullable [] starts;
  private final int @Nullable [] ends;

  private Folding(String text, int @Nullable [] starts, int @Nullable [] ends) {
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
    if (starts == null) {
      Objects.checkIndex(i, text.length());
      return i;
    }
    return starts[i];
  }

  /** The original index after the last unit that produced folded unit {@code i}. */
  public int end(int i) {
    if (ends == null) {
      Objects.checkIndex(i, text.length());
      return i + 1;
    }
    return ends[i];
  }

  /**
   * Whether folded unit {@code i} is a space that came from whitespace holding a line break
   * ({@code \n}, {@code \r}, vertical tab, form feed, NEL, U+2028 or U+2029).
   *
   * @param original the text this folding was made from
   */
  public boolean isLineBreak(String original, int i) {
    if (text.charAt(i) != ' ') {
      return false;
    }
    for (int j = start(i), end = end(i); j < end; j++) {
      char c = original.charAt(j);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
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

  /** The {@link #UNITS} entry of BMP unit {@code c}, computed on first use. */
  private static int unit(char c) {
    int[] page = UNITS[c >>> 8];
    if (page == null) {
      page = new int[256];
      UNITS[c >>> 8] = page;
    }
    int info = page[c & 0xff];
    if (info == 0) {
      info = KNOWN;
      if (Character.isSurrogate(c)) {
        // Never used as a single unit; the boundary is looked up by code point.
      } else {
        if (NFKC_CF.hasBoundaryBefore(c)) {
          info |= BOUNDARY;
        }
        String folded = NFKC_CF.isInert(c) ? String.valueOf(c) : NFKC_CF.normalize(String.valueOf(c));
        if (folded.length() == 1) {
          info |= SINGLE | folded.charAt(0);
        }
      }
      page[c & 0xff] = info;
    }
    return info;
  }

  /**
   * Whether NFKC case folding has a boundary before the code point starting at {@code j} of {@code
   * s}: then folding the text before it and the text from it separately gives the folding of the
   * whole (apart from a run of spaces across the join, which {@link #fold} keeps once).
   */
  static boolean hasBoundaryBefore(String s, int j) {
    return boundaryAt(s, j);
  }

  /** Whether NFKC case folding has a boundary before the code point starting at {@code j}. */
  private static boolean boundaryAt(String s, int j) {
    char c = s.charAt(j);
    if (!Character.isSurrogate(c)) {
      return (unit(c) & BOUNDARY) != 0;
    }
    return NFKC_CF.hasBoundaryBefore(s.codePointAt(j));
  }

  private static final class Builder {
    private final String original;
    private char[] out;
    private int n;
    private int @Nullable [] starts;
    private int @Nullable [] ends;
    /** Whether unit i of the output is unit i of the original, for every i so far. */
    private boolean same = true;
    private boolean lastWasSpace;

    Builder(String original) {
      this.original = original;
      this.out = new char[Math.max(16, original.length() + 8)];
    }

    Folding run() {
      String s = original;
      int length = s.length();
      int i = 0;
      while (i < length) {
        char c = s.charAt(i);
        if (starts == null && n == i && c < 0x80) {
          // Fast path while the offset map is the identity (n == i; a unit that folds to nothing
          // leaves starts null but n behind i): ASCII units followed by ASCII
          // (or the end) fold to lower case one for one; a second space in a row leaves the loop.
          int k = asciiRun(s, i, length);
          if (k > i) {
            i = k;
            continue;
          }
        }
        // ASCII followed by ASCII (or the end) is a segment of its own whose folding is lower case.
        if (c < 0x80 && (i + 1 == length || s.charAt(i + 1) < 0x80)) {
          emit(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c, i, i + 1);
          i++;
          continue;
        }
        // A BMP unit followed by a boundary (or the end) is a segment of its own: fold it by table.
        if (!Character.isSurrogate(c) && (i + 1 == length || boundaryAt(s, i + 1))) {
          int info = unit(c);
          if ((info & SINGLE) != 0) {
            emit((char) info, i, i + 1);
            i++;
            continue;
          }
        }
        int cp = s.codePointAt(i);
        int first = i + Character.charCount(cp);
        int j = first;
        while (j < length) {
          if (boundaryAt(s, j)) {
            break;
          }
          j += Character.charCount(s.codePointAt(j));
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
      if (same && n == length) {
        return new Folding(original, null, null);
      }
      String text = new String(out, 0, n);
      if (starts == null) {
        return new Folding(text, null, null);
      }
      return new Folding(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /**
     * Folds ASCII units from {@code i} (where the output is still the identity of the original, so
     * {@code n == i}) until a non-ASCII unit, an ASCII unit followed by a non-ASCII one (which may
     * combine with it), or a whitespace unit right after a space; returns where it stopped.
     */
    private int asciiRun(String s, int i, int length) {
      char[] o = out;
      boolean space = lastWasSpace;
      boolean unchanged = same;
      int k = i;
      while (k < length) {
        char c = s.charAt(k);
        if (c >= 0x80 || (k + 1 < length && s.charAt(k + 1) >= 0x80)) {
          break;
        }
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
          if (space) {
            break;
          }
          space = true;
          if (c != ' ') {
            unchanged = false;
            c = ' ';
          }
        } else {
          space = false;
          if (c >= 'A' && c <= 'Z') {
            unchanged = false;
            c = (char) (c + ('a' - 'A'));
          }
        }
        o[k] = c;
        k++;
      }
      n = k;
      lastWasSpace = space;
      same = unchanged;
      return k;
    }

    private void emit(char c, int start, int end) {
      if (isSpace(c)) {
        if (lastWasSpace) {
          mapped()[n - 1] = end;
          same = false;
          return;
        }
        lastWasSpace = true;
        c = ' ';
      } else {
        lastWasSpace = false;
        c = foldQuote(c);
      }
      if (n == out.length) {
        int capacity = n + (n >> 1) + 16;
        out = Arrays.copyOf(out, capacity);
        if (starts != null) {
          starts = Arrays.copyOf(starts, capacity);
          ends = Arrays.copyOf(ends, capacity);
        }
      }
      if (starts == null && (start != n || end != n + 1)) {
        mapped();
      }
      if (starts != null) {
        starts[n] = start;
        ends[n] = end;
      }
      if (same && (start != n || end != n + 1 || original.charAt(n) != c)) {
        same = false;
      }
      out[n++] = c;
    }

    /** Switches from the identity map to explicit arrays; returns {@code ends}. */
    private int[] mapped() {
      if (starts == null) {
        int[] s = new int[out.length];
        int[] e = new int[out.length];
        for (int k = 0; k < n; k++) {
          s[k] = k;
          e[k] = k + 1;
        }
        starts = s;
        ends = e;
      }
      return ends;
    }
  }
}

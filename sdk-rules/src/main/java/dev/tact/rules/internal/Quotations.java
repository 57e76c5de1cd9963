package dev.tact.rules.internal;

import java.util.Arrays;

/**
 * Finds the quotations of a folded text in one pass: the ranges between a pair of quotation marks,
 * where a reply repeats someone else's words (the customer's, a colleague's, a button's label) rather
 * than speaking in its own voice.
 *
 * <p>Two kinds of mark pair differently:
 *
 * <ul>
 *   <li><b>Directional marks</b> open or close by their shape: {@code «…»}, {@code ‹…›},
 *       {@code 「…」} and {@code 『…』}. They nest, and a pair may span sentences and lines ({@code
 *       「まだ直らないの？何度も試した」}): a mark cannot be mistaken for another, and a stray one
 *       quotes nothing unless a stray mark of the other direction follows.
 *   <li><b>Symmetric marks</b> look the same at both ends, so they pair within one sentence (and
 *       line) only, and a mark left open at the end of its sentence quotes nothing. The double quote ({@code
 *       "…"}; curly and low-9 double quotes fold to it) opens and closes in turn. The single quote
 *       ({@code '…'}; {@code ‘…’} and {@code ‚…‘} fold to it) is also the apostrophe, so it opens
 *       only after the start of the text, a space or punctuation and before something other than a
 *       space or a digit ({@code 'just reinstall it'}, but not {@code don't}, {@code l'équipe} or
 *       {@code '90s}), and closes only after something other than a space and before a space,
 *       punctuation or the end ({@code it'}, {@code it.'}, but not {@code don't}). An apostrophe
 *       that ends a word ({@code customers'}) closes a quotation only if one is open.
 * </ul>
 *
 * <p>A sentence ends at {@code . ! ? 。} (a period only before a non-letter, and not before a lower
 * case word in the original text: "e.g. the"); the spaces and closing marks right after it still belong to it, so that
 * {@code « Tu peux pas faire mieux ? »} is one quotation. Linear in the length of the text.
 */
public final class Quotations {
  private static final int[] NONE = new int[0];

  private final Folding folding;
  private final String original;
  private final String text;
  /** Found pairs {@code [from, to)}, two ints each. */
  private int[] found = new int[8];
  private int count;

  private Quotations(Folding folding, String original) {
    this.folding = folding;
    this.original = original;
    this.text = folding.text();
  }

  /**
   * The quoted ranges of {@code folding}'s text (the text between the marks, marks excluded), as
   * sorted pairs of folded offsets {@code [start, end)} that neither overlap nor touch: nested and
   * overlapping quotations are merged into one range.
   *
   * @param original the text {@code folding} was made from, where line breaks are still visible
   */
  public static int[] of(Folding folding, String original) {
    String text = folding.text();
    if (!holdsMark(text)) {
      return NONE;
    }
    return new Quotations(folding, original).scan();
  }

  /** Whether {@code start, end} lies inside one of {@code ranges} (as {@link #of} returns them). */
  public static boolean covers(int[] ranges, int start, int end) {
    int low = 0;
    int high = ranges.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (ranges[2 * mid + 1] < end) {
        low = mid + 1;
      } else if (ranges[2 * mid] > start) {
        high = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || directional(c) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The directional mark {@code c} is: 1 for « », 2 for ‹ ›, 3 for 「 」, 4 for 『 』, positive when it
   * opens and negative when it closes; 0 for anything else.
   */
  private static int directional(char c) {
    return switch (c) {
      case '\u00ab' -> 1;
      case '\u00bb' -> -1;
      case '\u2039' -> 2;
      case '\u203a' -> -2;
      case '\u300c' -> 3;
      case '\u300d' -> -3;
      case '\u300e' -> 4;
      case '\u300f' -> -4;
      default -> 0;
    };
  }

  private int[] scan() {
    int n = text.length();
    int[][] open = new int[5][4];
    int[] depth = new int[5];
    int dq = -1;
    int sq = -1;
    boolean sentenceEnding = false;
    boolean afterPeriod = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (folding.isLineBreak(original, i)) {
          dq = -1;
          sq = -1;
          sentenceEnding = false;
        }
        continue;
      }
      int kind = directional(c);
      if (sentenceEnding) {
        // After . ! ? come spaces and closing marks of the same sentence; the next thing starts a new one.
        boolean closes = kind < 0 || c == ')' || isTerminator(c, i)
            || (c == '"' && dq >= 0) || (c == '\'' && sq >= 0 && closesSingle(i));
        if (!closes) {
          sentenceEnding = false;
          if (!(afterPeriod && Character.isLowerCase(original.codePointAt(folding.start(i))))) {
            dq = -1;
            sq = -1;
          }
        }
      }
      if (kind > 0) {
        if (depth[kind] == open[kind].length) {
          open[kind] = Arrays.copyOf(open[kind], depth[kind] * 2);
        }
        open[kind][depth[kind]++] = i;
      } else if (kind < 0) {
        if (depth[-kind] > 0) {
          add(open[-kind][--depth[-kind]] + 1, i);
        }
      } else if (c == '"') {
        if (dq >= 0) {
          add(dq + 1, i);
          dq = -1;
        } else {
          dq = i;
        }
      } else if (c == '\'') {
        if (sq >= 0 && closesSingle(i)) {
          add(sq + 1, i);
          sq = -1;
        } else if (opensSingle(i)) {
          sq = i;
        }
      } else if (isTerminator(c, i)) {
        sentenceEnding = true;
        afterPeriod = c == '.';
      }
    }
    return merged();
  }

  /** A single quote after the start, a space or punctuation, before neither a space nor a digit. */
  private boolean opensSingle(int i) {
    if (i > 0) {
      int before = text.codePointBefore(i);
      if (before == '\'' || Words.isWordChar(before)) {
        return false;
      }
    }
    if (i + 1 >= text.length()) {
      return false;
    }
    int after = text.codePointAt(i + 1);
    return after != ' ' && after != '\'' && !Character.isDigit(after);
  }

  /** A single quote after something other than a space, before a space, punctuation or the end. */
  private boolean closesSingle(int i) {
    if (i == 0 || text.charAt(i - 1) == ' ') {
      return false;
    }
    return i + 1 >= text.length() || !Words.isWordChar(text.codePointAt(i + 1));
  }

  /** Whether {@code c} at {@code i} ends a sentence: ! ? 。 always, a period before a non-letter. */
  private boolean isTerminator(char c, int i) {
    return switch (c) {
      case '!', '?', '\u3002' -> true;
      case '.' -> i + 1 >= text.length() || !Words.isWordChar(text.codePointAt(i + 1));
      default -> false;
    };
  }

  private void add(int from, int to) {
    if (from >= to) {
      return;
    }
    if (count == found.length) {
      found = Arrays.copyOf(found, count * 2);
    }
    found[count++] = from;
    found[count++] = to;
  }

  /** The found pairs sorted by start, nested and overlapping ones merged. */
  private int[] merged() {
    int pairs = count / 2;
    if (pairs == 0) {
      return NONE;
    }
    long[] sorted = new long[pairs];
    for (int p = 0; p < pairs; p++) {
      sorted[p] = ((long) found[2 * p] << 32) | found[2 * p + 1];
    }
    Arrays.sort(sorted);
    int[] out = new int[2 * pairs];
    int kept = 0;
    for (long pair : sorted) {
      int from = (int) (pair >>> 32);
      int to = (int) pair;
      if (kept > 0 && from <= out[kept - 1]) {
        out[kept - 1] = Math.max(out[kept - 1], to);
      } else {
        out[kept++] = from;
        out[kept++] = to;
      }
    }
    return Arrays.copyOf(out, kept);
  }
}

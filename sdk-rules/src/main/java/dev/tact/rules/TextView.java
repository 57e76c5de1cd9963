package dev.tact.rules;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Span;
import dev.tact.rules.internal.Folding;
import dev.tact.rules.internal.Quotations;
import dev.tact.rules.internal.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text as rules read it: the original, its normalized form, and a map from every normalized range
 * back to the original. Rules search the {@linkplain #normalized() normalized} text and report
 * {@linkplain #toOriginal(int, int) original} spans.
 *
 * <p>Normalization is Unicode NFKC case folding ({@code ＪＵＳＴ}, {@code Just} and {@code just} all
 * read {@code just}; half-width katakana become full-width), curly quotes and apostrophes folded to
 * {@code '} and {@code "}, and every run of whitespace (line breaks included) folded to one space.
 * A span mapped back never splits a surrogate pair, a combining sequence or a whitespace run.
 *
 * <pre>{@code
 * TextView view = TextView.of("Please JUST click “Reset”", Locale.ENGLISH);
 * view.normalized();                 // "please just click \"reset\""
 * int at = view.normalized().indexOf("just click");
 * view.toOriginal(at, at + 10);      // [7, 17): "JUST click" in the original
 * }</pre>
 *
 * <p>Word boundaries depend on the language: for languages written with spaces a boundary lies
 * between a word character (letter, digit, mark) and anything else, or between two scripts; for
 * Japanese, Chinese and Thai it comes from ICU's dictionary-based word break iterator, computed the
 * first time it is needed.
 *
 * <p>{@linkplain #isQuoted(int, int) Quotations} are where a reply repeats someone else's words
 * (the customer's, a colleague's, a button's label): rules that judge the reply's own voice skip
 * them. Instances are immutable and safe to share between threads.
 */
public final class TextView {
  private final String original;
  private final Folding folding;
  private final Locale locale;
  private final String language;
  private final boolean spaced;
  private volatile int @Nullable [] normalizedBreaks;
  private volatile @Nullable List<Span> words;
  private volatile int @Nullable [] quoted;

  private TextView(String original, Locale locale) {
    this.original = original;
    this.folding = Folding.of(original);
    this.locale = locale;
    this.language = locale.getLanguage();
    this.spaced = Words.usesSpaces(language);
  }

  /**
   * A view of {@code text} in the language of {@code locale}. Any string is accepted, including
   * unpaired surrogates and control characters.
   */
  public static TextView of(String text, Locale locale) {
    return new TextView(Objects.requireNonNull(text, "text"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Whether this is a view of {@code text} in {@code locale}, for methods that take a view their
   * caller made once to share between checks.
   *
   * <pre>{@code
   * TextView.of("Hi there", Locale.ENGLISH).isViewOf("Hi there", Locale.ENGLISH);   // true
   * }</pre>
   */
  public boolean isViewOf(String text, Locale locale) {
    return original.equals(text) && this.locale.equals(locale);
  }

  /** The text exactly as given. */
  public String original() {
    return original;
  }

  /** The normalized text that rules search. */
  public String normalized() {
    return folding.text();
  }

  /** The locale the view was made for. */
  public Locale locale() {
    return locale;
  }

  /** The language subtag of the locale, such as {@code "ja"}; empty when the locale has none. */
  public String language() {
    return language;
  }

  /** Whether the language separates words with spaces (false for Japanese, Chinese, Thai…). */
  public boolean usesSpaces() {
    return spaced;
  }

  /**
   * The original span that the normalized range {@code [start, end)} came from. An empty range maps
   * to an empty span at the original position of {@code start}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= normalized().length()}
   */
  public Span toOriginal(int start, int end) {
    int n = folding.text().length();
    if (start < 0 || end < start || end > n) {
      throw new IndexOutOfBoundsException(
          "range [" + start + ", " + end + ") is outside a normalized text of length " + n);
    }
    if (start == end) {
      int at = start == n ? original.length() : folding.start(start);
      return new Span(at, at);
    }
    return new Span(folding.start(start), folding.end(end - 1));
  }

  /**
   * Whether {@code index} in the normalized text is a word boundary: always at the ends of the text;
   * for languages with spaces between a word character and anything else or between two scripts; for
   * Japanese, Chinese and Thai where ICU's word break iterator puts one.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= normalized().length()}
   */
  public boolean isWordBoundary(int index) {
    String text = folding.text();
    if (index < 0 || index > text.length()) {
      throw new IndexOutOfBoundsException(
          "index " + index + " is outside a normalized text of length " + text.length());
    }
    if (spaced) {
      return Words.isBoundary(text, index);
    }
    return Arrays.binarySearch(breaks(), index) >= 0;
  }

  /**
   * The end of the word that starts at {@code index} in the normalized text, or {@code index} when no
   * word starts there. For languages with spaces a word is a run of letters, digits and marks (with
   * single inner apostrophes or hyphens: "don't", "log-in"); otherwise it is the segment ICU's word
   * break iterator finds, if it holds a letter or digit.
   */
  public int wordEndingAfter(int index) {
    String text = folding.text();
    if (index < 0 || index >= text.length()) {
      return index;
    }
    if (spaced) {
      return Words.isBoundary(text, index) ? Words.wordEnd(text, index) : index;
    }
    int[] breaks = breaks();
    int at = Arrays.binarySearch(breaks, index);
    if (at < 0 || at + 1 >= breaks.length) {
      return index;
    }
    int end = breaks[at + 1];
    return containsWordChar(text, index, end) ? end : index;
  }

  /**
   * The start of the word that ends at {@code index} in the normalized text, or {@code index} when no
   * word ends there; the mirror of {@link #wordEndingAfter(int)}.
   */
  public int wordStartingBefore(int index) {
    String text = folding.text();
    if (index <= 0 || index > text.length()) {
      return index;
    }
    if (spaced) {
      return Words.isBoundary(text, index) ? Words.wordStart(text, index) : index;
    }
    int[] breaks = breaks();
    int at = Arrays.binarySearch(breaks, index);
    if (at <= 0) {
      return index;
    }
    int start = breaks[at - 1];
    return containsWordChar(text, start, index) ? start : index;
  }

  /**
   * The words of the text as ICU's word break iterator for the locale finds them (dictionary-based
   * for Japanese and Chinese), as spans of the original text; punctuation and spaces are left out.
   * Computed on first use.
   */
  public List<Span> words() {
    List<Span> result = words;
    if (result == null) {
      String text = folding.text();
      int[] breaks = breaks();
      List<Span> found = new ArrayList<>();
      for (int i = 0; i + 1 < breaks.length; i++) {
        if (containsWordChar(text, breaks[i], breaks[i + 1])) {
          Span span = toOriginal(breaks[i], breaks[i + 1]);
          if (found.isEmpty() || !found.get(found.size() - 1).equals(span)) {
            found.add(span);
          }
        }
      }
      result = Collections.unmodifiableList(found);
      words = result;
    }
    return result;
  }

  /**
   * Whether {@code index} in the normalized text is a space folded from whitespace that holds a line
   * break: the end of a line, a list item or a paragraph.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < normalized().length()}
   */
  public boolean isLineBreak(int index) {
    Objects.checkIndex(index, folding.text().length());
    return folding.isLineBreak(original, index);
  }

  /**
   * Whether the normalized range {@code [start, end)} lies inside a quotation, between its marks.
   * Quotation marks are the directional {@code «…»}, {@code ‹…›}, {@code 「…」} and {@code 『…』},
   * which nest and may span sentences and lines, and the symmetric {@code "…"} (also {@code “…”}
   * and {@code „…“}) and {@code '…'} (also {@code ‘…’} and {@code ‚…‘}), which pair within one
   * sentence and line. A single quote is a quotation mark only where it cannot be an apostrophe:
   * {@code 'just reinstall it'} is a quotation; {@code don't}, {@code l'équipe}, {@code customer's}
   * and {@code '90s} are not. A mark left unpaired quotes nothing. Found in one pass, on first use.
   *
   * <pre>{@code
   * TextView view = TextView.of("You said 'just reinstall it', sorry.", Locale.ENGLISH);
   * int at = view.normalized().indexOf("just");
   * view.isQuoted(at, at + 14);        // true: "just reinstall" is quoted
   * view.isQuoted(0, 8);               // false: "You said" is the reply's own
   * }</pre>
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= normalized().length()}
   */
  public boolean isQuoted(int start, int end) {
    int n = folding.text().length();
    if (start < 0 || end < start || end > n) {
      throw new IndexOutOfBoundsException(
          "range [" + start + ", " + end + ") is outside a normalized text of length " + n);
    }
    int[] ranges = quoted;
    if (ranges == null) {
      ranges = Quotations.of(folding, original);
      quoted = ranges;
    }
    return Quotations.covers(ranges, start, end);
  }

  /** The original text, for debugging. */
  @Override
  public String toString() {
    return "TextView[" + language + "]" + original;
  }

  private int[] breaks() {
    int[] result = normalizedBreaks;
    if (result == null) {
      String text = folding.text();
      BreakIterator iterator = BreakIterator.getWordInstance(ULocale.forLocale(locale));
      iterator.setText(text);
      int[] found = new int[16];
      int count = 0;
      for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = b;
      }
      result = Arrays.copyOf(found, count);
      normalizedBreaks = result;
    }
    return result;
  }

  private static boolean containsWordChar(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (Words.isWordChar(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}

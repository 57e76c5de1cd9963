package dev.tact.rules;

import dev.tact.core.Span;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offsets of any text map back inside the original text without splitting a surrogate pair. */
class TextViewProperties {
  static final Locale[] LOCALES = {
    Locale.ENGLISH, Locale.JAPANESE, Locale.GERMAN, Locale.CHINESE, Locale.forLanguageTag("th"), Locale.ROOT
  };

  @Property(tries = 1000)
  void everyNormalizedRangeMapsInsideTheOriginal(@ForAll("texts") String text, @ForAll("locales") Locale locale,
      @ForAll("fractions") double a, @ForAll("fractions") double b) {
    TextView view = TextView.of(text, locale);
    int n = view.normalized().length();
    int start = (int) (Math.min(a, b) * n);
    int end = (int) (Math.max(a, b) * n);
    Span span = view.toOriginal(start, end);
    check(text, span);
    if (start < end && span.isEmpty()) {
      throw new AssertionError("a non-empty range [" + start + ", " + end + ") mapped to nothing in " + escape(text));
    }
    for (int i = 0; i < n; i++) {
      check(text, view.toOriginal(i, i + 1));
      view.isQuoted(i, i + 1);
      view.isLineBreak(i);
    }
    view.isQuoted(start, end);
    for (int i = 0; i <= n; i++) {
      view.isWordBoundary(i);
      view.wordEndingAfter(i);
      view.wordStartingBefore(i);
    }
    for (Span word : view.words()) {
      check(text, word);
    }
  }

  /** Quotation marks as they read in normalized text: the symmetric two, then the directional ones. */
  private static final String MARKS = "'\"«»‹›「」『』";

  @Property(tries = 500)
  void quotationsLieBetweenMarksAndStraightOnesOnOneLine(@ForAll("quotedTexts") String text, @ForAll("locales") Locale locale) {
    TextView view = TextView.of(text, locale);
    String normalized = view.normalized();
    int n = normalized.length();
    boolean hasDirectional = false;
    for (int i = 0; i < n; i++) {
      hasDirectional |= MARKS.indexOf(normalized.charAt(i)) >= 2;
    }
    for (int i = 0; i < n; i++) {
      if (!view.isQuoted(i, i + 1)) {
        continue;
      }
      int end = i;
      while (end < n && view.isQuoted(end, end + 1)) {
        end++;
      }
      if (i == 0 || end == n || MARKS.indexOf(normalized.charAt(i - 1)) < 0
          || MARKS.indexOf(normalized.charAt(end)) < 0) {
        throw new AssertionError("the quoted run [" + i + ", " + end + ") is not between marks in "
            + escape(text));
      }
      if (!view.isQuoted(i, end) || view.isQuoted(i - 1, end) || view.isQuoted(i, end + 1)) {
        throw new AssertionError("isQuoted disagrees with the run [" + i + ", " + end + ") in "
            + escape(text));
      }
      if (!hasDirectional) {
        for (int j = i; j < end; j++) {
          if (view.isLineBreak(j)) {
            throw new AssertionError("a straight quotation spans the line break at " + j + " in "
                + escape(text));
          }
        }
      }
      i = end;
    }
  }

  @Provide
  Arbitrary<String> quotedTexts() {
    return Arbitraries.strings()
        .withChars("aB1 '\"«»‹›「」『』‘’.?!。\n\r")
        .ofMaxLength(40);
  }

  @Property(tries = 300)
  void mappedRangesGrowWithTheirNormalizedRange(@ForAll("texts") String text) {
    TextView view = TextView.of(text, Locale.ENGLISH);
    int n = view.normalized().length();
    int previousStart = 0;
    for (int i = 0; i < n; i++) {
      Span span = view.toOriginal(i, i + 1);
      if (span.start() < previousStart) {
        throw new AssertionError("offsets go backwards at " + i + " in " + escape(text));
      }
      previousStart = span.start();
    }
  }

  private static void check(String text, Span span) {
    if (span.end() > text.length()) {
      throw new AssertionError(span + " is outside " + escape(text));
    }
    if (splitsPair(text, span.start()) || splitsPair(text, span.end())) {
      throw new AssertionError(span + " splits a surrogate pair of " + escape(text));
    }
  }

  static boolean splitsPair(String text, int i) {
    return i > 0 && i < text.length()
        && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i));
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(LOCALES);
  }

  @Provide
  Arbitrary<Double> fractions() {
    return Arbitraries.doubles().between(0, 1);
  }

  /** Texts that mix the hard cases: any char, surrogates alone and in pairs, marks, widths, scripts. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(6),
        Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf),
        Arbitraries.chars().range('\u0300', '\u036f').map(String::valueOf),
        Arbitraries.of("😂", "👍🏽", "👨‍👩‍👧", "🇯🇵", "ﬁ", "ß", "İ", "ﾊﾟ", "ＪＵＳＴ", "e\u0301", "\r\n", " \u3000 ",
            "’", "“", "\u00ad", "\u200b", "東京都", "するだけ", "just click", "ก่อน", "\u0000", "\u0085", "…"));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }
}

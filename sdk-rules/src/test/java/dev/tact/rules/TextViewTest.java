package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextViewTest {
  /** The original text behind the first occurrence of {@code needle} in the normalized text. */
  private static String original(TextView view, String needle) {
    int at = view.normalized().indexOf(needle);
    assertTrue(at >= 0, "'" + needle + "' not in '" + view.normalized() + "'");
    return view.toOriginal(at, at + needle.length()).in(view.original());
  }

  @Test
  void foldsCaseWidthQuotesAndSpaces() {
    TextView view = TextView.of("Please JUST  click\t“Reset”,\r\nit’s ＦＲＥＥ", Locale.ENGLISH);
    assertEquals("please just click \"reset\", it's free", view.normalized());
    assertEquals("JUST  click", original(view, "just click"));
    assertEquals("“Reset”", original(view, "\"reset\""));
    assertEquals("it’s", original(view, "it's"));
    assertEquals("ＦＲＥＥ", original(view, "free"));
  }

  @Test
  void aLineBreakRunMapsToTheWholeRun() {
    TextView view = TextView.of("one\r\n\r\ntwo", Locale.ENGLISH);
    assertEquals("one two", view.normalized());
    assertEquals(new Span(3, 7), view.toOriginal(3, 4));
    assertEquals("one\r\n\r\ntwo", original(view, "one two"));
  }

  @Test
  void emojiAndSurrogatePairsAreNeverSplit() {
    TextView view = TextView.of("ok 👍🏽 done 😂", Locale.ENGLISH);
    String normalized = view.normalized();
    int thumb = normalized.indexOf("\ud83d\udc4d");
    // Asking for half of the pair still maps to the whole code point.
    assertEquals("👍", view.toOriginal(thumb, thumb + 1).in(view.original()));
    assertEquals("done", original(view, "done"));
    assertEquals("😂", original(view, "😂"));
  }

  @Test
  void combiningMarksStayWithTheirBase() {
    String decomposed = "cafe\u0301 ok";
    TextView view = TextView.of(decomposed, Locale.FRENCH);
    assertEquals("café ok", view.normalized(), "NFKC composes e + U+0301");
    assertEquals("e\u0301", original(view, "é"));
    assertEquals("cafe\u0301", original(view, "café"));
  }

  @Test
  void expansionsMapEveryPartToTheSource() {
    TextView view = TextView.of("Straße ﬁx", Locale.GERMAN);
    assertEquals("strasse fix", view.normalized());
    assertEquals("ß", original(view, "ss"));
    int ss = view.normalized().indexOf("ss");
    assertEquals("ß", view.toOriginal(ss + 1, ss + 2).in(view.original()), "each half of 'ss' maps to ß");
    assertEquals("ﬁx", original(view, "fix"));
  }

  @Test
  void halfWidthKatakanaFoldToFullWidth() {
    TextView view = TextView.of("ﾊﾟｽﾜｰﾄﾞを入力", Locale.JAPANESE);
    assertEquals("パスワードを入力", view.normalized());
    assertEquals("ﾊﾟ", original(view, "パ"));
    assertEquals("ﾊﾟｽﾜｰﾄﾞ", original(view, "パスワード"));
  }

  @Test
  void ignorableCharactersVanishButOffsetsHold() {
    TextView view = TextView.of("ju\u00adst cl\u200bick", Locale.ENGLISH);
    assertEquals("just click", view.normalized());
    assertEquals("ju\u00adst cl\u200bick", original(view, "just click"));
  }

  @Test
  void wordBoundariesInLanguagesWithSpaces() {
    TextView view = TextView.of("just-in-time isn't clickable", Locale.ENGLISH);
    String text = view.normalized();
    assertTrue(view.isWordBoundary(0));
    assertFalse(view.isWordBoundary(2));
    assertTrue(view.isWordBoundary(4), "between 'just' and '-'");
    assertTrue(view.isWordBoundary(text.length()));
    int clickable = text.indexOf("clickable");
    assertFalse(view.isWordBoundary(clickable + 5), "inside 'clickable'");
    assertEquals(text.indexOf("isn't") + 5, view.wordEndingAfter(text.indexOf("isn't")));
    assertEquals(clickable, view.wordStartingBefore(text.length()));
  }

  @Test
  void scriptChangesAreBoundaries() {
    TextView view = TextView.of("clickして", Locale.ENGLISH);
    assertTrue(view.isWordBoundary(5));
  }

  @Test
  void japaneseWordsComeFromTheDictionary() {
    TextView view = TextView.of("東京都に住んでいます。", Locale.JAPANESE);
    assertFalse(view.usesSpaces());
    List<String> words = new ArrayList<>();
    for (Span span : view.words()) {
      words.add(span.in(view.original()));
    }
    assertTrue(words.contains("東京"), words.toString());
    assertFalse(words.contains("。"), "punctuation is not a word: " + words);
    assertTrue(view.isWordBoundary(view.normalized().indexOf("に")));
  }

  @Test
  void emptyAndOutOfRange() {
    TextView view = TextView.of("", Locale.ENGLISH);
    assertEquals("", view.normalized());
    assertEquals(new Span(0, 0), view.toOriginal(0, 0));
    assertTrue(view.isWordBoundary(0));
    assertEquals(List.of(), view.words());
    assertThrows(IndexOutOfBoundsException.class, () -> view.toOriginal(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> view.isWordBoundary(1));
  }

  @Test
  void loneSurrogatesAndControlsPassThrough() {
    TextView view = TextView.of("a\ud800b\u0000c\udc00", Locale.ENGLISH);
    assertEquals("a\ud800b\u0000c\udc00", view.normalized());
    assertEquals(new Span(1, 2), view.toOriginal(1, 2));
  }
}

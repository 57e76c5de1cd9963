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

  /** The original texts of the maximal quoted runs of {@code text}, in order. */
  private static List<String> quoted(String text, Locale locale) {
    TextView view = TextView.of(text, locale);
    List<String> runs = new ArrayList<>();
    int n = view.normalized().length();
    int i = 0;
    while (i < n) {
      if (!view.isQuoted(i, i + 1)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && view.isQuoted(i, i + 1)) {
        i++;
      }
      runs.add(view.toOriginal(start, i).in(text));
    }
    return runs;
  }

  @Test
  void quotationsInEveryLanguage() {
    assertEquals(List.of("just reinstall it"),
        quoted("You said the agent told you to 'just reinstall it', sorry.", Locale.ENGLISH));
    assertEquals(List.of("Reset password"), quoted("Tap “Reset password” to start.", Locale.ENGLISH));
    assertEquals(List.of("Kannst du das reparieren?"),
        quoted("Sie schrieben „Kannst du das reparieren?“ – ja.", Locale.GERMAN));
    assertEquals(List.of("Konto"), quoted("Tippen Sie auf ‚Konto‘, dann auf Speichern.", Locale.GERMAN));
    assertEquals(List.of(" Tu peux pas faire mieux ? "),
        quoted("« Tu peux pas faire mieux ? » : vous avez raison.", Locale.FRENCH));
    assertEquals(List.of("¿Hice algo mal?"),
        quoted("Nos preguntaste «¿Hice algo mal?» y no, no hiciste nada mal.", Locale.forLanguageTag("es")));
    assertEquals(List.of("vocês me cansaram"),
        quoted("Você escreveu “vocês me cansaram” e tem razão.", Locale.forLanguageTag("pt")));
    assertEquals(List.of("まだ直らないの？何度も試した"),
        quoted("「まだ直らないの？何度も試した」とのこと、大変申し訳ございません。", Locale.JAPANESE));
    assertEquals(List.of("有人チャット"), quoted("『有人チャット』と入力してください。", Locale.JAPANESE));
  }

  @Test
  void nestedQuotationsAreOneQuotedRun() {
    assertEquals(List.of("He said 'just click' twice"),
        quoted("You wrote \"He said 'just click' twice\".", Locale.ENGLISH));
    assertEquals(List.of("設定の『通知』を開いて"), quoted("「設定の『通知』を開いて」とのことです。", Locale.JAPANESE));
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertEquals(List.of(), quoted("Don't worry, it's the customer's order from the '90s.", Locale.ENGLISH));
    assertEquals(List.of(), quoted("L'équipe t'écrit aujourd'hui.", Locale.FRENCH));
    assertEquals(List.of(), quoted("Geht's dir gut? Gibt's Neues?", Locale.GERMAN));
    assertEquals(List.of(), quoted("The customers' orders and the drivers' routes.", Locale.ENGLISH));
    assertEquals(List.of("Cancel"), quoted("Tap 'Cancel' on the customers' orders page.", Locale.ENGLISH));
  }

  @Test
  void unpairedMarksQuoteNothing() {
    assertEquals(List.of(), quoted("He said 'no. Then it worked.", Locale.ENGLISH));
    assertEquals(List.of(), quoted("Go to Settings » Account » Privacy.", Locale.ENGLISH));
    assertEquals(List.of(), quoted("A 27\" screen. Another \"one.", Locale.ENGLISH));
    assertEquals(List.of(), quoted("\"Open Settings\nthen\" it works", Locale.ENGLISH),
        "a line break ends a straight quote");
    assertEquals(List.of("設定を開いて\nください"), quoted("「設定を開いて\nください」", Locale.JAPANESE),
        "but not a directional one");
    assertEquals(List.of(), quoted("He said \"it broke. It works now\" today.", Locale.ENGLISH),
        "symmetric marks pair within a sentence");
  }

  @Test
  void isQuotedChecksItsRange() {
    TextView view = TextView.of("a 'b' c", Locale.ENGLISH);
    assertTrue(view.isQuoted(3, 4));
    assertFalse(view.isQuoted(2, 4), "the mark itself is not quoted");
    assertFalse(view.isQuoted(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> view.isQuoted(3, 8));
    assertThrows(IndexOutOfBoundsException.class, () -> view.isQuoted(-1, 2));
  }

  @Test
  void lineBreaksAreSpacesThatHeldOne() {
    TextView view = TextView.of("one\r\ntwo three\u2028four", Locale.ENGLISH);
    assertEquals("one two three four", view.normalized());
    assertTrue(view.isLineBreak(3));
    assertFalse(view.isLineBreak(7));
    assertTrue(view.isLineBreak(13));
    assertFalse(view.isLineBreak(0));
    assertThrows(IndexOutOfBoundsException.class, () -> view.isLineBreak(18));
  }
}

package dev.tact.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserTextTest {
  private static final Locale ARABIC = Locale.forLanguageTag("ar-EG");
  private static final Locale HEBREW = Locale.forLanguageTag("he");

  @Test
  void cleanTextComesBackAsTheSameInstance() {
    for (String name : new String[] {"Bob", "山田太郎", "Müller", "محمد", "דנה", "José\u0301", "👩\u200D👩\u200D👧 🇯🇵 👍🏾"}) {
      assertSame(name, UserText.clean(name));
    }
  }

  @Test
  void controlCharactersAreRemovedButTabAndLineFeedStay() {
    assertEquals("Bob\tSmith\nLine", UserText.clean("B\u0000ob\u0007\tSmith\u001B[31m\nLine".replace("[31m", "")));
    assertEquals("ab", UserText.clean("a\u007F\u0085\u009Bb"));
  }

  @Test
  void carriageReturnsBecomeLineFeeds() {
    assertEquals("one\ntwo\nthree", UserText.clean("one\r\ntwo\rthree"));
  }

  @Test
  void bidiOverridesEmbeddingsAndIsolatesAreRemoved() {
    assertEquals("invoicegpj.exe", UserText.clean("invoice\u202Egpj.exe"));
    assertEquals("abc", UserText.clean("\u202Aa\u202Bb\u202C\u202D\u2066c\u2067\u2068\u2069"));
  }

  @Test
  void directionalMarksAreKept() {
    String name = "\u200FDana 2\u200E \u061C";
    assertSame(name, UserText.clean(name));
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    assertEquals("a\uFFFDb\uFFFD", UserText.clean("a\uD800b\uDC00"));
    assertEquals("\uD83D\uDE00\uFFFD", UserText.clean("\uD83D\uDE00\uD83D"));
  }

  @Test
  void emojiSequencesAndCombiningMarksSurviveCleaning() {
    String text = "\u0007👨\u200D👩\u200D👧\u200D👦 👋🏽 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F e\u0301 क्षि";
    assertEquals(text.substring(1), UserText.clean(text));
  }

  @Test
  void rightToLeftTextIsIsolatedInAnyLocale() {
    assertEquals("\u2068דנה\u2069", UserText.isolate("דנה", Locale.ENGLISH));
    assertEquals("\u2068محمد\u2069", UserText.isolate("محمد", Locale.JAPANESE));
  }

  @Test
  void anyTextIsIsolatedInARightToLeftLocale() {
    assertEquals("\u2068Bob 42\u2069", UserText.isolate("Bob 42", ARABIC));
    assertEquals("\u2068山田\u2069", UserText.isolate("山田", HEBREW));
    assertEquals("\u2068Ali\u2069", UserText.isolate("Ali", Locale.forLanguageTag("pa-Arab")));
  }

  @Test
  void leftToRightTextInALeftToRightLocaleIsReturnedAsIs() {
    for (String text : new String[] {"Bob", "山田様", "Müller", "Зоя", "😀", ""}) {
      assertSame(text, UserText.isolate(text, Locale.ENGLISH));
      assertSame(text, UserText.isolate(text, Locale.forLanguageTag("az-Latn")));
    }
    assertSame("", UserText.isolate("", ARABIC));
  }

  @Test
  void eachLineIsIsolatedOnItsOwnBecauseALineBreakEndsAnIsolate() {
    assertEquals("\u2068שורה\u2069\n\u2068line\u2069", UserText.isolate("שורה\nline", Locale.ENGLISH));
  }

  @Test
  void aRightToLeftMarkCountsAsRightToLeftText() {
    assertEquals("\u2068\u200FBob\u2069", UserText.isolate("\u200FBob", Locale.ENGLISH));
  }
}

package dev.tact.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UserTextProperties {

  @Property(tries = 2000)
  void cleanLeavesNoRemovedCharacterAndNoLoneSurrogate(@ForAll("nasty") String raw) {
    String clean = UserText.clean(raw);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      assertFalse(UserText.isRemoved(c) || c == '\r', () -> "U+" + Integer.toHexString(c) + " left in " + clean);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < clean.length() && Character.isLowSurrogate(clean.charAt(++i)));
      } else {
        assertFalse(Character.isLowSurrogate(c));
      }
    }
  }

  @Property(tries = 2000)
  void cleanIsIdempotent(@ForAll("nasty") String raw) {
    String once = UserText.clean(raw);
    assertEquals(once, UserText.clean(once));
  }

  @Property(tries = 2000)
  void cleanKeepsEveryOtherCodePointInOrder(@ForAll("nasty") String raw) {
    StringBuilder expected = new StringBuilder();
    raw.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
      if (Character.isSurrogate((char) cp) && Character.charCount(cp) == 1) {
        expected.append('\uFFFD');
      } else if (cp >= 0x10000 || !UserText.isRemoved((char) cp)) {
        expected.appendCodePoint(cp);
      }
    });
    assertEquals(expected.toString(), UserText.clean(raw));
  }

  @Property(tries = 2000)
  void isolatedTextIsBalanced(@ForAll("nasty") String raw, @ForAll("locales") Locale locale) {
    String isolated = UserText.isolate(UserText.clean(raw), locale);
    int depth = 0;
    for (int i = 0; i < isolated.length(); i++) {
      char c = isolated.charAt(i);
      if (c == UserText.FSI) {
        depth++;
        assertEquals(1, depth, "nested isolates in " + isolated);
      } else if (c == UserText.PDI) {
        depth--;
        assertEquals(0, depth, "a PDI without its FSI in " + isolated);
      } else if (c == '\n' || c == '\u2029' || c == '\u001C' || c == '\u001D' || c == '\u001E') {
        assertEquals(0, depth, "a paragraph break inside an isolate in " + isolated);
      }
    }
    assertEquals(0, depth, "an unclosed isolate in " + isolated);
  }

  @Property(tries = 1000)
  void rightToLeftTextIsAlwaysIsolated(@ForAll("nasty") String raw) {
    String text = UserText.clean("\u05D0" + raw);
    String isolated = UserText.isolate(text, Locale.ENGLISH);
    assertEquals(UserText.FSI, isolated.charAt(0));
    assertEquals(UserText.PDI, isolated.charAt(isolated.length() - 1));
  }

  @Provide
  Arbitrary<String> nasty() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings()
            .withChars("a山דع\u0000\u0007\t\n\r\u001B\u007F\u0085\u009F\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E"
                + "\u2066\u2067\u2068\u2069\u2029\u200D\uFE0F\u0301\uD83D\uDE00\uD800\uDC00")
            .ofMaxLength(60));
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of("en", "ja", "de", "fr", "es", "pt-BR", "ar", "he", "fa", "ur", "zh-Hant", "pa-Arab")
        .map(Locale::forLanguageTag);
  }
}

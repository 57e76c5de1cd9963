package dev.tact.i18n.internal;

import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import org.jspecify.annotations.Nullable;

/**
 * Whether a name is written in an East Asian script (Han, kana, Hangul), whose names put the
 * family name first, join the parts without a space, and take an honorific without a space.
 */
public final class NameScript {
  private NameScript() {}

  /**
   * True when at least one part is given and every part given holds Han, kana or Hangul letters:
   * "田中" and "由紀" are, "田中" and "Yuki" are not.
   */
  public static boolean isEastAsian(@Nullable String given, @Nullable String family) {
    if (given == null && family == null) {
      return false;
    }
    return (given == null || hasEastAsianLetter(given))
        && (family == null || hasEastAsianLetter(family));
  }

  /**
   * True when the last character of {@code name} is East Asian (a Han, kana or Hangul letter, the
   * kana length mark, or a full-width form), so that an honorific follows it without a space.
   */
  public static boolean endsEastAsian(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int last = name.codePointBefore(name.length());
    if (isEastAsianLetter(last)) {
      return true;
    }
    UnicodeBlock block = UnicodeBlock.of(last);
    return block == UnicodeBlock.KATAKANA || block == UnicodeBlock.HIRAGANA
        || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
  }

  private static boolean hasEastAsianLetter(String text) {
    return text.codePoints().anyMatch(NameScript::isEastAsianLetter);
  }

  private static boolean isEastAsianLetter(int codePoint) {
    UnicodeScript script = UnicodeScript.of(codePoint);
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
  }
}

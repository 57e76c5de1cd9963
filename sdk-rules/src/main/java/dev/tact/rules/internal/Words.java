package dev.tact.rules.internal;

import com.ibm.icu.lang.UScript;
import java.util.Set;

/** Character classes for word boundaries in languages written with spaces between words. */
public final class Words {
  /** Languages whose words are not separated by spaces: boundaries come from ICU's dictionaries. */
  private static final Set<String> UNSPACED = Set.of("ja", "zh", "th", "lo", "km", "my", "bo");

  private Words() {}

  /** Whether {@code language} (an ISO 639 code) separates its words with spaces. */
  public static boolean usesSpaces(String language) {
    return !UNSPACED.contains(language);
  }

  /** Whether the code point is part of a word: a letter, a digit, a combining mark or '_'. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Whether index {@code i} of {@code text} is a word boundary in a spaced language: the start or
   * end of the text, a change between word and non-word characters, or a change of script between
   * two letters (so that "clickして" has a boundary between the Latin and the Japanese part).
   */
  public static boolean isBoundary(CharSequence text, int i) {
    if (i <= 0 || i >= text.length()) {
      return true;
    }
    int before = Character.codePointBefore(text, i);
    int after = Character.codePointAt(text, i);
    boolean wordBefore = isWordChar(before);
    boolean wordAfter = isWordChar(after);
    if (wordBefore != wordAfter) {
      return true;
    }
    if (!wordBefore) {
      return true;
    }
    if (before < 0x80 && after < 0x80) {
      return false;
    }
    int scriptBefore = UScript.getScript(before);
    int scriptAfter = UScript.getScript(after);
    return scriptBefore != scriptAfter
        && isRealScript(scriptBefore)
        && isRealScript(scriptAfter)
        && !(isJapanese(scriptBefore) && isJapanese(scriptAfter));
  }

  private static boolean isRealScript(int script) {
    return script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN;
  }

  private static boolean isJapanese(int script) {
    return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
  }

  /**
   * The end of the word that starts at {@code i} in a spaced language, or {@code i} if no word
   * starts there. A word is a run of word characters, with single apostrophes or hyphens inside
   * ("don't", "log-in").
   */
  public static int wordEnd(CharSequence text, int i) {
    int n = text.length();
    int j = i;
    while (j < n) {
      int cp = Character.codePointAt(text, j);
      if (isWordChar(cp)) {
        j += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '-') && j > i && j + 1 < n
          && isWordChar(Character.codePointAt(text, j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** The start of the word that ends at {@code i} in a spaced language, or {@code i} if none does. */
  public static int wordStart(CharSequence text, int i) {
    int j = i;
    while (j > 0) {
      int cp = Character.codePointBefore(text, j);
      if (isWordChar(cp)) {
        j -= Character.charCount(cp);
      } else if ((cp == '\'' || cp == '-') && j < i && j - 1 > 0
          && isWordChar(Character.codePointBefore(text, j - 1))) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }
}

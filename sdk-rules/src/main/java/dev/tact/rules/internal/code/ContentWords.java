package dev.tact.rules.internal.code;

import com.ibm.icu.lang.UScript;
import dev.tact.rules.internal.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of a normalized text, for telling whether a reply mentions anything the
 * customer wrote. In languages with spaces: words of three letters or more that are not on the
 * language's stop list, and numbers of three digits or more; words of three letters must be equal,
 * longer words are the same when they share their first five letters (their first four when one has
 * only four), so "refund" meets "refunded", "card" meets "cards" and "app" meets "app". In
 * Japanese and Chinese: pairs of adjacent kanji (「返金」「配送」), katakana words of two
 * characters or more (「アプリ」), and Latin words and numbers as above.
 */
final class ContentWords {
  private final List<String> words = new ArrayList<>();
  private final Set<String> exact = new HashSet<>();
  private final Set<String> firstFive = new HashSet<>();
  private final Set<String> fourLetter = new HashSet<>();
  private final Set<String> firstFour = new HashSet<>();

  private ContentWords() {}

  /** The content words of {@code text} (normalized), leaving out the words in {@code stop}. */
  static ContentWords of(String text, boolean spaced, Set<String> stop) {
    ContentWords result = new ContentWords();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!spaced && isHan(cp)) {
        int next = i + Character.charCount(cp);
        if (next < n && isHan(text.codePointAt(next))) {
          String pair = text.substring(i, next + Character.charCount(text.codePointAt(next)));
          if (!stop.contains(pair)) {
            result.addExact(pair);
          }
        }
        i = next;
      } else if (!spaced && isKatakana(cp)) {
        int end = i;
        while (end < n && isKatakana(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        String word = text.substring(i, end);
        if (word.codePointCount(0, word.length()) >= 2 && !stop.contains(word)) {
          result.addExact(word);
        }
        i = end;
      } else if (Words.isWordChar(cp) && (spaced || cp < 0x250)) {
        int end = spaced ? Words.wordEnd(text, i) : latinEnd(text, i);
        result.addWord(text.substring(i, Math.max(end, i + Character.charCount(cp))), stop);
        i = Math.max(end, i + Character.charCount(cp));
      } else {
        i += Character.charCount(cp);
      }
    }
    return result;
  }

  /** Whether the text had no content word. */
  boolean isEmpty() {
    return words.isEmpty();
  }

  /** Whether some content word of this text is also one of {@code other}'s. */
  boolean sharesWith(ContentWords other) {
    for (String word : words) {
      if (other.exact.contains(word)) {
        return true;
      }
      if (word.length() >= 5) {
        if (other.firstFive.contains(word.substring(0, 5))
            || other.fourLetter.contains(word.substring(0, 4))) {
          return true;
        }
      } else if (word.length() == 4
          && (other.fourLetter.contains(word) || other.firstFour.contains(word))) {
        return true;
      }
    }
    return false;
  }

  private void addExact(String word) {
    words.add(word);
    exact.add(word);
  }

  private void addWord(String word, Set<String> stop) {
    boolean digits = false;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        digits = true;
        break;
      }
    }
    if (digits) {
      if (word.length() >= 3) {
        addExact(word);
      }
      return;
    }
    if (word.length() < 3 || stop.contains(word)) {
      return;
    }
    if (word.length() == 3) {
      addExact(word);
      return;
    }
    words.add(word);
    if (word.length() == 4) {
      fourLetter.add(word);
    } else {
      firstFive.add(word.substring(0, 5));
      firstFour.add(word.substring(0, 4));
    }
  }

  private static int latinEnd(String text, int i) {
    int j = i;
    while (j < text.length() && text.charAt(j) < 0x250 && Words.isWordChar(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isHan(int cp) {
    return UScript.getScript(cp) == UScript.HAN;
  }

  private static boolean isKatakana(int cp) {
    return UScript.getScript(cp) == UScript.KATAKANA || cp == 'ー';
  }
}

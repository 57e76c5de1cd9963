package dev.tact.cli.internal;

import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A customer's name written as one string, split into given and family name the way the name's
 * script orders them, for the {@code customer.name} field of {@code tact render --jsonl}.
 *
 * <ul>
 *   <li>A name with Han, kana or Hangul letters puts the family name first: "田中 由紀" is family
 *       田中, given 由紀 (a full-width space separates as well); a name with no space, "田中由紀",
 *       cannot be split safely and is all family name, which is what Japanese and Korean replies
 *       address ("田中由紀様").
 *   <li>Any other name puts the given name first. One word is a given name ("Sam"). With more
 *       words, the family name is the last word ("Maria Müller", "Mary Ann Smith" → Smith), or
 *       starts at the first word after the first that begins in lower case, a particle such as
 *       "van", "de" or "da" ("Ludwig van Beethoven" → van Beethoven, "João da Silva" → da Silva).
 * </ul>
 *
 * <p>Names that do not follow these rules (Spanish double surnames, Hungarian order in Latin
 * letters, mononyms) should be sent as {@code givenName} and {@code familyName} instead.
 *
 * <pre>{@code
 * NameParts.split("Maria Müller");   // NameParts[given=Maria, family=Müller]
 * NameParts.split("田中由紀");        // NameParts[given=null, family=田中由紀]
 * }</pre>
 *
 * @param given the given name, or null when the name has none
 * @param family the family name, or null when the name has none
 */
record NameParts(@Nullable String given, @Nullable String family) {
  /** Unicode white space, the full-width space included. */
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Splits {@code name}; a blank name has neither part. */
  static NameParts split(String name) {
    String[] words = Arrays.stream(SPACES.split(name.strip()))
        .filter(word -> !word.isEmpty())
        .toArray(String[]::new);
    if (words.length == 0) {
      return new NameParts(null, null);
    }
    if (isEastAsian(name)) {
      return words.length == 1
          ? new NameParts(null, words[0])
          : new NameParts(join(words, 1, words.length), words[0]);
    }
    if (words.length == 1) {
      return new NameParts(words[0], null);
    }
    int family = words.length - 1;
    for (int i = 1; i < words.length - 1; i++) {
      if (Character.isLowerCase(words[i].codePointAt(0))) {
        family = i;
        break;
      }
    }
    return new NameParts(join(words, 0, family), join(words, family, words.length));
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }

  private static boolean isEastAsian(String name) {
    return name.codePoints().anyMatch(codePoint -> {
      UnicodeScript script = UnicodeScript.of(codePoint);
      return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
          || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
    });
  }
}

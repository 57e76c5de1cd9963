package dev.tact.cli.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Reads BCP 47 language tags with messages that say what to write instead. The {@code locale}
 * fields of the JSON lines and the {@code --default-locale} option share it, so both say the same
 * thing about the same mistake.
 */
final class LocaleTags {
  private LocaleTags() {}

  /**
   * A well-formed BCP 47 tag with a two- or three-letter language, such as {@code en}, {@code ja-JP}
   * or {@code pt-BR}.
   *
   * @throws IllegalArgumentException naming the value and an example
   */
  static Locale locale(String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(TimeValues.quote(tag)
          + " is not a BCP 47 language tag; write it like en, ja or pt-BR");
    }
    String language = locale.getLanguage();
    if (language.isEmpty()) {
      throw new IllegalArgumentException(TimeValues.quote(tag)
          + " names no language; write a BCP 47 tag like en, ja or pt-BR");
    }
    if (language.length() > 3) {
      // Well-formed (BCP 47 reserves 5 to 8 letters for registered languages) but never a real one.
      throw new IllegalArgumentException(TimeValues.quote(tag)
          + " is not a BCP 47 language tag; write it like en, ja or pt-BR");
    }
    return locale;
  }
}

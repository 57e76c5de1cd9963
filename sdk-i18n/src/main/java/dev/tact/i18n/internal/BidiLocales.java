package dev.tact.i18n.internal;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a locale writes right to left, answered from a table computed once from ICU's locale
 * data (the likely script of each language), so that a render does not look up likely subtags.
 */
public final class BidiLocales {
  private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = rightToLeftLanguages();

  private BidiLocales() {}

  /**
   * Whether {@code locale}'s script is right-to-left: its explicit script if it has one
   * ({@code pa-Arab} yes, {@code az-Latn} no), else its language's likely script ({@code ar},
   * {@code he}, {@code fa}, {@code ur} yes; {@code en}, {@code ja} no).
   */
  public static boolean isRightToLeft(Locale locale) {
    String script = locale.getScript();
    if (!script.isEmpty()) {
      int code = UScript.getCodeFromName(script);
      return code != UScript.INVALID_CODE && UScript.isRightToLeft(code);
    }
    String language = locale.getLanguage();
    return !language.isEmpty() && RIGHT_TO_LEFT_LANGUAGES.contains(language);
  }

  private static Set<String> rightToLeftLanguages() {
    Set<String> languages = new HashSet<>();
    for (ULocale available : ULocale.getAvailableLocales()) {
      String language = available.getLanguage();
      if (!language.isEmpty() && new ULocale(language).isRightToLeft()) {
        languages.add(language);
      }
    }
    languages.add("iw"); // the old code for Hebrew, which java.util.Locale may still produce
    return Set.copyOf(languages);
  }
}

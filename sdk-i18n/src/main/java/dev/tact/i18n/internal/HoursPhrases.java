package dev.tact.i18n.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Formality;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of hours phrases in one language: ICU MessageFormat patterns with named arguments,
 * read from {@code dev/tact/i18n/hours/<language>.json} on the classpath. {@code root.json} holds
 * language-neutral marks for the weekly hours of languages without a file of their own.
 *
 * <p>A key may have a {@code .casual} variant, used for {@link Formality#CASUAL} ("du", "tu");
 * FORMAL and NEUTRAL read the key itself. Patterns are checked when the file is read; each call
 * formats with a fresh {@link MessageFormat}, since ICU formatters are not thread-safe.
 */
public final class HoursPhrases {
  /** The languages with phrase files. */
  public static final List<String> LANGUAGES = List.of("en", "ja", "de", "fr", "es", "pt");

  /** The keys of the weekly hours, in every file including {@code root.json}. */
  public static final List<String> WEEKLY_KEYS = List.of(
      "days.range", "days.separator", "rows.separator", "row", "times.separator",
      "time.nextDay", "time.allDay", "closed", "week.alwaysOpen", "week.neverOpen");

  /** The keys of the next opening and the reply time, in every language file. */
  public static final List<String> SENTENCE_KEYS = List.of(
      "day.weekday", "day.date", "when",
      "opening.now.phrase", "opening.now.sentence", "opening.next.phrase", "opening.next.sentence",
      "opening.never.phrase", "opening.never.sentence",
      "reply.within.phrase", "reply.within.sentence", "reply.by.phrase", "reply.by.sentence",
      "reply.unknown.phrase", "reply.unknown.sentence");

  private static final String CASUAL = ".casual";

  private final String resource;
  private final ULocale locale;
  private final Map<String, String> patterns;

  private HoursPhrases(String resource, Locale locale, Map<String, String> patterns) {
    this.resource = resource;
    this.locale = ULocale.forLocale(locale);
    this.patterns = Map.copyOf(patterns);
  }

  /**
   * The phrases of one of {@link #LANGUAGES}, formatting numbers and plurals for {@code locale}.
   *
   * @throws IllegalStateException if the file is missing or broken (a packaging defect)
   */
  public static HoursPhrases language(String language, Locale locale) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "no hours phrases for '" + language + "'; use one of " + LANGUAGES);
    }
    List<String> keys = new ArrayList<>(WEEKLY_KEYS);
    keys.addAll(SENTENCE_KEYS);
    return read(language, locale, keys);
  }

  /** The language-neutral marks for the weekly hours of any other locale. */
  public static HoursPhrases root(Locale locale) {
    return read("root", locale, WEEKLY_KEYS);
  }

  /**
   * The pattern of {@code key} formatted with {@code arguments}.
   *
   * @throws IllegalArgumentException if the file has no such key
   */
  public String format(String key, Formality formality, Map<String, Object> arguments) {
    String pattern = formality == Formality.CASUAL && patterns.containsKey(key + CASUAL)
        ? patterns.get(key + CASUAL)
        : patterns.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException(resource + " has no phrase '" + key + "'");
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /** The pattern of {@code key} without arguments. */
  public String text(String key, Formality formality) {
    return format(key, formality, Map.of());
  }

  private static HoursPhrases read(String name, Locale locale, List<String> required) {
    String resource = "dev/tact/i18n/hours/" + name + ".json";
    Map<String, String> patterns;
    try (InputStream in = HoursPhrases.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath; the sdk-i18n jar is incomplete");
      }
      ObjectMapper mapper = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
      patterns = mapper.readValue(in, new TypeReference<Map<String, String>>() {});
    } catch (IOException e) {
      throw new IllegalStateException(resource + " is not a JSON object of strings: " + e.getMessage(), e);
    }
    Set<String> missing = new TreeSet<>(required);
    missing.removeAll(patterns.keySet());
    Set<String> unknown = new TreeSet<>();
    for (String key : patterns.keySet()) {
      String base = key.endsWith(CASUAL) ? key.substring(0, key.length() - CASUAL.length()) : key;
      if (!required.contains(base)) {
        unknown.add(key);
      }
    }
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalStateException(resource + ": missing phrases " + missing + ", unknown phrases " + unknown
          + "; a phrase file has exactly the keys " + required + " (each may add a '.casual' variant)");
    }
    patterns.forEach((key, pattern) -> {
      try {
        new MessageFormat(pattern, ULocale.forLocale(locale));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(resource + ": '" + key + "' is not an ICU MessageFormat pattern: "
            + e.getMessage(), e);
      }
    });
    return new HoursPhrases(resource, locale, patterns);
  }
}

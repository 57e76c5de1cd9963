package dev.tact.i18n;

import dev.tact.core.Formality;
import dev.tact.i18n.internal.GreetingDayPeriods;
import dev.tact.i18n.internal.GreetingResources;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A greeting that fits the customer's language, formality and <em>local</em> time of day.
 *
 * <p>The hours at which a greeting changes are not written anywhere in Tact: they are the CLDR
 * day periods of the locale as ICU4J ships them (the periods behind the flexible day-period
 * pattern {@code B}), read once when the greeting is built. Tact's data only says which phrase
 * each day period gets ({@link Phrases}). With the built-in data:
 *
 * <pre>
 * en  06–12 Good morning · 12–18 Good afternoon · 18–21 Good evening · 21–06 Hello    (casual: Hi)
 * ja  04–12 おはようございます · 12–19 こんにちは · 19–04 こんばんは          (casual: おはよう …)
 * de  05–10 Guten Morgen · 10–18 Guten Tag · 18–24 Guten Abend · 00–05 Guten Tag (neutral: Hallo)
 * fr  04–18 Bonjour · 18–04 Bonsoir                                          (casual: Salut)
 * es  06–12 Buenos días · 12–20 Buenas tardes · 20–06 Buenas noches
 * pt  06–12 Bom dia · 12–19 Boa tarde · 19–06 Boa noite
 * </pre>
 *
 * <p>Farewells ("Good night", "Gute Nacht", "Bonne nuit") are never used. Where a language has no
 * greeting for the small hours, the time-free greeting is used ({@link Phrases#anyTime}); the
 * built-in data files under {@code dev/tact/i18n/greetings/} explain each choice. When the zone is
 * unknown the time-free greeting is used too, so that a greeting is never wrong. A locale is looked
 * up as language and region, then language; a locale with no phrases gets the time-free greeting
 * of the fallback locale (English unless {@link Builder#fallbackLocale} says otherwise).
 *
 * <pre>{@code
 * Greeting greeting = Greeting.builtIn();
 * greeting.text(Locale.JAPANESE, Formality.FORMAL, ZoneId.of("Asia/Tokyo"),
 *     Instant.parse("2025-01-15T23:30:00Z"));            // "おはようございます" (08:30 in Tokyo)
 * greeting.text(Locale.GERMAN, Formality.FORMAL, null, now); // "Guten Tag"
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #text} allocates nothing.
 */
public final class Greeting {
  private static final int HOURS = 24;

  /** A CLDR day period that a locale may use; the names are CLDR's. */
  public enum DayPeriod {
    /** CLDR {@code morning1}. */
    MORNING1,
    /** CLDR {@code morning2}, a second morning period such as the German "Vormittag". */
    MORNING2,
    /** CLDR {@code afternoon1}. */
    AFTERNOON1,
    /** CLDR {@code afternoon2}. */
    AFTERNOON2,
    /** CLDR {@code evening1}. */
    EVENING1,
    /** CLDR {@code evening2}. */
    EVENING2,
    /** CLDR {@code night1}. */
    NIGHT1,
    /** CLDR {@code night2}, such as the Japanese "夜中". */
    NIGHT2;

    /** The CLDR name, such as {@code morning1}. */
    public String cldrName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Map<Locale, Table> byLanguageAndRegion;
  private final Map<String, Table> byLanguage;
  private final Table fallback;

  private Greeting(Map<Locale, Table> byLanguageAndRegion, Map<String, Table> byLanguage,
      Table fallback) {
    this.byLanguageAndRegion = byLanguageAndRegion;
    this.byLanguage = byLanguage;
    this.fallback = fallback;
  }

  /** The built-in greetings for every supported locale: en, ja, de, fr, es, pt. */
  public static Greeting builtIn() {
    return BuiltIn.GREETING;
  }

  /**
   * A builder that starts with the built-in greetings, to which a vendor may add locales or
   * replace them.
   *
   * <pre>{@code
   * Greeting greeting = Greeting.builder()
   *     .put(Locale.ITALIAN, Greeting.Phrases.builder()
   *         .anyTime("Salve").anyTime(Formality.CASUAL, "Ciao")
   *         .at(Greeting.DayPeriod.MORNING1, "Buongiorno")
   *         .at(Greeting.DayPeriod.AFTERNOON1, "Buon pomeriggio")
   *         .at(Greeting.DayPeriod.EVENING1, "Buonasera")
   *         .at(Greeting.DayPeriod.NIGHT1, "Salve")
   *         .build())
   *     .build();
   * }</pre>
   */
  public static Builder builder() {
    Builder builder = new Builder();
    GreetingResources.builtIn().forEach(builder::put);
    return builder;
  }

  /**
   * The greeting for a customer whose clock reads {@code now} in {@code zone}; a neutral greeting
   * when the zone is unknown.
   */
  public String text(Locale locale, Formality formality, @Nullable ZoneId zone, Instant now) {
    Objects.requireNonNull(now, "now");
    Table table = find(byLanguageAndRegion, byLanguage, locale);
    if (table == null) {
      return fallback.anyTime[formality.ordinal()];
    }
    if (zone == null) {
      return table.anyTime[formality.ordinal()];
    }
    return table.byHour[formality.ordinal()][localHour(zone, now)];
  }

  private static @Nullable Table find(Map<Locale, Table> byLanguageAndRegion,
      Map<String, Table> byLanguage, Locale locale) {
    if (!byLanguageAndRegion.isEmpty() && !locale.getCountry().isEmpty()) {
      Table regional = byLanguageAndRegion.get(locale);
      if (regional == null && hasMoreThanLanguageAndRegion(locale)) {
        Locale key = key(locale);
        regional = key == null ? null : byLanguageAndRegion.get(key);
      }
      if (regional != null) {
        return regional;
      }
    }
    return byLanguage.get(locale.getLanguage());
  }

  private static int localHour(ZoneId zone, Instant now) {
    long local = now.getEpochSecond() + zone.getRules().getOffset(now).getTotalSeconds();
    return (int) (Math.floorMod(local, 86_400L) / 3_600L);
  }

  private static boolean hasMoreThanLanguageAndRegion(Locale locale) {
    return !locale.getScript().isEmpty() || !locale.getVariant().isEmpty() || locale.hasExtensions();
  }

  /** The language and region of {@code locale}, or null when they are not well-formed. */
  private static @Nullable Locale key(Locale locale) {
    try {
      return new Locale.Builder().setLanguage(locale.getLanguage()).setRegion(locale.getCountry())
          .build();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private static Locale checkedKey(Locale locale) {
    Locale key = key(locale);
    if (key == null || locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("expected a locale with a well-formed language and "
          + "optional region, such as de or de-AT, got '" + locale + "'");
    }
    return key;
  }

  /** The phrases of one locale, compiled to one greeting per formality and local hour. */
  private static final class Table {
    final String[] anyTime;
    final String[][] byHour;

    Table(Phrases phrases, DayPeriod @Nullable [] periodByHour) {
      Formality[] formalities = Formality.values();
      anyTime = new String[formalities.length];
      byHour = new String[formalities.length][HOURS];
      for (Formality formality : formalities) {
        anyTime[formality.ordinal()] = phrases.anyTime(formality);
        for (int hour = 0; hour < HOURS; hour++) {
          byHour[formality.ordinal()][hour] = periodByHour == null
              ? phrases.anyTime(formality)
              : phrases.at(periodByHour[hour], formality);
        }
      }
    }
  }

  /**
   * The greetings of one language: one for each CLDR day period the locale uses, and one for any
   * time of day (used when the zone is unknown, and for locales CLDR has no day periods for). Each
   * is given per {@link Formality}; a NEUTRAL phrase not given is the FORMAL one, a CASUAL phrase
   * not given is the NEUTRAL one.
   *
   * <pre>{@code
   * Greeting.Phrases english = Greeting.Phrases.builder()
   *     .anyTime("Hello").anyTime(Formality.CASUAL, "Hi")
   *     .at(Greeting.DayPeriod.MORNING1, "Good morning")
   *     .at(Greeting.DayPeriod.MORNING1, Formality.CASUAL, "Morning!")
   *     // … AFTERNOON1, EVENING1, NIGHT1
   *     .build();
   * }</pre>
   */
  public static final class Phrases {
    private final String[] anyTime;
    private final Map<DayPeriod, String[]> periods;

    private Phrases(String[] anyTime, Map<DayPeriod, String[]> periods) {
      this.anyTime = anyTime;
      this.periods = periods;
    }

    /** Starts a set of phrases. */
    public static Builder builder() {
      return new Builder();
    }

    /** The time-free greeting in this formality. */
    public String anyTime(Formality formality) {
      return anyTime[formality.ordinal()];
    }

    /**
     * The greeting for a day period in this formality.
     *
     * @throws IllegalArgumentException if these phrases have nothing for {@code period}
     */
    public String at(DayPeriod period, Formality formality) {
      String[] texts = periods.get(period);
      if (texts == null) {
        throw new IllegalArgumentException("no greeting for the day period " + period.cldrName()
            + "; these phrases cover " + periods());
      }
      return texts[formality.ordinal()];
    }

    /** The day periods these phrases have a greeting for. */
    public Set<DayPeriod> periods() {
      return Collections.unmodifiableSet(periods.keySet());
    }

    /** Builds {@link Phrases}. Not thread-safe; the phrases it builds are. */
    public static final class Builder {
      private final String[] anyTime = new String[Formality.values().length];
      private final Map<DayPeriod, String[]> periods = new EnumMap<>(DayPeriod.class);

      private Builder() {}

      /** The time-free greeting in every formality not given separately. */
      public Builder anyTime(String text) {
        return anyTime(Formality.FORMAL, text);
      }

      /** The time-free greeting in one formality. */
      public Builder anyTime(Formality formality, String text) {
        anyTime[formality.ordinal()] = checked(text, "anyTime");
        return this;
      }

      /** The greeting for a day period in every formality not given separately. */
      public Builder at(DayPeriod period, String text) {
        return at(period, Formality.FORMAL, text);
      }

      /** The greeting for a day period in one formality. */
      public Builder at(DayPeriod period, Formality formality, String text) {
        periods.computeIfAbsent(period, p -> new String[Formality.values().length])
            [formality.ordinal()] = checked(text, period.cldrName());
        return this;
      }

      /**
       * Builds the phrases.
       *
       * @throws IllegalStateException if the time-free greeting or a day period given in some
       *     formality has no FORMAL phrase
       */
      public Phrases build() {
        Map<DayPeriod, String[]> completed = new EnumMap<>(DayPeriod.class);
        periods.forEach((period, texts) -> completed.put(period, completed(texts,
            period.cldrName())));
        return new Phrases(completed(anyTime, "anyTime"), Collections.unmodifiableMap(completed));
      }

      private static String[] completed(String[] texts, String what) {
        String[] result = texts.clone();
        if (result[Formality.FORMAL.ordinal()] == null) {
          throw new IllegalStateException("the greeting for " + what
              + " has no FORMAL phrase; give one with a method that takes no Formality");
        }
        if (result[Formality.NEUTRAL.ordinal()] == null) {
          result[Formality.NEUTRAL.ordinal()] = result[Formality.FORMAL.ordinal()];
        }
        if (result[Formality.CASUAL.ordinal()] == null) {
          result[Formality.CASUAL.ordinal()] = result[Formality.NEUTRAL.ordinal()];
        }
        return result;
      }

      private static String checked(String text, String what) {
        if (text.isBlank()) {
          throw new IllegalArgumentException("the greeting for " + what + " is blank; give words");
        }
        return text.strip();
      }
    }
  }

  /**
   * Builds a {@link Greeting}: the built-in phrases, with locales added or replaced. Not
   * thread-safe; the greeting it builds is.
   */
  public static final class Builder {
    private final Map<Locale, Phrases> phrases = new HashMap<>();
    private Locale fallbackLocale = Locale.ENGLISH;

    private Builder() {}

    /**
     * The phrases for a language ({@code Locale.GERMAN}) or a language and region
     * ({@code Locale.forLanguageTag("de-AT")}), replacing any given before. The phrases must
     * cover exactly the CLDR day periods of that locale.
     *
     * @throws IllegalArgumentException if {@code locale} has no well-formed language, or the
     *     phrases miss a day period the locale uses or name one it does not
     */
    public Builder put(Locale locale, Phrases phrases) {
      Locale key = checkedKey(locale);
      GreetingDayPeriods.checkCovered(key, phrases.periods());
      this.phrases.put(key, phrases);
      return this;
    }

    /** The locale whose time-free greeting a locale without phrases gets; English by default. */
    public Builder fallbackLocale(Locale locale) {
      this.fallbackLocale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the greeting.
     *
     * @throws IllegalStateException if the fallback locale has no phrases
     */
    public Greeting build() {
      Map<Locale, Table> regional = new HashMap<>();
      Map<String, Table> languages = new HashMap<>();
      phrases.forEach((locale, localePhrases) -> {
        Table table = new Table(localePhrases, GreetingDayPeriods.byHour(locale));
        if (locale.getCountry().isEmpty()) {
          languages.put(locale.getLanguage(), table);
        } else {
          regional.put(locale, table);
        }
      });
      Table fallback = find(regional, languages, fallbackLocale);
      if (fallback == null) {
        throw new IllegalStateException("the fallback locale " + fallbackLocale.toLanguageTag()
            + " has no greetings; put phrases for it or choose another fallback locale");
      }
      return new Greeting(Map.copyOf(regional), Map.copyOf(languages), fallback);
    }
  }

  private static final class BuiltIn {
    static final Greeting GREETING = builder().build();
  }
}

package dev.tact.lint.internal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Formality;
import dev.tact.i18n.CustomerNames;
import dev.tact.i18n.Greeting;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The values lint renders templates with, and their text per locale, formatted once and shared by
 * every template of a run (thread-safe): a number per CLDR plural category of the locale, a name,
 * a fixed instant (Thursday 2026-11-26 09:30 UTC) for dates and times, the built-in greeting and
 * the customer-name fallback per formality.
 */
public final class SampleValues {
  /** The sample instant for date and time arguments. */
  static final Instant INSTANT = Instant.parse("2026-11-26T09:30:00Z");
  /** What an argument shown as text renders as: a plain word no rule reads anything into. */
  static final String TEXT = "Sam";
  /** The number a numeric argument takes when no plural chooses one. */
  static final double NUMBER = 3;

  private final Greeting greeting = Greeting.builtIn();
  private final CustomerNames names = CustomerNames.builtIn();
  private final Map<String, String> texts = new ConcurrentHashMap<>();
  private final Map<String, Optional<Double>> pluralSamples = new ConcurrentHashMap<>();
  private final Map<String, PluralRules> rules = new ConcurrentHashMap<>();

  /**
   * A number whose plural category in {@code locale} is {@code keyword} (an integer when CLDR has
   * one), or null when the locale has no such category: the branch can never show.
   */
  @Nullable Double pluralSample(Locale locale, boolean ordinal, String keyword) {
    String cacheKey = locale.toLanguageTag() + (ordinal ? "/o/" : "/c/") + keyword;
    return pluralSamples.computeIfAbsent(cacheKey, k -> {
      PluralRules plural = rules(locale, ordinal);
      Double found = null;
      if (plural.getKeywords().contains(keyword)) {
        found = first(plural.getSamples(keyword));
      }
      return Optional.ofNullable(found);
    }).orElse(null);
  }

  /** The plural category of {@code number} in {@code locale}. */
  String category(Locale locale, boolean ordinal, double number) {
    return rules(locale, ordinal).select(number);
  }

  private PluralRules rules(Locale locale, boolean ordinal) {
    return rules.computeIfAbsent(locale.toLanguageTag() + (ordinal ? "/o" : "/c"),
        k -> PluralRules.forLocale(locale, ordinal
            ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL));
  }

  /** The first whole number among the samples, else the first sample. */
  private static @Nullable Double first(@Nullable Collection<Double> samples) {
    if (samples == null) {
      return null;
    }
    Double any = null;
    for (Double sample : samples) {
      if (sample == Math.rint(sample)) {
        return sample;
      }
      any = any == null ? sample : any;
    }
    return any;
  }

  /** {@code number} as the locale writes it, as {@code #} and {@code {n}} show it. */
  String number(Locale locale, double number) {
    return texts.computeIfAbsent("n/" + locale.toLanguageTag() + "/" + number, k -> {
      NumberFormat format = NumberFormat.getInstance(ULocale.forLocale(locale));
      return format.format(number);
    });
  }

  /** The sample instant as a plain {@code {d}} shows it: short date and time, UTC. */
  String dateTime(Locale locale) {
    return texts.computeIfAbsent("d/" + locale.toLanguageTag(), k -> {
      DateFormat format = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT,
          ULocale.forLocale(locale));
      format.setTimeZone(TimeZone.GMT_ZONE);
      return format.format(Date.from(INSTANT));
    });
  }

  /**
   * A placeholder with a type ({@code {n, number, percent}}, {@code {d, date, long}}) formatted on
   * its own for {@code value} (a number, or an instant for dates and times).
   */
  String formatted(Locale locale, String placeholder, String name, Object value) {
    return texts.computeIfAbsent("f/" + locale.toLanguageTag() + "/" + value + "/" + placeholder,
        k -> {
          MessageFormat format = new MessageFormat(placeholder, ULocale.forLocale(locale));
          for (java.text.Format each : format.getFormats()) {
            if (each instanceof DateFormat date) {
              date.setTimeZone(TimeZone.GMT_ZONE);
            }
          }
          Object argument = value instanceof Instant instant ? Date.from(instant) : value;
          return format.format(Map.of(name, argument));
        });
  }

  /** The built-in {@code {greeting}} for a customer whose zone is unknown. */
  String greeting(Locale locale, Formality formality) {
    return texts.computeIfAbsent("g/" + locale.toLanguageTag() + "/" + formality,
        k -> greeting.text(locale, formality, null, INSTANT));
  }

  /** The built-in {@code {customerName}} for a customer whose name is unknown ("there", お客様). */
  String customerName(Locale locale, Formality formality) {
    return texts.computeIfAbsent("c/" + locale.toLanguageTag() + "/" + formality,
        k -> names.fallback(locale, formality));
  }

  /** Every formality, in the order variants are labelled. */
  static List<Formality> formalities() {
    return List.of(Formality.FORMAL, Formality.NEUTRAL, Formality.CASUAL);
  }
}

package dev.tact.i18n;

import dev.tact.core.Formality;
import dev.tact.hours.BusinessClock;
import dev.tact.hours.Schedule;
import dev.tact.i18n.internal.HoursClockText;
import dev.tact.i18n.internal.HoursPhrases;
import dev.tact.i18n.internal.WeeklyDayRuns;
import dev.tact.i18n.internal.WeeklyRanges;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Support hours in the customer's language and clock: the week's hours converted into their zone,
 * when the team is back, and when a reply is due.
 *
 * <pre>{@code
 * BusinessClock tokyo = BusinessClock.of(
 *     SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Asia/Tokyo")), Clock.systemUTC());
 * ZoneId newYork = ZoneId.of("America/New_York");
 * Instant now = Instant.parse("2026-11-21T15:00:00Z");              // Saturday
 * HoursFormatter en = HoursFormatter.of(Locale.US);
 *
 * en.weeklyHours(tokyo, newYork, now).text();
 * // "Sun–Thu 7:00 PM – 4:00 AM (next day); Sat closed"
 * en.nextOpening(tokyo, now, newYork).sentence();
 * // "We're back tomorrow at 7:00 PM your time."
 * en.replyBy(tokyo, now, Duration.ofHours(2), newYork).phrase();
 * // "by tomorrow at 9:00 PM your time"
 * HoursFormatter.of(Locale.JAPANESE).nextOpening(tokyo, now, ZoneId.of("Asia/Tokyo")).sentence();
 * // "明日 9:00（お客様の現地時間）に再開します。" (it is already Sunday in Tokyo)
 * }</pre>
 *
 * <p><b>Languages.</b> English, Japanese, German, French, Spanish and Portuguese have their own
 * words (any region: {@code de-AT} uses German words with Austrian month names). For other
 * locales, the weekly hours use ICU's day names and times in that locale with language-neutral
 * marks ("(+1)" for the next day, "—" for closed), and the next opening and reply time are written
 * entirely in the {@linkplain Builder#fallbackLocale(Locale) fallback locale} (English unless
 * set), so that no sentence mixes two languages.
 *
 * <p><b>Formality.</b> Only the languages with a familiar form ("du", "tu", "tú") change their
 * words for {@link Formality#CASUAL}; FORMAL and NEUTRAL read the same (Sie, vous, usted).
 *
 * <p><b>Phrases and sentences.</b> {@link #weeklyHours} text and every {@link HoursPhrase#phrase()}
 * are phrases to place inside a template: no capital letter of their own, no final period.
 * {@link HoursPhrase#sentence()} is a complete sentence with its period.
 *
 * <p><b>Times.</b> Times use the locale's 12- or 24-hour clock ("9:00 AM", "09:00", 「9:00」) and
 * are rounded up to the minute, so a reply due at 10:00:30 is promised "by 10:01": never earlier
 * than it is due.
 *
 * <p>Immutable and thread-safe: each call makes its own ICU formatters. The phrase data is read
 * from the classpath when the formatter is built, so build one per locale and share it.
 */
public final class HoursFormatter {
  private final Locale locale;
  private final Formality formality;
  private final Locale fallbackLocale;
  private final HoursPhrases weeklyWords;
  private final Locale sentenceLocale;
  private final HoursPhrases sentenceWords;

  private HoursFormatter(Builder builder) {
    this.locale = builder.locale;
    this.formality = builder.formality;
    this.fallbackLocale = builder.fallbackLocale;
    String language = locale.getLanguage();
    boolean own = HoursPhrases.LANGUAGES.contains(language);
    this.weeklyWords = own ? HoursPhrases.language(language, locale) : HoursPhrases.root(locale);
    this.sentenceLocale = own ? locale : fallbackLocale;
    this.sentenceWords = own ? weeklyWords : HoursPhrases.language(fallbackLocale.getLanguage(), fallbackLocale);
  }

  /**
   * A formatter for {@code locale} in the locale's {@linkplain DefaultFormality default formality}
   * (so es-ES says "tú", es-MX "usted"), English as the fallback.
   */
  public static HoursFormatter of(Locale locale) {
    return builder(locale).build();
  }

  /** A builder for {@code locale}. */
  public static Builder builder(Locale locale) {
    return new Builder(locale);
  }

  /** The customer's locale. */
  public Locale locale() {
    return locale;
  }

  /** The formality of the sentences. */
  public Formality formality() {
    return formality;
  }

  /** The locale of the next opening and reply time when {@link #locale()} has no words of its own. */
  public Locale fallbackLocale() {
    return fallbackLocale;
  }

  /**
   * {@link #weeklyHours(BusinessClock, ZoneId, Instant)} of a schedule.
   *
   * @throws IllegalArgumentException if the week lies outside the years 0001–9999
   */
  public WeeklyHours weeklyHours(Schedule schedule, ZoneId customerZone, Instant weekOf) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(weekOf, "weekOf");
    return weeklyHours(BusinessClock.of(schedule, Clock.fixed(weekOf, ZoneOffset.UTC)), customerZone, weekOf);
  }

  /**
   * The support hours of the week containing {@code weekOf} in the customer's zone, the week
   * beginning on the locale's first day (Sunday for {@code en-US} and {@code ja}, Monday for
   * {@code de}). Days shift where the zones differ: Tokyo's "Mo-Fr 09:00-18:00" reads
   * "Sun–Thu 7:00 PM – 4:00 AM (next day)" in New York in winter and 8:00 PM – 5:00 AM in summer.
   *
   * <p>These are the hours of that very week: date rules and public holidays of the week apply
   * (a holiday on Wednesday leaves Wednesday out), and a week in which a zone changes its clocks
   * shows the days before and after the change as they really are. Pass a week without holidays
   * for the regular hours.
   *
   * @throws IllegalArgumentException if the week lies outside the years 0001–9999
   */
  public WeeklyHours weeklyHours(BusinessClock clock, ZoneId customerZone, Instant weekOf) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(customerZone, "customerZone");
    Objects.requireNonNull(weekOf, "weekOf");
    DayOfWeek firstDay = HoursClockText.firstDayOfWeek(locale);
    LocalDate firstDate = weekOf.atZone(customerZone).toLocalDate().with(TemporalAdjusters.previousOrSame(firstDay));
    List<HoursDay> days = WeeklyRanges.days(clock, customerZone, firstDate);
    List<DayOfWeek> closed = WeeklyRanges.closedDays(clock, customerZone, firstDate);
    String text = weeklyText(days, closed, firstDay);
    return new WeeklyHours(locale, customerZone, days, closed, text);
  }

  /**
   * When the team is back, on the customer's clock: "today", "tomorrow", the weekday within the
   * next six days, else the date; or that the team is open now, or never opens again.
   *
   * <pre>{@code
   * formatter.nextOpening(clock, now, zone).phrase();     // "Monday at 9:00 AM your time"
   * formatter.nextOpening(clock, now, zone).sentence();   // "We're back Monday at 9:00 AM your time."
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code now} lies outside the years 0001–9999
   */
  public HoursPhrase nextOpening(BusinessClock clock, Instant now, ZoneId customerZone) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(customerZone, "customerZone");
    Instant opening = clock.nextOpen(now);
    if (opening == null) {
      return phrase(HoursPhrase.Kind.NEVER_OPENS, null, "opening.never", Map.of());
    }
    if (opening.equals(now)) {
      return phrase(HoursPhrase.Kind.OPEN_NOW, now, "opening.now", Map.of());
    }
    return phrase(HoursPhrase.Kind.OPENS, opening, "opening.next",
        Map.of("when", when(opening, now, customerZone)));
  }

  /**
   * When the first reply is due, given a service level in business time: "within 2 hours" when
   * the team stays open until it is due, otherwise "by Tuesday at 10:00 AM your time" on the
   * customer's clock (see {@link BusinessClock#deadline(Instant, Duration)}).
   *
   * <pre>{@code
   * formatter.replyBy(clock, now, Duration.ofHours(2), zone).sentence();
   * // "We'll reply within 2 hours." or "We'll reply by Tuesday at 10:00 AM your time."
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code sla} is zero or negative, or {@code now} lies
   *     outside the years 0001–9999
   */
  public HoursPhrase replyBy(BusinessClock clock, Instant now, Duration sla, ZoneId customerZone) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(customerZone, "customerZone");
    if (sla.isZero() || sla.isNegative()) {
      throw new IllegalArgumentException("sla must be a positive business time such as Duration.ofHours(2), got " + sla);
    }
    Instant due = clock.deadline(now, sla);
    if (due == null) {
      return phrase(HoursPhrase.Kind.NO_REPLY_TIME, null, "reply.unknown", Map.of());
    }
    if (clock.isOpen(now)) {
      Instant close = clock.nextClose(now);
      if (close == null || !due.isAfter(close)) {
        String duration = new HoursClockText(sentenceLocale).duration(sla);
        return phrase(HoursPhrase.Kind.REPLY_WITHIN, due, "reply.within", Map.of("duration", duration));
      }
    }
    return phrase(HoursPhrase.Kind.REPLY_BY, due, "reply.by", Map.of("when", when(due, now, customerZone)));
  }

  private HoursPhrase phrase(HoursPhrase.Kind kind, @Nullable Instant at, String key, Map<String, Object> arguments) {
    return new HoursPhrase(kind, at,
        sentenceWords.format(key + ".phrase", formality, arguments),
        sentenceWords.format(key + ".sentence", formality, arguments));
  }

  private String when(Instant at, Instant now, ZoneId zone) {
    HoursClockText words = new HoursClockText(sentenceLocale);
    ZonedDateTime wall = roundUpToMinute(at).atZone(zone);
    LocalDate today = now.atZone(zone).toLocalDate();
    long ahead = ChronoUnit.DAYS.between(today, wall.toLocalDate());
    String day;
    if (ahead <= 1) {
      day = words.relativeDay((int) ahead);
    } else if (ahead <= 6) {
      day = sentenceWords.format("day.weekday", formality, Map.of("weekday", words.weekday(wall.toLocalDate())));
    } else {
      boolean withYear = wall.getYear() != today.getYear();
      day = sentenceWords.format("day.date", formality, Map.of("date", words.date(wall.toLocalDate(), withYear)));
    }
    return sentenceWords.format("when", formality, Map.of(
        "day", day,
        "time", words.time(wall.toLocalTime()),
        "hour", words.displayedHour(wall.toLocalTime())));
  }

  private static Instant roundUpToMinute(Instant at) {
    Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
    return minute.equals(at) ? at : minute.plus(1, ChronoUnit.MINUTES);
  }

  private String weeklyText(List<HoursDay> days, List<DayOfWeek> closed, DayOfWeek firstDay) {
    if (closed.size() == 7) {
      return weeklyWords.text("week.neverOpen", formality);
    }
    List<HoursRow> rows = WeeklyHours.rows(days);
    if (rows.size() == 1 && rows.get(0).days().size() == 7 && rows.get(0).spans().size() == 1
        && rows.get(0).spans().get(0).allDay()) {
      return weeklyWords.text("week.alwaysOpen", formality);
    }
    HoursClockText words = new HoursClockText(locale);
    List<String> lines = new ArrayList<>();
    for (HoursRow row : rows) {
      List<String> spans = new ArrayList<>();
      for (HoursSpan span : row.spans()) {
        spans.add(spanText(span, words));
      }
      lines.add(weeklyWords.format("row", formality, Map.of(
          "days", daysText(row.days(), firstDay, words),
          "times", String.join(weeklyWords.text("times.separator", formality), spans))));
    }
    if (!closed.isEmpty()) {
      lines.add(weeklyWords.format("closed", formality, Map.of("days", daysText(closed, firstDay, words))));
    }
    return String.join(weeklyWords.text("rows.separator", formality), lines);
  }

  private String spanText(HoursSpan span, HoursClockText words) {
    if (span.allDay()) {
      return weeklyWords.text("time.allDay", formality);
    }
    String range = words.timeRange(span.start(), span.end());
    // A range that closes at midnight needs no "next day": "7:00 PM – 12:00 AM" is clear.
    boolean markNextDay = span.nextDay() && !span.end().equals(LocalTime.MIDNIGHT);
    return markNextDay ? weeklyWords.format("time.nextDay", formality, Map.of("range", range)) : range;
  }

  private String daysText(List<DayOfWeek> days, DayOfWeek firstDay, HoursClockText words) {
    List<String> runs = new ArrayList<>();
    String separator = weeklyWords.text("days.separator", formality);
    for (List<DayOfWeek> run : WeeklyDayRuns.of(days, firstDay)) {
      String first = words.weekdayShort(run.get(0));
      String last = words.weekdayShort(run.get(run.size() - 1));
      runs.add(switch (run.size()) {
        case 1 -> first;
        case 2 -> first + separator + last;
        default -> weeklyWords.format("days.range", formality, Map.of("first", first, "last", last));
      });
    }
    return String.join(separator, runs);
  }

  /**
   * Options of a {@link HoursFormatter}.
   *
   * <pre>{@code
   * HoursFormatter.builder(Locale.GERMAN).formality(Formality.CASUAL).build();
   * HoursFormatter.builder(Locale.ITALIAN).fallbackLocale(Locale.FRENCH).build();
   * }</pre>
   */
  public static final class Builder {
    private final Locale locale;
    private Formality formality;
    private Locale fallbackLocale = Locale.ENGLISH;

    private Builder(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      this.formality = DefaultFormality.of(locale);
    }

    /** The formality of the sentences; the locale's {@link DefaultFormality} unless set. */
    public Builder formality(Formality formality) {
      this.formality = Objects.requireNonNull(formality, "formality");
      return this;
    }

    /**
     * The locale of the next opening and reply time for locales without words of their own;
     * English unless set.
     *
     * @throws IllegalArgumentException if the fallback's language is not one of en, ja, de, fr,
     *     es, pt
     */
    public Builder fallbackLocale(Locale fallbackLocale) {
      Objects.requireNonNull(fallbackLocale, "fallbackLocale");
      if (!HoursPhrases.LANGUAGES.contains(fallbackLocale.getLanguage())) {
        throw new IllegalArgumentException("the fallback locale must speak one of " + HoursPhrases.LANGUAGES
            + ", got '" + fallbackLocale.toLanguageTag() + "'");
      }
      this.fallbackLocale = fallbackLocale;
      return this;
    }

    /** The formatter. */
    public HoursFormatter build() {
      return new HoursFormatter(this);
    }
  }
}

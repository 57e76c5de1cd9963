package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Formality;
import dev.tact.hours.BusinessClock;
import dev.tact.hours.SupportHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoursFormatterTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  private static final BusinessClock TOKYO_HOURS = clock("Mo-Fr 09:00-18:00", TOKYO);
  /** Friday 19:00 in Tokyo, an hour after closing. */
  private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-20T10:00:00Z");
  /** Saturday 10:00 in New York. */
  private static final Instant SATURDAY = Instant.parse("2026-11-21T15:00:00Z");
  /** Monday 10:00 in Tokyo. */
  private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T01:00:00Z");


  /** ICU separates "9:00 AM" and "9:00 – 10:00" with narrow and thin no-break spaces; examples read them as spaces. */
  private static void assertReads(String expected, String actual) {
    assertEquals(expected, actual.replaceAll("[\u00a0\u2009\u202f]", " "));
  }

  private static void assertReads(String expected, String actual, String message) {
    assertEquals(expected, actual.replaceAll("[\u00a0\u2009\u202f]", " "), message);
  }

  private static BusinessClock clock(String hours, ZoneId zone) {
    return BusinessClock.of(SupportHours.parse(hours, zone), Clock.systemUTC());
  }

  private static HoursFormatter formatter(String tag) {
    return HoursFormatter.of(Locale.forLanguageTag(tag));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en-US | Monday at 9:00 AM your time | We're back Monday at 9:00 AM your time.",
      "ja    | 月曜日 9:00（お客様の現地時間） | 月曜日 9:00（お客様の現地時間）に再開します。",
      "de    | Montag um 09:00 (Ihre Ortszeit) | Wir sind Montag um 09:00 (Ihre Ortszeit) wieder für Sie da.",
      "fr    | lundi à 09:00 (votre heure locale) | Nous serons de retour lundi à 09:00 (votre heure locale).",
      "es    | el lunes a las 9:00 (su hora local) | Volvemos el lunes a las 9:00 (su hora local).",
      "pt-BR | segunda-feira às 09:00 (seu horário local) | Voltamos segunda-feira às 09:00 (seu horário local)."})
  void nextOpeningNamesTheWeekdayWithinTheWeek(String tag, String phrase, String sentence) {
    HoursPhrase back = formatter(tag).nextOpening(TOKYO_HOURS, FRIDAY_EVENING, TOKYO);

    assertEquals(HoursPhrase.Kind.OPENS, back.kind());
    assertEquals(Instant.parse("2026-11-23T00:00:00Z"), back.at());
    assertReads(phrase, back.phrase());
    assertReads(sentence, back.sentence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en-US | tomorrow at 7:00 PM your time | today at 7:00 PM your time",
      "ja    | 明日 19:00（お客様の現地時間） | 今日 19:00（お客様の現地時間）",
      "de    | morgen um 19:00 (Ihre Ortszeit) | heute um 19:00 (Ihre Ortszeit)",
      "fr    | demain à 19:00 (votre heure locale) | aujourd’hui à 19:00 (votre heure locale)",
      "es    | mañana a las 19:00 (su hora local) | hoy a las 19:00 (su hora local)",
      "pt-BR | amanhã às 19:00 (seu horário local) | hoje às 19:00 (seu horário local)"})
  void nextOpeningSaysTodayAndTomorrowOnTheCustomersClock(String tag, String tomorrow, String today) {
    // Tokyo opens Monday 09:00, which is Sunday 19:00 in New York.
    assertReads(tomorrow, formatter(tag).nextOpening(TOKYO_HOURS, SATURDAY, NEW_YORK).phrase());
    assertReads(today, formatter(tag).nextOpening(TOKYO_HOURS, SATURDAY.plusSeconds(86_400), NEW_YORK).phrase());
  }

  @Test
  void theSameOpeningIsTomorrowInOneZoneAndAWeekdayInAnother() {
    assertReads("Sunday at 7:00 PM your time",
        formatter("en-US").nextOpening(TOKYO_HOURS, FRIDAY_EVENING, NEW_YORK).phrase());
    assertReads("Monday at 9:00 AM your time",
        formatter("en-US").nextOpening(TOKYO_HOURS, FRIDAY_EVENING, TOKYO).phrase());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en-US | Monday, December 21 at 9:00 AM your time | Monday, January 4, 2027 at 9:00 AM your time",
      "ja    | 12月21日月曜日 9:00（お客様の現地時間） | 2027年1月4日月曜日 9:00（お客様の現地時間）",
      "de    | Montag, 21. Dezember um 09:00 (Ihre Ortszeit) | Montag, 4. Januar 2027 um 09:00 (Ihre Ortszeit)",
      "fr    | lundi 21 décembre à 09:00 (votre heure locale) | lundi 4 janvier 2027 à 09:00 (votre heure locale)",
      "es    | el lunes, 21 de diciembre a las 9:00 (su hora local) | el lunes, 4 de enero de 2027 a las 9:00 (su hora local)",
      "pt-BR | segunda-feira, 21 de dezembro às 09:00 (seu horário local) | segunda-feira, 4 de janeiro de 2027 às 09:00 (seu horário local)"})
  void nextOpeningGivesTheDateBeyondSixDaysAndTheYearWhenItDiffers(String tag, String sameYear, String nextYear) {
    BusinessClock hours = clock("Mo-Fr 09:00-18:00; Dec 10-20 off; Dec 29-Jan 03 off", TOKYO);

    assertReads(sameYear,
        formatter(tag).nextOpening(hours, Instant.parse("2026-12-09T10:00:00Z"), TOKYO).phrase());
    assertReads(nextYear,
        formatter(tag).nextOpening(hours, Instant.parse("2026-12-28T10:00:00Z"), TOKYO).phrase());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | now | We're open now. | at no scheduled time | No support hours are scheduled.",
      "ja | ただいま | ただいま対応しております。 | 未定 | サポートの再開予定は未定です。",
      "de | jetzt | Wir sind jetzt für Sie da. | zu keiner geplanten Zeit | Derzeit sind keine Servicezeiten geplant.",
      "fr | dès maintenant | Nous sommes disponibles dès maintenant. | à une date non prévue | Aucun horaire d’assistance n’est prévu pour le moment.",
      "es | ahora | Estamos disponibles ahora. | sin horario previsto | Por ahora no hay horario de atención previsto.",
      "pt | agora | Estamos disponíveis agora. | sem horário previsto | No momento, não há horário de atendimento previsto."})
  void nextOpeningSaysWhenTheTeamIsOpenNowOrNeverOpens(
      String tag, String nowPhrase, String nowSentence, String neverPhrase, String neverSentence) {
    HoursPhrase open = formatter(tag).nextOpening(TOKYO_HOURS, MONDAY_MORNING, NEW_YORK);
    HoursPhrase never = formatter(tag).nextOpening(clock("off", TOKYO), MONDAY_MORNING, NEW_YORK);

    assertEquals(HoursPhrase.Kind.OPEN_NOW, open.kind());
    assertReads(nowPhrase, open.phrase());
    assertReads(nowSentence, open.sentence());
    assertEquals(HoursPhrase.Kind.NEVER_OPENS, never.kind());
    assertNull(never.at());
    assertReads(neverPhrase, never.phrase());
    assertReads(neverSentence, never.sentence());
  }

  @Test
  void spanishAndPortugueseAgreeWithOneOClock() {
    BusinessClock night = clock("Mo-Fr 01:00-05:00", MADRID);
    Instant friday = Instant.parse("2026-11-20T10:00:00Z");

    assertReads("el lunes a la 1:00 (su hora local)", formatter("es").nextOpening(night, friday, MADRID).phrase());
    assertReads("segunda-feira à 01:00 (seu horário local)",
        formatter("pt-BR").nextOpening(night, friday, MADRID).phrase());
    assertReads("el lunes a la 1:00 a.m. (su hora local)",
        formatter("es-US").nextOpening(night, friday, MADRID).phrase(), "1 on a 12-hour clock too");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en-US | within 2 hours | We'll reply within 2 hours.",
      "ja    | 2 時間以内 | 2 時間以内にご返信いたします。",
      "de    | innerhalb von 2 Stunden | Wir antworten Ihnen innerhalb von 2 Stunden.",
      "fr    | sous 2 heures | Nous vous répondrons sous 2 heures.",
      "es    | en un plazo de 2 horas | Le responderemos en un plazo de 2 horas.",
      "pt-BR | em até 2 horas | Responderemos em até 2 horas."})
  void replyWithinTheSlaWhenTheTeamStaysOpenUntilItIsDue(String tag, String phrase, String sentence) {
    HoursPhrase reply = formatter(tag).replyBy(TOKYO_HOURS, MONDAY_MORNING, Duration.ofHours(2), NEW_YORK);

    assertEquals(HoursPhrase.Kind.REPLY_WITHIN, reply.kind());
    assertEquals(MONDAY_MORNING.plus(Duration.ofHours(2)), reply.at());
    assertReads(phrase, reply.phrase());
    assertReads(sentence, reply.sentence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en-US | by Monday at 10:00 AM your time | We'll reply by Monday at 10:00 AM your time.",
      "ja    | 月曜日 10:00（お客様の現地時間）まで | 月曜日 10:00（お客様の現地時間）までにご返信いたします。",
      "de    | bis Montag um 10:00 (Ihre Ortszeit) | Wir antworten Ihnen bis Montag um 10:00 (Ihre Ortszeit).",
      "fr    | au plus tard lundi à 10:00 (votre heure locale) | Nous vous répondrons au plus tard lundi à 10:00 (votre heure locale).",
      "es    | a más tardar el lunes a las 10:00 (su hora local) | Le responderemos a más tardar el lunes a las 10:00 (su hora local).",
      "pt-BR | até segunda-feira às 10:00 (seu horário local) | Responderemos até segunda-feira às 10:00 (seu horário local)."})
  void replyByADayAndTimeWhenTheTeamIsClosed(String tag, String phrase, String sentence) {
    // Saturday noon in Tokyo + 1 business hour = Monday 10:00.
    Instant saturdayNoon = Instant.parse("2026-11-21T03:00:00Z");
    HoursPhrase reply = formatter(tag).replyBy(TOKYO_HOURS, saturdayNoon, Duration.ofHours(1), TOKYO);

    assertEquals(HoursPhrase.Kind.REPLY_BY, reply.kind());
    assertEquals(Instant.parse("2026-11-23T01:00:00Z"), reply.at());
    assertReads(phrase, reply.phrase());
    assertReads(sentence, reply.sentence());
  }

  @Test
  void replyByWhenTheSlaRunsPastTheClosing() {
    // Friday 17:00 in Tokyo + 2 business hours = Monday 10:00 Tokyo = Sunday 20:00 New York.
    Instant fridayFive = Instant.parse("2026-11-20T08:00:00Z");

    assertReads("by Sunday at 8:00 PM your time",
        formatter("en-US").replyBy(TOKYO_HOURS, fridayFive, Duration.ofHours(2), NEW_YORK).phrase());
  }

  @Test
  void replyDueExactlyAtTheClosingIsStillWithinTheSla() {
    Instant fridayFour = Instant.parse("2026-11-20T07:00:00Z");

    assertReads("within 2 hours",
        formatter("en-US").replyBy(TOKYO_HOURS, fridayFour, Duration.ofHours(2), NEW_YORK).phrase());
  }

  @Test
  void replyTimeIsRoundedUpToTheMinuteNeverPromisedEarly() {
    // Monday 09:00:30 + 9 business hours = Tuesday 09:00:30 in Tokyo.
    Instant justAfterNine = Instant.parse("2026-11-23T00:00:30Z");

    assertReads("by tomorrow at 9:01 AM your time",
        formatter("en-US").replyBy(TOKYO_HOURS, justAfterNine, Duration.ofHours(9), TOKYO).phrase());
    assertReads("within 1 hour, 1 minute",
        formatter("en-US").replyBy(TOKYO_HOURS, MONDAY_MORNING, Duration.ofSeconds(3_601), TOKYO).phrase());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | as soon as we can | We'll reply as soon as we can.",
      "ja | できるだけ早く | できるだけ早くご返信いたします。",
      "de | so bald wie möglich | Wir antworten Ihnen so bald wie möglich.",
      "fr | dès que possible | Nous vous répondrons dès que possible.",
      "es | lo antes posible | Le responderemos lo antes posible.",
      "pt | assim que possível | Responderemos assim que possível."})
  void replyTimeIsUnknownWhenTheTeamNeverOpens(String tag, String phrase, String sentence) {
    HoursPhrase reply = formatter(tag).replyBy(clock("off", TOKYO), MONDAY_MORNING, Duration.ofHours(2), TOKYO);

    assertEquals(HoursPhrase.Kind.NO_REPLY_TIME, reply.kind());
    assertNull(reply.at());
    assertReads(phrase, reply.phrase());
    assertReads(sentence, reply.sentence());
  }

  @Test
  void slaMustBePositive() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> formatter("en").replyBy(TOKYO_HOURS, MONDAY_MORNING, Duration.ZERO, TOKYO));
    assertTrue(zero.getMessage().contains("sla must be a positive business time"), zero.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> formatter("en").replyBy(TOKYO_HOURS, MONDAY_MORNING, Duration.ofHours(-1), TOKYO));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "de | Wir antworten dir bis Montag um 10:00 (deine Ortszeit).",
      "fr | Nous te répondrons au plus tard lundi à 10:00 (ton heure locale).",
      "es | Te responderemos a más tardar el lunes a las 10:00 (tu hora local).",
      "en | We'll reply by Monday at 10:00 AM your time.",
      "ja | 月曜日 10:00（お客様の現地時間）までにご返信いたします。"})
  void casualFormalityUsesTheFamiliarFormWhereTheLanguageHasOne(String tag, String sentence) {
    HoursFormatter casual = HoursFormatter.builder(Locale.forLanguageTag(tag)).formality(Formality.CASUAL).build();

    assertEquals(Formality.CASUAL, casual.formality());
    assertReads(sentence,
        casual.replyBy(TOKYO_HOURS, Instant.parse("2026-11-21T03:00:00Z"), Duration.ofHours(1), TOKYO).sentence());
  }

  @Test
  void formalAndNeutralReadTheSame() {
    HoursFormatter formal = HoursFormatter.builder(Locale.GERMAN).formality(Formality.FORMAL).build();

    assertEquals(HoursFormatter.of(Locale.GERMAN).nextOpening(TOKYO_HOURS, SATURDAY, TOKYO),
        formal.nextOpening(TOKYO_HOURS, SATURDAY, TOKYO));
  }

  @Test
  void localesWithoutWordsWriteWholeSentencesInTheFallbackLocale() {
    HoursFormatter italian = HoursFormatter.of(Locale.ITALIAN);
    HoursFormatter italianFrench = HoursFormatter.builder(Locale.ITALIAN).fallbackLocale(Locale.FRENCH).build();

    assertReads("We're back Monday at 9:00 AM your time.",
        italian.nextOpening(TOKYO_HOURS, FRIDAY_EVENING, TOKYO).sentence());
    assertReads("Nous serons de retour lundi à 09:00 (votre heure locale).",
        italianFrench.nextOpening(TOKYO_HOURS, FRIDAY_EVENING, TOKYO).sentence());
    assertReads("lun–ven 09:00–18:00; sab, dom —",
        italian.weeklyHours(TOKYO_HOURS, TOKYO, FRIDAY_EVENING).text(), "weekly hours stay Italian");
  }

  @Test
  void fallbackLocaleMustHaveWords() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HoursFormatter.builder(Locale.ENGLISH).fallbackLocale(Locale.ITALIAN));
    assertTrue(e.getMessage().contains("[en, ja, de, fr, es, pt]"), e.getMessage());
  }

  @Test
  void regionalLocalesUseTheirLanguagesWordsAndTheirOwnFormats() {
    assertReads("Monday at 09:00 your time",
        formatter("en-GB").nextOpening(TOKYO_HOURS, FRIDAY_EVENING, TOKYO).phrase());
    assertReads("Montag um 09:00 (Ihre Ortszeit)",
        formatter("de-AT").nextOpening(TOKYO_HOURS, FRIDAY_EVENING, TOKYO).phrase());
  }
}

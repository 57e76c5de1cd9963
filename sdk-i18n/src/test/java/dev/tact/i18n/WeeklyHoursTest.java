package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.hours.FollowTheSun;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.Schedule;
import dev.tact.hours.SupportHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyHoursTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant WINTER = Instant.parse("2026-11-21T15:00:00Z");
  private static final Instant SUMMER = Instant.parse("2026-07-18T15:00:00Z");
  private static final SupportHours TOKYO_HOURS = SupportHours.parse("Mo-Fr 09:00-18:00", TOKYO);
  private static final SupportHours BERLIN_HOURS =
      SupportHours.parse("Mo-Fr 09:00-12:00,13:00-18:00; Sa 10:00-14:00", BERLIN);


  /** ICU separates "9:00 AM" and "9:00 – 10:00" with narrow and thin no-break spaces; examples read them as spaces. */
  private static void assertReads(String expected, String actual) {
    assertEquals(expected, actual.replaceAll("[\u00a0\u2009\u202f]", " "));
  }

  private static void assertReads(String expected, String actual, String message) {
    assertEquals(expected, actual.replaceAll("[\u00a0\u2009\u202f]", " "), message);
  }

  private static WeeklyHours week(String tag, Schedule hours, ZoneId customer, Instant weekOf) {
    return HoursFormatter.of(Locale.forLanguageTag(tag)).weeklyHours(hours, customer, weekOf);
  }

  @Test
  void aClockThatFallsBackAcrossMidnightKeepsItsFirstHourInTheWeek() {
    // St John's fell back at 00:01 on 1990-10-28 (to 23:01 of the 27th): the first hour of the
    // week reads as the 27th again, so the opening then starts on a date of the week before.
    Schedule lateEvenings = SupportHours.parse("23:00-24:00", ZoneId.of("America/St_Johns"));
    WeeklyHours week = week("en-US", lateEvenings, ZoneId.of("America/St_Johns"),
        Instant.parse("1990-10-28T03:30:00Z"));
    assertEquals(LocalDate.of(1990, 10, 28), week.days().get(0).date());
    assertEquals(List.of(), week.closedDays());
    assertTrue(week.days().stream().allMatch(day -> day.ranges().size() == 1), week.text());
  }

  @Test
  void tokyoWeekdaysReadAsSundayToThursdayEveningsInNewYorkInWinter() {
    WeeklyHours week = week("en-US", TOKYO_HOURS, NEW_YORK, WINTER);

    assertReads("Sun–Thu 7:00 PM – 4:00 AM (next day); Sat closed", week.text());
    assertEquals(List.of(new HoursRow(
        List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
        List.of(new HoursSpan(LocalTime.of(19, 0), LocalTime.of(4, 0), true)))), week.rows());
    assertEquals(List.of(DayOfWeek.SATURDAY), week.closedDays());
    assertEquals(LocalDate.of(2026, 11, 15), week.days().get(0).date(), "the US week begins on Sunday");
    assertEquals(Instant.parse("2026-11-16T00:00:00Z"), week.days().get(0).ranges().get(0).start().toInstant(),
        "Sunday 19:00 in New York is Monday 09:00 in Tokyo");
  }

  @Test
  void tokyoWeekdaysReadAnHourLaterInNewYorkInSummer() {
    assertReads("Sun–Thu 8:00 PM – 5:00 AM (next day); Sat closed",
        week("en-US", TOKYO_HOURS, NEW_YORK, SUMMER).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en-GB | Sun–Thu 19:00–04:00 (next day); Sat closed",
      "ja    | 日～木 19:00～4:00（翌日）／土 休業",
      "de    | So.–Do. 19:00–04:00 Uhr (am Folgetag); Sa. geschlossen",
      "fr    | dim.–jeu. 19:00 – 04:00 (le lendemain) ; sam. fermé",
      "es    | dom–jue 19:00–4:00 (del día siguiente); sáb cerrado",
      "pt-BR | dom.–qui. 19:00 – 04:00 (do dia seguinte); sáb. fechado",
      "it    | dom–gio 19:00–04:00 (+1); sab —"})
  void tokyoHoursInNewYorkReadInEveryLanguage(String tag, String expected) {
    assertReads(expected, week(tag, TOKYO_HOURS, NEW_YORK, WINTER).text());
  }

  @Test
  void sundayToThursdayStaysOneRunInAWeekThatBeginsOnMonday() {
    WeeklyHours week = week("de", TOKYO_HOURS, NEW_YORK, WINTER);

    assertEquals(DayOfWeek.MONDAY, week.days().get(0).dayOfWeek());
    assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY),
        week.rows().get(0).days());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', value = {
      "pt-BR | America/Sao_Paulo   | seg.–sex. 05:00 – 08:00, 09:00 – 14:00; sáb. 06:00 – 10:00; dom. fechado",
      "en-US | Asia/Kolkata        | Mon–Fri 1:30 – 4:30 PM, 5:30 – 10:30 PM; Sat 2:30 – 6:30 PM; Sun closed",
      "en-US | Australia/Lord_Howe | Mon–Fri 7:00 – 10:00 PM, 11:00 PM – 4:00 AM (next day); Sat 8:00 PM – 12:00 AM; Sun closed",
      "ja    | Australia/Lord_Howe | 月～金 19:00～22:00、23:00～4:00（翌日）／土 20:00～0:00／日 休業"})
  void berlinHoursWithALunchBreakSeenFromAfar(String tag, String zone, String expected) {
    assertReads(expected, week(tag, BERLIN_HOURS, ZoneId.of(zone), WINTER).text());
  }

  @Test
  void lordHoweHalfHourDaylightSavingShowsInJuly() {
    // Berlin +02:00, Lord Howe +10:30 in the southern winter: 8.5 hours ahead.
    assertReads("Mon–Fri 5:30 – 8:30 PM, 9:30 PM – 2:30 AM (next day); Sat 6:30 – 10:30 PM; Sun closed",
        week("en-US", BERLIN_HOURS, ZoneId.of("Australia/Lord_Howe"), SUMMER).text());
  }

  @Test
  void overnightRangeBelongsToTheDayItStartsAndLeavesTheNextDayOpen() {
    WeeklyHours week = week("en-US", SupportHours.parse("Fr 22:00-02:00", BERLIN), BERLIN, WINTER);

    assertReads("Fri 10:00 PM – 2:00 AM (next day); Sun–Thu closed", week.text());
    assertFalse(week.closedDays().contains(DayOfWeek.SATURDAY), "Saturday 00:00–02:00 is open");
  }

  @Test
  void rangeThatEndsAtMidnightNeedsNoNextDayMark() {
    SupportHours evenings = SupportHours.parse("Mo-Fr 18:00-24:00", BERLIN);

    assertReads("Mon–Fri 6:00 PM – 12:00 AM; Sat, Sun closed", week("en-US", evenings, BERLIN, WINTER).text());
    assertReads("Mo.–Fr. 18:00–00:00 Uhr; Sa., So. geschlossen", week("de", evenings, BERLIN, WINTER).text());
    assertEquals(new HoursSpan(LocalTime.of(18, 0), LocalTime.MIDNIGHT, true),
        week("de", evenings, BERLIN, WINTER).rows().get(0).spans().get(0), "the structure keeps the next day");
  }

  @Test
  void rangePastMidnightWithTheSameAmPmMarkKeepsBothMarks() {
    SupportHours nights = SupportHours.parse("Mo-Fr 19:00-18:00", NEW_YORK);

    assertReads("Mon–Fri 7:00 PM – 6:00 PM (next day); Sun closed",
        week("en-US", nights, NEW_YORK, WINTER).text());
  }

  @Test
  void wholeDaysLongerThanADayAreCutAtMidnight() {
    WeeklyHours week = week("en-US", SupportHours.parse("Mo-Fr", TOKYO), NEW_YORK, WINTER);

    assertReads("Sun 10:00 AM – 12:00 AM; Mon–Thu 24 hours; Fri 12:00 – 10:00 AM; Sat closed", week.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | 24/7 | closed all week",
      "ja | 24時間365日 | 今週は休業",
      "de | rund um die Uhr | die ganze Woche geschlossen",
      "fr | 24 h/24, 7 j/7 | fermé toute la semaine",
      "es | 24 horas, 7 días a la semana | cerrado toda la semana",
      "pt | 24 horas, 7 dias por semana | fechado a semana toda"})
  void alwaysOpenAndNeverOpenHaveTheirOwnWords(String tag, String always, String never) {
    WeeklyHours open = week(tag, SupportHours.parse("24/7", TOKYO), NEW_YORK, WINTER);
    WeeklyHours closed = week(tag, SupportHours.parse("off", TOKYO), NEW_YORK, WINTER);

    assertReads(always, open.text());
    assertTrue(open.alwaysOpen());
    assertEquals(7, open.rows().get(0).days().size());
    assertReads(never, closed.text());
    assertTrue(closed.neverOpen());
    assertTrue(closed.rows().isEmpty());
  }

  @Test
  void daylightSavingWeekShowsEachDayAsItReallyIs() {
    // Berlin springs forward early on Sunday 29 March 2026; Tokyo has no DST.
    WeeklyHours week = week("de", SupportHours.parse("Mo-Su 09:00-18:00", TOKYO), BERLIN,
        Instant.parse("2026-03-25T12:00:00Z"));

    assertReads("Mo.–Sa. 01:00–10:00 Uhr; So. 01:00–11:00 Uhr", week.text());
  }

  @Test
  void holidaysOfTheWeekAreLeftOut() {
    SupportHours hours = SupportHours.parse("Mo-Fr 09:00-18:00; PH off", BERLIN,
        HolidayCalendar.of(LocalDate.of(2026, 11, 18)));

    assertReads("Mon, Tue, Thu, Fri 9:00 AM – 6:00 PM; Wed, Sat, Sun closed",
        week("en-US", hours, BERLIN, WINTER).text());
    assertReads("Mon–Fri 9:00 AM – 6:00 PM; Sat, Sun closed",
        week("en-US", hours, BERLIN, WINTER.plusSeconds(7 * 86_400)).text(), "the next week has no holiday");
  }

  @Test
  void followTheSunTeamsReadAsOneUnion() {
    FollowTheSun care = FollowTheSun.of(
        SupportHours.parse("Mo-Fr 09:00-18:00", TOKYO),
        SupportHours.parse("Mo-Fr 09:00-17:30", ZoneId.of("Europe/Dublin")),
        SupportHours.parse("Mo-Fr 08:00-17:00; Sa 10:00-14:00", ZoneId.of("America/Chicago")));

    assertReads("Mon–Fri 12:00 AM – 11:00 PM; Sat 4:00 – 8:00 PM; Sun closed",
        week("en-US", care, ZoneId.of("UTC"), WINTER).text());
    assertReads("Sun–Thu 7:00 PM – 6:00 PM (next day); Sat 11:00 AM – 3:00 PM",
        week("en-US", care, NEW_YORK, WINTER).text(), "Friday holds Thursday's tail, so it is not closed");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en-US, SUNDAY", "ja, SUNDAY", "de, MONDAY", "en-GB, MONDAY", "pt-BR, SUNDAY", "ar-EG, SATURDAY"})
  void weekBeginsOnTheLocalesFirstDay(String tag, DayOfWeek first) {
    WeeklyHours week = week(tag, TOKYO_HOURS, NEW_YORK, WINTER);

    assertEquals(first, week.days().get(0).dayOfWeek());
    assertFalse(WINTER.isBefore(week.weekStart().toInstant()));
    assertTrue(WINTER.isBefore(week.weekEnd().toInstant()));
  }
}

package dev.tact.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Building, printing and comparing schedules. */
class SupportHoursTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @ParameterizedTest(name = "''{0}'' prints as ''{1}''")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          24/7                                   | 24/7
          00:00-24:00                            | 24/7
          mo-fr 09:00-18:00                      | Mo-Fr 09:00-18:00
          Fr,Sa,Su,Mo 10:00-12:00                | Fr-Mo 10:00-12:00
          Mo,Tu,Th 10:00-12:00                   | Mo-Tu,Th 10:00-12:00
          Sa-Su                                  | Sa-Su 00:00-24:00
          Fr 22:00-26:00                         | Fr 22:00-02:00
          Fr 10:00-10:00                         | Fr 10:00-10:00
          Sa 10:00-40:00                         | Sa 10:00-40:00
          Mo 13:00-18:00,09:00-12:00             | Mo 09:00-12:00,13:00-18:00
          closed                                 | off
          Mo-Fr 09:00-18:00 open; PH closed      | Mo-Fr 09:00-18:00; PH off
          Mo-Fr 09:00-18:00, 10:00-11:00         | Mo-Fr 09:00-18:00,10:00-11:00
          Mo 09:00-12:00, Tu 13:00-14:00         | Mo 09:00-12:00, Tu 13:00-14:00
          dec 24-26 off                          | Dec 24-26 off
          Dec 24,26 off                          | Dec 24,Dec 26 off
          Dec 25-Jan 02 off                      | Dec 25-Jan 02 off
          Jun-Aug 10:00-16:00                    | Jun-Aug 10:00-16:00
          Dec 01-31 off                          | Dec off
          Jan-Dec 10:00-16:00                    | 10:00-16:00
          2026 Dec 25-Jan 02 off                 | 2026 Dec 25-Jan 02 off
          2026 Nov-Feb off                       | 2026 Nov-Feb off
          2026 Dec 24-2027 Dec 24 off            | 2026 Dec 24-2027 Dec 24 off
          Mo-Su,PH 10:00-12:00                   | 10:00-12:00
          """)
  void printsCanonically(String hours, String canonical) {
    SupportHours parsed = SupportHours.parse(hours, NEW_YORK);
    assertEquals(canonical, parsed.toString());
    assertEquals(parsed, SupportHours.parse(canonical, NEW_YORK));
  }

  @Test
  void anAdditionalRuleThatStartsWithATimeKeepsItsMeaningWhenPrinted() {
    SupportHours hours = SupportHours.builder(NEW_YORK).rules("Mo 09:00-12:00").build();
    SupportHours withAddition = SupportHours.parse("Mo 09:00-12:00, Mo-Su 13:00-14:00", NEW_YORK);
    assertEquals("Mo 09:00-12:00, Mo-Su 13:00-14:00", withAddition.toString());
    assertNotEquals(hours, withAddition);
  }

  @Test
  void theBuilderWritesTheSameRulesAsTheText() {
    SupportHours built = SupportHours.builder(NEW_YORK)
        .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))
        .open(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(2, 0))
        .closedOn(MonthDay.of(12, 25))
        .openOn(LocalDate.of(2026, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
        .closedOn(LocalDate.of(2026, 12, 31))
        .closedOnHolidays()
        .holidays(HolidayCalendar.of(LocalDate.of(2026, 11, 26)))
        .build();
    assertEquals(
        SupportHours.parse("Mo-Fr 08:00-20:00; Sa-Su 22:00-02:00; Dec 25 off; 2026 Dec 24 09:00-13:00;"
            + " 2026 Dec 31 off; PH off", NEW_YORK, HolidayCalendar.of(LocalDate.of(2026, 11, 26))),
        built);
  }

  @Test
  void theExamplesInHoursMdHold() {
    assertEquals("Mo-We 09:00-12:00,13:00-18:00; PH off",
        SupportHours.parse("mo,tu,we 09:00-12:00, 13:00-18:00;ph closed", NEW_YORK).toString());
    SupportHours hours = SupportHours.builder(NEW_YORK)
        .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(20, 0))
        .rules("Sa 10:00-16:00")
        .closedOn(MonthDay.of(12, 25))
        .openOn(LocalDate.of(2026, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
        .closedOnHolidays()
        .holidays(HolidayCalendar.of(LocalDate.of(2026, 11, 26)))
        .build();
    assertEquals("Mo-Fr 08:00-20:00; Sa 10:00-16:00; Dec 25 off; 2026 Dec 24 09:00-13:00; PH off", hours.toString());
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    BusinessClock clock = BusinessClock.of(
        SupportHours.parse("Mo-Fr 09:00-18:00; Dec 29-Jan 03 off; PH off", tokyo,
            HolidayCalendar.of(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 2, 11))),
        java.time.Clock.systemUTC());
    java.time.Instant back = clock.nextOpen(java.time.Instant.parse("2026-11-21T03:00:00Z"));
    assertEquals(java.time.Instant.parse("2026-11-23T00:00:00Z"), back);
    assertEquals("2026-11-22T19:00-05:00[America/New_York]", back.atZone(NEW_YORK).toString());
    assertEquals(java.time.Instant.parse("2026-11-23T00:30:00Z"),
        clock.deadline(java.time.Instant.parse("2026-11-20T08:30:00Z"), java.time.Duration.ofHours(1)));
  }

  @Test
  void theBuilderRejectsSecondsAndEmptySchedules() {
    SupportHours.Builder builder = SupportHours.builder(NEW_YORK);
    assertThrows(IllegalArgumentException.class,
        () -> builder.open(DayOfWeek.MONDAY, DayOfWeek.MONDAY, LocalTime.of(9, 0, 30), LocalTime.of(10, 0)));
    assertThrows(IllegalStateException.class, builder::build);
  }

  @Test
  void equalityCoversZoneRulesAndHolidays() {
    SupportHours hours = SupportHours.parse("Mo-Fr 09:00-18:00; PH off", NEW_YORK);
    assertEquals(hours, SupportHours.parse("Mo-Fr 09:00-18:00; PH off", NEW_YORK));
    assertEquals(hours.hashCode(), SupportHours.parse("Mo-Fr 09:00-18:00; PH off", NEW_YORK).hashCode());
    assertNotEquals(hours, hours.withZone(ZoneId.of("Europe/Paris")));
    assertNotEquals(hours, hours.withHolidays(HolidayCalendar.of(LocalDate.of(2026, 7, 4))));
    assertTrue(hours.usesHolidays());
    assertFalse(SupportHours.parse("24/7", NEW_YORK).usesHolidays());
  }

  @Test
  void aHolidayListIsSortedAndFindsTheNextHoliday() {
    HolidayList list = HolidayCalendar.of(LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25));
    assertEquals(java.util.List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)), list.dates());
    assertEquals(LocalDate.of(2026, 12, 26), list.nextHoliday(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1)));
    assertEquals(null, list.nextHoliday(LocalDate.of(2026, 12, 27), LocalDate.of(2027, 1, 1)));
    HolidayCalendar firsts = date -> date.getDayOfMonth() == 1;
    assertEquals(LocalDate.of(2027, 1, 1), firsts.nextHoliday(LocalDate.of(2026, 12, 2), LocalDate.of(2027, 3, 1)));
  }
}

package dev.tact.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.tact.i18n.Greeting.DayPeriod;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GreetingDayPeriodsTest {

  /**
   * The periods read from ICU's rules agree with ICU's public flexible day-period pattern "B":
   * every hour of one period is named alike by {@code SimpleDateFormat("BBBB")}, and every change
   * of name is a change of period.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "ja", "de", "de-AT", "fr", "fr-CA", "es", "es-MX",
      "es-419", "pt", "pt-BR", "pt-PT", "it", "ko", "zh", "ru", "sv", "ar", "hi", "nl", "pl"})
  void agreeWithThePublicDayPeriodPattern(String tag) {
    DayPeriod[] byHour = GreetingDayPeriods.byHour(Locale.forLanguageTag(tag));
    assertNotNull(byHour, tag);
    SimpleDateFormat pattern = new SimpleDateFormat("mm BBBB", ULocale.forLanguageTag(tag));
    pattern.setTimeZone(TimeZone.GMT_ZONE);
    Map<DayPeriod, String> nameOfPeriod = new HashMap<>();
    String previousName = null;
    for (int hour = 0; hour < 24; hour++) {
      // hh:30 with the minutes shown, so that "noon" and "midnight" (hh:00 only) do not interfere
      String name = pattern.format(new Date(hour * 3_600_000L + 1_800_000L)).substring(3);
      String earlier = nameOfPeriod.putIfAbsent(byHour[hour], name);
      assertEquals(earlier == null ? name : earlier, name, tag + " at " + hour + ":30");
      if (hour > 0 && !name.equals(previousName)) {
        assertEquals(true, byHour[hour] != byHour[hour - 1],
            tag + ": the B pattern changes at " + hour + ":00 but the period does not");
      }
      previousName = name;
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en | night1 00–06, morning1 06–12, afternoon1 12–18, evening1 18–21, night1 21–24
      ja | night2 00–04, morning1 04–12, afternoon1 12–16, evening1 16–19, night1 19–23, night2 23–24
      de | night1 00–05, morning1 05–10, morning2 10–12, afternoon1 12–13, afternoon2 13–18, evening1 18–24
      fr | night1 00–04, morning1 04–12, afternoon1 12–18, evening1 18–24
      es | morning1 00–06, morning2 06–12, evening1 12–20, night1 20–24
      pt | night1 00–06, morning1 06–12, afternoon1 12–19, evening1 19–24
      """)
  void theBoundariesOfTheSixLanguages(String tag, String expected) {
    DayPeriod[] byHour = GreetingDayPeriods.byHour(Locale.forLanguageTag(tag));
    assertNotNull(byHour);
    assertEquals(expected, GreetingDayPeriods.describe(byHour));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zz", "und"})
  void aLocaleWithoutCldrDayPeriodsHasNone(String tag) {
    assertNull(GreetingDayPeriods.byHour(Locale.forLanguageTag(tag)));
  }
}

package dev.tact.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON form holds the same model as the text form. */
class HoursJsonTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void theDocumentedExampleReadsLikeItsTextForm() {
    String json = """
        {"zone": "Europe/Berlin",
         "rules": [
           {"weekdays": ["Mo","Tu","We","Th","Fr"], "times": [{"from": "09:00", "to": "18:00"}]},
           {"weekdays": ["Sa"], "times": [{"from": "10:00", "to": "14:00"}]},
           {"dates": [{"from": "12-24", "to": "12-26"}], "off": true},
           {"publicHolidays": true, "off": true}],
         "holidays": ["2026-12-25", "2026-12-26"]}
        """;
    SupportHours expected = SupportHours.parse(
        "Mo-Fr 09:00-18:00; Sa 10:00-14:00; Dec 24-26 off; PH off", BERLIN,
        HolidayCalendar.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));
    assertEquals(expected, HoursJson.read(json, "example.json"));
  }

  @Test
  void writesWhatItReads() {
    SupportHours hours = SupportHours.parse(
        "Mo-Fr 22:00-02:00, Sa 10:00-40:00; 2026 Dec 25-Jan 02 off; We 12:00-13:00 off; Mo-Fr,PH 08:00-09:00",
        BERLIN, HolidayCalendar.of(LocalDate.of(2026, 12, 25)));
    String json = HoursJson.write(hours);
    assertEquals(hours, HoursJson.read(json, "round-trip"));
    assertTrue(json.contains("\"from\":\"2026-12-25\",\"to\":\"2027-01-02\""), json);
  }

  @Test
  void hoursTextIsAcceptedInsteadOfRules() {
    assertEquals(SupportHours.parse("Mo-Fr 09:00-18:00", BERLIN),
        HoursJson.read("{\"zone\":\"Europe/Berlin\",\"hours\":\"Mo-Fr 09:00-18:00\"}", "text"));
  }

  @Test
  void teamsReadAsFollowTheSun() {
    Schedule schedule = HoursJson.read("""
        {"teams": [
          {"zone": "Asia/Tokyo", "hours": "Mo-Fr 09:00-18:00"},
          {"zone": "Europe/Dublin", "hours": "Mo-Fr 09:00-18:00; PH off", "holidays": ["2026-12-25"]}]}
        """, "teams.json");
    FollowTheSun union = assertInstanceOf(FollowTheSun.class, schedule);
    assertEquals(2, union.teams().size());
    assertEquals(union, HoursJson.read(HoursJson.write(union), "again"));
    assertEquals(java.util.List.of(ZoneId.of("Asia/Tokyo"), ZoneId.of("Europe/Dublin")), union.zones());
  }

  @Test
  void customCalendarsHaveNoJsonForm() {
    SupportHours hours = SupportHours.parse("24/7; PH off", BERLIN, date -> date.getDayOfMonth() == 1);
    assertThrows(IllegalArgumentException.class, () -> HoursJson.write(hours));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          {"zone":"Europe/Berlin","rules":[]                                          | $.rules: not valid JSON
          []                                                                          | $: expected an object
          {"rules":[{"times":[{"from":"09:00","to":"18:00"}]}]}                       | $.zone: expected an IANA zone id
          {"zone":"Mars/Olympus","hours":"24/7"}                                      | $.zone: unknown zone 'Mars/Olympus'
          {"zone":"UTC"}                                                              | $: give exactly one of "rules"
          {"zone":"UTC","hours":"Mo-Fr 9:00-18:00"}                                   | $.hours: expected a time like 09:00 at position 6
          {"zone":"UTC","rules":[{"weekdays":["Mon"]}]}                               | $.rules[0].weekdays[0]: expected a weekday
          {"zone":"UTC","rules":[{"times":[{"from":"9","to":"18:00"}]}]}              | $.rules[0].times[0].from: expected a time such as "09:00"
          {"zone":"UTC","rules":[{"times":[{"from":"24:00","to":"26:00"}]}]}          | $.rules[0].times[0].from: a time range must start before 24:00
          {"zone":"UTC","rules":[{"dates":[{"from":"02-30"}]}]}                       | $.rules[0].dates[0].from: no such day of the year: 02-30
          {"zone":"UTC","rules":[{"dates":[{"from":"2026-12-24","to":"12-26"}]}]}     | $.rules[0].dates[0]: give a year in both
          {"zone":"UTC","rules":[{"off":"yes"}]}                                      | $.rules[0].off: expected true or false
          {"zone":"UTC","rules":[{"colour":"red"}]}                                   | $.rules[0].colour: unknown field
          {"zone":"UTC","rules":[{"additional":true}]}                                | $.rules[0].additional: the first rule cannot be additional
          {"zone":"UTC","hours":"24/7","holidays":["25.12.2026"]}                     | $.holidays[0]: expected a date such as "2026-12-25"
          {"teams":[]}                                                                | $.teams: expected a non-empty array of teams
          """)
  void namesTheFieldThatIsWrong(String json, String message) {
    HoursSyntaxException e = assertThrows(HoursSyntaxException.class, () -> HoursJson.read(json, "tenant.json"));
    String expected = message.startsWith("$.rules: not valid JSON") ? "not valid JSON" : message;
    assertTrue(e.getMessage().startsWith("tenant.json"), e::getMessage);
    assertTrue(e.problem().contains(expected), () -> e.problem() + " should say " + expected);
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    HoursSyntaxException e = assertThrows(HoursSyntaxException.class,
        () -> HoursJson.read("{\n  \"zone\": \"UTC\",\n  \"hours\": 24/7\n}", "tenant.json"));
    assertEquals(3, e.line());
    assertTrue(e.column() > 0);
  }
}

package dev.tact.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way support hours can be wrong, with the position and the hint the error gives. The
 * position is a 0-based index into the text; {@code |} below marks it.
 */
class HoursSyntaxErrorTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          ''                               | 0  | support hours are empty
          '   '                            | 0  | support hours are empty
          'Mo-Fr 9:00-18:00'               | 6  | expected a time like 09:00
          'Mo-Fr 09:00'                    | 11 | expected '-' and an end time
          'Mo-Fr 09:00-'                   | 12 | expected a time like 09:00 at the end
          'Mo-Fr 09:60-18:00'              | 9  | minutes go up to 59
          'Mo-Fr 49:00-50:00'              | 6  | hours go up to 24
          'Mo-Fr 24:00-26:00'              | 6  | must start before 24:00
          'Mo-Fr 09:00-18:00+'             | 17 | open-ended times
          'Mo-Fr 10:00-16:00/01:30'        | 17 | repeating times
          'Mo-Xy 09:00-18:00'              | 3  | expected a weekday like Fr to end the range
          'Mo, 09:00-18:00'                | 4  | expected a weekday like Mo or PH after ','
          'Mo[1] 09:00-18:00'              | 2  | nth-weekday selectors
          'PH Mo-Fr 09:00-18:00'           | 3  | write Mo-Fr,PH to select either
          'SH off'                         | 0  | school holidays (SH) are not supported
          'PH +1 day off'                  | 3  | holiday offsets
          'Mo-Fr sunrise-sunset'           | 6  | sunrise, sunset, dawn and dusk are not supported
          'week 01-10 off'                 | 0  | week numbers are not supported
          'easter off'                     | 0  | easter is not supported
          'Mo-Fr 09:00-18:00 unknown'      | 18 | the 'unknown' state is not supported
          'Mo-Fr 09:00-18:00 "call us"'    | 18 | comments in quotes are not supported
          'Mo-Fr 09:00-18:00 || off'       | 18 | fallback rules (||) are not supported
          'Mo-Fr 09:00-18:00 Sa'           | 18 | expected ';' between rules or ',' before an additional rule
          'Mo-Fr 09:00-18:00,'             | 18 | expected a rule after ','
          'Mo-Fr 09:00-18:00;;'            | 18 | expected a rule such as Mo-Fr 09:00-18:00
          'hello'                          | 0  | expected a rule such as Mo-Fr 09:00-18:00
          'Dec 32 off'                     | 4  | day 32 does not exist in Dec
          'Feb 30 off'                     | 4  | day 30 does not exist in Feb
          '2027 Feb 29 off'                | 9  | day 29 does not exist in Feb 2027
          '2026 off'                       | 5  | expected a month like Dec after the year
          'Dec 24- off'                    | 8  | expected a day like 26 or a date like Jan 02
          'Dec 25-2027 Jan 02 off'         | 7  | no year here
          '2026 Dec 25-2025 Dec 26 off'    | 0  | the date range ends before it starts
          'Dec 24, Mo off'                 | 8  | expected a month like Jan, a year or a day after ','
          'Jun- off'                       | 5  | expected a month like Aug to end the month range
          """)
  void rejectsWithPositionAndHint(String hours, int position, String hint) {
    HoursSyntaxException e =
        assertThrows(HoursSyntaxException.class, () -> SupportHours.parse(hours, ZoneOffset.UTC));
    assertTrue(e.problem().contains(hint), () -> "'" + e.problem() + "' should say '" + hint + "'");
    assertEquals(position, e.position(), () -> "position in '" + e.problem() + "'");
    assertTrue(e.problem().contains("at position " + position), e::problem);
    assertEquals(position + 1, e.column());
    assertEquals(1, e.line());
    assertEquals("<hours>", e.source());
  }

  @org.junit.jupiter.api.Test
  void theMessageQuotesTheInputAndStartsWithTheLocation() {
    HoursSyntaxException e =
        assertThrows(HoursSyntaxException.class, () -> SupportHours.parse("Mo-Fr 9:00-18:00", ZoneOffset.UTC));
    assertEquals(
        "<hours>:1:7: expected a time like 09:00 at position 6 in \"Mo-Fr 9:00-18:00\"", e.getMessage());
  }
}

package dev.tact.hours;

import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No text makes the parser or the JSON reader throw anything but a {@link HoursSyntaxException}. */
class HoursRobustnessProperties {

  @Property(tries = 2000)
  void anyTextParsesOrFailsWithASyntaxError(@ForAll("hoursLike") String text) {
    try {
      SupportHours hours = SupportHours.parse(text, ZoneOffset.UTC);
      // Whatever parsed prints to something that parses back equal.
      if (!hours.equals(SupportHours.parse(hours.toString(), ZoneOffset.UTC))) {
        throw new AssertionError("'" + text + "' printed as '" + hours + "' which reads differently");
      }
    } catch (HoursSyntaxException expected) {
      if (expected.position() < 0 || expected.position() > text.length()) {
        throw new AssertionError("position " + expected.position() + " outside '" + text + "'");
      }
    }
  }

  @Property(tries = 1000)
  void anyUnicodeTextParsesOrFailsWithASyntaxError(@ForAll String text) {
    try {
      SupportHours.parse(text, ZoneOffset.UTC);
    } catch (HoursSyntaxException expected) {
      // the only allowed failure
    }
  }

  @Property(tries = 1000)
  void anyJsonReadsOrFailsWithASyntaxError(@ForAll("jsonLike") String json) {
    try {
      HoursJson.read(json, "random.json");
    } catch (HoursSyntaxException expected) {
      // the only allowed failure
    }
  }

  /** Strings made of the syntax's own tokens, so that most get deep into the parser. */
  @Provide
  Arbitrary<String> hoursLike() {
    Arbitrary<String> token = Arbitraries.of(
        "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "SH", "-", ",", ";", " ", " ", ":", "off",
        "closed", "open", "24/7", "09:00", "18:00", "22:00", "02:00", "24:00", "26:00", "48:00",
        "9:00", "Dec", "Jan", "Feb", "24", "29", "31", "2026", "||", "+", "/", "[1]", "\"x\"", "week",
        "sunrise", "\u00a0", "\ud83d\ude00");
    return token.list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> jsonLike() {
    Arbitrary<String> token = Arbitraries.of(
        "{", "}", "[", "]", ",", ":", "\"zone\"", "\"UTC\"", "\"Asia/Tokyo\"", "\"rules\"", "\"hours\"",
        "\"24/7\"", "\"teams\"", "\"times\"", "\"from\"", "\"to\"", "\"09:00\"", "\"48:30\"", "\"dates\"",
        "\"12-24\"", "\"2026-02-30\"", "\"weekdays\"", "\"Mo\"", "\"off\"", "true", "null", "1", "\"holidays\"",
        "\"additional\"", "\"publicHolidays\"");
    return token.list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}

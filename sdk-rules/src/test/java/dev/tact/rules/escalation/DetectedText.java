package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

/** Reads findings as "KIND value" strings, so that a test shows what was found where. */
final class DetectedText {
  private DetectedText() {}

  static List<String> in(PersonalDataDetector detector, String text, Locale locale) {
    return detector.find(text, locale).stream().map(data -> data.kind() + " " + data.span().in(text)).toList();
  }

  static List<String> in(String text, Locale locale) {
    return in(PersonalDataDetector.defaults(), text, locale);
  }

  static void assertFinds(Locale locale, String text, String... expected) {
    assertEquals(List.of(expected), in(text, locale), () -> "in: " + text);
  }

  static void assertFindsNothing(Locale locale, String text) {
    assertEquals(List.of(), in(text, locale), () -> "in: " + text);
  }

  static final Locale EN = Locale.ENGLISH;
  static final Locale JA = Locale.JAPANESE;
  static final Locale DE = Locale.GERMAN;
  static final Locale FR = Locale.FRENCH;
  static final Locale ES = Locale.forLanguageTag("es");
  static final Locale PT = Locale.forLanguageTag("pt");
}

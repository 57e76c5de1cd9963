package dev.tact.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Formality;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoursPhrasesTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "ja", "de", "fr", "es", "pt"})
  void everyLanguageFileHasEveryPhrase(String language) {
    HoursPhrases phrases = HoursPhrases.language(language, Locale.forLanguageTag(language));

    for (String key : HoursPhrases.WEEKLY_KEYS) {
      assertTrue(!phrases.format(key, Formality.NEUTRAL, Map.of("first", "A", "last", "B", "days", "D",
          "times", "T", "range", "R")).isBlank(), key);
    }
    for (String key : HoursPhrases.SENTENCE_KEYS) {
      assertTrue(!phrases.format(key, Formality.CASUAL, Map.of("weekday", "W", "date", "D", "day", "D",
          "time", "T", "hour", 9, "when", "W", "duration", "D")).isBlank(), key);
    }
  }

  @Test
  void rootHoldsLanguageNeutralMarksOnly() {
    HoursPhrases root = HoursPhrases.root(Locale.ITALIAN);

    assertEquals("R (+1)", root.format("time.nextDay", Formality.NEUTRAL, Map.of("range", "R")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> root.text("reply.unknown.phrase", Formality.NEUTRAL));
    assertTrue(e.getMessage().contains("root.json has no phrase 'reply.unknown.phrase'"), e.getMessage());
  }

  @Test
  void casualVariantAppliesOnlyToCasual() {
    HoursPhrases german = HoursPhrases.language("de", Locale.GERMAN);

    assertEquals("Wir antworten dir so bald wie möglich.", german.text("reply.unknown.sentence", Formality.CASUAL));
    assertEquals("Wir antworten Ihnen so bald wie möglich.", german.text("reply.unknown.sentence", Formality.FORMAL));
    assertEquals("Wir antworten Ihnen so bald wie möglich.", german.text("reply.unknown.sentence", Formality.NEUTRAL));
  }

  @Test
  void languagesWithoutAFileAreRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HoursPhrases.language("it", Locale.ITALIAN));
    assertTrue(e.getMessage().contains("no hours phrases for 'it'"), e.getMessage());
  }
}

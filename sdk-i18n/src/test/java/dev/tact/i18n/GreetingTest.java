package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Formality;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreetingTest {
  private final Greeting greeting = Greeting.builtIn();

  private String at(String tag, String zone, String localTime, Formality formality) {
    ZonedDateTime local = ZonedDateTime.of(LocalDateTime.parse(localTime), ZoneId.of(zone));
    return greeting.text(Locale.forLanguageTag(tag), formality, ZoneId.of(zone), local.toInstant());
  }

  /** The minute before and the minute a CLDR day period starts, in the customer's own clock. */
  @ParameterizedTest(name = "{0} at {2} in {1} ({3}): {4}")
  @CsvSource(delimiter = '|', textBlock = """
      en    | America/New_York    | 2025-01-15T05:59 | FORMAL  | Hello
      en    | America/New_York    | 2025-01-15T06:00 | FORMAL  | Good morning
      en    | America/New_York    | 2025-01-15T11:59 | FORMAL  | Good morning
      en    | America/New_York    | 2025-01-15T12:00 | FORMAL  | Good afternoon
      en    | America/New_York    | 2025-01-15T17:59 | NEUTRAL | Good afternoon
      en    | America/New_York    | 2025-01-15T18:00 | NEUTRAL | Good evening
      en    | America/New_York    | 2025-01-15T20:59 | FORMAL  | Good evening
      en    | America/New_York    | 2025-01-15T21:00 | FORMAL  | Hello
      en    | America/New_York    | 2025-01-15T23:59 | FORMAL  | Hello
      en    | America/New_York    | 2025-01-16T00:00 | FORMAL  | Hello
      en    | America/New_York    | 2025-01-15T09:00 | CASUAL  | Hi
      en    | America/New_York    | 2025-07-15T05:59 | FORMAL  | Hello
      en    | America/New_York    | 2025-07-15T06:00 | FORMAL  | Good morning
      en    | America/New_York    | 2025-07-15T20:59 | FORMAL  | Good evening
      en    | America/New_York    | 2025-07-15T21:00 | FORMAL  | Hello
      en    | America/New_York    | 2025-03-09T01:59 | FORMAL  | Hello
      en    | America/New_York    | 2025-03-09T03:00 | FORMAL  | Hello
      en    | America/New_York    | 2025-03-09T05:59 | FORMAL  | Hello
      en    | America/New_York    | 2025-03-09T06:00 | FORMAL  | Good morning
      en    | America/New_York    | 2025-11-02T05:59 | FORMAL  | Hello
      en    | America/New_York    | 2025-11-02T06:00 | FORMAL  | Good morning
      en-GB | Europe/London       | 2025-01-15T11:59 | NEUTRAL | Good morning
      en-GB | Europe/London       | 2025-01-15T12:00 | NEUTRAL | Good afternoon
      ja    | Asia/Tokyo          | 2025-01-15T03:59 | FORMAL  | こんばんは
      ja    | Asia/Tokyo          | 2025-01-15T04:00 | FORMAL  | おはようございます
      ja    | Asia/Tokyo          | 2025-01-15T11:59 | FORMAL  | おはようございます
      ja    | Asia/Tokyo          | 2025-01-15T12:00 | FORMAL  | こんにちは
      ja    | Asia/Tokyo          | 2025-01-15T15:59 | FORMAL  | こんにちは
      ja    | Asia/Tokyo          | 2025-01-15T16:00 | FORMAL  | こんにちは
      ja    | Asia/Tokyo          | 2025-01-15T18:59 | FORMAL  | こんにちは
      ja    | Asia/Tokyo          | 2025-01-15T19:00 | FORMAL  | こんばんは
      ja    | Asia/Tokyo          | 2025-01-15T22:59 | FORMAL  | こんばんは
      ja    | Asia/Tokyo          | 2025-01-15T23:00 | FORMAL  | こんばんは
      ja    | Asia/Tokyo          | 2025-01-15T03:59 | CASUAL  | こんばんは
      ja    | Asia/Tokyo          | 2025-01-15T04:00 | CASUAL  | おはよう
      ja-JP | America/New_York    | 2025-03-09T03:59 | FORMAL  | こんばんは
      ja-JP | America/New_York    | 2025-03-09T04:00 | FORMAL  | おはようございます
      de    | Europe/Berlin       | 2025-01-15T04:59 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-15T05:00 | FORMAL  | Guten Morgen
      de    | Europe/Berlin       | 2025-01-15T09:59 | FORMAL  | Guten Morgen
      de    | Europe/Berlin       | 2025-01-15T10:00 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-15T11:59 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-15T12:00 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-15T12:59 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-15T13:00 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-15T17:59 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-15T18:00 | FORMAL  | Guten Abend
      de    | Europe/Berlin       | 2025-01-15T23:59 | FORMAL  | Guten Abend
      de    | Europe/Berlin       | 2025-01-16T00:00 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-01-16T00:00 | NEUTRAL | Hallo
      de    | Europe/Berlin       | 2025-01-15T23:59 | NEUTRAL | Guten Abend
      de    | Europe/Berlin       | 2025-01-15T05:00 | CASUAL  | Hallo
      de    | Europe/Berlin       | 2025-03-30T04:59 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-03-30T05:00 | FORMAL  | Guten Morgen
      de    | Europe/Berlin       | 2025-10-26T04:59 | FORMAL  | Guten Tag
      de    | Europe/Berlin       | 2025-10-26T05:00 | FORMAL  | Guten Morgen
      de-AT | Europe/Vienna       | 2025-07-15T05:00 | FORMAL  | Guten Morgen
      de-CH | Europe/Zurich       | 2025-07-15T18:00 | FORMAL  | Guten Abend
      fr    | Europe/Paris        | 2025-01-15T03:59 | FORMAL  | Bonsoir
      fr    | Europe/Paris        | 2025-01-15T04:00 | FORMAL  | Bonjour
      fr    | Europe/Paris        | 2025-01-15T11:59 | FORMAL  | Bonjour
      fr    | Europe/Paris        | 2025-01-15T12:00 | FORMAL  | Bonjour
      fr    | Europe/Paris        | 2025-01-15T17:59 | FORMAL  | Bonjour
      fr    | Europe/Paris        | 2025-01-15T18:00 | FORMAL  | Bonsoir
      fr    | Europe/Paris        | 2025-01-15T23:59 | FORMAL  | Bonsoir
      fr    | Europe/Paris        | 2025-01-16T00:00 | FORMAL  | Bonsoir
      fr    | Europe/Paris        | 2025-01-15T18:00 | CASUAL  | Salut
      fr-CA | America/Toronto     | 2025-03-09T17:59 | FORMAL  | Bonjour
      fr-CA | America/Toronto     | 2025-03-09T18:00 | FORMAL  | Bonsoir
      es    | Europe/Madrid       | 2025-01-15T05:59 | FORMAL  | Buenas noches
      es    | Europe/Madrid       | 2025-01-15T06:00 | FORMAL  | Buenos días
      es    | Europe/Madrid       | 2025-01-15T11:59 | FORMAL  | Buenos días
      es    | Europe/Madrid       | 2025-01-15T12:00 | FORMAL  | Buenas tardes
      es    | Europe/Madrid       | 2025-01-15T19:59 | FORMAL  | Buenas tardes
      es    | Europe/Madrid       | 2025-01-15T20:00 | FORMAL  | Buenas noches
      es    | Europe/Madrid       | 2025-01-15T23:59 | CASUAL  | Buenas noches
      es    | Europe/Madrid       | 2025-01-16T00:00 | CASUAL  | Buenas noches
      es-MX | America/Mexico_City | 2025-07-15T11:59 | FORMAL  | Buenos días
      es-MX | America/Mexico_City | 2025-07-15T12:00 | FORMAL  | Buenas tardes
      es-AR | America/Argentina/Buenos_Aires | 2025-07-15T19:59 | NEUTRAL | Buenas tardes
      es-AR | America/Argentina/Buenos_Aires | 2025-07-15T20:00 | NEUTRAL | Buenas noches
      pt-BR | America/Sao_Paulo   | 2025-01-15T05:59 | NEUTRAL | Boa noite
      pt-BR | America/Sao_Paulo   | 2025-01-15T06:00 | NEUTRAL | Bom dia
      pt-BR | America/Sao_Paulo   | 2025-01-15T11:59 | NEUTRAL | Bom dia
      pt-BR | America/Sao_Paulo   | 2025-01-15T12:00 | NEUTRAL | Boa tarde
      pt-BR | America/Sao_Paulo   | 2025-01-15T18:59 | NEUTRAL | Boa tarde
      pt-BR | America/Sao_Paulo   | 2025-01-15T19:00 | NEUTRAL | Boa noite
      pt-BR | America/Sao_Paulo   | 2025-01-15T23:59 | NEUTRAL | Boa noite
      pt-BR | America/Sao_Paulo   | 2025-01-16T00:00 | NEUTRAL | Boa noite
      pt-BR | America/Sao_Paulo   | 2018-11-03T23:59 | NEUTRAL | Boa noite
      pt-BR | America/Sao_Paulo   | 2018-11-04T01:00 | NEUTRAL | Boa noite
      pt-PT | Europe/Lisbon       | 2025-03-30T05:59 | FORMAL  | Boa noite
      pt-PT | Europe/Lisbon       | 2025-03-30T06:00 | FORMAL  | Bom dia
      """)
  void greetsByTheCustomersLocalClock(String tag, String zone, String localTime,
      Formality formality, String expected) {
    assertEquals(expected, at(tag, zone, localTime, formality));
  }

  @Test
  void theSameInstantGreetsEachCustomerByTheirOwnClock() {
    Instant now = Instant.parse("2025-01-15T23:30:00Z");
    assertEquals("おはようございます",
        greeting.text(Locale.JAPAN, Formality.FORMAL, ZoneId.of("Asia/Tokyo"), now)); // 08:30
    assertEquals("Guten Tag",
        greeting.text(Locale.GERMANY, Formality.FORMAL, ZoneId.of("Europe/Berlin"), now)); // 00:30
    assertEquals("Boa noite", greeting.text(Locale.forLanguageTag("pt-BR"), Formality.NEUTRAL,
        ZoneId.of("America/Sao_Paulo"), now)); // 20:30
    assertEquals("Good evening",
        greeting.text(Locale.US, Formality.NEUTRAL, ZoneId.of("America/New_York"), now)); // 18:30
  }

  @Test
  void daylightSavingMovesTheBoundaryInUtc() {
    ZoneId newYork = ZoneId.of("America/New_York");
    // 10:30 UTC is 05:30 in New York in winter and 06:30 in summer.
    assertEquals("Hello",
        greeting.text(Locale.US, Formality.FORMAL, newYork, Instant.parse("2025-01-15T10:30:00Z")));
    assertEquals("Good morning",
        greeting.text(Locale.US, Formality.FORMAL, newYork, Instant.parse("2025-07-15T10:30:00Z")));
  }

  @ParameterizedTest(name = "{0} {1} without a zone: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | FORMAL  | Hello
      en | NEUTRAL | Hello
      en | CASUAL  | Hi
      ja | FORMAL  | こんにちは
      ja | CASUAL  | こんにちは
      de | FORMAL  | Guten Tag
      de | NEUTRAL | Hallo
      de | CASUAL  | Hallo
      fr | FORMAL  | Bonjour
      fr | CASUAL  | Salut
      es | FORMAL  | Hola
      pt | NEUTRAL | Olá
      """)
  void anUnknownZoneGetsTheTimeFreeGreeting(String tag, Formality formality, String expected) {
    for (String instant : new String[] {"2025-01-15T03:00:00Z", "2025-01-15T15:00:00Z"}) {
      assertEquals(expected,
          greeting.text(Locale.forLanguageTag(tag), formality, null, Instant.parse(instant)));
    }
  }

  @Test
  void aLocaleWithoutPhrasesGetsTheFallbackLocalesTimeFreeGreeting() {
    Instant morningInRome = Instant.parse("2025-01-15T08:00:00Z");
    assertEquals("Hello", greeting.text(Locale.ITALIAN, Formality.FORMAL, ZoneId.of("Europe/Rome"),
        morningInRome));
    Greeting germanFirst = Greeting.builder().fallbackLocale(Locale.GERMAN).build();
    assertEquals("Guten Tag", germanFirst.text(Locale.ITALIAN, Formality.FORMAL,
        ZoneId.of("Europe/Rome"), morningInRome));
  }

  @Test
  void farewellsAreNeverUsedAsGreetings() {
    Set<String> farewells = Set.of("Good night", "Gute Nacht", "Bonne nuit", "おやすみなさい", "おやすみ");
    for (String tag : new String[] {"en", "ja", "de", "fr", "es", "pt"}) {
      for (Formality formality : Formality.values()) {
        for (int hour = 0; hour < 24; hour++) {
          String text = greeting.text(Locale.forLanguageTag(tag), formality, ZoneId.of("UTC"),
              Instant.ofEpochSecond(hour * 3600L + 1800));
          assertFalse(farewells.contains(text), tag + " " + formality + " " + hour + ": " + text);
        }
      }
    }
  }

  @Test
  void aVendorAddsALanguageWhoseHoursComeFromCldr() {
    Greeting withItalian = Greeting.builder()
        .put(Locale.ITALIAN, Greeting.Phrases.builder()
            .anyTime("Salve").anyTime(Formality.CASUAL, "Ciao")
            .at(Greeting.DayPeriod.MORNING1, "Buongiorno")
            .at(Greeting.DayPeriod.AFTERNOON1, "Buon pomeriggio")
            .at(Greeting.DayPeriod.EVENING1, "Buonasera")
            .at(Greeting.DayPeriod.NIGHT1, "Salve")
            .build())
        .build();
    ZoneId rome = ZoneId.of("Europe/Rome");
    Locale italian = Locale.ITALY;
    assertEquals("Salve", withItalian.text(italian, Formality.FORMAL, rome,
        ZonedDateTime.of(LocalDateTime.parse("2025-01-15T05:59"), rome).toInstant()));
    assertEquals("Buongiorno", withItalian.text(italian, Formality.FORMAL, rome,
        ZonedDateTime.of(LocalDateTime.parse("2025-01-15T06:00"), rome).toInstant()));
    assertEquals("Buongiorno", withItalian.text(italian, Formality.CASUAL, rome,
        ZonedDateTime.of(LocalDateTime.parse("2025-01-15T06:00"), rome).toInstant()));
    assertEquals("Ciao", withItalian.text(italian, Formality.CASUAL, null, Instant.EPOCH));
    assertEquals("Good morning", withItalian.text(Locale.US, Formality.FORMAL,
        ZoneId.of("America/New_York"), Instant.parse("2025-01-15T14:00:00Z")));
  }

  @Test
  void aRegionalOverrideLeavesTheRestOfTheLanguageAlone() {
    Greeting brazilCasual = Greeting.builder()
        .put(Locale.forLanguageTag("pt-BR"), Greeting.Phrases.builder()
            .anyTime("Olá").anyTime(Formality.CASUAL, "Oi")
            .at(Greeting.DayPeriod.NIGHT1, "Boa noite")
            .at(Greeting.DayPeriod.MORNING1, "Bom dia")
            .at(Greeting.DayPeriod.AFTERNOON1, "Boa tarde")
            .at(Greeting.DayPeriod.EVENING1, "Boa noite")
            .build())
        .build();
    assertEquals("Oi", brazilCasual.text(Locale.forLanguageTag("pt-BR"), Formality.CASUAL, null,
        Instant.EPOCH));
    assertEquals("Oi", brazilCasual.text(Locale.forLanguageTag("pt-BR-u-ca-gregory"),
        Formality.CASUAL, null, Instant.EPOCH));
    assertEquals("Olá", brazilCasual.text(Locale.forLanguageTag("pt-PT"), Formality.CASUAL, null,
        Instant.EPOCH));
  }

  @Test
  void phrasesMustCoverExactlyTheLocalesCldrDayPeriods() {
    Greeting.Phrases englishShaped = Greeting.Phrases.builder()
        .anyTime("Hallo")
        .at(Greeting.DayPeriod.MORNING1, "Guten Morgen")
        .at(Greeting.DayPeriod.AFTERNOON1, "Guten Tag")
        .at(Greeting.DayPeriod.EVENING1, "Guten Abend")
        .at(Greeting.DayPeriod.NIGHT1, "Hallo")
        .build();
    Greeting.Builder builder = Greeting.builder();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.put(Locale.GERMAN, englishShaped));
    assertEquals("greetings for de miss [morning2, afternoon2]; the CLDR day periods of de are "
        + "night1 00–05, morning1 05–10, morning2 10–12, afternoon1 12–13, afternoon2 13–18, "
        + "evening1 18–24", e.getMessage());

    Greeting.Phrases withExtra = Greeting.Phrases.builder().anyTime("Hi")
        .at(Greeting.DayPeriod.MORNING1, "Good morning")
        .at(Greeting.DayPeriod.AFTERNOON1, "Good afternoon")
        .at(Greeting.DayPeriod.EVENING1, "Good evening")
        .at(Greeting.DayPeriod.NIGHT1, "Hello")
        .at(Greeting.DayPeriod.NIGHT2, "Hello")
        .build();
    e = assertThrows(IllegalArgumentException.class, () -> builder.put(Locale.UK, withExtra));
    assertTrue(e.getMessage().contains("name periods the locale does not use: [night2]"),
        e.getMessage());
  }

  @Test
  void phrasesNeedAFormalGreetingAndWords() {
    Greeting.Phrases.Builder onlyCasual = Greeting.Phrases.builder().anyTime(Formality.CASUAL, "Hi");
    IllegalStateException missing = assertThrows(IllegalStateException.class, onlyCasual::build);
    assertTrue(missing.getMessage().contains("anyTime has no FORMAL phrase"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Greeting.Phrases.builder().anyTime("  "));
  }

  @Test
  void theFallbackLocaleMustHavePhrases() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Greeting.builder().fallbackLocale(Locale.KOREAN).build());
    assertTrue(e.getMessage().contains("the fallback locale ko has no greetings"), e.getMessage());
  }

  @Test
  void neutralFallsBackToFormalAndCasualToNeutral() {
    Greeting.Phrases phrases = Greeting.Phrases.builder().anyTime("Guten Tag")
        .anyTime(Formality.NEUTRAL, "Hallo").build();
    assertEquals("Guten Tag", phrases.anyTime(Formality.FORMAL));
    assertEquals("Hallo", phrases.anyTime(Formality.NEUTRAL));
    assertEquals("Hallo", phrases.anyTime(Formality.CASUAL));
    assertNotEquals(phrases.anyTime(Formality.FORMAL), phrases.anyTime(Formality.CASUAL));
  }

  @Test
  void anIllFormedLocaleFallsBackToItsLanguageOrIsRejectedWhenPut() {
    Greeting withRegion = Greeting.builder()
        .put(Locale.forLanguageTag("de-AT"), Greeting.Phrases.builder().anyTime("Grüß Gott")
            .at(Greeting.DayPeriod.NIGHT1, "Grüß Gott")
            .at(Greeting.DayPeriod.MORNING1, "Guten Morgen")
            .at(Greeting.DayPeriod.MORNING2, "Grüß Gott")
            .at(Greeting.DayPeriod.AFTERNOON1, "Grüß Gott")
            .at(Greeting.DayPeriod.AFTERNOON2, "Grüß Gott")
            .at(Greeting.DayPeriod.EVENING1, "Guten Abend")
            .build())
        .build();
    assertEquals("Grüß Gott",
        withRegion.text(Locale.forLanguageTag("de-AT-1996"), Formality.FORMAL, null, Instant.EPOCH));
    Locale illFormed = new Locale("de", "!!", "x y");
    assertEquals("Guten Tag", withRegion.text(illFormed, Formality.FORMAL, null, Instant.EPOCH));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Greeting.builder().put(illFormed, Greeting.Phrases.builder().anyTime("Hallo").build()));
    assertTrue(e.getMessage().startsWith("expected a locale with a well-formed language"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Greeting.builder().put(Locale.ROOT, Greeting.Phrases.builder().anyTime("Hi").build()));
  }
}

package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tact.core.Formality;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GreetingProperties {
  private static final List<Locale> LOCALES = Arrays.asList(Locale.getAvailableLocales());
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
  private final Greeting greeting = Greeting.builtIn();

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.oneOf(Arbitraries.of(LOCALES),
        Arbitraries.of("en", "ja", "de", "fr", "es", "pt", "pt-BR", "es-MX", "de-AT", "en-GB")
            .map(Locale::forLanguageTag));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.oneOf(Arbitraries.of(ZONES).map(ZoneId::of),
        Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
        .map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<Instant> recentInstants() {
    return Arbitraries.longs().between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
  }

  @Property(tries = 2000)
  void neverThrowsAndNeverBlank(@ForAll("locales") Locale locale, @ForAll Formality formality,
      @ForAll("zones") ZoneId zone, @ForAll("instants") Instant now) {
    assertFalse(greeting.text(locale, formality, zone, now).isBlank());
    assertFalse(greeting.text(locale, formality, null, now).isBlank());
  }

  /** The greeting depends only on the wall-clock time the customer reads, as java.time sees it. */
  @Property(tries = 2000)
  void dependsOnlyOnTheLocalWallClock(@ForAll("locales") Locale locale,
      @ForAll Formality formality, @ForAll("zones") ZoneId zone,
      @ForAll("recentInstants") Instant now) {
    LocalDateTime wallClock = LocalDateTime.ofInstant(now, zone);
    Instant sameWallClockInUtc = wallClock.toInstant(ZoneOffset.UTC);
    assertEquals(greeting.text(locale, formality, ZoneOffset.UTC, sameWallClockInUtc),
        greeting.text(locale, formality, zone, now));
  }
}

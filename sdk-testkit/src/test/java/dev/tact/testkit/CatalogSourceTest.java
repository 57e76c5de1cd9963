package dev.tact.testkit;

import static dev.tact.testkit.TactAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;

/** {@link CatalogSource} as users write it: JUnit runs the test once per catalog text. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSourceTest {
  private final List<String> seen = new ArrayList<>();

  @ParameterizedTest(name = "{0} [{1}] {2}")
  @CatalogSource("src/test/catalog")
  void everyTextOfADirectoryCatalog(String key, Locale locale, String text) {
    assertTrue(Set.of("order.delayed", "ticket.status", "welcome").contains(key), key);
    assertTrue(Set.of(Locale.ENGLISH, Locale.JAPANESE).contains(locale), locale::toString);
    assertThat(text).inLocale(locale).hasNoFindingsAtLeast(Severity.WARNING);
    seen.add(key + " [" + locale + "] " + text);
  }

  @ParameterizedTest(name = "{0} [{1}] {2}")
  @CatalogSource("dev/tact/testkit/catalog")
  void everyTextOfAClasspathCatalog(String key, Locale locale, String text) {
    assertEquals("welcome", key);
    assertEquals(Locale.GERMAN, locale);
    assertThat(text).inLocale(locale).hasNoFindings();
    seen.add(key + " [" + locale + "] " + text);
  }

  @AfterAll
  void eachTextWasGivenOnce() {
    assertEquals(13, seen.size(), seen::toString);
    assertEquals(13, Set.copyOf(seen).size(), seen::toString);
  }
}

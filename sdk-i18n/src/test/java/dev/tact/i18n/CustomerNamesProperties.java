package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CustomerNamesProperties {
  private static final List<Locale> LOCALES = Arrays.asList(Locale.getAvailableLocales());
  private final CustomerNames names = CustomerNames.builtIn();

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.oneOf(Arbitraries.of(LOCALES),
        Arbitraries.of("en", "ja", "de", "fr", "es", "pt", "pt-BR", "pt-PT", "es-ES")
            .map(Locale::forLanguageTag));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u3040', '\u30ff').withCharRange('\u4e00', '\u4fff')
            .ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("{0}", "'{'", "<b>", " ", "\u202e", "田中", "Müller", "O'Brien"));
  }

  @Property(tries = 3000)
  void anyNameFormatsWithoutExceptionAndKeepsItsText(@ForAll("names") String given,
      @ForAll("names") String family, @ForAll("locales") Locale locale,
      @ForAll Formality formality) {
    Customer customer = Customer.builder().givenName(given).familyName(family).build();
    Optional<String> name = names.format(customer, locale, formality);
    name.ifPresent(text -> {
      assertFalse(text.isBlank());
      boolean hasAPart = customer.givenName().map(text::contains).orElse(false)
          || customer.familyName().map(text::contains).orElse(false);
      assertTrue(hasAPart, () -> "'" + text + "' holds neither name part of " + customer);
    });
    assertFalse(names.fallback(locale, formality).isBlank());
  }
}

package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerNamesTest {
  private final CustomerNames names = CustomerNames.builtIn();

  private static Customer customer(String given, String family) {
    return Customer.builder().givenName(given).familyName(family).build();
  }

  private String format(String tag, Formality formality, String given, String family) {
    return names.format(customer(given, family), Locale.forLanguageTag(tag), formality)
        .orElse("<none>");
  }

  /** given and family are the parts the customer record holds; "" means unknown. */
  @ParameterizedTest(name = "{0} {1}: [{2}] [{3}] -> {4}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      ja    | FORMAL  | 由紀  | 田中   | 田中様
      ja    | NEUTRAL | 由紀  | 田中   | 田中様
      ja    | CASUAL  | 由紀  | 田中   | 田中さん
      ja    | FORMAL  | 由紀  |        | 由紀様
      ja    | FORMAL  |       | 田中   | 田中様
      ja    | FORMAL  | John  | Smith  | Smith 様
      ja    | CASUAL  | John  |        | John さん
      ja    | FORMAL  |       | スミス | スミス様
      ja    | FORMAL  | ジョー |       | ジョー様
      ja    | FORMAL  |       |        | <none>
      en    | NEUTRAL | Jane  | Smith  | Jane
      en    | CASUAL  | Jane  | Smith  | Jane
      en    | FORMAL  | Jane  | Smith  | Jane Smith
      en    | NEUTRAL |       | Smith  | <none>
      en    | FORMAL  |       | Smith  | <none>
      en    | FORMAL  | Jane  |        | Jane
      en    | NEUTRAL | 由紀  | 田中   | 田中由紀
      en    | FORMAL  | 由紀  | 田中   | 田中由紀
      en    | NEUTRAL |       | 田中   | 田中
      en    | NEUTRAL | 민준  | 김     | 김민준
      en    | NEUTRAL | Yuki  | Tanaka | Yuki
      en-GB | FORMAL  | Yuki  | Tanaka | Yuki Tanaka
      de    | FORMAL  | Maria | Müller | Maria Müller
      de    | NEUTRAL | Maria | Müller | Maria
      de    | CASUAL  | Maria | Müller | Maria
      de    | FORMAL  |       | Müller | <none>
      de-AT | FORMAL  | 由紀  | 田中   | 田中由紀
      fr    | FORMAL  | Marie | Dupont | Marie Dupont
      fr    | NEUTRAL | Marie | Dupont | Marie
      fr    | CASUAL  | Marie | Dupont | Marie
      es    | FORMAL  | Lucía | García Pérez | Lucía García Pérez
      es-MX | NEUTRAL | Lucía | García | Lucía
      pt-BR | FORMAL  | João  | da Silva | João da Silva
      pt-BR | NEUTRAL | João  | da Silva | João
      pt-PT | CASUAL  | João  | da Silva | João
      it    | FORMAL  | Giulia | Rossi | Giulia Rossi
      """)
  void addressesTheCustomerAsTheLanguageDoes(String tag, Formality formality, String given,
      String family, String expected) {
    assertEquals(expected, format(tag, formality, given, family));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en    | NEUTRAL | there
      en    | FORMAL  | there
      ja    | FORMAL  | お客様
      ja    | CASUAL  | お客様
      de    | FORMAL  | liebe Kundin, lieber Kunde
      fr    | FORMAL  | Madame, Monsieur
      fr    | NEUTRAL | à vous
      fr    | CASUAL  | à toi
      es    | FORMAL  | estimado cliente
      es-ES | CASUAL  | a ti
      pt-BR | NEUTRAL | caro cliente
      pt-BR | CASUAL  | a você
      pt-PT | CASUAL  | a ti
      it    | NEUTRAL | there
      """)
  void anUnknownNameHasAFallbackThatReadsWellInItsPlace(String tag, Formality formality,
      String expected) {
    assertEquals(expected, names.fallback(Locale.forLanguageTag(tag), formality));
  }

  @Test
  void sentencesReadWellWithANameAndWithout() {
    Customer yuki = customer("由紀", "田中");
    Customer nobody = Customer.anonymous();
    assertEquals("田中様、こんにちは。", sentence("{0}、こんにちは。", yuki, Locale.JAPANESE, Formality.FORMAL));
    assertEquals("お客様、こんにちは。", sentence("{0}、こんにちは。", nobody, Locale.JAPANESE, Formality.FORMAL));
    assertEquals("Hi Jane!", sentence("Hi {0}!", customer("Jane", "Smith"), Locale.US, Formality.NEUTRAL));
    assertEquals("Hi there!", sentence("Hi {0}!", nobody, Locale.US, Formality.NEUTRAL));
    assertEquals("Hi there!", sentence("Hi {0}!", customer("", "Smith"), Locale.US, Formality.NEUTRAL));
    assertEquals("Guten Tag Maria Müller,", sentence("Guten Tag {0},", customer("Maria", "Müller"), Locale.GERMAN, Formality.FORMAL));
    assertEquals("Guten Tag liebe Kundin, lieber Kunde,", sentence("Guten Tag {0},", nobody, Locale.GERMAN, Formality.FORMAL));
    assertEquals("Merci à vous !", sentence("Merci {0} !", nobody, Locale.FRENCH, Formality.NEUTRAL));
    assertEquals("Hola, Lucía:", sentence("Hola, {0}:", customer("Lucía", "García"), Locale.forLanguageTag("es-MX"), Formality.NEUTRAL));
    assertEquals("Obrigado a você!", sentence("Obrigado {0}!", nobody, Locale.forLanguageTag("pt-BR"), Formality.CASUAL));
  }

  private String sentence(String pattern, Customer customer, Locale locale, Formality formality) {
    String name = names.format(customer, locale, formality)
        .orElseGet(() -> names.fallback(locale, formality));
    return pattern.replace("{0}", name);
  }

  @Test
  void namesAreDataAndOnlySurroundingWhitespaceGoes() {
    Customer odd = Customer.builder().givenName("  {0} <b>'{'</b>  ").familyName("O'Brien").build();
    assertEquals(Optional.of("{0} <b>'{'</b>"), names.format(odd, Locale.ENGLISH, Formality.NEUTRAL));
    assertEquals(Optional.of("{0} <b>'{'</b> O'Brien"), names.format(odd, Locale.ENGLISH, Formality.FORMAL));
    assertEquals(Optional.of("O'Brien 様"), names.format(odd, Locale.JAPANESE, Formality.FORMAL));
  }

  @Test
  void aVendorAddsALanguage() {
    CustomerNames withItalian = CustomerNames.builder()
        .put(Locale.ITALIAN, Formality.FORMAL, CustomerNames.Address.full("gentile cliente"))
        .put(Locale.ITALIAN, Formality.NEUTRAL, CustomerNames.Address.given("gentile cliente"))
        .put(Locale.ITALIAN, Formality.CASUAL, CustomerNames.Address.given("a te"))
        .build();
    assertEquals("gentile cliente", withItalian.fallback(Locale.ITALY, Formality.FORMAL));
    assertEquals(Optional.of("Giulia"),
        withItalian.format(customer("Giulia", "Rossi"), Locale.ITALY, Formality.NEUTRAL));
    assertEquals("there", withItalian.fallback(Locale.KOREAN, Formality.NEUTRAL));
    CustomerNames japaneseFirst = CustomerNames.builder().fallbackLocale(Locale.JAPANESE).build();
    assertEquals("お客様", japaneseFirst.fallback(Locale.KOREAN, Formality.NEUTRAL));
  }

  @Test
  void aVendorLocaleNeedsEveryFormality() {
    CustomerNames.Builder halfDone = CustomerNames.builder()
        .put(Locale.ITALIAN, Formality.FORMAL, CustomerNames.Address.full("gentile cliente"));
    IllegalStateException e = assertThrows(IllegalStateException.class, halfDone::build);
    assertEquals("name conventions for it lack NEUTRAL; put an Address for it", e.getMessage());
  }

  @Test
  void anAddressIsCheckedWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> CustomerNames.Address.given(" "));
    IllegalArgumentException noHonorific = assertThrows(IllegalArgumentException.class,
        () -> CustomerNames.Address.honorific("", "お客様"));
    assertTrue(noHonorific.getMessage().contains("needs an honorific"));
    assertThrows(IllegalArgumentException.class,
        () -> new CustomerNames.Address(CustomerNames.Form.FULL, "様", "there"));
  }
}

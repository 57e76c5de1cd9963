package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rendering catalog templates and ad-hoc patterns for customers. */
class RendererTest {
  private static final TemplateCatalog CATALOG =
      TemplateCatalog.load(Path.of("src/test/resources/catalogs/shop"));
  private static final Renderer RENDERER = Renderer.builder().catalog(CATALOG).build();
  /** 09:30 in Tokyo, 01:30 in Vienna, 19:30 the evening before in New York. */
  private static final Instant NOW = Instant.parse("2025-01-15T00:30:00Z");

  private static final Customer YUKI = Customer.builder().familyName("Tanaka").givenName("Yuki")
      .locale(Locale.JAPANESE).zone(ZoneId.of("Asia/Tokyo")).build();
  private static final Customer BOB = Customer.builder().givenName("Bob")
      .locale(Locale.ENGLISH).zone(ZoneId.of("America/New_York")).build();
  private static final Customer ANNA = Customer.builder().givenName("Anna").familyName("Schmidt")
      .locale(Locale.forLanguageTag("de-AT")).zone(ZoneId.of("Europe/Vienna")).build();

  private static String cart(String tag, Number count) {
    return RENDERER.render("cart.items", Locale.forLanguageTag(tag), Customer.anonymous(),
        Map.of("count", count), NOW);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | 1       | One item is in your cart.
      en | 5       | 5 items are in your cart.
      ja | 1       | カートに1点の商品があります。
      ja | 5       | カートに5点の商品があります。
      ru | 1       | В корзине 1 товар.
      ru | 3       | В корзине 3 товара.
      ru | 5       | В корзине 5 товаров.
      ru | 21      | В корзине 21 товар.
      ru | 1.5     | В корзине 1,5 товара.
      pl | 1       | W koszyku jest 1 produkt.
      pl | 2       | W koszyku są 2 produkty.
      pl | 5       | W koszyku jest 5 produktów.
      pl | 22      | W koszyku są 22 produkty.
      pl | 2.5     | W koszyku jest 2,5 produktu.
      ar | 0       | لا توجد عناصر في سلتك.
      ar | 1       | عنصر واحد في سلتك.
      ar | 2       | عنصران في سلتك.
      ar | 3       | 3 عناصر في سلتك.
      ar | 11      | 11 عنصرًا في سلتك.
      ar | 100     | 100 عنصر في سلتك.
      pt-BR | 1       | 1 item está no seu carrinho.
      pt-BR | 1000000 | 1.000.000 de itens estão no seu carrinho.
      de-AT | 2       | 2 Artikel sind im Warenkorb.
      """)
  void pluralsFollowTheLocalesCategories(String tag, String count, String expected) {
    Number value = count.contains(".") ? Double.parseDouble(count) : Long.parseLong(count);
    assertEquals(expected, cart(tag, value));
  }

  @Test
  void theCustomersLocaleChoosesTheTemplateWithFallbacks() {
    assertEquals("Guten Tag, Anna Schmidt! Wir helfen gern.",
        RENDERER.render("welcome", ANNA, Map.of(), NOW)); // de-AT -> de
    assertEquals("5 items are in your cart.", RENDERER.render("cart.items",
        Customer.builder().locale(Locale.KOREAN).build(), Map.of("count", 5), NOW)); // ko -> en
    assertEquals("5 items are in your cart.", RENDERER.render("cart.items",
        Customer.anonymous(), Map.of("count", 5), NOW)); // no locale -> default
  }

  @Test
  void greetingAndNameFitTheCustomersClockAndLanguage() {
    assertEquals("おはようございます。Tanaka 様、お問い合わせありがとうございます。",
        RENDERER.render("welcome", YUKI, Map.of(), NOW));
    assertEquals("Good evening, Bob! We're here to help.",
        RENDERER.render("welcome", BOB, Map.of(), NOW));
  }

  @Test
  void aMissingNameTakesTheBuiltInFallback() {
    assertEquals("Hello, there! We're here to help.",
        RENDERER.render("welcome", Customer.anonymous(), Map.of(), NOW));
  }

  @Test
  void aRootTemplateSpeaksTheRequestedLanguageInItsBuiltIns() {
    TemplateCatalog catalog = TemplateCatalog.builder()
        .source("en.yaml", "other: Hi\n")
        .source("root.yaml", "hello: \"{greeting}, {customerName}!\"\n").build();
    Renderer renderer = Renderer.builder().catalog(catalog).build();
    assertEquals("おはようございます, Tanaka 様!", renderer.render("hello", YUKI, Map.of(), NOW));
    assertEquals("Good evening, Bob!", renderer.render("hello", BOB, Map.of(), NOW));
  }

  @Test
  void formalitySelectsABranch() {
    assertEquals("Happy to help!", RENDERER.render("tone.check", BOB, Map.of(), NOW));
    assertEquals("We would be glad to help.", RENDERER.render("tone.check",
        BOB.toBuilder().formality(Formality.FORMAL).build(), Map.of(), NOW));
    assertEquals("We would be glad to help.",
        RENDERER.render("tone.check", BOB, Map.of("formality", Formality.FORMAL), NOW));
  }

  @Test
  void datesShowInTheCustomersZoneAndTheTemplatesLanguage() {
    Instant lateUtc = Instant.parse("2025-01-15T23:30:00Z");
    assertEquals("Your order A-1 ships on January 15, 2025.",
        RENDERER.render("order.shipped", BOB, Map.of("day", lateUtc, "orderId", "A-1"), NOW));
    assertEquals("Your order A-1 ships on January 16, 2025.", RENDERER.render("order.shipped",
        Locale.ENGLISH, YUKI, Map.of("day", lateUtc, "orderId", "A-1"), NOW));
    assertEquals("Ihre Bestellung A-1 wird am 16. Januar 2025 versandt.",
        RENDERER.render("order.shipped", ANNA, Map.of("day", lateUtc, "orderId", "A-1"), NOW));
    ZonedDateTime zoned = lateUtc.atZone(ZoneId.of("Pacific/Auckland"));
    assertEquals("Your order A-1 ships on January 15, 2025.",
        RENDERER.render("order.shipped", BOB, Map.of("day", zoned, "orderId", "A-1"), NOW));
    assertEquals("Your order A-1 ships on January 16, 2025.", RENDERER.render("order.shipped",
        Customer.anonymous(), Map.of("day", zoned, "orderId", "A-1"), NOW)); // the value's zone
    assertEquals("Your order A-1 ships on March 3, 2025.", RENDERER.render("order.shipped",
        YUKI.toBuilder().locale(Locale.ENGLISH).build(),
        Map.of("day", LocalDate.of(2025, 3, 3), "orderId", "A-1"), NOW));
    assertEquals("Your order A-1 ships on January 16, 2025.", RENDERER.render("order.shipped",
        Locale.ENGLISH, YUKI, Map.of("day", Date.from(lateUtc), "orderId", "A-1"), NOW));
  }

  @Test
  void aMissingOrBlankValueTakesTheDeclaredFallback() {
    Instant day = Instant.parse("2025-01-15T12:00:00Z");
    assertEquals("Your order (no number) ships on January 15, 2025.",
        RENDERER.render("order.shipped", BOB, Map.of("day", day), NOW));
    assertEquals("Your order (no number) ships on January 15, 2025.",
        RENDERER.render("order.shipped", BOB, Map.of("day", day, "orderId", " \t"), NOW));
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("day", day);
    withNull.put("orderId", null);
    assertEquals("Your order (no number) ships on January 15, 2025.",
        RENDERER.render("order.shipped", BOB, withNull, NOW));
    assertEquals("Your order (no number) ships on January 15, 2025.", RENDERER.render(
        "order.shipped", BOB, Map.of("day", day, "orderId", "\u202e\u0007"), NOW)); // blank once cleaned
  }

  @Test
  void aMissingRequiredValueNamesTheKeyAndTheArgument() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> RENDERER.render("cart.items", BOB, Map.of(), NOW));
    assertEquals(TemplateChecks.MISSING_VALUE, e.check());
    assertTrue(e.problem().contains("'cart.items'") && e.problem().contains("{count}"), e.problem());
  }

  @Test
  void aValueOfTheWrongTypeIsATemplateException() {
    TemplateException text = assertThrows(TemplateException.class,
        () -> RENDERER.render("cart.items", BOB, Map.of("count", "five"), NOW));
    assertEquals(TemplateChecks.ARGUMENT_TYPE, text.check());
    assertTrue(text.problem().contains("{count}") && text.problem().contains("String"), text.problem());
    TemplateException date = assertThrows(TemplateException.class,
        () -> RENDERER.render("order.shipped", BOB, Map.of("day", "tomorrow"), NOW));
    assertEquals(TemplateChecks.ARGUMENT_TYPE, date.check());
  }

  @Test
  void anUnknownKeyIsATemplateException() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> RENDERER.render("no.such.key", BOB, Map.of(), NOW));
    assertEquals(TemplateChecks.UNKNOWN_KEY, e.check());
    assertTrue(e.problem().contains("'no.such.key'"), e.problem());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      {0}          | Your order {0} ships on January 15, 2025.
      '{'          | Your order '{' ships on January 15, 2025.
      <b>x</b>     | Your order <b>x</b> ships on January 15, 2025.
      #{n}''       | Your order #{n}'' ships on January 15, 2025.
      "a\u202eb"   | Your order ab ships on January 15, 2025.
      """)
  void argumentValuesAreDataNeverSyntax(String value, String expected) {
    String unescaped = value.replace("\\u202e", "\u202e");
    assertEquals(expected, RENDERER.render("order.shipped", BOB,
        Map.of("day", Instant.parse("2025-01-15T12:00:00Z"), "orderId", unescaped), NOW));
  }

  @Test
  void aCustomerNamedLikeSyntaxShowsLiterally() {
    for (String name : new String[] {"{0}", "'{'", "{greeting}", "<b>"}) {
      Customer odd = BOB.toBuilder().givenName(name).build();
      assertEquals("Good evening, " + name + "! We're here to help.",
          RENDERER.render("welcome", odd, Map.of(), NOW));
    }
  }

  @Test
  void htmlOutputEscapesValuesButNotTheTemplate() {
    Renderer html = Renderer.builder().catalog(CATALOG).outputFormat(OutputFormat.HTML).build();
    assertEquals("Your order &lt;b&gt;A&amp;B&lt;/b&gt; ships on January 15, 2025.",
        html.render("order.shipped", BOB, Map.of("day", Instant.parse("2025-01-15T12:00:00Z"),
            "orderId", "<b>A&B</b>"), NOW));
    Customer script = BOB.toBuilder().givenName("<script>").build();
    assertEquals("Good evening, &lt;script&gt;! We're here to help.",
        html.render("welcome", script, Map.of(), NOW));
  }

  @Test
  void rightToLeftValuesAreIsolated() {
    Customer maryam = Customer.builder().givenName("مريم").locale(Locale.ENGLISH).build();
    assertEquals("Hello, \u2068مريم\u2069! We're here to help.",
        RENDERER.render("welcome", maryam, Map.of(), NOW));
  }

  @Test
  void adHocPatternsRenderWithBuiltInsAndRequireTheirOwnArguments() {
    assertEquals("Good evening, Bob! Ticket 42 (3 items).", RENDERER.renderPattern(
        "{greeting}, {customerName}! Ticket {id} ({n, plural, one{# item} other{# items}}).",
        Locale.ENGLISH, BOB, Map.of("id", "42", "n", 3), NOW));
    TemplateException missing = assertThrows(TemplateException.class, () ->
        RENDERER.renderPattern("Ticket {id}", Locale.ENGLISH, BOB, Map.of(), NOW));
    assertEquals(TemplateChecks.MISSING_VALUE, missing.check());
  }

  @Test
  void aBadAdHocPatternIsLocatedInThePattern() {
    TemplateException e = assertThrows(TemplateException.class, () ->
        RENDERER.renderPattern("Hello {name, bogus}", Locale.ENGLISH, BOB, Map.of("name", "x"), NOW));
    assertEquals(TemplateChecks.SYNTAX, e.check());
    assertEquals("<pattern>", e.source());
    assertEquals(1, e.line());
    assertEquals(14, e.column());
  }

  @Test
  void aRendererWithoutACatalogRendersPatterns() {
    Renderer bare = Renderer.builder().defaultLocale(Locale.GERMAN).build();
    assertEquals("Hallo 3", bare.renderPattern("Hallo {n}", Locale.GERMAN, Customer.anonymous(),
        Map.of("n", 3), NOW));
    TemplateException e = assertThrows(TemplateException.class,
        () -> bare.render("welcome", BOB, Map.of(), NOW));
    assertEquals(TemplateChecks.UNKNOWN_KEY, e.check());
  }

  @Test
  void theFormalityIsTheCustomersElseTheirLocalesWhenTheTextIsInTheirLanguage() {
    assertEquals(Formality.FORMAL, RENDERER.formality("welcome", Locale.forLanguageTag("de-AT"),
        Customer.anonymous()));
    // Korean has no template: the English one serves, at English's default.
    assertEquals(Formality.NEUTRAL, RENDERER.formality("welcome", Locale.KOREAN,
        Customer.anonymous()));
    assertEquals(Formality.CASUAL, RENDERER.formality("welcome", Locale.GERMAN,
        Customer.builder().formality(Formality.CASUAL).build()));
  }
}

package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Visibility;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loading catalogs from a directory, the classpath or texts, and finding templates in them. */
class TemplateCatalogTest {
  private static final Path SHOP = Path.of("src/test/resources/catalogs/shop");
  private static final TemplateCatalog CATALOG = TemplateCatalog.load(SHOP);

  private static String localeOf(String key, String tag) {
    Template template = CATALOG.find(key, Locale.forLanguageTag(tag)).orElseThrow();
    return template.locale().equals(Locale.ROOT) ? "root" : template.locale().toLanguageTag();
  }

  @Test
  void loadsEveryLocaleFileOfADirectoryAndLeavesOtherFilesAlone() {
    assertEquals(List.of("", "ar", "de", "en", "fr", "ja", "pl", "pt-BR", "ru"),
        CATALOG.locales().stream().map(Locale::toLanguageTag).map(t -> t.equals("und") ? "" : t)
            .collect(Collectors.toList()));
    assertEquals(List.of("cart.items", "order.shipped", "tone.check", "welcome"), CATALOG.keys());
    assertEquals(16, CATALOG.templates().size());
  }

  @Test
  void loadsTheSameCatalogFromClasspathResourcesThroughTheirIndex() {
    TemplateCatalog fromClasspath = TemplateCatalog.builder()
        .resources(getClass().getClassLoader(), "catalogs/shop").build();
    assertEquals(CATALOG.keys(), fromClasspath.keys());
    assertEquals(CATALOG.locales(), fromClasspath.locales());
    assertEquals(CATALOG.templates().stream().map(Template::pattern).collect(Collectors.toList()),
        fromClasspath.templates().stream().map(Template::pattern).collect(Collectors.toList()));
    assertEquals("catalogs/shop/ja.yaml",
        fromClasspath.find("welcome", Locale.JAPANESE).orElseThrow().source());
  }

  @Test
  void aMissingIndexIsAnError() {
    TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.builder()
        .resources(getClass().getClassLoader(), "catalogs/nowhere").build());
    assertEquals("catalogs/nowhere/index.txt", e.source());
  }

  @Test
  void aMissingDirectoryIsAnError() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> TemplateCatalog.load(Path.of("src/test/resources/catalogs/absent")));
    assertEquals(TemplateChecks.CATALOG, e.check());
  }

  @Test
  void fallsBackFromRegionToLanguageToDefaultToRoot() {
    assertEquals("de", localeOf("cart.items", "de-AT"));
    assertEquals("de", localeOf("cart.items", "de-CH-1996"));
    assertEquals("ja", localeOf("welcome", "ja-JP"));
    assertEquals("pt-BR", localeOf("cart.items", "pt-BR"));
    assertEquals("en", localeOf("cart.items", "pt-PT")); // pt-BR is not a parent of pt-PT
    assertEquals("en", localeOf("cart.items", "ko"));
    assertEquals("en", localeOf("welcome", "ko-KR"));
    assertEquals("fr", localeOf("welcome", "fr-CA"));
  }

  @Test
  void theDefaultLocaleIsConfigurable() {
    TemplateCatalog german = TemplateCatalog.builder().directory(SHOP)
        .defaultLocale(Locale.GERMAN).build();
    assertEquals(Locale.GERMAN, german.find("cart.items", Locale.KOREAN).orElseThrow().locale());
  }

  @Test
  void rootIsTheLastFallback() {
    TemplateCatalog catalog = TemplateCatalog.builder()
        .source("en.yaml", "only.en: Hello\n")
        .source("root.yaml", "only.root: \"{greeting}\"\nonly.en: Hi\n")
        .source("ja.yaml", "only.en: こんにちは\n")
        .build();
    assertEquals(Locale.ROOT, catalog.find("only.root", Locale.JAPANESE).orElseThrow().locale());
    assertEquals(Locale.ENGLISH, catalog.find("only.en", Locale.KOREAN).orElseThrow().locale());
    assertEquals(Optional.empty(), catalog.find("nothing", Locale.ENGLISH));
  }

  @Test
  void templatesKeepTheirMetadata() {
    Template shipped = CATALOG.find("order.shipped", Locale.ENGLISH).orElseThrow();
    assertEquals(Optional.of("x.reply"), shipped.channel());
    assertEquals(Optional.of(Visibility.PUBLIC), shipped.visibility());
    assertEquals(OptionalInt.of(280), shipped.maxLength());
    assertEquals(List.of(
            new TemplateArgument("orderId", ArgumentKind.TEXT, Optional.of("(no number)"), false, false),
            new TemplateArgument("day", ArgumentKind.DATE, Optional.empty(), true, false)),
        shipped.arguments());
    assertEquals(SHOP.resolve("en.yaml").toString(), shipped.source());

    Template tone = CATALOG.find("tone.check", Locale.ENGLISH).orElseThrow();
    assertEquals(Set.of("template.too-long"), tone.ignoredChecks());
    assertEquals(Optional.of("Approved by the brand team."), tone.ignoreReason());
    assertEquals(List.of(new TemplateArgument("formality", ArgumentKind.SELECT, Optional.empty(),
        false, true)), tone.arguments());

    Template cart = CATALOG.find("cart.items", Locale.ENGLISH).orElseThrow();
    assertEquals(Optional.of("Shown when the customer asks about their cart."), cart.description());
    assertEquals(ArgumentKind.PLURAL, cart.arguments().get(0).kind());
    assertEquals(Optional.empty(), cart.channel());
  }

  @Test
  void missingTranslationsAreWarningsNotErrors() {
    List<TemplateException.Problem> missing = CATALOG.warnings().stream()
        .filter(p -> p.check().equals(TemplateChecks.MISSING_LOCALE))
        .filter(p -> p.source().endsWith("ja.yaml"))
        .collect(Collectors.toList());
    assertEquals(2, missing.size(), missing.toString()); // order.shipped and tone.check
    assertTrue(missing.get(0).message().contains("'order.shipped'"), missing.toString());
    assertTrue(CATALOG.warnings().stream().noneMatch(p -> p.source().endsWith("root.yaml")));
  }

  @Test
  void anUnusedDeclarationIsAWarningAtTheDeclaration() {
    String en = "hello:\n  text: Hello!\n  arguments:\n    name: {fallback: there}\n";
    TemplateCatalog catalog = TemplateCatalog.builder().source("en.yaml", en).build();
    assertEquals(List.of(new TemplateException.Problem(TemplateChecks.UNUSED_ARGUMENT, "en.yaml",
        4, 5, "'hello' declares the argument 'name' but its pattern never uses it")),
        catalog.warnings());
  }

  @Test
  void loadingIsAllOrNothingAndReportsEveryProblemInFileOrder() {
    TemplateException e = assertThrows(TemplateException.class, () -> TemplateCatalog.builder()
        .source("ja.yaml", "a: \"{n, plural, one{#} other{#}}\"\nb: ok\n")
        .source("en.yaml", "a: \"{n, wrong}\"\nb: \"It's '{n}'\"\nc: \"{x}\"\n")
        .build());
    List<String> where = e.problems().stream()
        .map(p -> p.source() + ":" + p.line() + " " + p.check()).collect(Collectors.toList());
    assertEquals(List.of(
        "en.yaml:1 template.syntax",
        "en.yaml:2 template.apostrophe",
        "en.yaml:3 template.missing-fallback",
        "ja.yaml:1 template.missing-fallback"), where);
    assertTrue(e.getMessage().startsWith("en.yaml:1:9: template.syntax: "), e.getMessage());
  }

  @Test
  void aUsableCatalogIsUnaffectedByALaterBadOne() {
    TemplateCatalog good = TemplateCatalog.builder().source("en.yaml", "a: Hi\n").build();
    assertThrows(TemplateException.class,
        () -> TemplateCatalog.builder().source("en.yaml", "a: \"{\"\n").build());
    assertEquals("Hi", good.find("a", Locale.ENGLISH).orElseThrow().pattern());
  }

  @Test
  void anEmptyFileIsAnEmptyLocale() {
    TemplateCatalog catalog = TemplateCatalog.builder().source("en.yaml", "# nothing yet\n").build();
    assertTrue(catalog.templates().isEmpty());
    assertFalse(catalog.toString().isEmpty());
  }
}

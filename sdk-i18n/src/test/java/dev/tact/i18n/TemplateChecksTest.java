package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each {@code template.*} check at load time, with patterns that pass and patterns that fail. */
class TemplateChecksTest {

  /** Loads files given as name, text, name, text… and returns the problems' check ids. */
  private static List<String> checks(String... files) {
    TemplateCatalog.Builder builder = TemplateCatalog.builder();
    for (int i = 0; i < files.length; i += 2) {
      builder.source(files[i], files[i + 1]);
    }
    try {
      builder.build();
      return List.of();
    } catch (TemplateException e) {
      return e.problems().stream().map(TemplateException.Problem::check).collect(Collectors.toList());
    }
  }

  private static TemplateException failure(String file, String text) {
    return assertThrows(TemplateException.class,
        () -> TemplateCatalog.builder().source(file, text).build());
  }

  /** One template {@code k} whose arguments are all required, in {@code file}. */
  private static List<String> pattern(String file, String pattern, String... required) {
    StringBuilder yaml = new StringBuilder("k:\n  text: '" + pattern.replace("'", "''") + "'\n");
    if (required.length > 0) {
      yaml.append("  arguments:\n");
      for (String name : required) {
        yaml.append("    ").append(name).append(": {required: true}\n");
      }
    }
    return checks(file, yaml.toString());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      en.yaml | We're glad you wrote, {name}.
      en.yaml | It's {name}'s order.
      en.yaml | It''s done, {name}.
      en.yaml | A literal '{' brace for {name}.
      fr.yaml | L'équipe est là aujourd'hui, {name}.
      fr.yaml | Merci {name}, c'est noté.
      it.yaml | Un'altra domanda, {name}?
      de.yaml | Geht's gut, {name}?
      """)
  void apostrophesThatQuoteNothingArePatterns(String file, String pattern) {
    assertEquals(List.of(), pattern(file, pattern, "name"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      en.yaml | Hello '{name}', welcome.
      en.yaml | It's '{name}'s turn.
      fr.yaml | Merci pour l'{name} et bonne journée.
      fr.yaml | Bonjour {name}, c'est l'{name}.
      es.yaml | Pedido '{name}' enviado.
      """)
  void anApostropheThatSwallowsAPlaceholderIsAnError(String file, String pattern) {
    assertTrue(pattern(file, pattern, "name").contains(TemplateChecks.APOSTROPHE),
        pattern(file, pattern, "name").toString());
  }

  @Test
  void theApostropheMessageSaysWhatToWriteInstead() {
    TemplateException e = failure("fr.yaml",
        "k:\n  text: \"Merci pour l'{produit}\"\n  arguments: {produit: {required: true}}\n");
    assertEquals(TemplateChecks.APOSTROPHE, e.check());
    assertTrue(e.problem().contains("''") && e.problem().contains("\u2019"), e.problem());
    assertEquals(2, e.line());
    assertEquals(22, e.column()); // the apostrophe of l'
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      en.yaml | {n, plural, one{# item} other{# items}}
      en.yaml | {n, plural, =1{one item} other{# items}}
      en.yaml | {n, plural, =0{no items} one{# item} other{# items}}
      en.yaml | {n, selectordinal, one{#st} two{#nd} few{#rd} other{#th}}
      ja.yaml | {n, plural, other{#個}}
      ru.yaml | {n, plural, one{# товар} few{# товара} many{# товаров} other{# товара}}
      pl.yaml | {n, plural, one{# produkt} few{# produkty} many{# produktów} other{# produktu}}
      ar.yaml | {n, plural, zero{لا شيء} one{واحد} two{اثنان} few{# قليلة} many{# كثيرة} other{#}}
      ar.yaml | {n, plural, =0{لا شيء} =1{واحد} =2{اثنان} few{# قليلة} many{# كثيرة} other{#}}
      fr.yaml | {n, plural, one{# article} many{# d''articles} other{# articles}}
      root.yaml | {n, plural, other{#}}
      """)
  void pluralsWithEveryCategoryOfTheirLocaleArePatterns(String file, String pattern) {
    assertEquals(List.of(), pattern(file, pattern, "n"));
  }

  @ParameterizedTest(name = "{0}: {1} lacks {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ar.yaml | {n, plural, one{واحد} other{#}}                                 | zero, two, few, many
      ru.yaml | {n, plural, one{# товар} other{# товара}}                        | few, many
      pl.yaml | {n, plural, one{# produkt} few{# produkty} other{# produktu}}    | many
      en.yaml | {n, plural, other{# items}}                                     | one
      en.yaml | {n, plural, =2{two} other{# items}}                             | one
      ru.yaml | {n, plural, =1{один} few{#} many{#} other{#}}                   | one
      en.yaml | {n, selectordinal, one{#st} other{#th}}                         | two, few
      """)
  void aPluralWithoutACategoryOfItsLocaleIsAnError(String file, String pattern, String missing) {
    TemplateException e = failure(file,
        "k:\n  text: \"" + pattern + "\"\n  arguments: {n: {required: true}}\n");
    assertEquals(List.of(TemplateChecks.PLURAL_BRANCHES),
        e.problems().stream().map(TemplateException.Problem::check).collect(Collectors.toList()));
    assertTrue(e.problem().contains("lacks the branch") && e.problem().contains(missing),
        e.problem());
  }

  @Test
  void aSelectWithoutOtherIsAnError() {
    assertEquals(List.of(TemplateChecks.PLURAL_BRANCHES),
        pattern("en.yaml", "{tier, select, gold{Dear member} silver{Hello}}", "tier"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Hello {name
      Hello {name, foo}
      Hello {0}
      Total {n, number, #.#.#}
      {n, plural, one{x} other{y} extra}
      """)
  void malformedPatternsAreSyntaxErrors(String pattern) {
    List<String> checks = pattern("en.yaml", pattern, "name", "n");
    assertTrue(checks.contains(TemplateChecks.SYNTAX), checks.toString());
  }

  @Test
  void everyArgumentNeedsAFallbackOrToBeRequired() {
    assertEquals(List.of(TemplateChecks.MISSING_FALLBACK),
        checks("en.yaml", "k: \"Order {orderId} shipped\"\n"));
    assertEquals(List.of(), checks("en.yaml",
        "k:\n  text: \"Order {orderId} shipped\"\n  arguments: {orderId: {fallback: \"#\"}}\n"));
    assertEquals(List.of(), checks("ja.yaml",
        "k:\n  text: \"{orderId}を発送しました\"\n  arguments: {orderId: {required: true}}\n"));
  }

  @Test
  void builtInArgumentsHaveTheirOwnFallbacks() {
    assertEquals(List.of(), checks("de.yaml",
        "k: \"{greeting}, {customerName}! {formality, select, formal{Sie} other{du}}\"\n"));
  }

  @Test
  void aBuiltInUsedAsANumberIsAMismatch() {
    assertEquals(List.of(TemplateChecks.ARGUMENT_MISMATCH),
        checks("en.yaml", "k: \"{greeting, number}\"\n"));
  }

  @Test
  void everyLocaleOfAKeyTakesTheSameArguments() {
    String en = "k:\n  text: \"Order {orderId} shipped\"\n  arguments: {orderId: {required: true}}\n";
    String de = "k:\n  text: \"Bestellung {nummer} versandt\"\n  arguments: {nummer: {required: true}}\n";
    TemplateException e = assertThrows(TemplateException.class,
        () -> TemplateCatalog.builder().source("en.yaml", en).source("de.yaml", de).build());
    assertEquals(TemplateChecks.ARGUMENT_MISMATCH, e.check());
    assertEquals("de.yaml", e.source());
    assertTrue(e.problem().contains("only here: {nummer}")
        && e.problem().contains("missing here: {orderId}"), e.problem());
  }

  @Test
  void builtInsMayDifferBetweenLocales() {
    String en = "k:\n  text: \"Order {id} shipped\"\n  arguments: {id: {required: true}}\n";
    String ja = "k:\n  text: \"{customerName}、ご注文{id}を発送しました\"\n  arguments: {id: {required: true}}\n";
    assertEquals(List.of(), checks("en.yaml", en, "ja.yaml", ja));
  }

  @Test
  void anArgumentIsOneKindInEveryLocale() {
    String en = "k:\n  text: \"{d, date} ok\"\n  arguments: {d: {required: true}}\n";
    String fr = "k:\n  text: \"{d, number} ok\"\n  arguments: {d: {required: true}}\n";
    assertEquals(List.of(TemplateChecks.ARGUMENT_MISMATCH), checks("en.yaml", en, "fr.yaml", fr));
    assertEquals(List.of(TemplateChecks.ARGUMENT_MISMATCH),
        checks("en.yaml", "k:\n  text: \"{d, date} {d, number}\"\n  arguments: {d: {required: true}}\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      english.yaml | BCP 47
      pt_BR.yaml   | pt-BR.yaml
      pt-br.yaml   | pt-BR.yaml
      und.yaml     | root
      en.txt       | .yaml
      """)
  void filesAreNamedAfterTheirLocale(String file, String hint) {
    TemplateException e = failure(file, "k: Hello\n");
    assertEquals(TemplateChecks.CATALOG, e.check());
    assertTrue(e.problem().contains(hint), e.problem());
  }

  @Test
  void oneFilePerLocale() {
    assertEquals(List.of(TemplateChecks.CATALOG),
        checks("en.yaml", "k: Hello\n", "en.json", "{\"k\": \"Hello\"}"));
  }

  @Test
  void anUnknownMetadataFieldIsAnErrorWithASuggestion() {
    TemplateException e = failure("en.yaml", "k:\n  text: Hello\n  chanel: x.reply\n");
    assertEquals(TemplateChecks.CATALOG, e.check());
    assertEquals(3, e.line());
    assertEquals(3, e.column());
    assertTrue(e.problem().contains("did you mean 'channel'"), e.problem());
  }

  @Test
  void anUnknownArgumentFieldIsAnError() {
    TemplateException e = failure("en.yaml",
        "k:\n  text: \"Hi {name}\"\n  arguments:\n    name: {fallbak: there}\n");
    assertTrue(e.problem().contains("did you mean 'fallback'"), e.problem());
  }

  @Test
  void anUnquotedPatternStartingWithABraceIsExplained() {
    TemplateException e = failure("en.yaml", "k: {greeting}, welcome\n");
    assertEquals(TemplateChecks.CATALOG, e.check());
  }

  @Test
  void aFlowMappingPatternIsExplained() {
    TemplateException e = failure("en.yaml", "k: {greeting}\n");
    assertTrue(e.problem().contains("quote the pattern"), e.problem());
  }

  @Test
  void keysAreFlatAndDotted() {
    TemplateException e = failure("en.yaml", "order:\n  shipped: Your order shipped\n");
    assertTrue(e.problem().contains("flat dotted keys"), e.problem());
    assertEquals(List.of(TemplateChecks.CATALOG), checks("en.yaml", "\"order shipped\": Hello\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "k:\\n  text: Hi\\n  tact-ignore: [template.too-long]\\n"
      "k:\\n  text: Hi\\n  reason: because\\n"
      "k:\\n  text: Hi\\n  tact-ignore: [not an id]\\n  reason: x\\n"
      "k:\\n  text: Hi\\n  maxLength: -3\\n"
      "k:\\n  text: Hi\\n  visibility: secret\\n"
      "k:\\n  text: Hi\\n  channel: X Reply\\n"
      "k:\\n  text: \\"Hi {n}\\"\\n  arguments: {n: {required: true, fallback: x}}\\n"
      "k:\\n  text: \\"{n, plural, one{#} other{#}}\\"\\n  arguments: {n: {fallback: many}}\\n"
      "k:\\n  text: \\"{d, date}\\"\\n  arguments: {d: {fallback: today}}\\n"
      "k:\\n  text: [a, b]\\n"
      "k:\\n  text: \\"\\"\\n"
      "k: [a, b]\\n"
      "- a list\\n"
      "k: a\\nk: b\\n"
      "k: \\"unclosed\\n"
      """)
  void badMetadataIsACatalogError(String yaml) {
    String text = yaml.replace("\\n", "\n").replace("\\\"", "\"");
    assertEquals(List.of(TemplateChecks.CATALOG), checks("en.yaml", text), text);
  }

  @Test
  void aNumericFallbackRendersAsANumber() {
    assertEquals(List.of(), checks("en.yaml",
        "k:\n  text: \"{n, plural, one{# item} other{# items}}\"\n  arguments: {n: {fallback: 0}}\n"));
  }
}

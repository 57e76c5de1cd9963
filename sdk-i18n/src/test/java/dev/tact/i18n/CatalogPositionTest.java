package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A problem inside a pattern is reported at the file's line and column of the offending
 * character, whatever the YAML or JSON scalar style around the pattern.
 */
class CatalogPositionTest {

  /** The only problem of a one-file catalog, which must be at the first occurrence of {@code at}. */
  private static void assertProblemAt(String file, String text, String check, String at) {
    TemplateException e = assertThrows(TemplateException.class,
        () -> TemplateCatalog.builder().source(file, text).build());
    assertEquals(1, e.problems().size(), e.getMessage());
    TemplateException.Problem problem = e.problems().get(0);
    TextPosition expected = TextPosition.of(text, text.indexOf(at));
    assertEquals(check, problem.check(), problem.toString());
    assertEquals(file, problem.source());
    assertEquals(expected, new TextPosition(problem.line(), problem.column()), problem.toString());
  }

  @Test
  void plainScalar() {
    assertProblemAt("en.yaml", "intro: Hello\nbroken: Hi {name, foo}\n",
        TemplateChecks.SYNTAX, "foo}");
  }

  @Test
  void plainScalarFoldedOverLines() {
    assertProblemAt("en.yaml", "broken: Hi there,\n  dear {name, plural, one{#}}\n",
        TemplateChecks.PLURAL_BRANCHES, "{name");
  }

  @Test
  void singleQuotedWithDoubledQuotes() {
    // '' in a single-quoted YAML scalar is one apostrophe: the offsets after it shift by one.
    assertProblemAt("en.yaml", "broken: 'We''re here, ''{name}'' too'\n",
        TemplateChecks.APOSTROPHE, "''{name}");
  }

  @Test
  void doubleQuotedWithEscapes() {
    assertProblemAt("de.yaml", "broken: \"Gr\\u00fc\\u00DFe\\t\\\"{name, bogus}\\\"\"\n",
        TemplateChecks.SYNTAX, "bogus");
  }

  @Test
  void doubleQuotedWithAstralEscape() {
    assertProblemAt("ja.yaml", "broken: \"\\U0001F600 {n, plural, other{#} \"\n",
        TemplateChecks.SYNTAX, "{n");
  }

  @Test
  void doubleQuotedWithEscapedLineBreak() {
    assertProblemAt("en.yaml", "broken: \"Hello \\\n    {name, wrong}\"\n",
        TemplateChecks.SYNTAX, "wrong");
  }

  @Test
  void literalBlock() {
    assertProblemAt("fr.yaml", "broken:\n  arguments: {name: {required: true}}\n  text: |\n"
        + "    Bonjour,\n      {name, number, #.#.#}\n",
        TemplateChecks.SYNTAX, "#.#.#");
  }

  @Test
  void foldedBlockInAnObject() {
    assertProblemAt("es.yaml", "broken:\n  description: x\n  text: >-\n    Hola\n    {count, plural, one{uno}}\n"
        + "  arguments: {count: {required: true}}\n", TemplateChecks.PLURAL_BRANCHES, "{count");
  }

  @Test
  void jsonStringWithEscapes() {
    assertProblemAt("pt-BR.json", "{\n  \"ok\": \"Ol\\u00e1\",\n  \"broken\": \"Ol\\u00e1 \\\"{nome, x}\\\"\"\n}\n",
        TemplateChecks.SYNTAX, "x}");
  }

  @Test
  void jsonStringWithSurrogatePairEscape() {
    assertProblemAt("en.json", "{\"broken\": \"\\ud83d\\ude00 {a b}\"}", TemplateChecks.SYNTAX, "a b}");
  }

  @Test
  void unclosedBraceIsReportedAtTheBraceThatNeverCloses() {
    assertProblemAt("en.yaml", "broken: \"Thanks {name, select, vip{dear friend} other{there}\"\n",
        TemplateChecks.SYNTAX, "{name");
  }

  @Test
  void missingOtherIsReportedAtTheArgumentThatLacksIt() {
    assertProblemAt("en.yaml", "broken: \"{n, plural, one{{tier, select, gold{gold}}} other{x}}\"\n"
        + "  # nested select without other\n", TemplateChecks.PLURAL_BRANCHES, "{tier");
  }

  @Test
  void templatePositionIsWhereThePatternStarts() {
    String text = "a: 'Hi'\nb:\n  text: |\n    Hello\n";
    TemplateCatalog catalog = TemplateCatalog.builder().source("en.yaml", text).build();
    Template b = catalog.find("b", java.util.Locale.ENGLISH).orElseThrow();
    assertEquals(TextPosition.of(text, text.indexOf("Hello")), b.position());
    Template a = catalog.find("a", java.util.Locale.ENGLISH).orElseThrow();
    assertEquals(TextPosition.of(text, text.indexOf("Hi")), a.position());
  }
}

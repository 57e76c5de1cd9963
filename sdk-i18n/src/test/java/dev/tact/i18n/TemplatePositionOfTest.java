package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.TextPosition;
import org.junit.jupiter.api.Test;

/** {@link Template#positionOf} points at a pattern's words inside the file, for tools such as lint. */
class TemplatePositionOfTest {
  private static Template only(String file, String text) {
    return TemplateCatalog.builder().source(file, text).build().templates().get(0);
  }

  private static void assertWordAt(String file, String text, String word) {
    Template template = only(file, text);
    assertEquals(TextPosition.of(text, text.indexOf(word)),
        template.positionOf(template.pattern().indexOf(word)), template.toString());
  }

  @Test
  void plainAndQuotedPatterns() {
    assertWordAt("en.yaml", "# intro\n\nwelcome: Hi, please just restart.\n", "just");
    assertWordAt("en.yaml", "welcome: 'We''re sorry, just restart.'\n", "just");
    assertWordAt("de.yaml", "welcome: \"Gr\\u00fc\\u00DFe, starten Sie einfach neu.\"\n", "einfach");
  }

  @Test
  void blockScalarsAndSelectBranches() {
    String text = String.join("\n",
        "cart.help:",
        "  text: |",
        "    {formality, select,",
        "      casual{Einfach neu starten.}",
        "      other{Bitte starten Sie neu.}}",
        "");
    assertWordAt("de.yaml", text, "Einfach");
    assertWordAt("de.yaml", text, "Bitte");
  }

  @Test
  void theEndOfThePatternIsAPositionOutsideItIsNot() {
    Template template = only("ja.yaml", "welcome: こんにちは\n");
    assertEquals(new TextPosition(1, 15), template.positionOf(template.pattern().length()));
    assertThrows(IndexOutOfBoundsException.class, () -> template.positionOf(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> template.positionOf(6));
  }
}

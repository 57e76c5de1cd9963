package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.TactException;
import org.junit.jupiter.api.Test;

/** Every problem in a pack names the file, line and column and says what to write instead. */
class RulePackErrorTest {
  private static final String HEAD = "language: en\nrule: tone.minimizing\nphrases:\n";

  private static RulePackException error(String yaml) {
    return assertThrows(RulePackException.class, () -> RulePack.parse(yaml, "acme.yaml"));
  }

  private static void assertAt(RulePackException e, int line, int column, String fragment) {
    assertEquals("acme.yaml", e.source());
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
    assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
    assertTrue(e.getMessage().startsWith("acme.yaml:" + line + ":" + column + ": "), e.getMessage());
  }

  @Test
  void isATactException() {
    TactException e = error("language: [");
    assertTrue(e.getMessage().startsWith("acme.yaml:"), e.getMessage());
  }

  @Test
  void patternErrorsPointIntoThePattern() {
    // Line 5: the quote is in column 16, the pattern starts in 17, and '(' is 5 further on.
    assertAt(error(HEAD + "  - id: easy\n    patterns: [\"just (click|tap\"]\n"), 5, 22,
        "'(' is never closed");
    // Unquoted in a block list: the pattern starts in column 9 and ')' is 10 further on.
    assertAt(error(HEAD + "  - id: easy\n    patterns:\n      - just click)\n"), 6, 19,
        "')' without a matching '('");
  }

  @Test
  void unknownKeysSuggestTheKnownOne() {
    RulePackException e = error(HEAD + "  - id: easy\n    pattern: [\"just click\"]\n");
    assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("did you mean 'patterns'")),
        e.getMessage());
    assertEquals(5, e.line());
    assertEquals(5, e.column());
  }

  @Test
  void everyProblemOfTheFileIsReported() {
    RulePackException e = error("language: english\nrule: Tone.Minimizing\nphrases:\n"
        + "  - id: Easy\n    patterns: [\"(a\"]\n  - id: ok\n    regex: ['(?<=x)y']\n");
    assertEquals(5, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("and 4 more problems"), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("not a language"), e.getMessage());
    assertTrue(e.problems().get(4).message().contains("not an RE2 regular expression"), e.getMessage());
    assertEquals(7, e.problems().get(4).line());
  }

  @Test
  void malformedYamlNamesTheLine() {
    RulePackException e = error(HEAD + "  - id: easy\n    patterns: [\"just\"\n  bad: {\n");
    assertTrue(e.getMessage().contains("not well-formed YAML"), e.getMessage());
    assertTrue(e.line() >= 5, e.getMessage());
  }

  @Test
  void malformedJsonNamesTheLineToo() {
    RulePackException e = assertThrows(RulePackException.class,
        () -> RulePack.parse("{\"language\": \"en\",\n \"rule\": }", "acme.json"));
    assertTrue(e.getMessage().startsWith("acme.json:2:"), e.getMessage());
  }

  @Test
  void structuralMistakes() {
    assertAt(error(""), 1, 1, "the file is empty");
    assertAt(error("- a\n- b\n"), 1, 1, "expected a pack (keys and values)");
    assertAt(error(HEAD + "  id: easy\n"), 4, 3, "expected a list for 'phrases'");
    assertAt(error(HEAD + "  - id: easy\n"), 4, 5, "needs 'patterns' (in the pattern language) or 'regex'");
    assertAt(error(HEAD + "  - id: a\n    patterns: [x]\n  - id: a\n    patterns: [y]\n"), 6, 5,
        "the phrase id 'a' appears twice");
    assertAt(error(HEAD + "  - id: a\n    patterns: [x]\n    patterns: [y]\n"), 6, 5, "appears twice");
    assertAt(error("language: en\nphrases: []\n"), 1, 1, "a pack needs 'rule'");
    assertAt(error("disable: tone.idiom\n---\nx: 1\n"), 3, 1, "one pack in each file");
  }

  @Test
  void examplesMustBeMarkedCorrectly() {
    String pack = HEAD + "  - id: a\n    patterns: [just click]\nexamples:\n  flagged:\n";
    assertAt(error(pack + "    - \"Please just click\"\n"), 8, 7, "marks what the rule must find");
    assertAt(error(pack + "    - \"Please ⟦just click\"\n"), 8, 7, "never closed");
    assertAt(error(HEAD + "  - id: a\n    patterns: [x]\nexamples:\n  clean: [\"⟦x⟧\"]\n"), 7, 11,
        "a clean example has no ⟦marks⟧");
  }

  @Test
  void severitiesAndMoods() {
    assertAt(error("severity: {tone.idiom: loud}\n"), 1, 24, "'loud' is not a severity");
    assertAt(error("severity: {Tone: error}\n"), 1, 12, "is not a rule id");
    assertAt(error("disable: [tone]\n"), 1, 11, "is not a rule id");
    RulePackException e = error("rules:\n  - id: acme.x\n    severity: warning\n    moods: {angry: error}\n"
        + "    summary: X.\n    rationale: y\n    requirements: [T1, R2D2]\n");
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("'angry' is not a mood"), e.getMessage());
    assertTrue(e.problems().get(1).message().contains("no final period"), e.getMessage());
    assertTrue(e.problems().get(2).message().contains("'R2D2' is not a requirement id"), e.getMessage());
  }

  @Test
  void offWorksQuotedOrNot() {
    RulePack.parse("severity: {tone.idiom: off}\n", "a.yaml");
    RulePack.parse("severity: {tone.idiom: \"off\"}\n", "a.yaml");
  }

  @Test
  void regexesThatMatchNothingOrEverythingAreRefused() {
    assertAt(error(HEAD + "  - id: a\n    regex: ['x*']\n"), 5, 13, "matches the empty text");
  }
}

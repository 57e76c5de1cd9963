package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  @Test
  void ruleIdsAreDottedLowerCase() {
    Finding finding = new Finding("tone.over-apology", Severity.WARNING, new Span(0, 5), "Three apologies", List.of(), null);
    assertTrue(finding.isIn("tone"));
    for (String bad : List.of("Tone.minimizing", "tone", "tone.", "tone minimizing", "tone.-x")) {
      assertThrows(IllegalArgumentException.class,
          () -> new Finding(bad, Severity.ERROR, new Span(0, 1), "m", List.of(), null), bad);
    }
  }

  @Test
  void suggestionsAreCopied() {
    List<String> suggestions = new ArrayList<>(List.of("Please click"));
    Finding finding = new Finding("tone.minimizing", Severity.ERROR, new Span(7, 17), "m", suggestions, "click");
    suggestions.clear();
    assertEquals(List.of("Please click"), finding.suggestions());
  }

  @Test
  void severitiesCompareFromMostSevere() {
    assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
    assertTrue(!Severity.INFO.isAtLeast(Severity.WARNING));
  }
}

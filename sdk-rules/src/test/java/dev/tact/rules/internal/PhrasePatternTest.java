package dev.tact.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasePatternTest {
  private static List<String> expand(String pattern) throws PatternSyntaxError {
    return expand(pattern, true);
  }

  private static List<String> expand(String pattern, boolean spaced) throws PatternSyntaxError {
    List<String> result = new ArrayList<>();
    for (PhrasePattern.Expansion expansion : PhrasePattern.expand(pattern, spaced)) {
      result.add(expansion.toString());
    }
    return result;
  }

  @Test
  void literalsAreFoldedLikeTexts() throws PatternSyntaxError {
    assertEquals(List.of("just click"), expand("Just   CLICK"));
    assertEquals(List.of("don't"), expand("don’t"));
    assertEquals(List.of("just"), expand("ＪＵＳＴ"));
    assertEquals(List.of("just click"), expand("  just click "));
  }

  @Test
  void alternativesExpandInOrder() throws PatternSyntaxError {
    assertEquals(List.of("just click", "just tap", "just log out"), expand("just (click|tap|log out)"));
    assertEquals(List.of("a c", "a d", "b c", "b d"), expand("(a|b) (c|d)"));
    assertEquals(List.of("x a", "x b y", "x b z"), expand("x (a|b (y|z))"));
  }

  @Test
  void emptyAlternativesAndOptionalsCollapseTheirSpaces() throws PatternSyntaxError {
    assertEquals(List.of("reset the app", "reset app"), expand("reset [the] app"));
    assertEquals(List.of("as said", "as i said"), expand("as (|i) said"));
    assertEquals(List.of("escalated", "escalate"), expand("escalate[d]"));
    assertEquals(List.of("sign out", "sign"), expand("sign [out]"));
    assertEquals(List.of("i have told", "i've told", "i told"), expand("i[ have|'ve] told"));
  }

  @Test
  void duplicatesAreDropped() throws PatternSyntaxError {
    assertEquals(List.of("just click"), expand("(just|just) click"));
  }

  @Test
  void wildcardsAreTheirOwnPieces() throws PatternSyntaxError {
    List<PhrasePattern.Expansion> expansions = PhrasePattern.expand("simply … it", true);
    assertEquals(1, expansions.size());
    PhrasePattern.Expansion expansion = expansions.get(0);
    assertEquals(List.of("simply ", "…", " it"), expansion.pieces());
    assertTrue(expansion.isWildcard(1));
    assertEquals(0, expansion.keyPiece(), "the longest literal is what the automaton looks for");
    assertEquals(List.of("… only"), expand("… only"));
  }

  @Test
  void escapesMatchTheSpecialCharacters() throws PatternSyntaxError {
    assertEquals(List.of("(beta)"), expand("\\(beta\\)"));
    assertEquals(List.of("a|b"), expand("a\\|b"));
    assertEquals(List.of("wait..."), expand("wait\\…"), "an escaped … is a literal (folded to ...)");
  }

  @Test
  void unspacedLanguagesIgnoreSpacesInPatterns() throws PatternSyntaxError {
    assertEquals(List.of("押すだけ", "したらだけ"), expand("(押す|したら) だけ", false));
    assertEquals(List.of("パスワード"), expand("ﾊﾟｽﾜｰﾄﾞ", false), "half-width katakana fold to full-width");
  }

  @Test
  void errorsNameTheOffset() {
    assertError("just (click|tap", 5, "'(' is never closed");
    assertError("just click)", 10, "')' without a matching '('");
    assertError("just [the", 5, "'[' is never closed");
    assertError("a|b", 1, "'|' outside parentheses");
    assertError("just []", 5, "'[]' is empty");
    assertError("[just]", 0, "can match an empty text");
    assertError("(a|)", 0, "can match an empty text");
    assertError("…", 0, "has no literal word");
    assertError("[very] …", 0, "has no literal word");
    assertError("   ", 0, "the pattern is empty");
    assertError("a \\x", 2, "not an escape");
    assertError("trailing \\", 9, "at the end");
  }

  @Test
  void explosiveExpansionsAreRefused() {
    String pattern = "(a|b|c|d|e|f|g|h|i|j) ".repeat(5);
    PatternSyntaxError error =
        assertThrows(PatternSyntaxError.class, () -> PhrasePattern.expand(pattern, true));
    assertTrue(error.getMessage().contains("more than"), error.getMessage());
  }

  private static void assertError(String pattern, int offset, String fragment) {
    PatternSyntaxError error =
        assertThrows(PatternSyntaxError.class, () -> PhrasePattern.expand(pattern, true), pattern);
    assertTrue(error.getMessage().contains(fragment), pattern + ": " + error.getMessage());
    assertEquals(offset, error.offset(), pattern + ": " + error.getMessage());
  }
}

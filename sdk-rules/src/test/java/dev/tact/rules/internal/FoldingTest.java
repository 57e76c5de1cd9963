package dev.tact.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.ibm.icu.text.Normalizer2;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {
  /** The whole text folded at once, then quotes and whitespace runs as {@link Folding} does. */
  private static String reference(String text) {
    String folded = Normalizer2.getNFKCCasefoldInstance().normalize(text);
    StringBuilder out = new StringBuilder();
    boolean lastWasSpace = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Folding.isSpace(c)) {
        if (!lastWasSpace) {
          out.append(' ');
        }
        lastWasSpace = true;
      } else {
        out.append(Folding.foldQuote(c));
        lastWasSpace = false;
      }
    }
    return out.toString();
  }

  @Test
  void normalizedTextIsKeptAsIsWithAnIdentityMap() {
    String text = "please just tap \"reset\", then log in again.";
    Folding folding = Folding.of(text);
    assertSame(text, folding.text());
    for (int i = 0; i < text.length(); i++) {
      assertEquals(i, folding.start(i));
      assertEquals(i + 1, folding.end(i));
    }
  }

  @Test
  void theMapBecomesExplicitWhereUnitsMerge() {
    Folding folding = Folding.of("A  b\u00dfc");
    assertEquals("a bssc", folding.text());
    assertEquals(3, folding.end(1));
    assertEquals(3, folding.start(2));
    assertEquals(4, folding.start(3));
    assertEquals(5, folding.end(4));
  }

  @Test
  void agreesWithFoldingTheWholeText() {
    String alphabet = "aZé\u0301\u00c5ßİı \t\n\u00a0\u2019“ﾃﾞｶ゛かが\u3099漢ＡＢ\u00ad\u200b😂\ud83dǅﬁ1'";
    Random random = new Random(11);
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0, n = random.nextInt(12); i < n; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertEquals(reference(s), Folding.fold(s), () -> "text " + s.codePoints()
          .mapToObj(Integer::toHexString).toList());
    }
  }
}

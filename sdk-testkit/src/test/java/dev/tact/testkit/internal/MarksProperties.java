package dev.tact.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class MarksProperties {
  /** Removing the marks gives the text back, with line breaks as ⏎. */
  @Property
  void marksOnlyAdd(@ForAll("texts") String text, @ForAll @Size(max = 4) List<Integer> cuts) {
    List<Span> spans = spans(text, cuts);
    String marked = Marks.mark(text, spans);
    String unmarked = marked.replace("⟦", "").replace("⟧", "");
    assertEquals(text.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎'), unmarked);
  }

  /** Marks come in pairs and never nest. */
  @Property
  void marksArePairedAndFlat(@ForAll("texts") String text,
      @ForAll @Size(max = 6) List<Integer> cuts) {
    String marked = Marks.mark(text, spans(text, cuts));
    int depth = 0;
    for (char c : marked.toCharArray()) {
      depth += c == '⟦' ? 1 : c == '⟧' ? -1 : 0;
      if (depth < 0 || depth > 1) {
        throw new AssertionError("marks nest or close before they open: " + marked);
      }
    }
    assertEquals(0, depth, marked);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab \n\rアプ🙏.").ofMaxLength(30);
  }

  private static List<Span> spans(String text, List<Integer> cuts) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i += 2) {
      int a = Math.floorMod(cuts.get(i), text.length() + 1);
      int b = Math.floorMod(cuts.get(i + 1), text.length() + 1);
      spans.add(new Span(Math.min(a, b), Math.max(a, b)));
    }
    return spans;
  }
}

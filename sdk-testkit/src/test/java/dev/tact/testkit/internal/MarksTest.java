package dev.tact.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarksTest {
  @Test
  void marksOneSpan() {
    assertEquals("Please ⟦just restart⟧ the app.",
        Marks.mark("Please just restart the app.", new Span(7, 19)));
  }

  @Test
  void marksSpansAtTheEdges() {
    assertEquals("⟦Sorry⟧, please ⟦restart⟧", Marks.mark("Sorry, please restart",
        List.of(new Span(14, 21), new Span(0, 5))));
  }

  @Test
  void overlappingAndTouchingSpansBecomeOneMark() {
    assertEquals("a ⟦bcdef⟧ g", Marks.mark("a bcdef g", List.of(new Span(2, 5), new Span(4, 7))));
    assertEquals("a ⟦bcdef⟧ g", Marks.mark("a bcdef g", List.of(new Span(2, 4), new Span(4, 7))));
  }

  @Test
  void anEmptySpanIsAnEmptyMark() {
    assertEquals("ab⟦⟧c", Marks.mark("abc", new Span(2, 2)));
    assertEquals("⟦aa⟧", Marks.mark("aa", List.of(new Span(0, 2), new Span(1, 1))));
  }

  @Test
  void lineBreaksShowAsOneSymbolEach() {
    assertEquals("Hi⏎⟦there⟧⏎⏎ok", Marks.mark("Hi\r\nthere\n\rok", new Span(4, 9)));
  }

  @Test
  void japaneseAndEmojiKeepTheirCharacters() {
    assertEquals("アプリを⟦再起動するだけ⟧で🙏", Marks.mark("アプリを再起動するだけで🙏",
        new Span(4, 11)));
  }

  @Test
  void aSpanPastTheEndIsRejected() {
    assertThrows(IndexOutOfBoundsException.class, () -> Marks.mark("abc", new Span(1, 4)));
  }
}

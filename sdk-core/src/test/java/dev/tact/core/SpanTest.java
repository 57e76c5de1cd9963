package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void coversUtf16IndicesOfTheOriginalText() {
    String reply = "Please just click Reset";
    assertEquals("just click", new Span(7, 17).in(reply));
    // An emoji is two UTF-16 units; offsets after it count both.
    String withEmoji = "\ud83d\ude4f just click";
    assertEquals("just", new Span(3, 7).in(withEmoji));
  }

  @Test
  void rejectsNegativeAndReversedOffsets() {
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> new Span(0, 10).in("short"));
  }

  @Test
  void overlapsAndOrders() {
    assertTrue(new Span(0, 5).overlaps(new Span(4, 8)));
    assertFalse(new Span(0, 5).overlaps(new Span(5, 8)));
    assertTrue(new Span(3, 3).isEmpty());
    assertEquals(List.of(new Span(0, 9), new Span(1, 2), new Span(1, 3)),
        List.of(new Span(1, 3), new Span(0, 9), new Span(1, 2)).stream().sorted().toList());
    assertEquals("[1, 3)", new Span(1, 3).toString());
  }
}

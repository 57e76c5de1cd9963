package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextPositionTest {
  @Test
  void countsLinesAndUtf16Columns() {
    assertEquals(new TextPosition(1, 1), TextPosition.of("abc", 0));
    assertEquals(new TextPosition(2, 3), TextPosition.of("first\nsecond", 8));
    assertEquals(new TextPosition(3, 1), TextPosition.of("a\r\nb\rc", 5));
    assertEquals(new TextPosition(1, 4), TextPosition.of("\ud83d\ude00x", 3));
    assertEquals("2:3", TextPosition.of("first\nsecond", 8).toString());
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    assertThrows(IndexOutOfBoundsException.class, () -> TextPosition.of("abc", 4));
    assertThrows(IllegalArgumentException.class, () -> new TextPosition(0, 1));
  }
}

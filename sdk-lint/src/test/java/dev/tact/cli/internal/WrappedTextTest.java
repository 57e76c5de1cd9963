package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WrappedTextTest {
  @Test
  void englishBreaksBetweenWords() {
    assertEquals(List.of("Thank you for your", "message; we have", "received it."),
        WrappedText.lines("Thank you for your message; we have received it.", Locale.ENGLISH, 18));
  }

  @Test
  void japaneseCountsTwoColumnsPerCharacterAndNeverStartsALineWithAFullStop() {
    assertEquals(List.of("お問い合わせいただき", "ありがとうございま", "す。"),
        WrappedText.lines("お問い合わせいただきありがとうございます。", Locale.JAPANESE, 20));
  }

  @Test
  void aWordLongerThanTheLineStaysWhole() {
    assertEquals(List.of("a", "supercalifragilistic", "day"),
        WrappedText.lines("a supercalifragilistic day", Locale.ENGLISH, 10));
  }
}

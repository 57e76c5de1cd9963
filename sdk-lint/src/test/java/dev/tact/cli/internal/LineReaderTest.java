package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How input bytes become lines: every line is one answer, so every line must be found. */
class LineReaderTest {

  private static List<LineReader.Line> lines(byte[] input, int maxLineBytes) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(input), maxLineBytes);
    List<LineReader.Line> lines = new ArrayList<>();
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }

  private static List<LineReader.Line> lines(String input) throws IOException {
    return lines(input.getBytes(StandardCharsets.UTF_8), 100);
  }

  private static LineReader.Line text(String text) {
    return new LineReader.Line(text, null);
  }

  @Test
  void aLineEndsAtALineFeed() throws IOException {
    assertEquals(List.of(text("a"), text("b")), lines("a\nb\n"));
  }

  @Test
  void theLastLineNeedsNoLineFeed() throws IOException {
    assertEquals(List.of(text("a"), text("b")), lines("a\nb"));
  }

  @Test
  void emptyInputHasNoLinesButAnEmptyLineIsALine() throws IOException {
    assertEquals(List.of(), lines(""));
    assertEquals(List.of(text("")), lines("\n"));
    assertEquals(List.of(text(""), text("")), lines("\n\n"));
  }

  @Test
  void carriageReturnsBeforeLineFeedsAndAByteOrderMarkAreDropped() throws IOException {
    assertEquals(List.of(text("a"), text("b")), lines("\uFEFFa\r\nb\r\n"));
  }

  @Test
  void textIsUtf8() throws IOException {
    assertEquals(List.of(text("São Paulo 東京 🙂")), lines("São Paulo 東京 🙂\n"));
  }

  @Test
  void invalidUtf8IsAProblemOfThatLineOnly() throws IOException {
    byte[] input = {'a', '\n', (byte) 0xC3, '(', '\n', 'b'};

    assertEquals(
        List.of(text("a"), new LineReader.Line("", "line is not valid UTF-8; send text encoded as UTF-8"), text("b")),
        lines(input, 100));
  }

  @Test
  void aTooLongLineIsAProblemAndItsBytesAreSkipped() throws IOException {
    byte[] input = ("0123456789ABCDEF\nok\n").getBytes(StandardCharsets.US_ASCII);

    assertEquals(
        List.of(new LineReader.Line("", "line is longer than 10 bytes; send one request per line"), text("ok")),
        lines(input, 10));
  }

  @Test
  void linesLongerThanTheReadBufferAreWhole() throws IOException {
    String longLine = "x".repeat(200_000);

    assertEquals(List.of(text(longLine), text("y")),
        lines((longLine + "\ny").getBytes(StandardCharsets.US_ASCII), 1 << 20));
  }
}

package dev.tact.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into UTF-8 lines, in constant memory. A line ends at {@code \n}; a
 * {@code \r} before it and a byte-order mark at the start of the input are dropped. A line that is
 * not valid UTF-8 or longer than the limit comes back as a {@link Line#problem() problem}, so that
 * the caller can answer it like any other bad line; the bytes of a too-long line are skipped, not
 * held.
 *
 * <p>Reads return as soon as a line is complete, so the reader works with a co-process that writes
 * one line and waits for the answer. Not thread-safe.
 */
final class LineReader {
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[1024];
  private int lineLength;
  private int position;
  private int limit;
  private boolean endOfInput;
  private boolean firstLine = true;

  /**
   * One line of input.
   *
   * @param text the line without its line break; empty when there is a problem
   * @param problem why the line cannot be read, or null when it can
   */
  record Line(String text, @Nullable String problem) {}

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the input. */
  @Nullable Line next() throws IOException {
    lineLength = 0;
    boolean tooLong = false;
    boolean started = false;
    while (true) {
      if (position == limit && !fill()) {
        return started ? finish(tooLong) : null;
      }
      started = true;
      int end = indexOfNewline();
      int chunk = (end < 0 ? limit : end) - position;
      if (tooLong || lineLength + chunk > maxLineBytes) {
        tooLong = true;
      } else {
        append(chunk);
      }
      if (end >= 0) {
        position = end + 1;
        return finish(tooLong);
      }
      position = limit;
    }
  }

  private boolean fill() throws IOException {
    while (!endOfInput) {
      int read = in.read(buffer);
      if (read < 0) {
        endOfInput = true;
      } else if (read > 0) {
        position = 0;
        limit = read;
        return true;
      }
    }
    return false;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int chunk) {
    if (lineLength + chunk > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + chunk)));
    }
    System.arraycopy(buffer, position, line, lineLength, chunk);
    lineLength += chunk;
  }

  private Line finish(boolean tooLong) {
    boolean first = firstLine;
    firstLine = false;
    if (tooLong) {
      return new Line("", "line is longer than " + maxLineBytes + " bytes; send one request per line");
    }
    int start = first && startsWithByteOrderMark() ? BYTE_ORDER_MARK.length : 0;
    int end = lineLength > start && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    try {
      return new Line(utf8.decode(ByteBuffer.wrap(line, start, end - start)).toString(), null);
    } catch (CharacterCodingException e) {
      return new Line("", "line is not valid UTF-8; send text encoded as UTF-8");
    }
  }

  private boolean startsWithByteOrderMark() {
    return lineLength >= BYTE_ORDER_MARK.length
        && Arrays.equals(line, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length);
  }
}

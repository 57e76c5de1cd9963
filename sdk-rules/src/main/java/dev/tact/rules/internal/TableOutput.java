package dev.tact.rules.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the binary tables the build stores for compiled built-ins ({@link CompiledPacks}): numbers
 * big-endian, arrays as a length and their elements, texts as a UTF-8 byte count and the bytes. Read
 * back with {@link TableInput}. Used at build time only.
 */
final class TableOutput {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  /** The bytes written so far. */
  byte[] toByteArray() {
    return bytes.toByteArray();
  }

  /** Bytes as they are, with no length (such as a magic number). */
  void raw(byte[] values) {
    bytes.writeBytes(values);
  }

  void bytes(byte[] values) {
    write(() -> {
      out.writeInt(values.length);
      out.write(values);
    });
  }

  void integer(int value) {
    write(() -> out.writeInt(value));
  }

  void longInteger(long value) {
    write(() -> out.writeLong(value));
  }

  void bool(boolean value) {
    write(() -> out.writeBoolean(value));
  }

  void ints(int[] values) {
    write(() -> {
      out.writeInt(values.length);
      for (int value : values) {
        out.writeInt(value);
      }
    });
  }

  void chars(char[] values) {
    write(() -> {
      out.writeInt(values.length);
      for (char value : values) {
        out.writeChar(value);
      }
    });
  }

  /** A text, or null (length -1). */
  void text(@Nullable String text) {
    write(() -> {
      if (text == null) {
        out.writeInt(-1);
      } else {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
      }
    });
  }

  void texts(List<String> texts) {
    integer(texts.size());
    for (String text : texts) {
      text(text);
    }
  }

  void location(Node.Location at) {
    integer(at.line());
    integer(at.column());
    longInteger(at.offset());
  }

  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
  }
}

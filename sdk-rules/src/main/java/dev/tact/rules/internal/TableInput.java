package dev.tact.rules.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads what {@link TableOutput} wrote. Arrays are copied in bulk (a build reads them before the
 * JIT has compiled anything, so no loop per element). A damaged or truncated input throws an
 * {@link IllegalStateException} that names the source and says to rebuild sdk-rules.
 */
final class TableInput {
  private final ByteBuffer in;
  private final String source;

  TableInput(byte[] bytes, String source) {
    this.in = ByteBuffer.wrap(bytes);
    this.source = source;
  }

  /** {@code length} bytes as they are (see {@link TableOutput#raw}). */
  byte[] raw(int length) {
    byte[] values = new byte[Math.min(length, in.remaining())];
    in.get(values);
    return values;
  }

  byte[] bytes() {
    byte[] values = new byte[length()];
    in.get(values);
    return values;
  }

  int integer() {
    return guard(in.remaining() >= 4).getInt();
  }

  long longInteger() {
    return guard(in.remaining() >= 8).getLong();
  }

  boolean bool() {
    return guard(in.remaining() >= 1).get() != 0;
  }

  int[] ints() {
    int[] values = new int[length(4)];
    in.asIntBuffer().get(values);
    in.position(in.position() + 4 * values.length);
    return values;
  }

  char[] chars() {
    char[] values = new char[length(2)];
    in.asCharBuffer().get(values);
    in.position(in.position() + 2 * values.length);
    return values;
  }

  /** A text, or null. */
  @Nullable String text() {
    int length = integer();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > in.remaining()) {
      throw damaged("a text of " + length + " bytes");
    }
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  /** A text that is never null. */
  String requiredText() {
    @Nullable String text = text();
    if (text == null) {
      throw damaged("a missing text");
    }
    return text;
  }

  List<String> texts() {
    int size = count();
    List<String> texts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      texts.add(requiredText());
    }
    return texts;
  }

  Node.Location location() {
    int line = integer();
    int column = integer();
    return new Node.Location(line, column, longInteger());
  }

  /** A count of items that follow, each at least one byte. */
  int count() {
    return length(1);
  }

  /** Throws unless every byte has been read. */
  void end() {
    if (in.hasRemaining()) {
      throw damaged(in.remaining() + " bytes after the end");
    }
  }

  /** An exception for a damaged input. */
  IllegalStateException damaged(String what) {
    return new IllegalStateException(source + " is damaged (" + what + " at byte " + in.position()
        + "); rebuild sdk-rules, which regenerates it from the YAML files");
  }

  private int length() {
    return length(1);
  }

  private int length(int unit) {
    int length = integer();
    if (length < 0 || (long) length * unit > in.remaining()) {
      throw damaged("a length of " + length);
    }
    return length;
  }

  private ByteBuffer guard(boolean enough) {
    if (!enough) {
      throw damaged("truncated");
    }
    return in;
  }
}

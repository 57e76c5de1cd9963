package dev.tact.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The JSON-lines loop shared by the {@code --jsonl} commands: one answer line per input line, in
 * order, flushed at once so that a co-process can wait for each answer. Memory stays constant
 * however long the input is.
 *
 * <pre>{@code
 * long lines = JsonLines.run(in, out, new HoursResponder(clock)::respond);
 * }</pre>
 */
final class JsonLines {
  /** The longest input line answered; a longer one gets an error line. */
  static final int MAX_LINE_BYTES = 1 << 20;

  private JsonLines() {}

  /**
   * Answers every line of {@code in} on {@code out} until the input ends.
   *
   * @param respond turns one line (without its line break) into one JSON object without line
   *     breaks; it must not throw
   * @return the number of lines answered
   * @throws IOException if reading the input or writing the output fails
   */
  static long run(InputStream in, OutputStream out, UnaryOperator<String> respond) throws IOException {
    LineReader reader = new LineReader(in, MAX_LINE_BYTES);
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long count = 0;
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      String problem = line.problem();
      writer.write(problem == null ? respond.apply(line.text()) : JsonAnswers.error(problem));
      writer.write('\n');
      writer.flush();
      count++;
    }
    return count;
  }
}

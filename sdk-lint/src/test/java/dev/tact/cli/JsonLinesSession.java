package dev.tact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A golden JSON-lines session: requests and the answers expected, read from a transcript of
 * {@code <} (request) and {@code >} (answer) lines, with optional {@code =} lines (the draft with
 * its findings marked) after an answer, and optional {@code $} lines (the command line, such as
 * {@code $ tact render --jsonl --format html}) that apply to the requests after them; {@code #}
 * lines are comments.
 *
 * @param requests the request lines, in order
 * @param answers the expected answer to each request
 * @param marked per request, the draft with each finding's words between ⟦ and ⟧, or null
 * @param commands per request, the arguments of the {@code $} line before it (without
 *     {@code tact}), or null when there is none
 */
record JsonLinesSession(List<String> requests, List<String> answers, List<@Nullable String> marked,
    List<@Nullable String> commands) {

  static JsonLinesSession load(String resource) {
    List<String> requests = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    List<@Nullable String> marked = new ArrayList<>();
    List<@Nullable String> commands = new ArrayList<>();
    @Nullable String command = null;
    for (String line : read(resource).lines().toList()) {
      if (line.startsWith("$ tact ")) {
        command = line.substring("$ tact ".length());
      } else if (line.startsWith("<")) {
        requests.add(line.length() > 1 ? line.substring(2) : "");
        marked.add(null);
        commands.add(command);
      } else if (line.startsWith(">")) {
        answers.add(line.substring(2));
      } else if (line.startsWith("=")) {
        marked.set(marked.size() - 1, line.substring(2));
      }
    }
    assertEquals(requests.size(), answers.size(), "every request in " + resource + " has an answer");
    return new JsonLinesSession(requests, answers, marked, commands);
  }

  /** The requests as standard input: one per line, each ended by a line break. */
  String input() {
    return String.join("\n", requests) + "\n";
  }

  private static String read(String resource) {
    try (InputStream in = JsonLinesSession.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.tact.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Channel;
import dev.tact.core.Draft;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The brand replies of the project's shared corpus ({@code ../shared/corpus/*.jsonl}, beside the
 * repository), read at run time and never copied into the repository: every row with
 * {@code "inbound": false} and the wanted {@code "lang"}, each id once (one file of the corpus is a
 * subset of another), files in name order.
 *
 * <p>The folder is the system property {@value #PROPERTY} when set, else {@code ../shared/corpus}
 * relative to the repository root (the nearest folder at or above the working directory that holds
 * {@code benchmarks/pom.xml}). JMH passes the launching JVM's {@code -D} options to its forks, so
 * {@code java -Dtact.corpus=/data/corpus -jar benchmarks/target/benchmarks.jar …} works.
 */
public final class ReviewCorpus {
  /** The system property that names the corpus folder. */
  public static final String PROPERTY = "tact.corpus";

  /** One reply: the draft to review and its size in UTF-8 bytes. */
  public record Reply(Draft draft, int bytes) {}

  private ReviewCorpus() {}

  /** The corpus folder, whether or not it exists. */
  public static Path folder() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("benchmarks").resolve("pom.xml"))) {
        return dir.resolve("../shared/corpus").normalize();
      }
    }
    return start.resolve("../shared/corpus").normalize();
  }

  /**
   * The brand replies in {@code language}.
   *
   * @throws IllegalStateException with a message that says how to point at the corpus when the
   *     folder is missing or holds no such reply; JMH then reports this benchmark as failed and goes
   *     on with the others
   */
  public static List<Reply> brandReplies(String language) {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("SKIPPED: no corpus at " + folder + "; this benchmark reads the"
          + " brand replies of the project's shared corpus at run time. Run from the repository root"
          + " with ../shared/corpus beside it, or pass -D" + PROPERTY + "=/path/to/corpus");
    }
    Locale locale = Locale.forLanguageTag(language);
    ObjectMapper json = new ObjectMapper();
    List<Reply> replies = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(file -> file.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode row = json.readTree(line);
          if (row.path("inbound").asBoolean(true) || !language.equals(row.path("lang").asText())) {
            continue;
          }
          String text = row.path("text").asText("");
          if (text.isEmpty() || !seen.add(row.path("id").asText())) {
            continue;
          }
          Channel channel = "chat".equals(row.path("channel").asText()) ? Channel.WEB_CHAT : Channel.X_REPLY;
          replies.add(new Reply(new Draft(text, locale, channel), text.getBytes(StandardCharsets.UTF_8).length));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    if (replies.isEmpty()) {
      throw new IllegalStateException("SKIPPED: the corpus at " + folder + " has no brand reply with"
          + " \"lang\": \"" + language + "\"");
    }
    return List.copyOf(replies);
  }

  /** The total size of {@code replies} in UTF-8 bytes. */
  public static long bytes(List<Reply> replies) {
    long total = 0;
    for (Reply reply : replies) {
      total += reply.bytes();
    }
    return total;
  }
}

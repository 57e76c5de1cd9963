package dev.tact.rules.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Pages in {@code docs/rules/} that a generator owns: compares the committed files with freshly
 * generated text and fails with the command that rewrites them, or rewrites them when the build runs
 * with {@code -Dtact.docs.write=true}.
 */
final class GeneratedDocs {
  /** The system property that makes the staleness tests rewrite the pages instead of failing. */
  static final String WRITE = "tact.docs.write";

  private GeneratedDocs() {}

  /** {@code docs/rules/} of the repository, found from the sdk-rules module directory. */
  static Path rulesDir() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return module.toAbsolutePath().normalize().resolveSibling("docs").resolve("rules");
  }

  /**
   * Checks (or, in write mode, writes) the pages a generator owns.
   *
   * @param pages file name in {@code docs/rules/} to its full text
   * @param owned the names of existing files this generator owns, so that a page of a removed rule
   *     is reported and deleted too
   * @param command the command that regenerates the pages
   */
  static void checkOrWrite(Map<String, String> pages, Predicate<String> owned, String command) {
    Path dir = rulesDir();
    boolean write = Boolean.getBoolean(WRITE);
    Set<String> stale = new TreeSet<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = dir.resolve(page.getKey());
      if (!page.getValue().equals(read(file))) {
        stale.add(page.getKey());
        if (write) {
          writeFile(file, page.getValue());
        }
      }
    }
    List<String> extra = new ArrayList<>();
    for (String name : existing(dir)) {
      if (owned.test(name) && !pages.containsKey(name)) {
        extra.add(name);
        if (write) {
          delete(dir.resolve(name));
        }
      }
    }
    if (write || (stale.isEmpty() && extra.isEmpty())) {
      return;
    }
    StringBuilder message = new StringBuilder("docs/rules/ is out of date with the rule metadata, packs or labelled sets:");
    for (String name : stale) {
      message.append("\n  ").append(name).append(Files.exists(dir.resolve(name)) ? " differs" : " is missing");
    }
    for (String name : extra) {
      message.append("\n  ").append(name).append(" belongs to no rule any more");
    }
    message.append("\nThese pages are generated; do not edit them. Regenerate them from the repository root with:\n  ")
        .append(command);
    fail(message.toString());
  }

  private static List<String> existing(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void writeFile(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  /** Escapes text for a Markdown paragraph, list item or table cell; line breaks become ⏎. */
  static String md(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '<', '>', '[', ']', '|', '#' -> out.append('\\').append(c);
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          out.append(" ⏎ ");
        }
        case '\n' -> out.append(" ⏎ ");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text} as inline code, with a fence that no backtick run inside can close. */
  static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + text.replace('\n', ' ') + pad + fence;
  }
}

package dev.tact.rules.internal;

import dev.tact.rules.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The data files Tact ships, found through {@code dev/tact/rules/index.txt}, which the build
 * generates from the resource folders (one path per line, relative to {@code dev/tact/rules/}):
 * {@code packs/<lang>/<concern>.yaml}, {@code meta/<rule-id>.yaml} and {@code mood/<lang>.yaml}.
 */
public final class BuiltIns {
  /** The folder of every built-in data file on the class path. */
  public static final String ROOT = "dev/tact/rules/";
  /** The generated index. */
  public static final String INDEX = ROOT + "index.txt";

  /**
   * The parsed built-in files. {@code moods} lists the mood files with empty contents: their text is
   * read once, by {@link #moods()}, for the mood reader.
   */
  public record Files(
      List<PackModel.PackFile> packs, List<PackModel.Meta> metadata, Map<String, String> moods) {
    /** Copies the lists. */
    public Files {
      packs = List.copyOf(packs);
      metadata = List.copyOf(metadata);
      moods = Map.copyOf(moods);
    }
  }

  private BuiltIns() {}

  /** The paths the index lists, relative to {@link #ROOT}, sorted. */
  public static List<String> index() {
    String text = resource(INDEX);
    if (text == null) {
      throw new IllegalStateException(
          INDEX + " is missing from the class path; it is generated at the generate-resources phase"
              + " of sdk-rules (run 'mvn -pl sdk-rules generate-resources' after adding data files)");
    }
    List<String> paths = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        paths.add(line.strip());
      }
    }
    paths.sort(null);
    return paths;
  }

  /**
   * Reads and validates every built-in file.
   *
   * @throws RulePackException carrying the problems of every bad file
   */
  public static Files load() {
    Problems problems = new Problems();
    List<PackModel.PackFile> packs = new ArrayList<>();
    List<PackModel.Meta> metadata = new ArrayList<>();
    Map<String, String> moods = new LinkedHashMap<>();
    for (String path : index()) {
      String source = ROOT + path;
      String[] parts = path.split("/");
      if (parts.length == 2 && parts[0].equals("mood")) {
        // Read by moods() for the mood reader; reading them here too would load them twice.
        moods.put(source, "");
        continue;
      }
      String text = resource(source);
      if (text == null) {
        problems.add(source, 0, 0, "listed in " + INDEX + " but not on the class path; rebuild sdk-rules");
        continue;
      }
      try {
        if (parts.length == 3 && parts[0].equals("packs")) {
          PackModel.PackFile file = PackReader.readPack(text, source, true);
          for (PackModel.PhrasePack pack : file.packs()) {
            if (!pack.language().equals(parts[1])) {
              problems.add(source, pack.location(), "the pack says 'language: " + pack.language()
                  + "' but lies in the folder packs/" + parts[1] + "/; move it or fix the language");
            }
          }
          packs.add(file);
        } else if (parts.length == 2 && parts[0].equals("meta")) {
          PackModel.Meta meta = PackReader.readMeta(text, source);
          String expected = parts[1].replaceFirst("\\.yaml$", "");
          if (!meta.metadata().id().equals(expected)) {
            problems.add(source, meta.location(), "the file says 'id: " + meta.metadata().id()
                + "' but is named " + parts[1] + "; a metadata file is named after its rule id");
          }
          metadata.add(meta);
        } else {
          problems.add(source, 0, 0, "not a pack (packs/<lang>/<concern>.yaml), metadata"
              + " (meta/<rule-id>.yaml) or mood file (mood/<lang>.yaml)");
        }
      } catch (RulePackException e) {
        problems.addAll(e);
      }
    }
    problems.throwIfAny();
    return new Files(packs, metadata, moods);
  }

  /** The built-in mood word lists, file name to content: {@code mood/<lang>.yaml}. */
  public static Map<String, String> moods() {
    Map<String, String> moods = new LinkedHashMap<>();
    for (String path : index()) {
      if (path.startsWith("mood/")) {
        String text = resource(ROOT + path);
        if (text == null) {
          throw new IllegalStateException(ROOT + path + " is listed in " + INDEX + " but missing");
        }
        moods.put(ROOT + path, text);
      }
    }
    return moods;
  }

  /** The UTF-8 text of a class-path resource, or null if there is none. */
  public static @Nullable String resource(String name) {
    try (InputStream in = BuiltIns.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the class path", e);
    }
  }
}

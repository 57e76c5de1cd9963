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
 * {@code packs/<lang>/<concern>.yaml}, {@code meta/<rule-id>.yaml} and {@code mood/<lang>.yaml}
 * (and the code rules' word lists, {@code code/<name>.yaml}, which their rules name). Each file is
 * read from the {@link NodeArchive} the build writes beside it, already parsed.
 */
public final class BuiltIns {
  /** The folder of every built-in data file on the class path. */
  public static final String ROOT = "dev/tact/rules/";
  /** The generated index. */
  public static final String INDEX = ROOT + "index.txt";

  /** The parsed built-in packs and rule metadata (the mood files are read by {@link #moods()}). */
  public record Files(List<PackModel.PackFile> packs, List<PackModel.Meta> metadata) {
    /** Copies the lists. */
    public Files {
      packs = List.copyOf(packs);
      metadata = List.copyOf(metadata);
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
    return read(true);
  }

  /**
   * Reads and validates the built-in rule metadata files ({@code meta/<rule-id>.yaml}) only; the
   * packs come compiled from {@link CompiledPacks}.
   *
   * @throws RulePackException carrying the problems of every bad file
   */
  public static List<PackModel.Meta> metadata() {
    return read(false).metadata();
  }

  private static Files read(boolean withPacks) {
    Problems problems = new Problems();
    List<PackModel.PackFile> packs = new ArrayList<>();
    List<PackModel.Meta> metadata = new ArrayList<>();
    for (String path : index()) {
      String source = ROOT + path;
      String[] parts = path.split("/");
      if (parts.length == 2 && parts[0].equals("mood")) {
        continue; // read by moods() for the mood reader
      }
      try {
        if (parts.length == 3 && parts[0].equals("packs")) {
          if (!withPacks) {
            continue;
          }
          PackModel.PackFile file = PackReader.readPack(document(source), source, true);
          for (PackModel.PhrasePack pack : file.packs()) {
            if (!pack.language().equals(parts[1])) {
              problems.add(source, pack.location(), "the pack says 'language: " + pack.language()
                  + "' but lies in the folder packs/" + parts[1] + "/; move it or fix the language");
            }
          }
          packs.add(file);
        } else if (parts.length == 2 && parts[0].equals("meta")) {
          PackModel.Meta meta = PackReader.readMeta(document(source), source);
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
    return new Files(packs, metadata);
  }

  /** The built-in mood word lists, file name to document: {@code mood/<lang>.yaml}. */
  public static Map<String, Node> moods() {
    Map<String, Node> moods = new LinkedHashMap<>();
    for (String path : index()) {
      if (path.startsWith("mood/")) {
        moods.put(ROOT + path, document(ROOT + path));
      }
    }
    return moods;
  }

  /**
   * The parsed document of the built-in data file {@code source} (such as {@code
   * dev/tact/rules/packs/en/blame.yaml}), read from its {@link NodeArchive}.
   *
   * @throws IllegalStateException if the file has no archive on the class path
   */
  public static Node document(String source) {
    String name = source + NodeArchive.SUFFIX;
    try (InputStream in = BuiltIns.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path; it is generated from "
            + source + " at the process-classes phase of sdk-rules (run 'mvn -pl sdk-rules"
            + " process-classes' after adding or changing data files)");
      }
      return NodeArchive.read(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the class path", e);
    }
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

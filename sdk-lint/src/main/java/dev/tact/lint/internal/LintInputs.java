package dev.tact.lint.internal;

import dev.tact.lint.LintException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the paths given to lint hold: template catalogs (a directory with at least one file named
 * after a locale, such as {@code en.yaml}) and rule packs (a YAML or JSON file whose top-level keys
 * are a pack's: {@code phrases}, {@code packs}, {@code rules}, {@code disable}, {@code severity},
 * {@code language}/{@code rule}). Directories are walked; hidden ones and {@code target} are
 * skipped. A file given by name is a pack unless it is named after a locale, in which case its
 * directory is linted as a catalog.
 */
public final class LintInputs {
  private static final Pattern PACK_KEYS = Pattern.compile(
      "(?m)^(?:phrases|packs|rules|disable|severity|rule)\\s*:|\"(?:phrases|packs|rules|disable)\"\\s*:");
  private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));

  /** A file's name as reports show it, its text, or null when it is not UTF-8. */
  public record SourceFile(String name, @Nullable String text) {}

  /** The files of one catalog directory, sorted by name. */
  public record Catalog(String directory, List<SourceFile> files) {}

  private final List<Catalog> catalogs = new ArrayList<>();
  private final List<SourceFile> packs = new ArrayList<>();

  private LintInputs() {}

  /**
   * Reads everything under {@code paths}.
   *
   * @throws LintException if a path does not exist or cannot be read
   */
  public static LintInputs read(List<Path> paths) {
    LintInputs inputs = new LintInputs();
    Map<Path, Boolean> catalogDirs = new LinkedHashMap<>();
    Set<Path> packFiles = new java.util.LinkedHashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path directory : directories(path)) {
          catalogDirs.putIfAbsent(directory, false);
        }
      } else if (Files.isRegularFile(path)) {
        if (isLocaleName(path)) {
          Path parent = path.getParent();
          catalogDirs.put(parent == null ? Path.of("") : parent, true);
        } else {
          packFiles.add(path);
        }
      } else {
        throw new LintException("no such file or directory; check the path", path.toString(), 0, 0);
      }
    }
    for (Map.Entry<Path, Boolean> directory : catalogDirs.entrySet()) {
      inputs.readDirectory(directory.getKey(), directory.getValue(), packFiles);
    }
    for (Path file : packFiles) {
      inputs.packs.add(read(file));
    }
    return inputs;
  }

  /** The catalogs found, in path order. */
  public List<Catalog> catalogs() {
    return catalogs;
  }

  /** The rule packs found, in path order. */
  public List<SourceFile> packs() {
    return packs;
  }

  /** How many files were read. */
  public int files() {
    int count = packs.size();
    for (Catalog catalog : catalogs) {
      count += catalog.files().size();
    }
    return count;
  }

  private static List<Path> directories(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isDirectory)
          .filter(dir -> dir.equals(root) || !skipped(root.relativize(dir)))
          .sorted().toList();
    } catch (IOException | RuntimeException e) {
      throw new LintException("cannot read the directory (" + e.getMessage() + ")", root.toString(), e);
    }
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  private void readDirectory(Path directory, boolean isCatalog, Set<Path> packFiles) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(Files::isRegularFile).filter(LintInputs::isDataFile).sorted().toList();
    } catch (IOException | RuntimeException e) {
      throw new LintException("cannot list the directory (" + e.getMessage() + ")",
          directory.toString(), e);
    }
    boolean catalog = isCatalog || files.stream().anyMatch(LintInputs::isLocaleName);
    List<SourceFile> catalogFiles = new ArrayList<>();
    for (Path file : files) {
      if (packFiles.contains(file)) {
        continue;
      }
      SourceFile source = read(file);
      if (!isLocaleName(file) && source.text() != null && PACK_KEYS.matcher(source.text()).find()) {
        packs.add(source);
      } else if (catalog) {
        catalogFiles.add(source);
      }
    }
    if (!catalogFiles.isEmpty()) {
      catalogs.add(new Catalog(directory.toString(), List.copyOf(catalogFiles)));
    }
  }

  private static boolean isDataFile(Path path) {
    String name = String.valueOf(path.getFileName());
    return !name.startsWith(".")
        && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  /** Whether the file is named after a locale ({@code en.yaml}, {@code pt-BR.json}, {@code root.yaml}). */
  static boolean isLocaleName(Path path) {
    String name = String.valueOf(path.getFileName());
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || !isDataFile(path)) {
      return false;
    }
    String tag = name.substring(0, dot);
    if (tag.equals("root")) {
      return true;
    }
    Locale locale = Locale.forLanguageTag(tag);
    return locale.toLanguageTag().equals(tag) && LANGUAGES.contains(locale.getLanguage());
  }

  private static SourceFile read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      throw new LintException("cannot read the file (" + e.getMessage() + ")", file.toString(), e);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return new SourceFile(file.toString(), text);
    } catch (CharacterCodingException e) {
      return new SourceFile(file.toString(), null);
    }
  }
}

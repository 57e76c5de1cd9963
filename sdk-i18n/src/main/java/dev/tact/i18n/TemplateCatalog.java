package dev.tact.i18n;

import com.ibm.icu.util.ULocale;
import dev.tact.i18n.TemplateException.Problem;
import dev.tact.i18n.internal.CatalogEntry;
import dev.tact.i18n.internal.CatalogFile;
import dev.tact.i18n.internal.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A brand's standard replies in every language it answers in: one file per locale
 * ({@code en.yaml}, {@code ja.yaml}, {@code pt-BR.json}, and {@code root.yaml} as the last
 * fallback), each mapping flat dotted keys to ICU MessageFormat patterns, or to an object with the
 * pattern in {@code text} and metadata:
 *
 * <pre>{@code
 * # en.yaml
 * order.shipped: "{greeting}, {customerName}! Your order {orderId} is on its way."
 * order.delayed:
 *   text: "{count, plural, one{One item} other{# items}} will arrive late."
 *   channel: x.reply            # visibility, description, maxLength too
 *   arguments:
 *     count: {required: true}   # or {fallback: "..."}
 *   tact-ignore: [template.too-long]
 *   reason: "legal wording"
 * }</pre>
 *
 * Everything is checked when the catalog loads, and every problem is reported at once, at its
 * file, line and column: {@code TemplateCatalog.load(Path.of("templates"))} either returns a
 * catalog whose every template renders, or throws a {@link TemplateException} and nothing is used.
 * {@link #find} falls back from {@code de-AT} to {@code de}, then to the default locale, then to
 * root. A catalog is immutable and safe to share between threads.
 */
public final class TemplateCatalog {
  private final Locale defaultLocale;
  private final List<Template> templates;
  private final Map<String, Map<Locale, Template>> byKey;
  private final List<String> keys;
  private final List<Locale> locales;
  private final List<Problem> warnings;

  private TemplateCatalog(Locale defaultLocale, List<CatalogEntry> entries, List<Problem> warnings) {
    this.defaultLocale = defaultLocale;
    List<Template> all = new ArrayList<>(entries.size());
    Map<String, Map<Locale, Template>> index = new HashMap<>();
    TreeSet<String> localeTags = new TreeSet<>();
    for (CatalogEntry entry : entries) {
      Template template = new Template(entry);
      all.add(template);
      index.computeIfAbsent(entry.key(), k -> new HashMap<>()).put(entry.locale(), template);
      localeTags.add(entry.locale().equals(Locale.ROOT) ? "" : entry.locale().toLanguageTag());
    }
    index.replaceAll((key, byLocale) -> Map.copyOf(byLocale));
    this.templates = List.copyOf(all);
    this.byKey = Map.copyOf(index);
    this.keys = List.copyOf(new TreeSet<>(index.keySet()));
    List<Locale> found = new ArrayList<>();
    for (String tag : localeTags) {
      found.add(tag.isEmpty() ? Locale.ROOT : Locale.forLanguageTag(tag));
    }
    this.locales = List.copyOf(found);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Loads the catalog in a directory, with English as the default locale.
   *
   * <pre>{@code
   * TemplateCatalog catalog = TemplateCatalog.load(Path.of("src/main/templates"));
   * }</pre>
   *
   * @throws TemplateException with every problem found, if the directory cannot be read or any
   *     file has a problem
   */
  public static TemplateCatalog load(Path directory) {
    return builder().directory(directory).build();
  }

  /** Starts a catalog from directories, classpath resources or texts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The locale that {@link #find} falls back to before root. */
  public Locale defaultLocale() {
    return defaultLocale;
  }

  /** Every template, every key in every locale it has, sorted by key then locale. */
  public List<Template> templates() {
    return templates;
  }

  /** The keys, sorted. */
  public List<String> keys() {
    return keys;
  }

  /** The locales that have a file, sorted by language tag, {@link Locale#ROOT} first. */
  public List<Locale> locales() {
    return locales;
  }

  /**
   * The problems that loading tolerates but lint reports ({@code template.missing-locale},
   * {@code template.unused-argument}), in file order.
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * The template for {@code key} in {@code locale} or its nearest fallback: the locale itself, its
   * parents ({@code de-AT} then {@code de}; {@code zh-Hant-TW}, {@code zh-Hant}, {@code zh}), the
   * default locale and its parents, then root.
   *
   * <pre>{@code
   * catalog.find("order.shipped", Locale.forLanguageTag("de-AT")); // the de template
   * }</pre>
   */
  public Optional<Template> find(String key, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Map<Locale, Template> byLocale = byKey.get(Objects.requireNonNull(key, "key"));
    if (byLocale == null) {
      return Optional.empty();
    }
    Template exact = byLocale.get(locale);
    if (exact != null) {
      return Optional.of(exact);
    }
    Template found = inChain(byLocale, locale);
    if (found == null) {
      found = inChain(byLocale, defaultLocale);
    }
    if (found == null) {
      found = byLocale.get(Locale.ROOT);
    }
    return Optional.ofNullable(found);
  }

  private static @Nullable Template inChain(Map<Locale, Template> byLocale, Locale locale) {
    ULocale candidate = ULocale.forLocale(locale.stripExtensions());
    while (!candidate.getBaseName().isEmpty()) {
      Template template = byLocale.get(candidate.toLocale());
      if (template != null) {
        return template;
      }
      candidate = candidate.getFallback();
    }
    return null;
  }

  /** {@code TemplateCatalog[keys=12, locales=[en, ja], default=en]}. */
  @Override
  public String toString() {
    List<String> tags = new ArrayList<>();
    for (Locale locale : locales) {
      tags.add(locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag());
    }
    return "TemplateCatalog[keys=" + keys.size() + ", locales=" + tags + ", default="
        + defaultLocale.toLanguageTag() + "]";
  }

  /**
   * Gathers the files of one catalog. Files may come from several places; each locale must come
   * from one file. Not thread-safe; the catalog it builds is.
   */
  public static final class Builder {
    private Locale defaultLocale = Locale.ENGLISH;
    private final List<Path> directories = new ArrayList<>();
    private final List<Map.Entry<ClassLoader, String>> resourceFolders = new ArrayList<>();
    private final List<CatalogFile> texts = new ArrayList<>();

    private Builder() {}

    /** The locale {@link TemplateCatalog#find} falls back to before root; English unless set. */
    public Builder defaultLocale(Locale locale) {
      this.defaultLocale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Adds the {@code .yaml}, {@code .yml} and {@code .json} files directly in {@code directory};
     * other files (a README) and hidden files are left alone.
     */
    public Builder directory(Path directory) {
      directories.add(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /**
     * Adds the files of a classpath folder, which cannot be listed inside a jar, so the folder
     * holds an {@code index.txt} naming its files one a line ({@code #} starts a comment).
     *
     * <pre>{@code
     * builder.resources(MyApp.class.getClassLoader(), "acme/templates"); // acme/templates/index.txt
     * }</pre>
     */
    public Builder resources(ClassLoader loader, String folder) {
      Objects.requireNonNull(loader, "loader");
      Objects.requireNonNull(folder, "folder");
      resourceFolders.add(Map.entry(loader, folder.endsWith("/") ? folder : folder + "/"));
      return this;
    }

    /**
     * Adds one file given as text, for tests and tools.
     *
     * <pre>{@code
     * builder.source("en.yaml", "order.shipped: Your order is on its way.");
     * }</pre>
     *
     * @param name the file name, whose last part names the locale and format: {@code ja.yaml}
     * @param text the file's content
     */
    public Builder source(String name, String text) {
      texts.add(new CatalogFile(Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * Reads and checks everything, and builds the catalog.
     *
     * @throws TemplateException with every problem found; nothing of the catalog is then used
     */
    public TemplateCatalog build() {
      List<Problem> unreadable = new ArrayList<>();
      List<CatalogFile> files = new ArrayList<>(texts);
      for (Path directory : directories) {
        readDirectory(directory, files, unreadable);
      }
      for (Map.Entry<ClassLoader, String> folder : resourceFolders) {
        readResources(folder.getKey(), folder.getValue(), files, unreadable);
      }
      CatalogLoader.Contents contents = CatalogLoader.load(files, defaultLocale);
      if (!unreadable.isEmpty() || !contents.errors().isEmpty()) {
        List<Problem> all = new ArrayList<>(unreadable);
        all.addAll(contents.errors());
        throw new TemplateException(all);
      }
      return new TemplateCatalog(defaultLocale, contents.entries(), contents.warnings());
    }

    private static void readDirectory(Path directory, List<CatalogFile> files,
        List<Problem> unreadable) {
      List<Path> paths;
      try (Stream<Path> listing = Files.list(directory)) {
        paths = new ArrayList<>(listing.filter(Files::isRegularFile).filter(Builder::isCatalogFile)
            .toList());
      } catch (IOException | RuntimeException e) {
        unreadable.add(new Problem(TemplateChecks.CATALOG, directory.toString(), 0, 0,
            "cannot list the catalog directory (" + e + "); check the path"));
        return;
      }
      Collections.sort(paths);
      for (Path path : paths) {
        try {
          String text = decode(Files.readAllBytes(path));
          files.add(new CatalogFile(path.toString(), text));
        } catch (CharacterCodingException e) {
          unreadable.add(notUtf8(path.toString()));
        } catch (IOException | RuntimeException e) {
          unreadable.add(new Problem(TemplateChecks.CATALOG, path.toString(), 0, 0,
              "cannot read the file (" + e + ")"));
        }
      }
    }

    private static boolean isCatalogFile(Path path) {
      Path name = path.getFileName();
      if (name == null) {
        return false;
      }
      String file = name.toString();
      return !file.startsWith(".")
          && (file.endsWith(".yaml") || file.endsWith(".yml") || file.endsWith(".json"));
    }

    private static void readResources(ClassLoader loader, String folder, List<CatalogFile> files,
        List<Problem> unreadable) {
      String index = folder + "index.txt";
      String listing;
      try {
        byte[] bytes = resource(loader, index);
        if (bytes == null) {
          unreadable.add(new Problem(TemplateChecks.CATALOG, index, 0, 0, "no such resource;"
              + " a classpath catalog folder lists its files in index.txt"));
          return;
        }
        listing = decode(bytes);
      } catch (IOException e) {
        unreadable.add(new Problem(TemplateChecks.CATALOG, index, 0, 0,
            "cannot read the index (" + e + ")"));
        return;
      }
      int lineNumber = 0;
      for (String line : listing.split("\r?\n|\r")) {
        lineNumber++;
        String name = line.replaceFirst("#.*", "").strip();
        if (name.isEmpty()) {
          continue;
        }
        String resource = folder + name;
        try {
          byte[] bytes = resource(loader, resource);
          if (bytes == null) {
            unreadable.add(new Problem(TemplateChecks.CATALOG, index, lineNumber, 1, "'" + name
                + "' is listed but there is no resource " + resource));
          } else {
            files.add(new CatalogFile(resource, decode(bytes)));
          }
        } catch (CharacterCodingException e) {
          unreadable.add(notUtf8(resource));
        } catch (IOException e) {
          unreadable.add(new Problem(TemplateChecks.CATALOG, resource, 0, 0,
              "cannot read the resource (" + e + ")"));
        }
      }
    }

    private static byte @Nullable [] resource(ClassLoader loader,
        String name) throws IOException {
      try (InputStream in = loader.getResourceAsStream(name)) {
        return in == null ? null : in.readAllBytes();
      }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    }

    private static Problem notUtf8(String source) {
      return new Problem(TemplateChecks.CATALOG, source, 0, 0,
          "the file is not UTF-8; save it as UTF-8");
    }
  }
}

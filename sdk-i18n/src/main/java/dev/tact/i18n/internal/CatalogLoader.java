package dev.tact.i18n.internal;

import com.ibm.icu.util.ULocale;
import dev.tact.i18n.ArgumentKind;
import dev.tact.i18n.TemplateArgument;
import dev.tact.i18n.TemplateChecks;
import dev.tact.i18n.TemplateException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Loads catalog files into templates, checking everything before anything is used: each file's
 * name (a locale) and structure, each pattern, each argument's fallback, and each key's arguments
 * across locales. Errors are all collected; templates are compiled only when there are none.
 */
public final class CatalogLoader {
  /** The arguments the renderer supplies itself. */
  public static final Set<String> BUILT_INS = Set.of("greeting", "customerName", "formality");

  private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(ULocale.getISOLanguages()));

  /**
   * What a load found.
   *
   * @param entries the templates, sorted by key then locale; empty when there are errors
   * @param errors the problems that make the catalog unusable, in file order
   * @param warnings the problems lint reports but loading tolerates, in file order
   */
  public record Contents(List<CatalogEntry> entries, List<Problem> errors, List<Problem> warnings) {}

  private record LocaleFile(String name, int index) {}

  private record Loaded(int file, String source, SourceLines lines, Locale locale,
      CatalogFileReader.Read read) {}

  private final CatalogProblems problems = new CatalogProblems();
  private final Locale defaultLocale;

  private CatalogLoader(Locale defaultLocale) {
    this.defaultLocale = defaultLocale;
  }

  /** Loads {@code files}, whose order does not matter. */
  public static Contents load(List<CatalogFile> files, Locale defaultLocale) {
    return new CatalogLoader(defaultLocale).run(files);
  }

  /**
   * The locale a file name stands for: {@code root.yaml} is {@link Locale#ROOT}, {@code pt-BR.json}
   * is Brazilian Portuguese; empty when the name is not a locale in canonical BCP 47 form.
   */
  public static Optional<Locale> localeOf(String tag) {
    if (tag.equals("root")) {
      return Optional.of(Locale.ROOT);
    }
    Locale locale = Locale.forLanguageTag(tag);
    if (!locale.toLanguageTag().equals(tag) || !LANGUAGES.contains(locale.getLanguage())
        || locale.hasExtensions() || tag.equals("und")) {
      return Optional.empty();
    }
    return Optional.of(locale);
  }

  private Contents run(List<CatalogFile> unsorted) {
    List<CatalogFile> files = new ArrayList<>(unsorted);
    files.sort(Comparator.comparing(CatalogFile::name));
    Map<Locale, LocaleFile> fileOfLocale = new LinkedHashMap<>();
    List<Loaded> loaded = new ArrayList<>();
    for (int index = 0; index < files.size(); index++) {
      CatalogFile file = files.get(index);
      Locale locale = locale(index, file.name());
      if (locale == null) {
        continue;
      }
      LocaleFile earlier = fileOfLocale.putIfAbsent(locale, new LocaleFile(file.name(), index));
      if (earlier != null) {
        problems.fileError(TemplateChecks.CATALOG, index, file.name(), "a second file for the"
            + " locale " + tag(locale) + " (the first is " + earlier.name()
            + "); keep one file per locale");
        continue;
      }
      SourceLines lines = new SourceLines(stripBom(file.text()));
      SourceNode root;
      try {
        root = SourceReader.read(lines, file.name().endsWith(".json"));
      } catch (SourceReader.SourceException e) {
        problems.error(TemplateChecks.CATALOG, index, file.name(), lines, e.offset(), e.getMessage());
        continue;
      }
      CatalogFileReader reader = new CatalogFileReader(index, file.name(), lines, locale, problems);
      for (CatalogFileReader.Read read : reader.read(root)) {
        loaded.add(new Loaded(index, file.name(), lines, locale, read));
      }
    }
    Map<String, List<Loaded>> byKey = new TreeMap<>();
    for (Loaded template : loaded) {
      checkDeclarations(template);
      byKey.computeIfAbsent(template.read().key(), k -> new ArrayList<>()).add(template);
    }
    for (List<Loaded> locales : byKey.values()) {
      checkAcrossLocales(locales, fileOfLocale);
    }
    if (problems.hasErrors()) {
      return new Contents(List.of(), problems.errors(), problems.warnings());
    }
    List<CatalogEntry> entries = new ArrayList<>(loaded.size());
    for (List<Loaded> locales : byKey.values()) {
      locales.sort(Comparator.comparing(t -> t.locale().toLanguageTag()));
      for (Loaded template : locales) {
        entries.add(entry(template));
      }
    }
    return new Contents(List.copyOf(entries), List.of(), problems.warnings());
  }

  private @Nullable Locale locale(int index, String name) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    String extension = dot < 0 ? "" : file.substring(dot + 1);
    if (!(extension.equals("yaml") || extension.equals("yml") || extension.equals("json"))) {
      problems.fileError(TemplateChecks.CATALOG, index, name, "a catalog file is named after its"
          + " locale and ends in .yaml, .yml or .json, such as en.yaml or pt-BR.json");
      return null;
    }
    String tag = file.substring(0, dot);
    Optional<Locale> locale = localeOf(tag);
    if (locale.isEmpty()) {
      Locale guess = Locale.forLanguageTag(tag.replace('_', '-'));
      String hint = LANGUAGES.contains(guess.getLanguage()) && !guess.hasExtensions()
          ? "; did you mean " + guess.toLanguageTag() + "." + extension + "?" : "";
      problems.fileError(TemplateChecks.CATALOG, index, name, "'" + tag + "' is not a locale;"
          + " name each file after a BCP 47 language tag such as en, ja, pt-BR or zh-Hant,"
          + " or root for the last fallback" + hint);
      return null;
    }
    return locale.get();
  }

  /** Every argument has a fallback, is required, or is built in; every declaration is used. */
  private void checkDeclarations(Loaded template) {
    CatalogFileReader.Read read = template.read();
    Map<String, ArgumentUse> used = read.analysis().arguments();
    for (ArgumentUse use : used.values()) {
      CatalogFileReader.Declaration declared = read.declarations().get(use.name());
      int at = read.text().offsetOf(use.offset());
      if (BUILT_INS.contains(use.name())) {
        checkBuiltInKind(template, use, at);
      } else if (declared == null || (declared.fallback() == null && !declared.required())) {
        error(template, TemplateChecks.MISSING_FALLBACK, at, "'" + read.key() + "': {"
            + use.name() + "} has no fallback, so a missing value would leave a gap; declare"
            + " arguments: {" + use.name() + ": {fallback: ...}} or {required: true}");
      }
      if (declared != null && declared.fallback() != null) {
        checkFallback(template, use, declared);
      }
    }
    for (CatalogFileReader.Declaration declared : read.declarations().values()) {
      if (!used.containsKey(declared.name())) {
        problems.warning(TemplateChecks.UNUSED_ARGUMENT, template.file(), template.source(),
            template.lines(), declared.offset(), "'" + read.key() + "' declares the argument '"
                + declared.name() + "' but its pattern never uses it");
      }
    }
  }

  private void checkBuiltInKind(Loaded template, ArgumentUse use, int at) {
    boolean ok = use.kind() == ArgumentKind.TEXT
        || (use.name().equals("formality") && use.kind() == ArgumentKind.SELECT);
    if (!ok) {
      error(template, TemplateChecks.ARGUMENT_MISMATCH, at, "'" + template.read().key()
          + "': the built-in {" + use.name() + "} is a text"
          + (use.name().equals("formality") ? " (formal, neutral or casual) for a select" : "")
          + "; it cannot be " + PatternAnalysis.describe(use.kind()));
    }
  }

  private void checkFallback(Loaded template, ArgumentUse use, CatalogFileReader.Declaration declared) {
    String fallback = declared.fallback();
    if (fallback == null) {
      return;
    }
    if (use.kind().isNumeric() && RenderPlan.number(fallback) == null) {
      error(template, TemplateChecks.CATALOG, declared.fallbackOffset(), "'" + template.read().key()
          + "': {" + use.name() + "} is a number, so its fallback must be a number such as 0,"
          + " not '" + fallback + "'");
    } else if (use.kind().isTemporal()) {
      error(template, TemplateChecks.CATALOG, declared.fallbackOffset(), "'" + template.read().key()
          + "': {" + use.name() + "} is an instant, which no text can stand in for;"
          + " declare it required: true");
    }
  }

  /** The same arguments, of compatible kinds, in every locale; warn about missing locales. */
  private void checkAcrossLocales(List<Loaded> locales, Map<Locale, LocaleFile> fileOfLocale) {
    warnMissingLocales(locales, fileOfLocale);
    List<Loaded> readable = new ArrayList<>();
    for (Loaded template : locales) {
      if (template.read().analysis().format() != null) {
        readable.add(template); // a pattern with a syntax error has no known arguments to compare
      }
    }
    if (readable.isEmpty()) {
      return;
    }
    Loaded reference = readable.get(0);
    for (Loaded template : readable) {
      if (template.locale().equals(defaultLocale)) {
        reference = template;
      }
    }
    Map<String, ArgumentUse> expected = ownArguments(reference);
    String key = reference.read().key();
    for (Loaded template : readable) {
      if (template == reference) {
        continue;
      }
      Map<String, ArgumentUse> actual = ownArguments(template);
      Set<String> extra = new LinkedHashSet<>(actual.keySet());
      extra.removeAll(expected.keySet());
      Set<String> missing = new LinkedHashSet<>(expected.keySet());
      missing.removeAll(actual.keySet());
      int at = template.read().text().offsetOf(0);
      String against = tag(reference.locale()) + " (" + reference.source() + ")";
      if (!extra.isEmpty() || !missing.isEmpty()) {
        error(template, TemplateChecks.ARGUMENT_MISMATCH, at, "'" + key + "' in "
            + tag(template.locale()) + " has different arguments than in " + against
            + (extra.isEmpty() ? "" : "; only here: " + braces(extra))
            + (missing.isEmpty() ? "" : "; missing here: " + braces(missing))
            + "; every locale of a key takes the same arguments");
      }
      for (ArgumentUse use : actual.values()) {
        ArgumentUse other = expected.get(use.name());
        if (other != null && !other.kind().isCompatibleWith(use.kind())) {
          error(template, TemplateChecks.ARGUMENT_MISMATCH, template.read().text().offsetOf(use.offset()),
              "'" + key + "': {" + use.name() + "} is " + PatternAnalysis.describe(use.kind())
                  + " here but " + PatternAnalysis.describe(other.kind()) + " in " + against);
        }
      }
    }
  }

  private void warnMissingLocales(List<Loaded> locales, Map<Locale, LocaleFile> fileOfLocale) {
    Loaded reference = locales.get(0);
    for (Loaded template : locales) {
      if (template.locale().equals(defaultLocale)) {
        reference = template;
      }
    }
    String key = reference.read().key();
    Set<Locale> present = new HashSet<>();
    for (Loaded template : locales) {
      present.add(template.locale());
    }
    for (Map.Entry<Locale, LocaleFile> file : fileOfLocale.entrySet()) {
      if (!file.getKey().equals(Locale.ROOT) && !present.contains(file.getKey())) {
        problems.fileWarning(TemplateChecks.MISSING_LOCALE, file.getValue().index(),
            file.getValue().name(), "'" + key + "' (in " + reference.source() + ") has no "
                + tag(file.getKey()) + " translation here; readers of " + tag(file.getKey())
                + " get a fallback");
      }
    }
  }

  /** The arguments other than the built-ins, which each locale may use or not. */
  private static Map<String, ArgumentUse> ownArguments(Loaded template) {
    Map<String, ArgumentUse> own = new LinkedHashMap<>(template.read().analysis().arguments());
    own.keySet().removeAll(BUILT_INS);
    return own;
  }

  private static String braces(Set<String> names) {
    StringBuilder text = new StringBuilder();
    for (String name : names) {
      text.append(text.length() == 0 ? "" : ", ").append('{').append(name).append('}');
    }
    return text.toString();
  }

  private void error(Loaded template, String check, int offset, String message) {
    problems.error(check, template.file(), template.source(), template.lines(), offset, message);
  }

  private CatalogEntry entry(Loaded template) {
    CatalogFileReader.Read read = template.read();
    List<TemplateArgument> arguments = new ArrayList<>();
    for (ArgumentUse use : read.analysis().arguments().values()) {
      CatalogFileReader.Declaration declared = read.declarations().get(use.name());
      arguments.add(new TemplateArgument(use.name(), use.kind(),
          Optional.ofNullable(declared == null ? null : declared.fallback()),
          declared != null && declared.required(), BUILT_INS.contains(use.name())));
    }
    List<TemplateArgument> frozen = List.copyOf(arguments);
    var format = read.analysis().format();
    if (format == null) {
      throw new IllegalStateException("a pattern without problems compiles");
    }
    RenderPlan plan = new RenderPlan("'" + read.key() + "' (" + tag(template.locale()) + ")",
        template.locale(), read.text().value(), format,
        frozen, read.analysis().arguments());
    return new CatalogEntry(read.key(), template.locale(), read.text().value(), template.source(),
        template.lines().position(read.text().offsetOf(0)), read.channel(), read.visibility(),
        read.description(), read.maxLength(), frozen, Set.copyOf(read.ignored()), read.reason(),
        plan, template.lines(), read.text().start());
  }

  private static String tag(Locale locale) {
    return locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag();
  }

  private static String stripBom(String text) {
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }
}

package dev.tact.rules.internal;

import com.google.re2j.Pattern;
import dev.tact.core.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The built-in phrase packs and mood word lists as the build compiled them, so that a {@code Tact}
 * reads finished automata instead of expanding about 100,000 patterns and compiling six automata in
 * a JVM whose JIT has not started (that was about two thirds of the first build). The
 * YAML files stay the only source: the build runs {@link #main} at the {@code process-classes}
 * phase, after {@link NodeArchive}, and {@code CompiledPacksTest} compiles the YAML files afresh and
 * checks that every table on the class path is byte for byte what they give, so a stale table fails
 * the tests.
 *
 * <p>Files, under {@code dev/tact/rules/compiled/}: {@value #PACKS} holds every built-in pack
 * (phrases without their expansions, examples) and the rule ids the tables number; per language,
 * {@code phrases-<lang>.bin} holds that language's {@link PhraseMatcher} tables, whose entries are
 * the phrases of the language's packs in order, and {@code mood-<lang>.bin} the mood reader's
 * matcher with its phrases (one per mood category).
 *
 * <p>A language whose packs are exactly the built-in ones reads its matcher from the tables, the
 * first time a draft in that language is reviewed ({@link PhraseMatcher#onFirstUse}; the mood
 * reader's matchers likewise). A
 * vendor pack that adds phrases to a language makes that language compile afresh, from the built-in
 * packs' patterns (read from their {@link NodeArchive}s) and the vendor's, as before. A disabled rule
 * keeps its phrases in the tables: its rule is off for every mood, so they are never verified and
 * find nothing, exactly as if they had been left out.
 */
public final class CompiledPacks {
  /** The folder of the compiled tables, under {@link BuiltIns#ROOT}. */
  static final String FOLDER = "compiled/";
  /** The file of the packs. */
  static final String PACKS = "packs.bin";

  private static final byte[] MAGIC = "TACTPACK".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;

  private final List<PackModel.PhrasePack> packs;
  private final Map<String, List<PackModel.PhrasePack>> byLanguage;
  private final List<String> rules;

  private CompiledPacks(List<PackModel.PhrasePack> packs, List<String> rules) {
    this.packs = List.copyOf(packs);
    this.rules = List.copyOf(rules);
    this.byLanguage = byLanguage(this.packs);
  }

  /** No built-in packs: every language compiles from the packs it is given. */
  public static CompiledPacks none() {
    return new CompiledPacks(List.of(), List.of());
  }

  /**
   * The built-in packs from the compiled tables on the class path.
   *
   * @throws IllegalStateException if the tables are missing or damaged
   */
  public static CompiledPacks load() {
    String name = BuiltIns.ROOT + FOLDER + PACKS;
    TableInput in = open(name);
    List<String> rules = in.texts();
    int count = in.count();
    List<PackModel.PhrasePack> packs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      packs.add(readPack(in));
    }
    in.end();
    return new CompiledPacks(packs, rules);
  }

  /** The built-in packs, in the order of the index; their phrases have no expansions. */
  public List<PackModel.PhrasePack> packs() {
    return packs;
  }

  /**
   * The mood reader with the built-in mood word lists, compiled; each language's tables are read
   * the first time a message in that language is read.
   *
   * @throws IllegalStateException if a table is missing (or, on first use, damaged)
   */
  public static MoodReader moodReader() {
    Map<String, PhraseMatcher> matchers = new LinkedHashMap<>();
    for (String path : BuiltIns.index()) {
      if (path.startsWith("mood/")) {
        String language = path.substring("mood/".length()).replaceFirst("\\.ya?ml$", "");
        String name = present(BuiltIns.ROOT + FOLDER + "mood-" + language + ".bin");
        matchers.put(language, PhraseMatcher.onFirstUse(() -> readMood(name, language)));
      }
    }
    return MoodReader.from(matchers);
  }

  private static PhraseMatcher readMood(String name, String language) {
    TableInput in = open(name);
    if (!language.equals(in.requiredText())) {
      throw in.damaged("the mood tables of another language");
    }
    int count = in.count();
    List<PackModel.Phrase> phrases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      phrases.add(readPhrase(in));
    }
    PhraseMatcher matcher = PhraseMatcher.read(in, language, phrases, rule -> rule);
    in.end();
    return matcher;
  }

  /**
   * One matcher per language of {@code packs}, for the languages that have a pack of an enabled
   * rule: what {@link PhraseMatcher#compile} gives for the phrases of the enabled packs, in order.
   *
   * @param packs the built-in packs of {@link #packs()} (the same objects, first, in order) and any
   *     vendor packs after them
   * @param ruleIndex the caller's number for a rule id
   * @param enabled whether a rule is enabled
   */
  public Map<String, PhraseMatcher> matchers(List<PackModel.PhrasePack> packs,
      ToIntFunction<String> ruleIndex, Predicate<String> enabled) {
    Map<String, PhraseMatcher> matchers = new TreeMap<>();
    byLanguage(packs).forEach((language, languagePacks) -> {
      if (languagePacks.stream().noneMatch(pack -> enabled.test(pack.rule()))) {
        return;
      }
      if (isBuiltIn(language, languagePacks)) {
        matchers.put(language, matcher(language, ruleIndex));
        return;
      }
      List<PhraseMatcher.Entry> entries = new ArrayList<>();
      List<PackModel.PhrasePack> builtIn = byLanguage.getOrDefault(language, List.of());
      for (PackModel.PhrasePack pack : languagePacks) {
        if (enabled.test(pack.rule())) {
          PackModel.PhrasePack expanded = builtIn.stream().anyMatch(known -> known == pack)
              ? expanded(pack) : pack;
          int rule = ruleIndex.applyAsInt(pack.rule());
          for (PackModel.Phrase phrase : expanded.phrases()) {
            entries.add(new PhraseMatcher.Entry(rule, phrase));
          }
        }
      }
      matchers.put(language, PhraseMatcher.compile(language, entries));
    });
    return matchers;
  }

  private boolean isBuiltIn(String language, List<PackModel.PhrasePack> languagePacks) {
    List<PackModel.PhrasePack> builtIn = byLanguage.get(language);
    if (builtIn == null || builtIn.size() != languagePacks.size()) {
      return false;
    }
    for (int i = 0; i < builtIn.size(); i++) {
      if (builtIn.get(i) != languagePacks.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The built-in matcher of {@code language}, whose tables are read on first use. */
  private PhraseMatcher matcher(String language, ToIntFunction<String> ruleIndex) {
    String name = present(BuiltIns.ROOT + FOLDER + "phrases-" + language + ".bin");
    List<PackModel.Phrase> phrases = new ArrayList<>();
    for (PackModel.PhrasePack pack : byLanguage.get(language)) {
      phrases.addAll(pack.phrases());
    }
    int[] numbers = new int[rules.size()];
    for (int r = 0; r < numbers.length; r++) {
      numbers[r] = ruleIndex.applyAsInt(rules.get(r));
    }
    return PhraseMatcher.onFirstUse(() -> readMatcher(name, language, phrases, numbers));
  }

  private static PhraseMatcher readMatcher(
      String name, String language, List<PackModel.Phrase> phrases, int[] numbers) {
    TableInput in = open(name);
    if (!language.equals(in.requiredText())) {
      throw in.damaged("the phrase tables of another language");
    }
    PhraseMatcher matcher = PhraseMatcher.read(in, language, phrases, rule -> {
      if (rule < 0 || rule >= numbers.length) {
        throw in.damaged("rule number " + rule);
      }
      return numbers[rule];
    });
    in.end();
    return matcher;
  }

  /** The built-in pack {@code pack} (from {@link #packs()}) with its patterns expanded. */
  private static PackModel.PhrasePack expanded(PackModel.PhrasePack pack) {
    PackModel.PackFile file = PackReader.readPack(BuiltIns.document(pack.source()), pack.source(), true);
    if (file.packs().size() != 1) {
      throw new IllegalStateException(pack.source() + " holds " + file.packs().size() + " packs");
    }
    return file.packs().get(0);
  }

  private static Map<String, List<PackModel.PhrasePack>> byLanguage(List<PackModel.PhrasePack> packs) {
    Map<String, List<PackModel.PhrasePack>> byLanguage = new TreeMap<>();
    for (PackModel.PhrasePack pack : packs) {
      byLanguage.computeIfAbsent(pack.language(), language -> new ArrayList<>()).add(pack);
    }
    return byLanguage;
  }

  // ---------------------------------------------------------------- building

  /**
   * Writes the compiled tables of the built-in files into {@code args[0]}, the folder of the data
   * files in the build output ({@code dev/tact/rules}), reading the built-in files from the class
   * path (their {@link NodeArchive}s, which the build writes first).
   *
   * @throws dev.tact.rules.RulePackException if a built-in file has a problem (the build fails)
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompiledPacks <folder of dev/tact/rules>");
    }
    Path folder = Path.of(args[0]).resolve(FOLDER);
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : tables(BuiltIns.load().packs(), BuiltIns.moods()).entrySet()) {
      Files.write(folder.resolve(file.getKey()), file.getValue());
    }
  }

  /**
   * The compiled tables of these built-in pack files and mood files (file name to parsed document),
   * by file name under {@link #FOLDER}.
   */
  static Map<String, byte[]> tables(List<PackModel.PackFile> files, Map<String, Node> moods) {
    Map<String, byte[]> tables = new TreeMap<>();
    List<PackModel.PhrasePack> packs = new ArrayList<>();
    files.forEach(file -> packs.addAll(file.packs()));
    List<String> rules = packs.stream().map(PackModel.PhrasePack::rule).distinct().sorted().toList();

    TableOutput out = header();
    out.texts(rules);
    out.integer(packs.size());
    for (PackModel.PhrasePack pack : packs) {
      writePack(out, pack);
    }
    tables.put(PACKS, out.toByteArray());

    byLanguage(packs).forEach((language, languagePacks) -> {
      List<PhraseMatcher.Entry> entries = new ArrayList<>();
      for (PackModel.PhrasePack pack : languagePacks) {
        for (PackModel.Phrase phrase : pack.phrases()) {
          entries.add(new PhraseMatcher.Entry(rules.indexOf(pack.rule()), phrase));
        }
      }
      TableOutput phrases = header();
      phrases.text(language);
      PhraseMatcher.compile(language, entries).write(phrases);
      tables.put("phrases-" + language + ".bin", phrases.toByteArray());
    });

    MoodReader.lists(moods).forEach((language, entries) -> {
      TableOutput mood = header();
      mood.text(language);
      mood.integer(entries.size());
      for (PhraseMatcher.Entry entry : entries) {
        writePhrase(mood, entry.phrase());
      }
      PhraseMatcher.compile(language, entries).write(mood);
      tables.put("mood-" + language + ".bin", mood.toByteArray());
    });
    return tables;
  }

  // ---------------------------------------------------------------- the format

  private static TableOutput header() {
    TableOutput out = new TableOutput();
    out.raw(MAGIC);
    out.integer(VERSION);
    return out;
  }

  /**
   * {@code name}, after checking that the class path has it (a build checks every table it will
   * read later, so that a jar without its tables fails at once, not at the first review).
   */
  private static String present(String name) {
    if (CompiledPacks.class.getClassLoader().getResource(name) == null) {
      throw missing(name);
    }
    return name;
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException(name + " is missing from the class path; it is generated from"
        + " the built-in YAML files at the process-classes phase of sdk-rules (run 'mvn -pl"
        + " sdk-rules process-classes' after adding or changing data files)");
  }

  private static TableInput open(String name) {
    byte[] bytes;
    try (InputStream in = CompiledPacks.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw missing(name);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the class path", e);
    }
    TableInput in = new TableInput(bytes, name);
    if (!Arrays.equals(in.raw(MAGIC.length), MAGIC)) {
      throw in.damaged("not a table file");
    }
    int version = in.integer();
    if (version != VERSION) {
      throw in.damaged("version " + version + ", expected " + VERSION);
    }
    return in;
  }

  private static void writePack(TableOutput out, PackModel.PhrasePack pack) {
    out.text(pack.source());
    out.location(pack.location());
    out.text(pack.language());
    out.text(pack.rule());
    out.integer(pack.phrases().size());
    for (PackModel.Phrase phrase : pack.phrases()) {
      writePhrase(out, phrase);
    }
    PackModel.Examples examples = pack.examples();
    writeExamples(out, examples.flagged());
    writeExamples(out, examples.clean());
    out.text(examples.inbound());
    out.bool(examples.automated());
    out.location(examples.location());
  }

  private static PackModel.PhrasePack readPack(TableInput in) {
    String source = in.requiredText();
    Node.Location location = in.location();
    String language = in.requiredText();
    String rule = in.requiredText();
    int count = in.count();
    List<PackModel.Phrase> phrases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      phrases.add(readPhrase(in));
    }
    List<PackModel.Example> flagged = readExamples(in);
    List<PackModel.Example> clean = readExamples(in);
    PackModel.Examples examples =
        new PackModel.Examples(flagged, clean, in.text(), in.bool(), in.location());
    return new PackModel.PhrasePack(source, location, language, rule, phrases, examples);
  }

  /** A phrase without its expansions (which the matcher tables hold, compiled). */
  private static void writePhrase(TableOutput out, PackModel.Phrase phrase) {
    out.text(phrase.id());
    out.location(phrase.location());
    List<String> regexes = new ArrayList<>();
    for (Pattern regex : phrase.regexes()) {
      if (regex.flags() != 0) {
        throw new IllegalStateException("a pack regex with flags: " + regex);
      }
      regexes.add(regex.pattern());
    }
    out.texts(regexes);
    out.texts(phrase.unlessAfter());
    out.texts(phrase.unlessBefore());
    out.text(phrase.message());
    out.texts(phrase.suggestions());
  }

  private static PackModel.Phrase readPhrase(TableInput in) {
    String id = in.requiredText();
    Node.Location location = in.location();
    List<Pattern> regexes = new ArrayList<>();
    for (String regex : in.texts()) {
      regexes.add(Pattern.compile(regex));
    }
    List<String> unlessAfter = in.texts();
    List<String> unlessBefore = in.texts();
    String message = in.text();
    List<String> suggestions = in.texts();
    return new PackModel.Phrase(
        id, location, List.of(), regexes, unlessAfter, unlessBefore, message, suggestions);
  }

  private static void writeExamples(TableOutput out, List<PackModel.Example> examples) {
    out.integer(examples.size());
    for (PackModel.Example example : examples) {
      out.text(example.written());
      out.text(example.text());
      out.integer(example.marks().size());
      for (Span mark : example.marks()) {
        out.integer(mark.start());
        out.integer(mark.end());
      }
      out.location(example.location());
    }
  }

  private static List<PackModel.Example> readExamples(TableInput in) {
    int count = in.count();
    List<PackModel.Example> examples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String written = in.requiredText();
      String text = in.requiredText();
      int marks = in.count();
      List<Span> spans = new ArrayList<>(marks);
      for (int m = 0; m < marks; m++) {
        spans.add(new Span(in.integer(), in.integer()));
      }
      examples.add(new PackModel.Example(written, text, spans, in.location()));
    }
    return examples;
  }
}

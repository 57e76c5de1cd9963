package dev.tact.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tact.i18n.Template;
import dev.tact.i18n.TemplateCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The catalog-load target of issue 4: {@link TemplateCatalog#load(Path)} of 1,000 keys × 6 locales
 * (en, ja, de, fr, es, pt) in ≤ 500 ms, beside a baseline that only parses the same files with
 * Jackson YAML, so the difference is what Tact's checking and compiling cost.
 *
 * <p>The catalog is {@link GeneratedCatalog}, written to a temporary directory at setup (6 files,
 * about 1 MB, the same bytes every time) and deleted afterwards. Tact's load lists the directory,
 * reads and decodes each file, parses it with Jackson's streaming parser keeping positions, checks
 * every field, every pattern (syntax, plural categories of the locale, apostrophes, argument
 * kinds), every declaration and every key across locales, and compiles one {@code MessageFormat}
 * and render plan per template. The baseline lists the directory, reads each file and
 * {@code ObjectMapper(new YAMLFactory()).readTree}s it; it checks and compiles nothing.
 *
 * <ul>
 *   <li>{@code loadTact} / {@code parseJackson}: average time of a load in a warm JVM.
 *   <li>{@code firstLoadTact} / {@code firstParseJackson}: {@link Mode#SingleShotTime} of the
 *       very first call in a fresh JVM (class loading, ICU and Jackson initialization, the
 *       interpreter), one call per fork in 5 forks. Setup only writes the files, so that nothing
 *       is loaded before the timed call; the check that Tact and the baseline agree runs in the
 *       teardown of these forks instead, and fails the benchmark if they do not.
 * </ul>
 *
 * <p>The warm benchmarks' setup checks, before anything is timed, that Tact's catalog and the
 * parsed YAML hold the same patterns for the same 6,000 (locale, key) pairs, and that Tact finds
 * nothing to warn about.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar CatalogLoadBenchmark -prof gc} (the forks, iterations and modes
 * are set per method; do not override them with {@code -i} or {@code -bm}; more fresh JVMs:
 * {@code 'CatalogLoadBenchmark.first' -f 10}).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The generated files, checked: Tact and the baseline agree on them. */
  @State(Scope.Benchmark)
  public static class Checked {
    Path directory;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      directory = Files.createTempDirectory("tact-catalog-bench");
      GeneratedCatalog.write(directory);
      requireSame(TemplateCatalog.load(directory), parse(directory));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      delete(directory);
    }
  }

  /**
   * The generated files, untouched until the timed call; checked after it. Also records the
   * timed call's CPU time on its own thread, which on a shared machine is steadier than the wall
   * time JMH reports, and prints it to the log ({@code # first call, main-thread CPU: … ms}).
   */
  @State(Scope.Benchmark)
  public static class Fresh {
    final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Path directory;
    @Nullable TemplateCatalog loaded;
    @Nullable List<JsonNode> parsed;
    long cpuNanos;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      threads.getCurrentThreadCpuTime(); // load the management classes before timing
      directory = Files.createTempDirectory("tact-catalog-bench");
      GeneratedCatalog.write(directory);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      System.out.printf(Locale.ROOT, "# first call, main-thread CPU: %.1f ms%n", cpuNanos / 1e6);
      try {
        requireSame(loaded != null ? loaded : TemplateCatalog.load(directory),
            parsed != null ? parsed : parse(directory));
      } finally {
        delete(directory);
      }
    }
  }

  /** Tact, warm: read, check and compile the whole catalog. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public TemplateCatalog loadTact(Checked files) {
    return TemplateCatalog.load(files.directory);
  }

  /** Baseline, warm: read and parse the same files with Jackson YAML, nothing else. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public List<JsonNode> parseJackson(Checked files) {
    return parse(files.directory);
  }

  /** Tact, the first load in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public TemplateCatalog firstLoadTact(Fresh files) {
    long cpu = files.threads.getCurrentThreadCpuTime();
    TemplateCatalog catalog = TemplateCatalog.load(files.directory);
    files.cpuNanos = files.threads.getCurrentThreadCpuTime() - cpu;
    files.loaded = catalog;
    return catalog;
  }

  /** Baseline, the first parse in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public List<JsonNode> firstParseJackson(Fresh files) {
    long cpu = files.threads.getCurrentThreadCpuTime();
    List<JsonNode> trees = parse(files.directory);
    files.cpuNanos = files.threads.getCurrentThreadCpuTime() - cpu;
    files.parsed = trees;
    return trees;
  }

  /** Every {@code .yaml} file of the directory, in name order, parsed to a tree. */
  static List<JsonNode> parse(Path directory) {
    try (Stream<Path> listing = Files.list(directory)) {
      List<Path> paths = listing.filter(path -> path.toString().endsWith(".yaml"))
          .sorted(Comparator.naturalOrder()).toList();
      List<JsonNode> trees = new ArrayList<>(paths.size());
      for (Path path : paths) {
        trees.add(YAML.readTree(Files.readString(path, StandardCharsets.UTF_8)));
      }
      return trees;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that Tact's catalog and the parsed trees (in the order of
   * {@link GeneratedCatalog#LOCALES} sorted by name) hold the same pattern for every locale and
   * key, and that the catalog has no warnings.
   */
  static void requireSame(TemplateCatalog catalog, List<JsonNode> trees) {
    Map<String, String> tact = new TreeMap<>();
    for (Template template : catalog.templates()) {
      tact.put(template.locale().toLanguageTag() + " " + template.key(), template.pattern());
    }
    List<String> tags = GeneratedCatalog.LOCALES.stream().sorted().toList();
    Map<String, String> jackson = new TreeMap<>();
    for (int i = 0; i < trees.size(); i++) {
      Iterator<Map.Entry<String, JsonNode>> fields = trees.get(i).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = field.getValue();
        jackson.put(tags.get(i) + " " + field.getKey(),
            value.isObject() ? value.get("text").asText() : value.asText());
      }
    }
    int expected = GeneratedCatalog.KEYS * GeneratedCatalog.LOCALES.size();
    if (tact.size() != expected || !tact.equals(jackson)) {
      throw new IllegalStateException("Tact's catalog (" + tact.size() + " templates) and the"
          + " parsed YAML (" + jackson.size() + ") differ; expected " + expected);
    }
    if (!catalog.warnings().isEmpty()) {
      throw new IllegalStateException("the generated catalog has warnings: "
          + catalog.warnings());
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(directory);
  }
}

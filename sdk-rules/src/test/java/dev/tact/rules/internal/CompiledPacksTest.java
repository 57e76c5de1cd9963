package dev.tact.rules.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.rules.TextView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CompiledPacksTest {
  private static final Path SOURCES = Path.of("src/main/resources/dev/tact/rules");
  private static final boolean[] ALL_ON = new boolean[64];

  static {
    Arrays.fill(ALL_ON, true);
  }

  /**
   * The tables on the class path are, byte for byte, what the YAML files in src/main/resources
   * compile to now: a table older than its YAML fails here.
   */
  @Test
  void everyCompiledTableIsWhatTheYamlFilesCompileTo() throws IOException {
    List<String> paths = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.matches("packs/[^/]+/[^/]+\\.(yaml|yml|json)|mood/[^/]+\\.yaml"))
          .sorted()
          .forEach(paths::add);
    }
    List<PackModel.PackFile> packs = new ArrayList<>();
    Map<String, Node> moods = new LinkedHashMap<>();
    for (String path : paths) {
      String source = BuiltIns.ROOT + path;
      Node node = NodeReader.read(Files.readString(SOURCES.resolve(path), StandardCharsets.UTF_8), source);
      if (path.startsWith("packs/")) {
        packs.add(PackReader.readPack(node, source, true));
      } else {
        moods.put(source, node);
      }
    }
    assertTrue(packs.size() > 50 && moods.size() >= 6, packs.size() + " packs, " + moods.size() + " moods");

    Map<String, byte[]> expected = CompiledPacks.tables(packs, moods);
    Set<String> languages = new TreeSet<>();
    packs.forEach(file -> file.packs().forEach(pack -> languages.add(pack.language())));
    assertEquals(Set.of("de", "en", "es", "fr", "ja", "pt"), languages);
    for (String language : languages) {
      assertTrue(expected.containsKey("phrases-" + language + ".bin"), language);
      assertTrue(expected.containsKey("mood-" + language + ".bin"), language);
    }
    for (Map.Entry<String, byte[]> table : expected.entrySet()) {
      String name = BuiltIns.ROOT + CompiledPacks.FOLDER + table.getKey();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
        assertNotNull(in, name + " is missing: run 'mvn -pl sdk-rules process-classes'");
        assertArrayEquals(table.getValue(), in.readAllBytes(),
            name + " is stale: run 'mvn -pl sdk-rules process-classes' to compile the YAML files again");
      }
    }
  }

  /** Every built-in language's matcher, read back from its table, finds what the compiled one finds. */
  @Test
  void tablesReadBackMatchAsTheCompiledMatchersInEveryLanguage() {
    CompiledPacks compiled = CompiledPacks.load();
    BuiltIns.Files files = BuiltIns.load();
    List<String> rules = new ArrayList<>(new TreeSet<>(
        files.packs().stream().flatMap(file -> file.packs().stream()).map(PackModel.PhrasePack::rule).toList()));
    Map<String, PhraseMatcher> fromTables = compiled.matchers(compiled.packs(), rules::indexOf, rule -> true);
    for (String language : List.of("de", "en", "es", "fr", "ja", "pt")) {
      List<PhraseMatcher.Entry> entries = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (PackModel.PackFile file : files.packs()) {
        for (PackModel.PhrasePack pack : file.packs()) {
          if (pack.language().equals(language)) {
            pack.phrases().forEach(phrase -> entries.add(new PhraseMatcher.Entry(rules.indexOf(pack.rule()), phrase)));
            pack.examples().flagged().forEach(example -> texts.add(example.text()));
            pack.examples().clean().forEach(example -> texts.add(example.text()));
          }
        }
      }
      PhraseMatcher expected = PhraseMatcher.compile(language, entries);
      PhraseMatcher actual = fromTables.get(language);
      assertEquals(expected.keyCount(), actual.keyCount(), language);
      assertTrue(texts.size() > 20, language + ": " + texts.size() + " examples");
      for (String text : texts) {
        TextView view = TextView.of(text, Locale.forLanguageTag(language));
        assertEquals(describe(expected.matchAnywhere(view, ALL_ON)),
            describe(actual.matchAnywhere(view, ALL_ON)), language + ": " + text);
      }
    }
  }

  @Test
  void vendorPhrasesInALanguageCompileItAgainWithTheBuiltInPatterns() {
    CompiledPacks compiled = CompiledPacks.load();
    PackModel.PhrasePack vendor = PackReader.readPack("""
        language: de
        rule: tone.minimizing
        phrases:
          - id: vendor-kabel
            patterns: ["(quasi|praktisch) im Handumdrehen (umstöpseln|neu verkabeln)"]
        """, "vendor.yaml", false).packs().get(0);
    List<PackModel.PhrasePack> packs = new ArrayList<>(compiled.packs());
    packs.add(vendor);
    Map<String, PhraseMatcher> builtIn = compiled.matchers(compiled.packs(), id -> 0, id -> true);
    Map<String, PhraseMatcher> withVendor = compiled.matchers(packs, id -> 0, id -> true);
    assertEquals(builtIn.keySet(), withVendor.keySet());
    assertEquals(builtIn.get("de").keyCount() + 4, withVendor.get("de").keyCount());
    assertEquals(builtIn.get("en").keyCount(), withVendor.get("en").keyCount());
    TextView view = TextView.of("Sie können das Kabel quasi im Handumdrehen umstöpseln.", Locale.GERMAN);
    List<String> expected = new ArrayList<>(describe(builtIn.get("de").match(view, ALL_ON)));
    assertFalse(expected.contains("vendor-kabel@21-53#0"), expected.toString());
    expected.add("vendor-kabel@21-53#0");
    expected.sort(null);
    assertEquals(expected, describe(withVendor.get("de").match(view, ALL_ON)));
    // Every built-in phrase is still there, from the patterns of the built-in packs.
    TextView builtInPhrase = TextView.of("Starten Sie einfach den Router neu.", Locale.GERMAN);
    assertEquals(describe(builtIn.get("de").match(builtInPhrase, ALL_ON)),
        describe(withVendor.get("de").match(builtInPhrase, ALL_ON)));
    assertFalse(describe(builtIn.get("de").match(builtInPhrase, ALL_ON)).isEmpty());
  }

  @Test
  void aLanguageWhoseRulesAreAllDisabledHasNoMatcher() {
    CompiledPacks compiled = CompiledPacks.load();
    Map<String, PhraseMatcher> none = compiled.matchers(compiled.packs(), id -> 0, id -> false);
    assertTrue(none.isEmpty(), none.keySet().toString());
    Map<String, PhraseMatcher> some = compiled.matchers(
        compiled.packs(), id -> 0, id -> id.equals("tone.minimizing"));
    assertEquals(Set.of("de", "en", "es", "fr", "ja", "pt"), some.keySet());
  }

  @Test
  void withoutBuiltInsEveryLanguageCompilesFromItsPacks() {
    PackModel.PhrasePack vendor = PackReader.readPack("""
        language: ja
        rule: acme.jargon
        phrases:
          - id: rma
            patterns: ["rma(番号|申請)"]
        """, "vendor.yaml", false).packs().get(0);
    Map<String, PhraseMatcher> matchers = CompiledPacks.none().matchers(List.of(vendor), id -> 3, id -> true);
    assertEquals(Set.of("ja"), matchers.keySet());
    List<PhraseMatcher.Match> found =
        matchers.get("ja").match(TextView.of("ＲＭＡ申請を受け付けました。", Locale.JAPANESE), ALL_ON);
    assertEquals(1, found.size());
    assertEquals(3, found.get(0).rule());
  }

  @Test
  void theMoodReaderFromTablesReadsMoodsInEveryLanguage() {
    MoodReader reader = CompiledPacks.moodReader();
    assertEquals(Set.of("de", "en", "es", "fr", "ja", "pt"), reader.languages());
    assertSame(dev.tact.rules.Mood.UPSET, reader.read(dev.tact.core.Conversation.of(
        dev.tact.core.Message.fromCustomer("何度も問い合わせているのに、まだ直らない")), Locale.JAPANESE));
  }

  @Test
  void tablesReadOnFirstUseAreReadOnceWhateverTheNumberOfThreads()
      throws InterruptedException, PatternSyntaxError {
    java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
    PhraseMatcher eager = PhraseMatcher.compile("fr", List.of(new PhraseMatcher.Entry(0, new PackModel.Phrase(
        "simplement", new Node.Location(1, 1, 0), PhrasePattern.expand("(il suffit de|simplement) …", true),
        List.of(), List.of(), List.of(), null, List.of()))));
    PhraseMatcher lazy = PhraseMatcher.onFirstUse(() -> {
      reads.incrementAndGet();
      return eager;
    });
    assertEquals(0, reads.get());
    TextView view = TextView.of("Il suffit de redémarrer la box.", Locale.FRENCH);
    List<Thread> threads = new ArrayList<>();
    List<List<String>> found = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 8; t++) {
      threads.add(new Thread(() -> found.add(describe(lazy.match(view, ALL_ON)))));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(1, reads.get());
    assertEquals(8, found.size());
    for (List<String> matches : found) {
      assertEquals(List.of("simplement@0-23#0"), matches);
    }
    assertEquals(eager.keyCount(), lazy.keyCount());
    assertEquals(1, reads.get());
  }

  @Test
  void damagedTablesNameThemselvesAndSayToRebuild() {
    TableOutput out = new TableOutput();
    out.ints(new int[] {1, 2, 3});
    out.text("über");
    byte[] good = out.toByteArray();
    TableInput in = new TableInput(good, "compiled/x.bin");
    assertArrayEquals(new int[] {1, 2, 3}, in.ints());
    assertEquals("über", in.text());
    in.end();

    TableInput truncated = new TableInput(Arrays.copyOf(good, good.length - 2), "compiled/x.bin");
    truncated.ints();
    IllegalStateException e = assertThrows(IllegalStateException.class, truncated::text);
    assertTrue(e.getMessage().contains("compiled/x.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("rebuild sdk-rules"), e.getMessage());

    TableInput huge = new TableInput(new byte[] {0x7f, 0, 0, 0, 1}, "compiled/y.bin");
    assertThrows(IllegalStateException.class, huge::ints);
    TableInput trailing = new TableInput(Arrays.copyOf(good, good.length + 1), "compiled/z.bin");
    trailing.ints();
    trailing.text();
    assertThrows(IllegalStateException.class, trailing::end);
  }

  private static List<String> describe(List<PhraseMatcher.Match> matches) {
    List<String> described = new ArrayList<>();
    for (PhraseMatcher.Match match : matches) {
      described.add(match.phrase().id() + "@" + match.start() + "-" + match.end() + "#" + match.rule());
    }
    described.sort(null);
    return described;
  }
}

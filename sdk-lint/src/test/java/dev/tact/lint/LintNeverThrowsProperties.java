package dev.tact.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Linting never throws on random catalogs: every problem is a finding. */
class LintNeverThrowsProperties {
  private static final Linter LINTER = Linter.builder().build();

  @Property(tries = 60)
  void lintingARandomCatalogNeverThrows(@ForAll("catalogs") List<String> files) throws IOException {
    Path dir = Files.createTempDirectory("tact-lint-property");
    try {
      String[] names = {"en.yaml", "ja.yaml", "de.json", "ar.yaml", "root.yaml", "pt_BR.yaml"};
      for (int i = 0; i < files.size(); i++) {
        Files.writeString(dir.resolve(names[i % names.length]), files.get(i), StandardCharsets.UTF_8);
      }
      LintReport report = LINTER.lint(List.of(dir));
      for (LintFinding finding : report.findings()) {
        if (finding.line() > 0 && finding.endLine() > 0) {
          assert finding.endLine() >= finding.line() : finding;
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(path -> {
          try {
            Files.delete(path);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  @Provide
  Arbitrary<List<String>> catalogs() {
    Arbitrary<String> words = Arbitraries.of("just", "restart", "simply", "sorry", "'", "''", "{",
        "}", "#", "{n}", "{n, plural, one{# x} other{# y}}", "{formality, select, casual{just do it}"
            + " other{please}}", "{greeting}", "{customerName}", "\\u00e9", "お客様", "するだけ",
        "+1 415 555 0100", "a@b.example", ":", "\n", "  ", "\"", "{d, date, short}", "{n, number}",
        "{x, select, a{A} other{B}}", "{0}", "{n, plural, offset:1 =0{none} other{#}}", "é", "😀");
    Arbitrary<String> pattern = words.list().ofMaxSize(12).map(list -> String.join(" ", list));
    Arbitrary<String> entry = Combinators.combine(
        Arbitraries.of("welcome", "help.restart", "cart.items", "a.b", "x"), pattern,
        Arbitraries.of("", "  channel: x.reply\n", "  maxLength: 20\n", "  visibility: public\n",
            "  tact-ignore: [tone.minimizing]\n  reason: ok\n", "  arguments: {n: {required: true}}\n"),
        Arbitraries.of(true, false))
        .as((key, text, meta, quoted) -> quoted || !meta.isEmpty()
            ? key + ":\n  text: \"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                + "\"\n" + meta
            : key + ": " + text + "\n");
    Arbitrary<String> file = entry.list().ofMaxSize(6).map(list -> String.join("", list));
    return file.list().ofMinSize(1).ofMaxSize(4);
  }
}

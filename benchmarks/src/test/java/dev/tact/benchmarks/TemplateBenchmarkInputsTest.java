package dev.tact.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.i18n.OutputFormat;
import dev.tact.i18n.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template benchmarks compare equal work: for every parameter, Tact's render equals raw ICU's
 * format of the same pattern (the setup refuses to run otherwise), and the generated catalog loads
 * without problems and holds what Jackson parses from the same files. No timing is asserted.
 */
class TemplateBenchmarkInputsTest {
  @Test
  void tactRendersWhatRawIcuFormatsForEveryParameter() {
    for (String locale : List.of("en", "ja", "de")) {
      for (String template : List.of("order", "named")) {
        for (OutputFormat format : List.of(OutputFormat.PLAIN, OutputFormat.HTML)) {
          RenderBenchmark benchmark = new RenderBenchmark();
          benchmark.locale = locale;
          benchmark.template = template;
          benchmark.format = format;
          benchmark.setUp();
          assertEquals(benchmark.renderRawIcu(), benchmark.renderTact());
        }
      }
    }
  }

  @Test
  void renderedRepliesGreetInTheCustomersLanguageAndClock() {
    RenderBenchmark benchmark = new RenderBenchmark();
    benchmark.locale = "de";
    benchmark.template = "named";
    benchmark.format = OutputFormat.PLAIN;
    benchmark.setUp();
    // 14:30 in Berlin; formal German uses the full name.
    assertEquals("Guten Tag, Lukas Müller! Ihre Bestellung A-10428 wird am 12.03.2027 versandt.",
        benchmark.renderTact());
  }

  @Test
  void generatedCatalogLoadsWithEveryKeyInEveryLocale(@TempDir Path directory) {
    GeneratedCatalog.write(directory);
    TemplateCatalog catalog = TemplateCatalog.load(directory);
    assertEquals(GeneratedCatalog.KEYS, catalog.keys().size());
    assertEquals(GeneratedCatalog.KEYS * GeneratedCatalog.LOCALES.size(),
        catalog.templates().size());
    assertTrue(catalog.warnings().isEmpty(), () -> catalog.warnings().toString());
    CatalogLoadBenchmark.requireSame(catalog, CatalogLoadBenchmark.parse(directory));
  }

  @Test
  void agreementCheckNoticesAMissingTemplate(@TempDir Path directory) {
    GeneratedCatalog.write(directory);
    TemplateCatalog catalog = TemplateCatalog.builder()
        .source("en.yaml", GeneratedCatalog.file("en")).build();
    assertThrows(IllegalStateException.class,
        () -> CatalogLoadBenchmark.requireSame(catalog, CatalogLoadBenchmark.parse(directory)));
  }
}

package dev.tact.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline lets a catalog adopt lint: what it lists does not fail, what is new does. */
class BaselineTest {
  private static final Linter PLAIN = Linter.builder().build();

  @TempDir Path folder;

  private Path catalog(String en) throws IOException {
    Path catalog = folder.resolve("templates");
    Files.createDirectories(catalog);
    Files.writeString(catalog.resolve("en.yaml"), en);
    return catalog;
  }

  @Test
  void roundTripThroughAFileMarksEveryFindingBaselined() throws IOException {
    Path catalog = catalog("help: Just restart the app.\nfaq: As I said, the refund was issued.\n");
    LintReport before = PLAIN.lint(List.of(catalog));
    assertEquals(2, before.count(Severity.WARNING));
    Path file = folder.resolve("tact-baseline.json");
    Baseline.of(before).write(file);
    assertEquals(Baseline.of(before), Baseline.read(file));

    LintReport after = Linter.builder().baseline(Baseline.read(file)).build()
        .lint(List.of(catalog));
    assertEquals(0, after.count(Severity.WARNING));
    assertEquals(2, after.baselined());
    assertFalse(after.exceeds(FailOn.WARNING));
  }

  @Test
  void baselinedFindingsStayMatchedWhenLinesMoveAndNewOnesFail() throws IOException {
    Path catalog = catalog("help: Just restart the app.\n");
    Baseline baseline = Baseline.of(PLAIN.lint(List.of(catalog)));
    catalog("# moved down\n\nintro: Hello!\nhelp: Just restart the app.\nfix: Simply reinstall it.\n");

    LintReport report = Linter.builder().baseline(baseline).build().lint(List.of(catalog));
    assertEquals(1, report.baselined());
    assertEquals(1, report.count(Severity.WARNING));
    LintFinding fresh = report.findings().stream().filter(LintFinding::isNew).findFirst().orElseThrow();
    assertEquals("fix", fresh.key().orElseThrow());
    assertTrue(report.exceeds(FailOn.WARNING));
  }

  @Test
  void aFileThatIsNotABaselineIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("baseline.json"), "{\"findings\": 3}");
    LintException e = assertThrows(LintException.class, () -> Baseline.read(file));
    assertTrue(e.getMessage().contains("not a Tact baseline"), e.getMessage());
    assertThrows(LintException.class, () -> Baseline.read(folder.resolve("missing.json")));
  }
}

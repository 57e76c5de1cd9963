package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tact lint}: 0 clean, 1 findings at or above --fail-on, 2 usage or unreadable input. */
class LintExitCodeTest {
  @TempDir Path folder;

  private String catalog(String en) throws IOException {
    Path catalog = Files.createDirectories(folder.resolve("templates"));
    Files.writeString(catalog.resolve("en.yaml"), en);
    return catalog.toString();
  }

  @Test
  void aCleanCatalogExitsZero() throws IOException {
    TactRun run = tact("", "lint", catalog("welcome: \"{greeting}, {customerName}! Thanks for writing.\"\n"));
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("no findings in 1 file\n", run.out());
  }

  @Test
  void findingsFailAtOrAboveTheThreshold() throws IOException {
    String warningsOnly = catalog("help: Just restart the app.\n");
    assertEquals(0, tact("", "lint", warningsOnly).exitCode());
    assertEquals(1, tact("", "lint", warningsOnly, "--fail-on", "warning").exitCode());
    String errors = catalog("help: \"Your order {orderId is on its way.\"\n");
    assertEquals(1, tact("", "lint", errors).exitCode());
    assertEquals(0, tact("", "lint", errors, "--fail-on", "never").exitCode());
  }

  @Test
  void writingABaselineThenLintingWithItPasses() throws IOException {
    String templates = catalog("help: \"Your order {orderId is on its way.\"\n");
    Path baseline = folder.resolve("tact-baseline.json");
    TactRun write = tact("", "lint", templates, "--write-baseline", baseline.toString());
    assertEquals(0, write.exitCode(), write.err());
    assertTrue(write.err().contains("wrote 1 findings"), write.err());
    Path config = Files.writeString(folder.resolve("tact.yaml"), "baseline: tact-baseline.json\n");
    TactRun again = tact("", "lint", templates, "--config", config.toString());
    assertEquals(0, again.exitCode(), again.out());
    assertTrue(again.out().contains("(1 baselined, 0 suppressed)"), again.out());
  }

  @Test
  void wrongUsageAndUnreadableInputExitTwo() throws IOException {
    assertEquals(2, tact("", "lint").exitCode());
    TactRun missing = tact("", "lint", folder.resolve("templtes").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("no such file or directory"), missing.err());
    String templates = catalog("welcome: Hello!\n");
    TactRun format = tact("", "lint", templates, "--format", "xml");
    assertEquals(2, format.exitCode());
    assertTrue(format.err().contains("unknown format 'xml'; use text, json or sarif"), format.err());
    assertEquals(2, tact("", "lint", templates, "--fail-on", "info").exitCode());
    Path config = Files.writeString(folder.resolve("bad.yaml"), "rules: {tone.minimizing: loud}\n");
    TactRun badConfig = tact("", "lint", templates, "--config", config.toString());
    assertEquals(2, badConfig.exitCode());
    assertTrue(badConfig.err().contains("'loud' is not a severity"), badConfig.err());
  }
}

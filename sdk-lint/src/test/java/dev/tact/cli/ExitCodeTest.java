package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes: 0 when the job is done, 2 with usage on standard error when the call is wrong. */
class ExitCodeTest {
  @TempDir Path folder;

  @Test
  void helpAndVersionSucceed() {
    TactRun help = tact("", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("hours") && help.out().contains("review") && help.out().contains("render")
        && help.out().contains("demo"), help.out());

    TactRun version = tact("", "--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("tact 0."), version.out());

    assertEquals(0, tact("", "hours", "--help").exitCode());
    assertEquals(0, tact("", "help", "demo").exitCode());
    assertEquals(0, tact("", "review", "--help").exitCode());
    TactRun renderHelp = tact("", "render", "--help");
    assertEquals(0, renderHelp.exitCode());
    assertTrue(renderHelp.out().contains("tact render --jsonl --catalog templates"), renderHelp.out());
  }

  @Test
  void badLinesDoNotFailABatch() {
    assertEquals(0, tact("not json\n\n[]\n", "hours", "--jsonl").exitCode());
    assertEquals(0, tact("not json\n\n[]\n{\"text\":1}\n", "review", "--jsonl").exitCode());
    assertEquals(0, tact("not json\n\n[]\n{\"pattern\":\"{x\"}\n{\"key\":\"welcome\"}\n", "render", "--jsonl").exitCode());
  }

  @Test
  void renderWithoutJsonLinesIsWrongUsage() {
    assertUsageError(tact("", "render"), "Missing --jsonl: tact render reads one JSON request per line");
    assertUsageError(tact("", "render", "{greeting}!"), "Unmatched argument");
  }

  @Test
  void renderWithAnUnknownOptionOrABadOptionValueIsWrongUsage() {
    assertUsageError(tact("", "render", "--jsonl", "--locale=en"), "Unknown option: '--locale=en'");
    assertUsageError(tact("", "render", "--jsonl", "--format", "pdf"),
        "Invalid value for option '--format': unknown format 'pdf'; use plain, html or markdown");
    assertUsageError(tact("", "render", "--jsonl", "--format", "HTML"), "unknown format 'HTML'");
    assertUsageError(tact("", "render", "--jsonl", "--default-locale", "en_US"),
        "Invalid value for option '--default-locale': 'en_US' is not a BCP 47 language tag");
    assertUsageError(tact("", "render", "--jsonl", "--catalog", folder.resolve("missing").toString()),
        "Invalid value for option '--catalog': no directory " + folder.resolve("missing"));
  }

  @Test
  void aCatalogThatCannotBeUsedIsWrongUsageListingEveryProblemAtFileLineAndColumn() throws IOException {
    Path catalog = Files.createDirectory(folder.resolve("templates"));
    Files.writeString(catalog.resolve("en.yaml"), String.join("\n",
        "welcome: \"{greeting}, {customerName}!\"",
        "cart.items: \"{count, plural, one{One item} other{# items}\"",
        "order.shipped: \"Your order {orderId} is on its way.\"",
        ""), StandardCharsets.UTF_8);
    Files.writeString(catalog.resolve("ar.yaml"), String.join("\n",
        "welcome: \"مرحبًا {customerName}\"",
        "cart.items:",
        "  text: \"{count, plural, one{عنصر واحد} other{# عنصر}}\"",
        "  arguments: {count: {required: true}}",
        ""), StandardCharsets.UTF_8);

    TactRun run = tact("{\"key\":\"welcome\",\"locale\":\"en\"}\n", "render", "--jsonl", "--catalog", catalog.toString());

    assertUsageError(run, "Invalid value for option '--catalog': " + catalog + " has 3 problems");
    assertUsageError(run, catalog.resolve("ar.yaml")
        + ":3:10: template.plural-branches: 'cart.items': the plural {count} lacks the branches zero, two, few, many");
    assertUsageError(run, catalog.resolve("en.yaml") + ":2:14: template.syntax: ");
    assertUsageError(run, catalog.resolve("en.yaml") + ":3:28: template.missing-fallback: ");
  }

  @Test
  void reviewWithoutJsonLinesIsWrongUsage() {
    assertUsageError(tact("", "review"), "Missing --jsonl");
    assertUsageError(tact("", "review", "Please just restart"), "Unmatched argument");
  }

  @Test
  void aRulePackThatCannotBeUsedIsWrongUsageNamingFileLineAndColumn() throws IOException {
    Path malformed = Files.writeString(folder.resolve("acme.yaml"), String.join("\n",
        "language: en",
        "rule: tone.minimizing",
        "phrases:",
        "  - id: easy",
        "    patterns: [\"(easy|simple\"]",
        ""), StandardCharsets.UTF_8);
    Path unknownRule = Files.writeString(folder.resolve("typo.yaml"), "disable: [tone.minimising]\n",
        StandardCharsets.UTF_8);

    TactRun run = tact("{\"text\":\"Hi\",\"locale\":\"en\",\"channel\":\"x.dm\"}\n",
        "review", "--jsonl", "--pack", malformed.toString());
    assertUsageError(run, "Invalid value for option '--pack': " + malformed + ":5:");
    assertUsageError(run, "'(' is never closed");
    assertUsageError(tact("", "review", "--jsonl", "--pack", unknownRule.toString()),
        unknownRule + ":1:");
    assertUsageError(tact("", "review", "--jsonl", "--pack", unknownRule.toString()),
        "did you mean 'tone.minimizing'?");
    assertUsageError(tact("", "review", "--jsonl", "--pack", folder.resolve("missing.yaml").toString()),
        "Invalid value for option '--pack': no file " + folder.resolve("missing.yaml"));
  }

  @Test
  void noSubcommandIsWrongUsage() {
    assertUsageError(tact(""), "Missing subcommand");
  }

  @Test
  void anUnknownSubcommandOrOptionIsWrongUsage() {
    assertUsageError(tact("", "hourz"), "Unmatched argument at index 0: 'hourz'");
    assertUsageError(tact("", "hourz"), "Did you mean: tact hours?");
    assertUsageError(tact("", "demo", "--later"), "Unknown option: '--later'");
  }

  @Test
  void hoursWithoutAZoneIsWrongUsage() {
    assertUsageError(tact("", "hours", "Mo-Fr 09:00-18:00"), "Missing required option: '--zone=ZONE'");
  }

  @Test
  void hoursAndJsonLinesTogetherAreWrongUsage() {
    assertUsageError(tact("", "hours", "--jsonl", "24/7"), "give either HOURS or --jsonl");
    assertUsageError(tact("", "hours", "--jsonl", "--zone", "UTC"), "drop --zone, --at and --holiday");
  }

  @Test
  void badOptionValuesAreWrongUsageThatSaysWhatToWrite() {
    assertUsageError(tact("", "hours", "24/7", "--zone", "Mars/Olympus"),
        "unknown zone 'Mars/Olympus'; use an IANA id such as Europe/Berlin");
    assertUsageError(tact("", "demo", "--now", "tomorrow"),
        "'tomorrow' is not an ISO instant; write it like 2026-11-23T09:00:00Z");
  }

  @Test
  void unreadableHoursExitWith2AndPointAtTheProblem() {
    TactRun run = tact("", "hours", "Mo-Fr 9:00-18:00", "--zone", "Europe/Berlin");

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertEquals(String.join("\n",
            "tact hours: expected a time like 09:00 at position 6 in \"Mo-Fr 9:00-18:00\"",
            "  Mo-Fr 9:00-18:00",
            "        ^",
            ""),
        run.err().replace("\r\n", "\n"));
  }

  private static void assertUsageError(TactRun run, String message) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains(message), () -> "expected '" + message + "' in:\n" + run.err());
    assertTrue(run.err().contains("Usage: tact"), () -> "expected usage in:\n" + run.err());
  }
}

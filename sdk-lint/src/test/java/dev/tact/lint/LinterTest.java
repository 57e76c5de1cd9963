package dev.tact.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Severity;
import dev.tact.core.TextPosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What lint finds in the test catalog ({@code src/test/resources/dev/tact/lint/catalog}) and where:
 * inside the source file, at the offending words, in every variant.
 */
class LinterTest {
  static final Path CATALOG = Path.of("src/test/resources/dev/tact/lint/catalog");
  static final Path PACKS = Path.of("src/test/resources/dev/tact/lint/packs");
  private static final Linter LINTER = Linter.builder().build();

  @TempDir Path folder;

  private static LintFinding only(LintReport report, String rule, String file) {
    List<LintFinding> found = report.findings().stream()
        .filter(f -> f.ruleId().equals(rule) && f.file().endsWith(file) && f.isNew()).toList();
    assertEquals(1, found.size(), report.findings().toString());
    return found.get(0);
  }

  /** Asserts that the finding covers exactly the first occurrence of {@code words} in the file. */
  private static void assertAt(LintFinding finding, Path file, String words) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int at = text.indexOf(words);
    assertTrue(at >= 0, words);
    TextPosition start = TextPosition.of(text, at);
    TextPosition end = TextPosition.of(text, at + words.length());
    assertEquals(start, new TextPosition(finding.line(), finding.column()), finding.toString());
    assertEquals(end, new TextPosition(finding.endLine(), finding.endColumn()), finding.toString());
  }

  @Test
  void aSyntaxErrorOnLine40OfAYamlFileIsReportedOnLine40() {
    LintFinding syntax = only(LINTER.lint(List.of(CATALOG)), "template.syntax", "fr.yaml");
    assertEquals(40, syntax.line());
    assertEquals(Severity.ERROR, syntax.severity());
  }

  @Test
  void aMinimizingPhraseInASelectBranchIsReportedAtItsWordsInTheFileInEveryLanguage()
      throws IOException {
    LintReport report = LINTER.lint(List.of(CATALOG));
    LintFinding en = only(report, "tone.minimizing", "en.yaml");
    assertAt(en, CATALOG.resolve("en.yaml"), "just restart");
    assertEquals(Optional.of("formality=casual"), en.variant());
    assertEquals(Optional.of("help.restart"), en.key());
    assertAt(only(report, "tone.minimizing", "de.yaml"), CATALOG.resolve("de.yaml"),
        "Starte die App einfach");
    assertAt(only(report, "tone.minimizing", "ja.yaml"), CATALOG.resolve("ja.yaml"),
        "再起動するだけで直ります");
  }

  @Test
  void personalDataIsReportedOnlyForPublicChannels() throws IOException {
    LintReport report = LINTER.lint(List.of(CATALOG));
    assertAt(only(report, "privacy.personal-data", "en.yaml"), CATALOG.resolve("en.yaml"),
        "+1 415 555 0100");
    Path catalog = Files.createDirectory(folder.resolve("private"));
    Files.writeString(catalog.resolve("en.yaml"),
        "call.us: {text: \"Call +1 415 555 0100.\", channel: x.dm}\n");
    assertTrue(LINTER.lint(List.of(catalog)).findings().isEmpty());
  }

  @Test
  void aPluralBranchTooLongForItsLimitIsReportedWithItsVariant() {
    LintFinding tooLong = only(LINTER.lint(List.of(CATALOG)), "template.too-long", "en.yaml");
    assertEquals(Optional.of("days=other"), tooLong.variant());
    assertTrue(tooLong.message().contains("over the limit of 60"), tooLong.message());
  }

  @Test
  void aReasonedIgnoreSuppressesAndAnUnreasonedOneIsAFinding() throws IOException {
    LintReport report = LINTER.lint(List.of(CATALOG));
    LintFinding legal = report.findings().stream()
        .filter(f -> f.key().equals(Optional.of("legal.refund"))).findFirst().orElseThrow();
    assertEquals(Optional.of("Approved wording from the legal team."), legal.suppression());
    assertFalse(legal.isNew());
    assertEquals(1, report.suppressed());

    Path catalog = Files.createDirectory(folder.resolve("ignores"));
    Files.writeString(catalog.resolve("en.yaml"), String.join("\n",
        "promo.upgrade:",
        "  text: Just click Upgrade to get it.",
        "  tact-ignore: [tone.minimizing]",
        ""));
    LintFinding unreasoned = only(LINTER.lint(List.of(catalog)), "template.catalog", "en.yaml");
    assertTrue(unreasoned.message().contains("reason"), unreasoned.message());
  }

  @Test
  void aBrokenRulePackIsReportedAtTheBrokenPattern() throws IOException {
    LintFinding pack = only(LINTER.lint(List.of(PACKS)), "pack.invalid", "acme-tone.yaml");
    String text = Files.readString(PACKS.resolve("acme-tone.yaml"), StandardCharsets.UTF_8);
    assertEquals(TextPosition.of(text, text.indexOf("(click|tap")),
        new TextPosition(pack.line(), pack.column()), "at the '(' that is never closed");
  }

  @Test
  void everyPluralCategoryOfTheLocaleIsRendered() throws IOException {
    Path catalog = Files.createDirectory(folder.resolve("ar"));
    Files.writeString(catalog.resolve("ar.yaml"), String.join("\n",
        "cart.items:",
        "  text: \"{count, plural, zero{لا شيء} one{عنصر واحد} two{عنصران} few{# عناصر} many{# عنصرًا}"
            + " other{# عنصر}}\"",
        "  arguments: {count: {required: true}}",
        ""));
    Files.writeString(catalog.resolve("en.yaml"), String.join("\n",
        "cart.items:",
        "  text: \"{count, plural, one{One item} other{# items; just restart the app}}\"",
        "  arguments: {count: {required: true}}",
        ""));
    LintFinding other = only(LINTER.lint(List.of(catalog)), "tone.minimizing", "en.yaml");
    assertEquals(Optional.of("count=other"), other.variant());
    assertAt(other, catalog.resolve("en.yaml"), "just restart");
  }

  @Test
  void wordsThatOnlySampleValuesSayAreNotFindings() throws IOException {
    Path catalog = Files.createDirectory(folder.resolve("values"));
    Files.writeString(catalog.resolve("en.yaml"), String.join("\n",
        "order.note:",
        "  text: \"Your note: {note}\"",
        "  channel: x.reply",
        "  arguments: {note: {required: true}}",
        ""));
    assertTrue(LINTER.lint(List.of(catalog)).findings().isEmpty());
  }

  @Test
  void aPathThatDoesNotExistCannotBeLinted() {
    LintException e = assertThrows(LintException.class,
        () -> LINTER.lint(List.of(folder.resolve("templtes"))));
    assertTrue(e.getMessage().contains("no such file or directory"), e.getMessage());
  }

  @Test
  void theReportFailsOnlyAtOrAboveTheThreshold() throws IOException {
    Path catalog = Files.createDirectory(folder.resolve("warnings"));
    Files.writeString(catalog.resolve("en.yaml"), "help: Just restart the app.\n");
    LintReport report = LINTER.lint(List.of(catalog));
    assertEquals(1, report.count(Severity.WARNING));
    assertFalse(report.exceeds(FailOn.ERROR));
    assertTrue(report.exceeds(FailOn.WARNING));
    assertFalse(report.exceeds(FailOn.NEVER));
  }
}

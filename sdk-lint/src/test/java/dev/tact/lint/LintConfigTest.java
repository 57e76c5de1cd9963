package dev.tact.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .tact.yaml}: rules, severities, required locales, channels per key prefix. */
class LintConfigTest {
  @TempDir Path folder;

  private LintReport lint(String config, String en, String ja) throws IOException {
    Path catalog = Files.createDirectories(folder.resolve("templates"));
    Files.writeString(catalog.resolve("en.yaml"), en);
    if (ja != null) {
      Files.writeString(catalog.resolve("ja.yaml"), ja);
    }
    Path file = Files.writeString(folder.resolve(".tact.yaml"), config);
    return Linter.builder().config(LintConfig.read(file)).build().lint(List.of(catalog));
  }

  @Test
  void rulesCanBeTurnedOffOrGivenAnotherSeverity() throws IOException {
    String en = "help: Just restart the app. No worries!\n";
    LintReport defaults = lint("", en, null);
    assertEquals(1, defaults.count(Severity.WARNING));
    LintReport configured = lint("rules:\n  tone.minimizing: error\n  tone.idiom: off\n", en, null);
    assertEquals(1, configured.count(Severity.ERROR));
    assertTrue(configured.findings().stream().noneMatch(f -> f.ruleId().equals("tone.idiom")));
  }

  @Test
  void aRequiredLocaleMakesAMissingTranslationAnError() throws IOException {
    String en = "welcome: Hello!\nbye: Goodbye!\n";
    String ja = "welcome: こんにちは。\n";
    LintFinding warning = lint("", en, ja).findings().get(0);
    assertEquals("template.missing-locale", warning.ruleId());
    assertEquals(Severity.WARNING, warning.severity());
    LintFinding error = lint("requiredLocales: [ja]\n", en, ja).findings().get(0);
    assertEquals(Severity.ERROR, error.severity());
    LintReport noFile = lint("requiredLocales: [de]\n", en, ja);
    assertTrue(noFile.findings().stream().anyMatch(f -> f.ruleId().equals("template.missing-locale")
        && f.message().contains("no de file")), noFile.findings().toString());
  }

  @Test
  void aKeyPrefixGivesTemplatesTheirChannel() throws IOException {
    String en = "social.callback: Call us at +1 415 555 0100.\n";
    assertTrue(lint("", en, null).findings().stream()
        .noneMatch(f -> f.ruleId().equals("privacy.personal-data")));
    LintReport publicReply = lint("channels:\n  social.: x.reply\n", en, null);
    assertTrue(publicReply.findings().stream()
        .anyMatch(f -> f.ruleId().equals("privacy.personal-data")), publicReply.findings().toString());
  }

  @Test
  void mistakesInTheConfigurationNameWhatAndWhere() {
    Path base = folder;
    assertThrows(LintException.class, () -> LintConfig.parse("rulez: {}\n", ".tact.yaml", base));
    assertThrows(LintException.class,
        () -> LintConfig.parse("rules: {tone.minimizing: loud}\n", ".tact.yaml", base));
    assertThrows(LintException.class,
        () -> LintConfig.parse("channels: {social.: x.replies}\n", ".tact.yaml", base));
    assertThrows(LintException.class,
        () -> LintConfig.parse("requiredLocales: [en_US]\n", ".tact.yaml", base));
    LintConfig unknownRule = LintConfig.parse("rules: {tone.minimising: off}\n", ".tact.yaml", base);
    LintException e = assertThrows(LintException.class,
        () -> Linter.builder().config(unknownRule).build());
    assertTrue(e.getMessage().contains("tone.minimising"), e.getMessage());
  }

  @Test
  void relativePathsAreReadAgainstTheConfigurationFile() {
    LintConfig config = LintConfig.parse("baseline: lint/baseline.json\nrequiredLocales: [en, pt-BR]\n",
        ".tact.yaml", Path.of("/work/acme"));
    assertEquals(Path.of("/work/acme/lint/baseline.json"), config.baseline().orElseThrow());
    assertEquals(2, config.requiredLocales().size());
    assertTrue(config.requiredLocales().contains(Locale.forLanguageTag("pt-BR")));
  }
}

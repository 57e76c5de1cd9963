package dev.tact.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tact:lint} as a build sees it: what passes, what fails and why, what the log shows, the
 * SARIF report, the configuration and the baseline. Each test is a small project in a temporary
 * directory, linted with the goal's parameters as Maven would give them.
 */
class LintGoalTest {
  private static final String CLEAN_EN = """
      welcome: "{greeting}, {customerName}! Thanks for writing to us."
      order.shipped:
        text: "Your order {orderId} is on its way."
        arguments:
          orderId: {required: true}
      """;
  private static final String CLEAN_JA = """
      welcome: "{greeting}、{customerName}。お問い合わせありがとうございます。"
      order.shipped:
        text: "ご注文 {orderId} を発送しました。"
        arguments:
          orderId: {required: true}
      """;

  @TempDir Path project;
  private final RecordingLog log = new RecordingLog();

  private void write(String file, String text) throws IOException {
    Path path = project.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private Path sarif() {
    return project.resolve("target/tact/lint.sarif");
  }

  private LintGoal goal(String failOn, String format, List<String> paths, @Nullable String config,
      @Nullable String baseline, boolean writeBaseline) {
    List<Path> given = new ArrayList<>();
    paths.forEach(path -> given.add(Path.of(path)));
    return new LintGoal(project, given, failOn, format, config == null ? null : Path.of(config),
        baseline == null ? null : Path.of(baseline), writeBaseline, sarif());
  }

  private LintGoal defaults() {
    return goal("error", "text", List.of(), null, null, false);
  }

  private String at(String file) {
    return project.resolve(file).toString();
  }

  private JsonNode readSarif() throws IOException {
    return new ObjectMapper().readTree(sarif().toFile());
  }

  @Test
  void aCleanCatalogInTheDefaultPathPassesAndStillGetsASarifLog() throws Exception {
    write("src/main/templates/en.yaml", CLEAN_EN);
    write("src/main/templates/ja.yaml", CLEAN_JA);

    defaults().execute(log);

    assertEquals(List.of("[INFO] Tact lint: no findings in 2 files; SARIF in target/tact/lint.sarif"),
        log.lines());
    JsonNode sarif = readSarif();
    assertEquals("2.1.0", sarif.path("version").asText());
    assertTrue(sarif.path("runs").get(0).path("results").isEmpty());
  }

  @Test
  void aSyntaxErrorFailsTheBuildAndIsLoggedLikeACompilerErrorAtItsLineAndColumn() throws Exception {
    write("src/main/templates/en.yaml", """
        # line 1
        order.shipped:
          text: "Your order {orderId is on its way."
        """);

    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> defaults().execute(log));

    assertEquals(List.of(at("src/main/templates/en.yaml") + ":3:21: template.syntax: 'order.shipped':"
        + " not a valid ICU MessageFormat pattern: Bad argument syntax"), log.at("ERROR"));
    assertEquals("Tact lint: 1 error, 0 warnings in 1 file; the build fails on new findings at or"
        + " above failOn=error. Fix them (see the findings above and target/tact/lint.sarif), or"
        + " accept the current ones: set <baseline>tact-baseline.json</baseline> and run"
        + " mvn tact:lint -Dtact.writeBaseline", failure.getMessage());
    assertTrue(Files.isRegularFile(sarif()), "the SARIF log is written before the build fails");
  }

  @Test
  void minimizingPhrasesInEveryLanguageAreWarningsAtTheirWords() throws Exception {
    write("src/main/templates/en.yaml", "help.restart: \"Please just restart the app.\"\n");
    write("src/main/templates/de.yaml", "help.restart: \"Starten Sie die App einfach neu.\"\n");
    write("src/main/templates/ja.yaml", "help.restart: \"アプリを再起動するだけです。\"\n");
    write("src/main/templates/fr.yaml", "help.restart: \"Il suffit de redémarrer l'application.\"\n");
    write("src/main/templates/es.yaml", "help.restart: \"Solo tienes que reiniciar la aplicación.\"\n");
    write("src/main/templates/pt.yaml", "help.restart: \"É só reiniciar o aplicativo.\"\n");

    defaults().execute(log);

    List<String> warnings = log.at("WARNING");
    assertEquals(6, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).startsWith(at("src/main/templates/de.yaml") + ":1:16: tone.minimizing: „einfach“"), warnings::toString);
    assertTrue(warnings.get(1).startsWith(at("src/main/templates/en.yaml") + ":1:23: tone.minimizing: 'just'"), warnings::toString);
    assertTrue(warnings.get(2).startsWith(at("src/main/templates/es.yaml") + ":1:16: tone.minimizing: «solo tienes que»"), warnings::toString);
    assertTrue(warnings.get(3).startsWith(at("src/main/templates/fr.yaml") + ":1:16: tone.minimizing: « il suffit de »"), warnings::toString);
    assertTrue(warnings.get(4).startsWith(at("src/main/templates/ja.yaml") + ":1:20: tone.minimizing: 「〜するだけ」"), warnings::toString);
    assertTrue(warnings.get(5).startsWith(at("src/main/templates/pt.yaml") + ":1:16: tone.minimizing: «é só»"), warnings::toString);
    assertEquals("Tact lint: 0 errors, 6 warnings in 6 files; SARIF in target/tact/lint.sarif",
        log.at("INFO").get(0), "warnings pass with failOn=error");
  }

  @Test
  void failOnWarningFailsOnAWarningAndFailOnNeverOnNothing() throws Exception {
    write("src/main/templates/en.yaml", "help.restart: \"Please just restart the app.\"\n");

    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> goal("warning", "text", List.of(), null, null, false).execute(log));
    assertTrue(failure.getMessage().contains("failOn=warning"), failure.getMessage());

    goal("NEVER", "text", List.of(), null, null, false).execute(new RecordingLog());
  }

  @Test
  void pathsAreReadAgainstTheProjectAndAMissingOneNamesItself() throws Exception {
    write("catalogs/shop/en.yaml", "help.restart: \"Please just restart the app.\"\n");

    goal("error", "text", List.of("catalogs/shop"), null, null, false).execute(log);
    assertTrue(log.at("WARNING").get(0).startsWith(at("catalogs/shop/en.yaml") + ":1:23: "));

    MojoExecutionException missing = assertThrows(MojoExecutionException.class,
        () -> goal("error", "text", List.of("catalogs/shoe"), null, null, false).execute(log));
    assertEquals("tact:lint cannot run: " + at("catalogs/shoe") + ": no such file or directory;"
        + " check the path", missing.getMessage());
  }

  @Test
  void aProjectWithoutTheDefaultPathLintsNothingAndSaysSo() throws Exception {
    defaults().execute(log);

    assertTrue(log.at("INFO").get(0).startsWith("Tact lint: this project has no src/main/templates,"
        + " so there is nothing to lint; set <paths>"), log.lines()::toString);
    assertEquals(0, readSarif().path("runs").get(0).path("results").size());
  }

  @Test
  void badParametersAreExecutionErrorsThatNameTheParameterAndTheChoices() {
    MojoExecutionException failOn = assertThrows(MojoExecutionException.class,
        () -> goal("fatal", "text", List.of(), null, null, false).execute(log));
    assertEquals("tact:lint failOn 'fatal' is not a level; use error, warning or never"
        + " (<failOn> or -Dtact.failOn)", failOn.getMessage());

    MojoExecutionException format = assertThrows(MojoExecutionException.class,
        () -> goal("error", "xml", List.of(), null, null, false).execute(log));
    assertEquals("tact:lint format 'xml' is not a format; use text, json or sarif"
        + " (<format> or -Dtact.format)", format.getMessage());
  }

  @Test
  void theProjectsTactYamlIsReadWhenPresent() throws Exception {
    write("src/main/templates/en.yaml", "help.restart: \"Please just restart the app.\"\n");
    write(".tact.yaml", "rules:\n  tone.minimizing: error\n");

    assertThrows(MojoFailureException.class, () -> defaults().execute(log));
    assertEquals(1, log.at("ERROR").size(), log.lines()::toString);
  }

  @Test
  void aBadOrMissingConfigurationIsAnExecutionErrorNamingTheFile() throws Exception {
    write("src/main/templates/en.yaml", CLEAN_EN);
    write("lint.yaml", "rulez:\n  tone.minimizing: error\n");

    MojoExecutionException bad = assertThrows(MojoExecutionException.class,
        () -> goal("error", "text", List.of(), "lint.yaml", null, false).execute(log));
    assertTrue(bad.getMessage().startsWith("tact:lint cannot run: " + at("lint.yaml")
        + ": unknown key 'rulez'"), bad.getMessage());

    MojoExecutionException missing = assertThrows(MojoExecutionException.class,
        () -> goal("error", "text", List.of(), "lint.yml", null, false).execute(log));
    assertTrue(missing.getMessage().contains(at("lint.yml") + ": no such configuration file"),
        missing.getMessage());
  }

  @Test
  void aWrittenBaselineAcceptsTodaysFindingsAndANewOneStillFails() throws Exception {
    write("src/main/templates/en.yaml", "help.restart: \"Please just restart the app.\"\n");
    write("src/main/templates/de.yaml", "help.restart: \"Starten Sie die App einfach neu.\"\n");

    goal("error", "text", List.of(), null, "tact-baseline.json", true).execute(log);
    assertEquals("Tact lint: wrote 2 findings to the baseline tact-baseline.json; they no longer"
        + " fail the build", log.at("INFO").get(0));
    String written = Files.readString(project.resolve("tact-baseline.json"));
    assertTrue(written.contains("\"file\" : \"" + Path.of("src/main/templates/en.yaml") + "\""),
        "named relative to the project: " + written);

    RecordingLog again = new RecordingLog();
    goal("warning", "text", List.of(), null, "tact-baseline.json", false).execute(again);
    assertEquals(List.of(), again.at("WARNING"));
    assertEquals("Tact lint: no new findings in 2 files (2 baselined, 0 suppressed); SARIF in"
        + " target/tact/lint.sarif", again.at("INFO").get(0));
    assertEquals(2, again.at("DEBUG").size(), "baselined findings are in the debug log");

    write("src/main/templates/es.yaml", "help.restart: \"Solo tienes que reiniciar la aplicación.\"\n");
    RecordingLog later = new RecordingLog();
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> goal("warning", "text", List.of(), null, "tact-baseline.json", false).execute(later));
    assertTrue(failure.getMessage().endsWith("accept the current ones: mvn tact:lint"
        + " -Dtact.writeBaseline writes them to tact-baseline.json"), failure.getMessage());
    assertEquals(1, later.at("WARNING").size(), later.lines()::toString);
    assertTrue(later.at("WARNING").get(0).startsWith(at("src/main/templates/es.yaml")));
    JsonNode results = readSarif().path("runs").get(0).path("results");
    List<String> states = new ArrayList<>();
    results.forEach(result -> states.add(result.path("baselineState").asText()));
    assertEquals(List.of("unchanged", "unchanged", "new"), states);
  }

  @Test
  void theBaselineCanComeFromTactYaml() throws Exception {
    write("src/main/templates/en.yaml", "help.restart: \"Please just restart the app.\"\n");
    write(".tact.yaml", "baseline: config/tact-baseline.json\n");
    Files.createDirectories(project.resolve("config"));

    goal("error", "text", List.of(), null, null, true).execute(log);
    assertTrue(Files.isRegularFile(project.resolve("config/tact-baseline.json")));

    RecordingLog again = new RecordingLog();
    goal("warning", "text", List.of(), null, null, false).execute(again);
    assertTrue(again.at("INFO").get(0).contains("(1 baselined, 0 suppressed)"), again.lines()::toString);
  }

  @Test
  void writingABaselineNeedsAFileAndReadingOneNeedsItToExist() throws Exception {
    write("src/main/templates/en.yaml", CLEAN_EN);

    MojoExecutionException nowhere = assertThrows(MojoExecutionException.class,
        () -> goal("error", "text", List.of(), null, null, true).execute(log));
    assertTrue(nowhere.getMessage().startsWith("tact:lint writeBaseline needs a baseline file"),
        nowhere.getMessage());

    MojoExecutionException missing = assertThrows(MojoExecutionException.class,
        () -> goal("error", "text", List.of(), null, "tact-baseline.json", false).execute(log));
    assertEquals("tact:lint: the baseline " + at("tact-baseline.json") + " does not exist; write it"
        + " with mvn tact:lint -Dtact.writeBaseline, or remove the baseline setting",
        missing.getMessage());
  }

  @Test
  void sarifNamesFilesAbsolutelySoThatUploadsResolveThemAgainstTheCheckout() throws Exception {
    write("src/main/templates/en.yaml", "help.restart: \"Please just restart the app.\"\n");

    defaults().execute(log);

    JsonNode result = readSarif().path("runs").get(0).path("results").get(0);
    assertEquals("tone.minimizing", result.path("ruleId").asText());
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertEquals(project.resolve("src/main/templates/en.yaml").toUri().toString(),
        location.path("artifactLocation").path("uri").asText());
    assertEquals(1, location.path("region").path("startLine").asInt());
    assertEquals(23, location.path("region").path("startColumn").asInt());
  }

  @Test
  void jsonAndSarifFormatsPrintTheWholeReportToTheLog() throws Exception {
    write("src/main/templates/en.yaml", "help.restart: \"Please just restart the app.\"\n");

    goal("error", "json", List.of(), null, null, false).execute(log);
    String json = String.join("\n", log.at("INFO").subList(0, log.at("INFO").size() - 1));
    JsonNode report = new ObjectMapper().readTree(json);
    assertFalse(report.isMissingNode());
    assertTrue(json.contains("tone.minimizing"), json);
    assertEquals(List.of(), log.at("WARNING"), "the report replaces the compiler-style lines");

    RecordingLog sarifLog = new RecordingLog();
    goal("error", "sarif", List.of(), null, null, false).execute(sarifLog);
    String sarif = String.join("\n", sarifLog.at("INFO").subList(0, sarifLog.at("INFO").size() - 1));
    assertEquals("2.1.0", new ObjectMapper().readTree(sarif).path("version").asText());
  }
}

package dev.tact.maven.internal;

import dev.tact.core.Severity;
import dev.tact.lint.Baseline;
import dev.tact.lint.FailOn;
import dev.tact.lint.LintConfig;
import dev.tact.lint.LintException;
import dev.tact.lint.LintFinding;
import dev.tact.lint.LintReport;
import dev.tact.lint.Linter;
import dev.tact.lint.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * One {@code tact:lint} run from the goal's parameters as Maven gives them: checks them, lints,
 * writes the SARIF report, shows the findings in the build log and decides whether the build
 * fails. Relative paths are read against {@code basedir}; findings are named relative to it in the
 * baseline and absolutely in the log and the SARIF report (so that IDEs link them and GitHub's
 * upload relativizes them against the checkout, wherever the module is in the repository).
 *
 * @param basedir the project directory
 * @param paths the paths to lint; empty for the default {@link #DEFAULT_PATH}
 * @param failOn {@code error}, {@code warning} or {@code never}
 * @param format {@code text}, {@code json} or {@code sarif}: how the log shows the findings
 * @param config the configuration file, or null for {@code .tact.yaml} if the project has one
 * @param baseline the baseline file, or null for the configuration's
 * @param writeBaseline whether to write the findings to the baseline file instead of checking them
 * @param sarifFile where the SARIF report goes
 */
public record LintGoal(Path basedir, List<Path> paths, String failOn, String format,
    @Nullable Path config, @Nullable Path baseline, boolean writeBaseline, Path sarifFile) {

  /** What is linted when {@code paths} is not set. */
  public static final Path DEFAULT_PATH = Path.of("src", "main", "templates");

  /** The configuration file read when {@code config} is not set and it exists. */
  public static final Path DEFAULT_CONFIG = Path.of(".tact.yaml");

  /** Makes {@code basedir} absolute and copies the paths. */
  public LintGoal {
    basedir = basedir.toAbsolutePath().normalize();
    paths = List.copyOf(paths);
  }

  /**
   * Runs the goal.
   *
   * @throws MojoExecutionException if a parameter, the configuration or the baseline is wrong, or
   *     a path cannot be read: lint cannot run
   * @throws MojoFailureException if a new finding reaches {@code failOn}
   */
  public void execute(Log log) throws MojoExecutionException, MojoFailureException {
    FailOn level = failOnLevel();
    ReportFormat shown = ReportFormat.of(format.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
        new MojoExecutionException("tact:lint format '" + format + "' is not a format; use text,"
            + " json or sarif (<format> or -Dtact.format)"));
    List<Path> inputs = inputs(log);
    LintReport report;
    Optional<Path> baselineFile;
    try {
      LintConfig settings = settings();
      baselineFile = baseline != null ? Optional.of(basedir.resolve(baseline)) : settings.baseline();
      Linter.Builder linter = Linter.builder().config(settings).baseDirectory(basedir);
      if (writeBaseline && baselineFile.isEmpty()) {
        throw new MojoExecutionException("tact:lint writeBaseline needs a baseline file to write:"
            + " set <baseline>tact-baseline.json</baseline> or 'baseline: tact-baseline.json' in"
            + " .tact.yaml");
      }
      if (!writeBaseline && baselineFile.isPresent()) {
        linter.baseline(readBaseline(baselineFile.get()));
      }
      report = linter.build().lint(inputs);
    } catch (LintException e) {
      throw new MojoExecutionException("tact:lint cannot run: " + e.getMessage(), e);
    }
    LintReport located = located(report);
    writeSarif(located);
    if (writeBaseline) {
      Path file = baselineFile.orElseThrow();
      Baseline accepted = Baseline.of(report);
      try {
        accepted.write(file);
      } catch (LintException e) {
        throw new MojoExecutionException("tact:lint cannot write the baseline: " + e.getMessage(), e);
      }
      log.info("Tact lint: wrote " + accepted.size() + " finding" + (accepted.size() == 1 ? "" : "s")
          + " to the baseline " + shortName(file) + "; they no longer fail the build");
      return;
    }
    show(located, shown, log);
    String summary = report.summary();
    if (report.exceeds(level)) {
      throw new MojoFailureException("Tact lint: " + summary + "; the build fails on new findings"
          + " at or above failOn=" + level.name().toLowerCase(Locale.ROOT) + ". Fix them (see the"
          + " findings above and " + shortName(sarifFile) + "), or accept the current ones: "
          + baselineFile.map(file -> "mvn tact:lint -Dtact.writeBaseline writes them to "
              + shortName(file))
          .orElse("set <baseline>tact-baseline.json</baseline> and run mvn tact:lint"
              + " -Dtact.writeBaseline"));
    }
    log.info("Tact lint: " + summary + "; SARIF in " + shortName(sarifFile));
  }

  private FailOn failOnLevel() throws MojoExecutionException {
    String name = failOn.trim().toLowerCase(Locale.ROOT);
    for (FailOn level : FailOn.values()) {
      if (level.name().toLowerCase(Locale.ROOT).equals(name)) {
        return level;
      }
    }
    throw new MojoExecutionException("tact:lint failOn '" + failOn + "' is not a level; use error,"
        + " warning or never (<failOn> or -Dtact.failOn)");
  }

  private List<Path> inputs(Log log) {
    if (!paths.isEmpty()) {
      return paths.stream().map(basedir::resolve).toList();
    }
    Path standard = basedir.resolve(DEFAULT_PATH);
    if (Files.isDirectory(standard)) {
      return List.of(standard);
    }
    log.info("Tact lint: this project has no " + slashed(DEFAULT_PATH) + ", so there is nothing"
        + " to lint; set <paths> to lint catalogs elsewhere");
    return List.of();
  }

  private LintConfig settings() {
    if (config != null) {
      return LintConfig.read(basedir.resolve(config));
    }
    Path standard = basedir.resolve(DEFAULT_CONFIG);
    return Files.isRegularFile(standard) ? LintConfig.read(standard) : LintConfig.defaults();
  }

  private Baseline readBaseline(Path file) throws MojoExecutionException {
    if (!Files.exists(file)) {
      throw new MojoExecutionException("tact:lint: the baseline " + file + " does not exist;"
          + " write it with mvn tact:lint -Dtact.writeBaseline, or remove the baseline setting");
    }
    return Baseline.read(file);
  }

  /** The report with every file named absolutely. */
  private LintReport located(LintReport report) {
    List<LintFinding> findings = new ArrayList<>(report.findings().size());
    for (LintFinding f : report.findings()) {
      findings.add(new LintFinding(f.ruleId(), f.severity(), basedir.resolve(f.file()).toString(),
          f.line(), f.column(), f.endLine(), f.endColumn(), f.message(), f.suggestions(), f.key(),
          f.locale(), f.variant(), f.fingerprint(), f.baselined(), f.suppression()));
    }
    return new LintReport(findings, report.rules(), report.files(), report.baselineApplied());
  }

  private void writeSarif(LintReport report) throws MojoExecutionException {
    try {
      Path parent = sarifFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(sarifFile, StandardCharsets.UTF_8)) {
        ReportFormat.SARIF.write(report, out);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("tact:lint cannot write the SARIF report " + sarifFile
          + " (" + e + "); check that the directory is writable", e);
    }
  }

  private static void show(LintReport report, ReportFormat format, Log log)
      throws MojoExecutionException {
    if (format != ReportFormat.TEXT) {
      StringWriter text = new StringWriter();
      try {
        format.write(report, text);
      } catch (IOException e) {
        throw new MojoExecutionException("tact:lint cannot format the report", e);
      }
      text.toString().lines().forEach(log::info);
      return;
    }
    for (LintFinding finding : report.findings()) {
      String line = compilerLine(finding);
      if (!finding.isNew()) {
        log.debug(line + (finding.baselined() ? " (baselined)" : " (suppressed)"));
      } else if (finding.severity() == Severity.ERROR) {
        log.error(line);
      } else if (finding.severity() == Severity.WARNING) {
        log.warn(line);
      } else {
        log.info(line);
      }
    }
  }

  /** {@code file:line:col: rule-id: message [variant]}; the log level gives the severity. */
  static String compilerLine(LintFinding finding) {
    StringBuilder line = new StringBuilder(finding.file());
    if (finding.line() > 0) {
      line.append(':').append(finding.line());
      if (finding.column() > 0) {
        line.append(':').append(finding.column());
      }
    }
    line.append(": ").append(finding.ruleId()).append(": ").append(finding.message());
    finding.variant().ifPresent(variant -> line.append(" [").append(variant).append(']'));
    return line.toString();
  }

  private String shortName(Path file) {
    Path absolute = basedir.resolve(file);
    return absolute.startsWith(basedir) ? slashed(basedir.relativize(absolute)) : absolute.toString();
  }

  private static String slashed(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}

package dev.tact.cli.internal;

import dev.tact.lint.Baseline;
import dev.tact.lint.FailOn;
import dev.tact.lint.LintConfig;
import dev.tact.lint.LintException;
import dev.tact.lint.LintReport;
import dev.tact.lint.Linter;
import dev.tact.lint.ReportFormat;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code tact lint PATH...}: template catalogs and rule packs checked by {@link Linter}, the report
 * on standard output, exit 1 when a new finding reaches {@code --fail-on}.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Lint template catalogs and rule packs: every template.* check, and the tone,"
        + " personal-data and length rules on every variant of every template.",
    footer = {
      "",
      "Examples:",
      "  tact lint templates",
      "  tact lint templates packs/acme-tone.yaml --format sarif > lint.sarif",
      "  tact lint templates --write-baseline tact-baseline.json",
      "",
      "Without --config, ./.tact.yaml is read when it exists.",
      "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 wrong usage or unreadable input.",
      "Reference: docs/lint.md"
    })
final class LintCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Catalog directories, rule pack files, or directories to walk for both.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "text (default), json or sarif.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
      description = "error (default), warning or never: the least severe new finding that fails.")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration (default: .tact.yaml in the working directory, if any).")
  @Nullable Path config;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the current findings to FILE as a baseline and exit 0.")
  @Nullable Path writeBaseline;

  LintCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    LintReport report;
    try {
      LintConfig settings = settings();
      Linter.Builder builder = Linter.builder().config(settings);
      if (writeBaseline == null && settings.baseline().isPresent()) {
        builder.baseline(Baseline.read(settings.baseline().get()));
      }
      report = builder.build().lint(paths);
      if (writeBaseline != null) {
        Baseline.of(report).write(writeBaseline);
      }
    } catch (LintException e) {
      spec.commandLine().getErr().println("tact lint: " + e.getMessage());
      return 2;
    }
    try {
      Writer out = new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8);
      format.write(report, out);
    } catch (IOException e) {
      spec.commandLine().getErr().println("tact lint: cannot write the report: " + e.getMessage());
      return 1;
    }
    if (writeBaseline != null) {
      spec.commandLine().getErr().println("tact lint: wrote " + Baseline.of(report).size()
          + " findings to the baseline " + writeBaseline);
      return 0;
    }
    return report.exceeds(failOn) ? 1 : 0;
  }

  private LintConfig settings() {
    if (config != null) {
      return LintConfig.read(config);
    }
    Path local = Path.of(".tact.yaml");
    return Files.isRegularFile(local) ? LintConfig.read(local) : LintConfig.defaults();
  }

  /** Reads {@code --format}. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.of(value).orElseThrow(() -> new TypeConversionException(
          "unknown format " + TimeValues.quote(value) + "; use text, json or sarif"));
    }
  }

  /** Reads {@code --fail-on}. */
  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      for (FailOn level : FailOn.values()) {
        if (level.name().toLowerCase(Locale.ROOT).equals(value)) {
          return level;
        }
      }
      throw new TypeConversionException(
          "unknown level " + TimeValues.quote(value) + "; use error, warning or never");
    }
  }
}

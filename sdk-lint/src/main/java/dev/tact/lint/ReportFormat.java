package dev.tact.lint;

import dev.tact.lint.internal.JsonReport;
import dev.tact.lint.internal.SarifReport;
import dev.tact.lint.internal.TextReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * How a {@link LintReport} is written: {@link #TEXT} for people (one line per finding, like a
 * compiler), {@link #JSON} for scripts, {@link #SARIF} for code-scanning tools (SARIF 2.1.0, UTF-16
 * columns, one rule entry per rule id, baseline states and in-source suppressions).
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("target/tact/lint.sarif"))) {
 *   ReportFormat.SARIF.write(report, out);
 * }
 * ReportFormat.of("json");   // Optional[JSON]
 * }</pre>
 */
public enum ReportFormat {
  /**
   * {@code file:line:col: severity rule-id: message}, new findings only, then a summary line;
   * the variant a finding is in follows in brackets.
   */
  TEXT,
  /** One JSON object: every finding with all its fields, and the counts. */
  JSON,
  /** A SARIF 2.1.0 log with one run. */
  SARIF;

  /** The format named {@code text}, {@code json} or {@code sarif}, if it is one. */
  public static Optional<ReportFormat> of(String name) {
    for (ReportFormat format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes {@code report} to {@code out}, which it does not close.
   *
   * @throws IOException if {@code out} does
   */
  public void write(LintReport report, Writer out) throws IOException {
    switch (this) {
      case TEXT -> TextReport.write(report, out);
      case JSON -> JsonReport.write(report, out);
      case SARIF -> SarifReport.write(report, toolVersion(), out);
      default -> throw new IllegalStateException("unknown format " + this);
    }
    out.flush();
  }

  private static String toolVersion() {
    String version = ReportFormat.class.getPackage().getImplementationVersion();
    return version == null ? "" : version;
  }
}

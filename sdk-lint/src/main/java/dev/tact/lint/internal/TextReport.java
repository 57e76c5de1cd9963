package dev.tact.lint.internal;

import dev.tact.core.Severity;
import dev.tact.lint.LintFinding;
import dev.tact.lint.LintReport;
import java.io.IOException;
import java.io.Writer;

/** Compiler-style lines for new findings, then one summary line. */
public final class TextReport {
  private TextReport() {}

  /** Writes {@code report}. */
  public static void write(LintReport report, Writer out) throws IOException {
    for (LintFinding finding : report.findings()) {
      if (!finding.isNew()) {
        continue;
      }
      out.write(finding.toString());
      if (finding.variant().isPresent()) {
        out.write(" [" + finding.variant().get() + "]");
      }
      out.write('\n');
    }
    int errors = report.count(Severity.ERROR);
    int warnings = report.count(Severity.WARNING);
    int infos = report.count(Severity.INFO);
    StringBuilder summary = new StringBuilder();
    if (errors + warnings + infos == 0) {
      summary.append("no findings");
    } else {
      summary.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
      if (infos > 0) {
        summary.append(", ").append(infos).append(" info");
      }
    }
    summary.append(" in ").append(plural(report.files(), "file"));
    if (report.baselined() + report.suppressed() > 0) {
      summary.append(" (").append(report.baselined()).append(" baselined, ")
          .append(report.suppressed()).append(" suppressed)");
    }
    out.write(summary.append('\n').toString());
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}

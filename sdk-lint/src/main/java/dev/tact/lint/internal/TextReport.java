package dev.tact.lint.internal;

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
    out.write(report.summary() + "\n");
  }
}

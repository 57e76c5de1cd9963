package dev.tact.lint;

import dev.tact.core.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one lint run found: every finding sorted by file, line and column, the rules they are of,
 * and counts. Findings that the baseline lists or a {@code tact-ignore} suppresses are kept (SARIF
 * reports them as such) but never fail the run.
 *
 * <pre>{@code
 * LintReport report = linter.lint(List.of(Path.of("templates")));
 * report.count(Severity.ERROR);    // new errors
 * report.exceeds(FailOn.ERROR);    // whether the build should fail
 * }</pre>
 */
public final class LintReport {
  private static final Comparator<LintFinding> ORDER = Comparator.comparing(LintFinding::file)
      .thenComparingInt(LintFinding::line).thenComparingInt(LintFinding::column)
      .thenComparing(LintFinding::ruleId).thenComparing(LintFinding::message);

  private final List<LintFinding> findings;
  private final List<LintRule> rules;
  private final int files;
  private final boolean baselineApplied;

  /**
   * A report.
   *
   * @param findings the findings, in any order
   * @param rules the metadata of at least every rule a finding names
   * @param files the number of catalog and pack files read
   * @param baselineApplied whether a baseline was compared against
   * @throws IllegalArgumentException if a finding's rule has no metadata
   */
  public LintReport(List<LintFinding> findings, List<LintRule> rules, int files,
      boolean baselineApplied) {
    this.findings = findings.stream().sorted(ORDER).toList();
    Map<String, LintRule> byId = new TreeMap<>();
    for (LintRule rule : rules) {
      byId.put(rule.id(), rule);
    }
    Map<String, LintRule> used = new TreeMap<>();
    for (LintFinding finding : this.findings) {
      LintRule rule = byId.get(finding.ruleId());
      if (rule == null) {
        throw new IllegalArgumentException("no metadata for the rule " + finding.ruleId());
      }
      used.put(rule.id(), rule);
    }
    this.rules = List.copyOf(used.values());
    this.files = files;
    this.baselineApplied = baselineApplied;
  }

  /** Every finding, sorted by file, line, column and rule id. */
  public List<LintFinding> findings() {
    return findings;
  }

  /** The rules the findings name, sorted by id: one entry per rule id. */
  public List<LintRule> rules() {
    return rules;
  }

  /** How many catalog and pack files were read. */
  public int files() {
    return files;
  }

  /** Whether a baseline was compared against (SARIF then gives each result a baselineState). */
  public boolean baselineApplied() {
    return baselineApplied;
  }

  /** The number of new findings (neither baselined nor suppressed) of {@code severity}. */
  public int count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return (int) findings.stream().filter(f -> f.isNew() && f.severity() == severity).count();
  }

  /** The number of findings the baseline lists. */
  public int baselined() {
    return (int) findings.stream().filter(f -> f.baselined() && f.suppression().isEmpty()).count();
  }

  /** The number of findings a {@code tact-ignore} with a reason suppresses. */
  public int suppressed() {
    return (int) findings.stream().filter(f -> f.suppression().isPresent()).count();
  }

  /** Whether a new finding is at least as severe as {@code failOn} asks: the run fails. */
  public boolean exceeds(FailOn failOn) {
    Objects.requireNonNull(failOn, "failOn");
    return findings.stream().anyMatch(f -> f.isNew() && failOn.fails(f.severity()));
  }

  /**
   * One line for a person: {@code 1 error, 2 warnings in 4 files (2 baselined, 1 suppressed)}, or
   * {@code no findings in 4 files} ({@code no new findings …} when some were baselined or
   * suppressed). The counts are of new findings.
   */
  public String summary() {
    int errors = count(Severity.ERROR);
    int warnings = count(Severity.WARNING);
    int infos = count(Severity.INFO);
    boolean accepted = baselined() + suppressed() > 0;
    StringBuilder summary = new StringBuilder();
    if (errors + warnings + infos == 0) {
      summary.append(accepted ? "no new findings" : "no findings");
    } else {
      summary.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
      if (infos > 0) {
        summary.append(", ").append(infos).append(" info");
      }
    }
    summary.append(" in ").append(plural(files, "file"));
    if (accepted) {
      summary.append(" (").append(baselined()).append(" baselined, ")
          .append(suppressed()).append(" suppressed)");
    }
    return summary.toString();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** {@code LintReport[files=3, errors=1, warnings=2, info=0, baselined=0, suppressed=1]}. */
  @Override
  public String toString() {
    return "LintReport[files=" + files + ", errors=" + count(Severity.ERROR) + ", warnings="
        + count(Severity.WARNING) + ", info=" + count(Severity.INFO) + ", baselined="
        + baselined() + ", suppressed=" + suppressed() + "]";
  }
}

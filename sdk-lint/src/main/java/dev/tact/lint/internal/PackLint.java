package dev.tact.lint.internal;

import dev.tact.core.Severity;
import dev.tact.lint.LintFinding;
import dev.tact.rules.RulePack;
import dev.tact.rules.RulePackException;
import dev.tact.rules.ToneChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints one rule pack: schema and pattern errors as {@link RulePack#parse} reports them, then what
 * only merging it over the built-in packs shows (an unknown rule, a phrase id used twice), each at
 * its file, line and column.
 */
public final class PackLint {
  static final String INVALID = "pack.invalid";

  private PackLint() {}

  /** The findings of one pack file. */
  public static List<LintFinding> lint(LintInputs.SourceFile file) {
    if (file.text() == null) {
      return List.of(finding(file.name(), 0, 0, "the file is not UTF-8; save it as UTF-8"));
    }
    try {
      RulePack pack = RulePack.parse(file.text(), file.name());
      ToneChecker.builder().builtInPacks().pack(pack).build();
      return List.of();
    } catch (RulePackException e) {
      List<LintFinding> findings = new ArrayList<>();
      for (RulePackException.Problem problem : e.problems()) {
        findings.add(finding(problem.source().equals(file.name()) ? file.name() : file.name(),
            problem.line(), problem.column(), problem.source().equals(file.name())
                ? problem.message() : problem.source() + ": " + problem.message()));
      }
      return findings;
    }
  }

  private static LintFinding finding(String file, int line, int column, String message) {
    return new LintFinding(INVALID, Severity.ERROR, file, line, column, 0, 0, message, List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Fingerprint.of(INVALID, message),
        false, Optional.empty());
  }
}

package dev.tact.lint;

import dev.tact.core.Severity;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a rule that lint reports is, for reports that explain their rules (SARIF's
 * {@code tool.driver.rules}): from the rule SPI's metadata for {@code tone.*} rules, from lint's own
 * table for {@code template.*}, {@code privacy.personal-data} and {@code pack.invalid}.
 *
 * <pre>{@code
 * report.rules().get(0);
 * // LintRule[id=tone.minimizing, severity=WARNING, summary=Minimizing words ..., bad=[...], ...]
 * }</pre>
 *
 * @param id the stable rule id
 * @param severity the default severity, before the configuration
 * @param summary one line, no final period
 * @param rationale why it matters
 * @param bad examples the rule finds, the offending words marked with ⟦ and ⟧
 * @param good examples it leaves alone
 * @param helpUri the rule's reference page
 */
public record LintRule(String id, Severity severity, String summary, String rationale,
    List<String> bad, List<String> good, URI helpUri) {
  /** Validates that nothing is null and copies the lists. */
  public LintRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(rationale, "rationale");
    bad = List.copyOf(bad);
    good = List.copyOf(good);
    Objects.requireNonNull(helpUri, "helpUri");
  }
}

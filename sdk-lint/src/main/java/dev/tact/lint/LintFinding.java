package dev.tact.lint;

import dev.tact.core.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem lint found, where it is in the source file, and how the baseline and inline
 * suppressions treat it. Lines and columns are 1-based, columns in UTF-16 units (as editors and
 * SARIF count them); 0 when the problem concerns a whole file.
 *
 * <pre>{@code
 * // templates/en.yaml:12:18: warning tone.minimizing: 'just' makes the step sound trivial ...
 * finding.ruleId();   // "tone.minimizing"
 * finding.line();     // 12
 * finding.key();      // Optional[cart.help]
 * finding.variant();  // Optional[formality=casual]: the branch of the pattern it is in
 * }</pre>
 *
 * @param ruleId the stable rule id, such as {@code tone.minimizing} or {@code template.syntax}
 * @param severity the severity after the configuration
 * @param file the file as lint names it: the path given, resolved against the directory walked
 * @param line the 1-based start line, 0 if unknown
 * @param column the 1-based start column in UTF-16 units, 0 if unknown
 * @param endLine the 1-based end line, 0 if unknown
 * @param endColumn the 1-based column just after the last character, 0 if unknown
 * @param message what is wrong and what to do
 * @param suggestions better wordings, best first; may be empty
 * @param key the template key, for catalog findings about one template
 * @param locale the BCP 47 tag of the template's file ({@code root} for root), when known
 * @param variant the plural/select branches and formality of the rendered variant the finding is
 *     in, such as {@code count=one, formality=casual}; empty when it holds for every variant
 * @param fingerprint a hash of the rule, key, locale and offending text, stable when lines move
 * @param baselined whether the baseline lists this finding, so that it does not fail the run
 * @param suppression the {@code reason} of the {@code tact-ignore} that suppresses it, if any
 */
public record LintFinding(
    String ruleId,
    Severity severity,
    String file,
    int line,
    int column,
    int endLine,
    int endColumn,
    String message,
    List<String> suggestions,
    Optional<String> key,
    Optional<String> locale,
    Optional<String> variant,
    String fingerprint,
    boolean baselined,
    Optional<String> suppression) {

  /** Validates the fields and copies the suggestions. */
  public LintFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions);
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(suppression, "suppression");
    if (line < 0 || column < 0 || endLine < 0 || endColumn < 0) {
      throw new IllegalArgumentException("lines and columns are 1-based, or 0 when unknown");
    }
  }

  /** Whether the finding counts toward failing the run: neither baselined nor suppressed. */
  public boolean isNew() {
    return !baselined && suppression.isEmpty();
  }

  /** The same finding, marked as listed in the baseline. */
  public LintFinding asBaselined() {
    return new LintFinding(ruleId, severity, file, line, column, endLine, endColumn, message,
        suggestions, key, locale, variant, fingerprint, true, suppression);
  }

  /** {@code file:line:column: severity rule-id: message}, as a compiler prints it. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ").append(severity.name().toLowerCase(java.util.Locale.ROOT))
        .append(' ').append(ruleId).append(": ").append(message).toString();
  }
}

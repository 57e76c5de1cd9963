package dev.tact.rules;

import dev.tact.core.TactException;
import java.util.List;
import java.util.Objects;

/**
 * A rule pack, rule metadata file or vendor configuration that Tact cannot use: malformed YAML or
 * JSON, an unknown key, a pattern that breaks the pattern language, a rule id that no rule has. The
 * exception names the file, line and column of the first problem, says what to write instead, and
 * carries every problem found in the same load in {@link #problems()}.
 *
 * <p>Loading is all-or-nothing: when this is thrown, nothing of the pack was used, and a
 * {@link ToneChecker} or {@link dev.tact.Tact} built earlier keeps working as it did.
 *
 * <pre>{@code
 * try {
 *   RulePack.parse("language: en\nrule: tone.minimizing\nphrases:\n"
 *       + "  - id: easy\n    patterns: [\"(easy|simple\"]\n", "acme.yaml");
 * } catch (RulePackException e) {
 *   e.getMessage();
 *   // "acme.yaml:5:17: pattern '(easy|simple': '(' is never closed; add ')' after the last alternative"
 * }
 * }</pre>
 */
public final class RulePackException extends TactException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem in a pack.
   *
   * @param source the file or resource name
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param message what is wrong and what to write instead
   */
  public record Problem(String source, int line, int column, String message) {
    /** Validates the location. */
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(message, "message");
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
      }
    }

    /** {@code source:line:column: message}, leaving out what is unknown. */
    @Override
    public String toString() {
      return source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }
  }

  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<Problem> problems;

  /** An exception for one problem. */
  public RulePackException(String problem, String source, int line, int column) {
    this(List.of(new Problem(source, line, column, problem)));
  }

  /**
   * An exception for several problems found in one load; the first one gives the location.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RulePackException(List<Problem> problems) {
    super(describe(problems), first(problems).source(), first(problems).line(),
        first(problems).column(), null);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order; the first is the one the message leads with. */
  public List<Problem> problems() {
    return problems;
  }

  private static Problem first(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a RulePackException needs at least one problem");
    }
    return problems.get(0);
  }

  private static String describe(List<Problem> problems) {
    Problem first = first(problems);
    if (problems.size() == 1) {
      return first.message();
    }
    StringBuilder text = new StringBuilder(first.message());
    text.append(" (and ").append(problems.size() - 1).append(" more problem")
        .append(problems.size() > 2 ? "s" : "").append(':');
    for (Problem problem : problems.subList(1, problems.size())) {
      text.append("\n  ").append(problem);
    }
    return text.append(')').toString();
  }
}

package dev.tact.i18n;

import dev.tact.core.TactException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template catalog, template or render request that Tact cannot use: malformed YAML or JSON, an
 * ICU MessageFormat syntax error, arguments that differ between locales, a plural without the
 * branches a locale needs, a placeholder without a fallback, an unknown key. The exception names the
 * file, line and column of the first problem (inside the catalog file, not inside the pattern),
 * says what to do, and carries every problem found in the same load in {@link #problems()}, each
 * with the stable {@code template.*} id of its check.
 *
 * <p>Loading is all-or-nothing: when this is thrown, nothing of the catalog was used, and a
 * catalog or renderer built earlier keeps working as it did.
 *
 * <pre>{@code
 * try {
 *   TemplateCatalog.load(Path.of("templates"));
 * } catch (TemplateException e) {
 *   for (TemplateException.Problem p : e.problems()) {
 *     System.err.println(p); // templates/en.yaml:12:18: template.syntax: ...
 *   }
 * }
 * }</pre>
 */
public final class TemplateException extends TactException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem in a catalog or a render request.
   *
   * @param check the stable id of the check that found it, such as {@code template.syntax}
   * @param source the file or resource name, or {@code "<render>"} for a render request
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column in UTF-16 units, or 0 when unknown
   * @param message what is wrong and what to do
   */
  public record Problem(String check, String source, int line, int column, String message) {
    /** Validates the location. */
    public Problem {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(message, "message");
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
      }
    }

    /** {@code source:line:column: check: message}, leaving out what is unknown. */
    @Override
    public String toString() {
      return source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
          + check + ": " + message;
    }
  }

  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<Problem> problems;

  /** An exception for one problem. */
  public TemplateException(String check, String problem, String source, int line, int column) {
    this(List.of(new Problem(check, source, line, column, problem)), null);
  }

  /**
   * An exception for several problems found in one load; the first one gives the location.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public TemplateException(List<Problem> problems) {
    this(problems, null);
  }

  /**
   * An exception for several problems, with the exception that revealed the first one.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public TemplateException(List<Problem> problems, @Nullable Throwable cause) {
    super(describe(problems), first(problems).source(), first(problems).line(),
        first(problems).column(), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order; the first is the one the message leads with. */
  public List<Problem> problems() {
    return problems;
  }

  /** The check id of the first problem, such as {@code template.syntax}. */
  public String check() {
    return problems.get(0).check();
  }

  private static Problem first(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a TemplateException needs at least one problem");
    }
    return problems.get(0);
  }

  private static String describe(List<Problem> problems) {
    Problem first = first(problems);
    String lead = first.check() + ": " + first.message();
    if (problems.size() == 1) {
      return lead;
    }
    StringBuilder text = new StringBuilder(lead);
    text.append(" (and ").append(problems.size() - 1).append(" more problem")
        .append(problems.size() > 2 ? "s" : "").append(':');
    for (Problem problem : problems.subList(1, problems.size())) {
      text.append("\n  ").append(problem);
    }
    return text.append(')').toString();
  }
}

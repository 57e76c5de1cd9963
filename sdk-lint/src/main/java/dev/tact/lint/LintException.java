package dev.tact.lint;

import dev.tact.core.TactException;
import org.jspecify.annotations.Nullable;

/**
 * Lint cannot run: a path that does not exist or cannot be read, a malformed {@code .tact.yaml}
 * or baseline file. Problems found <em>in</em> catalogs and packs are findings, never this.
 *
 * <pre>{@code
 * try {
 *   linter.lint(List.of(Path.of("templtes")));
 * } catch (LintException e) {
 *   System.err.println(e.getMessage()); // "templtes: no such file or directory; check the path"
 * }
 * }</pre>
 */
public final class LintException extends TactException {
  private static final long serialVersionUID = 1L;

  /** A problem at a place in a file; line and column 0 when unknown. */
  public LintException(String problem, @Nullable String source, int line, int column) {
    super(problem, source, line, column, null);
  }

  /** A problem with the exception that revealed it. */
  public LintException(String problem, @Nullable String source, @Nullable Throwable cause) {
    super(problem, source, 0, 0, cause);
  }
}

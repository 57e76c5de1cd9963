package dev.tact.lint;

import dev.tact.core.Severity;

/**
 * The least severe finding that fails a lint run ({@code --fail-on}).
 *
 * <pre>{@code
 * report.exceeds(FailOn.WARNING);   // true when a new error or warning was found
 * }</pre>
 */
public enum FailOn {
  /** Errors fail the run. */
  ERROR,
  /** Errors and warnings fail the run. */
  WARNING,
  /** Nothing fails the run; the findings are only reported. */
  NEVER;

  /** Whether a finding of {@code severity} fails the run. */
  public boolean fails(Severity severity) {
    return switch (this) {
      case ERROR -> severity == Severity.ERROR;
      case WARNING -> severity.isAtLeast(Severity.WARNING);
      case NEVER -> false;
    };
  }
}

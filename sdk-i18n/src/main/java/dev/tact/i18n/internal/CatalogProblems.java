package dev.tact.i18n.internal;

import dev.tact.core.TextPosition;
import dev.tact.i18n.TemplateException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The errors and warnings of one catalog load, each at a file position, sorted for reporting. */
public final class CatalogProblems {
  private record Found(int file, int offset, Problem problem) {}

  private static final Comparator<Found> ORDER =
      Comparator.comparingInt(Found::file).thenComparingInt(Found::offset);

  private final List<Found> errors = new ArrayList<>();
  private final List<Found> warnings = new ArrayList<>();

  /** Adds an error at {@code offset} of file number {@code file}. */
  public void error(String check, int file, String source, SourceLines lines, int offset,
      String message) {
    errors.add(found(check, file, source, lines, offset, message));
  }

  /** Adds an error about a whole file (line and column unknown). */
  public void fileError(String check, int file, String source, String message) {
    errors.add(new Found(file, -1, new Problem(check, source, 0, 0, message)));
  }

  /** Adds a warning at {@code offset} of file number {@code file}. */
  public void warning(String check, int file, String source, SourceLines lines, int offset,
      String message) {
    warnings.add(found(check, file, source, lines, offset, message));
  }

  /** Adds a warning about a whole file. */
  public void fileWarning(String check, int file, String source, String message) {
    warnings.add(new Found(file, -1, new Problem(check, source, 0, 0, message)));
  }

  /** Whether any error was found. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The errors in file order. */
  public List<Problem> errors() {
    return sorted(errors);
  }

  /** The warnings in file order. */
  public List<Problem> warnings() {
    return sorted(warnings);
  }

  private static Found found(String check, int file, String source, SourceLines lines, int offset,
      String message) {
    TextPosition at = lines.position(offset);
    return new Found(file, offset, new Problem(check, source, at.line(), at.column(), message));
  }

  private static List<Problem> sorted(List<Found> found) {
    List<Found> copy = new ArrayList<>(found);
    copy.sort(ORDER);
    List<Problem> problems = new ArrayList<>(copy.size());
    for (Found f : copy) {
      problems.add(f.problem());
    }
    return List.copyOf(problems);
  }
}

package dev.tact.rules.internal;

import dev.tact.rules.RulePackException;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load, so that one exception reports them all. */
public final class Problems {
  private final List<RulePackException.Problem> problems = new ArrayList<>();

  /** A problem at a location of a source. */
  public void add(String source, Node.Location at, String message) {
    add(source, at.line(), at.column(), message);
  }

  /** A problem at a line and column of a source (0 when unknown). */
  public void add(String source, int line, int column, String message) {
    problems.add(new RulePackException.Problem(source, line, column, message));
  }

  /** Every problem of a {@link RulePackException}. */
  public void addAll(RulePackException e) {
    problems.addAll(e.problems());
  }

  /** How many problems were found so far. */
  public int size() {
    return problems.size();
  }

  /** Whether no problem was found. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws one exception carrying every problem, if there is any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
  }
}

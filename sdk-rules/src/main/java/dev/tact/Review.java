package dev.tact;

import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.rules.Mood;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Tact has to say about one draft reply: the tone findings, sorted by span, and the customer's
 * mood they were judged against.
 *
 * <pre>{@code
 * Review review = tact.review(draft, conversation);
 * if (review.hasFindingsAtLeast(Severity.ERROR)) {
 *   for (Finding finding : review.findings()) {
 *     ui.underline(finding.span(), finding.message(), finding.suggestions());
 *   }
 * }
 * }</pre>
 *
 * <p><b>Escalation comes later.</b> Whether the reply may go out publicly or must move to a DM (the
 * route, its reasons, the sender's likely kind, and whether the draft itself leaks personal data) is
 * added to this class by the escalation work (issue 5, {@code dev.tact.rules.escalation}), as a new
 * accessor {@code escalation()}. A review has no such accessor until then, rather than one that
 * answers a made-up value. This class has no public constructor so that the accessor can be added
 * without breaking callers.
 */
public final class Review {
  private final List<Finding> findings;
  private final Mood mood;

  Review(List<Finding> findings, Mood mood) {
    this.findings = List.copyOf(findings);
    this.mood = Objects.requireNonNull(mood, "mood");
  }

  /** The tone findings, sorted by span and then rule id; empty for a clean draft. */
  public List<Finding> findings() {
    return findings;
  }

  /** The customer's mood, read from the messages the draft answers. */
  public Mood mood() {
    return mood;
  }

  /** Whether any finding is at least as severe as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    for (Finding finding : findings) {
      if (finding.severity().isAtLeast(threshold)) {
        return true;
      }
    }
    return false;
  }

  /** Whether there is no finding at all. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Review other && findings.equals(other.findings) && mood == other.mood;
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, mood);
  }

  @Override
  public String toString() {
    return "Review{mood=" + mood + ", findings=" + findings + "}";
  }
}

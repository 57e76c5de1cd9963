package dev.tact;

import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.rules.Mood;
import dev.tact.rules.escalation.Escalation;
import dev.tact.rules.escalation.Route;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Tact has to say about one draft reply: the findings (tone, and personal data in a public
 * reply), sorted by span, the customer's mood they were judged against, and the {@link Escalation}:
 * whether the reply may go out in public or the conversation should move to a DM, why, and who the
 * sender looks like.
 *
 * <pre>{@code
 * Review review = tact.review(draft, conversation);
 * if (review.hasFindingsAtLeast(Severity.ERROR)) {
 *   for (Finding finding : review.findings()) {
 *     ui.underline(finding.span(), finding.message(), finding.suggestions());
 *   }
 * }
 * if (review.escalation().route() == Route.PRIVATE) {
 *   ui.suggestDm(review.escalation().reasons());
 * }
 * }</pre>
 *
 * <p>A draft for a public channel that holds personal data is {@linkplain Escalation#blocking()
 * blocking}, and each value is also a {@code privacy.personal-data} finding (severity error) among
 * the tone findings. This class has no public constructor so that accessors can be added without
 * breaking callers.
 */
public final class Review {
  private final List<Finding> findings;
  private final Mood mood;
  private final Escalation escalation;

  Review(List<Finding> findings, Mood mood, Escalation escalation) {
    this.findings = List.copyOf(findings);
    this.mood = Objects.requireNonNull(mood, "mood");
    this.escalation = Objects.requireNonNull(escalation, "escalation");
  }

  /**
   * The findings, sorted by span and then rule id: the tone findings and, for a draft on a public
   * channel, a {@code privacy.personal-data} finding per piece of personal data; empty for a clean
   * draft.
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Whether the reply may go out in public ({@link Route#PUBLIC}) or the conversation should move to
   * a DM, the reasons, the sender's likely kind, whether the draft is blocking, and the evidence.
   */
  public Escalation escalation() {
    return escalation;
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
    return o instanceof Review other && findings.equals(other.findings) && mood == other.mood
        && escalation.equals(other.escalation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, mood, escalation);
  }

  @Override
  public String toString() {
    return "Review{mood=" + mood + ", findings=" + findings + ", escalation=" + escalation + "}";
  }
}

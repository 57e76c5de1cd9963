package dev.tact.examples.helpdesk;

import dev.tact.core.Finding;
import dev.tact.core.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One finding as the composer shows it: the words to underline, how bad it is, and the best
 * wording to offer in place of them.
 *
 * <pre>{@code
 * Mark mark = Mark.of(finding, "Please just reinstall the app.");
 * mark.words();        // "just reinstall"
 * mark.suggestion();   // "Could you try …", or null when the rule has none
 * }</pre>
 *
 * @param ruleId the rule that found it, such as {@code tone.minimizing}
 * @param severity how bad it is; an error blocks sending
 * @param words the marked words, exactly as the agent typed them
 * @param message what is wrong, for the tooltip
 * @param suggestion the best wording to offer instead, or null when there is none
 */
public record Mark(String ruleId, Severity severity, String words, String message,
    @Nullable String suggestion) {

  /** The mark for {@code finding} in {@code draft}, the text the finding's span points into. */
  public static Mark of(Finding finding, String draft) {
    return new Mark(finding.ruleId(), finding.severity(), finding.span().in(draft),
        finding.message(), finding.suggestions().isEmpty() ? null : finding.suggestions().get(0));
  }
}

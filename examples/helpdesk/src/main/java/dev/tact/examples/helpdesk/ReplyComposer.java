package dev.tact.examples.helpdesk;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import dev.tact.i18n.HandoffReply;
import dev.tact.rules.escalation.Escalation;
import dev.tact.rules.escalation.EscalationPolicy;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The helpdesk's reply composer: called on every keystroke with the agent's draft so far, it
 * answers what the panel under the text box shows ({@link ComposerView}).
 *
 * <pre>{@code
 * ReplyComposer composer = helpdesk.composer();                 // one for every thread
 * ComposerView view = composer.show(ticket, textBox.getText(), Instant.now());
 * panel.paint(view);
 * }</pre>
 *
 * <p>A keystroke costs one {@link Tact#review} (tens of microseconds: no I/O, nothing built or
 * loaded, the rule automata were read at start-up) and, when the route is private on a public
 * channel, one render of the handoff reply. The composer holds only the shared, immutable {@link
 * Tact}, so one instance serves every agent's thread at once.
 */
public final class ReplyComposer {
  private final Tact tact;

  /** A composer that reviews with {@code tact}, built once at start-up and shared. */
  public ReplyComposer(Tact tact) {
    this.tact = Objects.requireNonNull(tact, "tact");
  }

  /**
   * What the composer shows for {@code draft}, the agent's reply to {@code ticket} so far.
   *
   * <p>Findings that reach into the word the agent is still typing are held back from the marks
   * until the word is finished ("Please just reins" is not yet "just reinstall", and a draft of one
   * letter lacks an acknowledgement only for now); they still count for the send button, since
   * sending would send the draft as it is.
   *
   * @param now the instant of the keystroke, for the handoff reply's greeting
   */
  public ComposerView show(Ticket ticket, String draft, Instant now) {
    Review review = tact.review(new Draft(draft, ticket.language(), ticket.channel()),
        ticket.conversation());
    Escalation escalation = review.escalation();
    int typing = wordInProgress(draft, ticket.language());
    List<Finding> shown = new ArrayList<>(review.findings().size());
    for (Finding finding : review.findings()) {
      if (finding.span().end() <= typing) {
        shown.add(finding);
      }
    }
    List<Mark> marks = new ArrayList<>(shown.size());
    boolean personalDataShown = false;
    for (Finding finding : shown) {
      marks.add(Mark.of(finding, draft));
      personalDataShown |= finding.ruleId().equals(EscalationPolicy.PERSONAL_DATA_RULE);
    }
    // On a DM, e-mail or chat a private route is already satisfied: nothing to offer.
    String handoff = ticket.channel().isPublic()
        ? tact.handoff(review, ticket.customer(), ticket.channel(), now)
            .map(HandoffReply::text).orElse(null)
        : null;
    return new ComposerView(
        marked(draft, shown),
        marks,
        review.findings().size() - shown.size(),
        escalation.route(),
        escalation.reasons(),
        review.hasFindingsAtLeast(Severity.ERROR),
        personalDataShown ? escalation.redactedDraft() : null,
        handoff);
  }

  /**
   * Where the word the agent is still typing starts: the start of the last word when the draft
   * ends in a letter or digit, else the draft's length (the cursor is between words).
   */
  private static int wordInProgress(String draft, Locale language) {
    if (draft.isEmpty() || !Character.isLetterOrDigit(draft.codePointBefore(draft.length()))) {
      return draft.length();
    }
    BreakIterator words = BreakIterator.getWordInstance(language);
    words.setText(draft);
    int start = words.preceding(draft.length());
    return start == BreakIterator.DONE ? 0 : start;
  }

  /** The draft with the findings' words in ⟦ ⟧; overlapping findings share one mark. */
  private static String marked(String draft, List<Finding> findings) {
    StringBuilder out = new StringBuilder(draft.length() + 4 * findings.size());
    int written = 0;
    int i = 0;
    while (i < findings.size()) {
      Span span = findings.get(i).span();
      int start = Math.max(span.start(), written);
      int end = span.end();
      // Findings are sorted by span: extend this mark over every finding that overlaps it.
      while (++i < findings.size() && findings.get(i).span().start() < end) {
        end = Math.max(end, findings.get(i).span().end());
      }
      if (end <= start) {
        continue;
      }
      out.append(draft, written, start).append('⟦').append(draft, start, end).append('⟧');
      written = end;
    }
    return out.append(draft, written, draft.length()).toString();
  }
}

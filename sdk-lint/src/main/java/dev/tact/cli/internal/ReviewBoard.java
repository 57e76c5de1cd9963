package dev.tact.cli.internal;

import dev.tact.Review;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Span;
import dev.tact.rules.Mood;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One reviewed draft as a reply composer shows it to the agent: the customer's message, the draft
 * with the words each finding is about marked, then per finding its severity, rule, message and best
 * suggestion.
 *
 * <pre>
 * Voltline Electronics, x.reply (en), customer upset
 *   customer  Third time asking!! The app still crashes when I log in 😡
 *   draft     Sorry about this, Sam. Please ⟦just restart⟧ the app and log in again.
 *   error     tone.minimizing: 'just' makes the step sound trivial to someone for whom it has not worked
 *             instead: Could you try …
 * </pre>
 */
final class ReviewBoard {
  /** Opens a marked span. */
  static final String OPEN = "⟦";
  /** Closes a marked span. */
  static final String CLOSE = "⟧";
  private static final String INDENT = "  ";
  private static final int LABEL_WIDTH = 10;

  private ReviewBoard() {}

  /** The lines for one reviewed draft, without trailing spaces. */
  static List<String> lines(SampleDraft sample, Review review) {
    Draft draft = sample.draft();
    List<String> lines = new ArrayList<>();
    lines.add(sample.brand() + ", " + draft.channel().id() + " (" + draft.locale().toLanguageTag() + "), "
        + mood(review));
    lines.add(row("customer", sample.inbound()));
    lines.add(row("draft", marked(draft.text(), review.findings())));
    if (review.isClean()) {
      lines.add(row("ok", "no findings: ready to send"));
    }
    for (Finding finding : review.findings()) {
      lines.add(row(finding.severity().name().toLowerCase(Locale.ROOT), finding.ruleId() + ": " + finding.message()));
      if (!finding.suggestions().isEmpty()) {
        lines.add(row("", "instead: " + finding.suggestions().get(0)));
      }
    }
    return lines;
  }

  /**
   * The text with every finding's words between {@link #OPEN} and {@link #CLOSE}; findings whose
   * spans overlap or touch share one mark, and empty spans get none.
   */
  static String marked(String text, List<Finding> findings) {
    List<Span> spans = new ArrayList<>();
    for (Finding finding : findings) {
      if (!finding.span().isEmpty()) {
        spans.add(finding.span());
      }
    }
    spans.sort(null);
    StringBuilder out = new StringBuilder(text.length() + 8 * spans.size());
    int written = 0;
    int i = 0;
    while (i < spans.size()) {
      int start = spans.get(i).start();
      int end = spans.get(i).end();
      for (i++; i < spans.size() && spans.get(i).start() <= end; i++) {
        end = Math.max(end, spans.get(i).end());
      }
      out.append(text, written, start).append(OPEN).append(text, start, end).append(CLOSE);
      written = end;
    }
    return out.append(text, written, text.length()).toString();
  }

  /** "customer upset", or that the mood is unknown. */
  static String mood(Review review) {
    return review.mood() == Mood.UNKNOWN ? "customer's mood unknown" : "customer " + review.mood().key();
  }

  /** An indented row: the label in its column, then the text. */
  static String row(String label, String text) {
    return (INDENT + label + " ".repeat(LABEL_WIDTH - label.length()) + text).stripTrailing();
  }
}

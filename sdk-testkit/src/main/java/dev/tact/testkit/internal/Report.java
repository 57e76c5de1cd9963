package dev.tact.testkit.internal;

import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import java.util.List;
import java.util.Locale;

/**
 * The text of an assertion failure: a headline that says what was expected and what was found,
 * then the reply with its setting, then blocks of findings, each with the reply marked at the
 * finding, the rule, its message and its suggestions.
 *
 * <pre>{@code
 * Expected no findings, but found 1.
 *
 * Reply (en, public, mood upset):
 *   Please just restart the app.
 *
 * Findings:
 *   1. tone.minimizing (error)
 *      Please ⟦just restart⟧ the app.
 *      'just' makes the step sound trivial to someone for whom it has not worked
 *      Try: "Could you try …" | "The next step is to …"
 * }</pre>
 */
public final class Report {
  private final StringBuilder text = new StringBuilder();

  private Report(String headline) {
    text.append(headline).append('\n');
  }

  /** Starts a report with its headline, one sentence ending with a period. */
  public static Report headline(String headline) {
    return new Report(headline);
  }

  /** Adds the reply, unmarked, with how it was reviewed. */
  public Report reply(ReviewedReply reply) {
    text.append("\nReply (").append(reply.setting()).append("):\n  ")
        .append(Marks.plain(reply.text())).append('\n');
    return this;
  }

  /** Adds a titled block of findings, or the title and "none" when there are none. */
  public Report findings(String title, List<Finding> findings, String replyText) {
    text.append('\n').append(title).append(':');
    if (findings.isEmpty()) {
      text.append(" none\n");
      return this;
    }
    text.append('\n');
    int number = 1;
    for (Finding finding : findings) {
      String label = "  " + number++ + ". ";
      String indent = " ".repeat(label.length());
      text.append(label).append(finding.ruleId()).append(" (").append(name(finding.severity()))
          .append(")\n");
      text.append(indent).append(Marks.mark(replyText, finding.span())).append('\n');
      text.append(indent).append(finding.message()).append('\n');
      if (!finding.suggestions().isEmpty()) {
        text.append(indent).append("Try: ");
        for (int i = 0; i < finding.suggestions().size(); i++) {
          text.append(i == 0 ? "" : " | ").append('"').append(finding.suggestions().get(i))
              .append('"');
        }
        text.append('\n');
      }
      if (finding.replacement() != null) {
        text.append(indent).append("Fix: replace with \"").append(finding.replacement())
            .append("\"\n");
      }
    }
    return this;
  }

  /** Adds a titled block of lines. */
  public Report block(String title, List<String> lines) {
    text.append('\n').append(title).append(":\n");
    for (String line : lines) {
      text.append("  ").append(line).append('\n');
    }
    return this;
  }

  /** The report, ending with a line break. */
  public String build() {
    return text.toString();
  }

  /** A severity as the report writes it: {@code error}, {@code warning}, {@code info}. */
  public static String name(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  /** A span as the report writes it: the words it covers, marked, such as {@code ⟦just restart⟧}. */
  public static String words(String text, Span span) {
    return Marks.OPEN + Marks.plain(span.in(text)) + Marks.CLOSE;
  }
}

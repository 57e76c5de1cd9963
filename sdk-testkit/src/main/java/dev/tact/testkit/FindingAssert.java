package dev.tact.testkit;

import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import dev.tact.testkit.internal.Marks;
import dev.tact.testkit.internal.Report;
import dev.tact.testkit.internal.ReviewedReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on the findings of one rule in a reply, from {@link ReplyAssert#hasFinding(String)}.
 * Each assertion keeps the findings that pass it, so that chained assertions must hold for the same
 * finding:
 *
 * <pre>{@code
 * assertThat("Please just restart the app, or simply reinstall it.")
 *     .toUpsetCustomer()
 *     .hasFinding("tone.minimizing")
 *     .at("simply reinstall")             // one of the two findings is exactly there,
 *     .withSeverity(Severity.ERROR);      // and that one is an error
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FindingAssert {
  private final ReviewedReply reply;
  private final String ruleId;
  private final List<Finding> findings;

  FindingAssert(ReviewedReply reply, String ruleId, List<Finding> findings) {
    this.reply = reply;
    this.ruleId = ruleId;
    this.findings = List.copyOf(findings);
  }

  /**
   * Asserts that a finding covers exactly these words of the reply: no more, no less.
   *
   * <pre>{@code
   * assertThat("アプリを再起動するだけで直ります。").inLocale(Locale.JAPANESE)
   *     .hasFinding("tone.minimizing").at("再起動するだけで直ります");
   * }</pre>
   *
   * @param words the words as they are written in the reply
   * @throws IllegalArgumentException if {@code words} is empty
   * @throws AssertionFailedError saying where the rule's findings are instead; its expected value
   *     is the reply marked at the first occurrence of {@code words}, its actual value the reply
   *     marked at the findings
   */
  public FindingAssert at(String words) {
    Objects.requireNonNull(words, "words");
    if (words.isEmpty()) {
      throw new IllegalArgumentException("at(...) needs the words the finding covers, got \"\"");
    }
    String text = reply.text();
    List<Finding> matching = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.span().in(text).equals(words)) {
        matching.add(finding);
      }
    }
    if (matching.isEmpty()) {
      String wanted = Marks.OPEN + Marks.plain(words) + Marks.CLOSE;
      int index = text.indexOf(words);
      if (index < 0) {
        throw new AssertionFailedError(Report.headline("Expected the " + ruleId + " finding at "
                + wanted + ", but the reply has no such words.")
            .reply(reply).findings("Findings of " + ruleId, findings, text).build());
      }
      List<Span> actual = new ArrayList<>();
      List<String> places = new ArrayList<>();
      for (Finding finding : findings) {
        actual.add(finding.span());
        places.add(Report.words(text, finding.span()));
      }
      throw new AssertionFailedError(Report.headline("Expected the " + ruleId + " finding at "
              + wanted + ", but " + (findings.size() == 1 ? "it is" : "they are") + " at "
              + String.join(", ", places) + ".")
          .reply(reply).findings("Findings of " + ruleId, findings, text).build(),
          Marks.mark(text, new Span(index, index + words.length())), Marks.mark(text, actual));
    }
    return new FindingAssert(reply, ruleId, matching);
  }

  /**
   * Asserts that a finding has this severity. Severities depend on the customer's mood: see
   * {@link ReplyAssert#toUpsetCustomer()}.
   *
   * @throws AssertionFailedError with the severity of each finding of the rule
   */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<Finding> matching = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.severity() == severity) {
        matching.add(finding);
      }
      found.add(Report.name(finding.severity()) + " at " + Report.words(reply.text(),
          finding.span()));
    }
    if (matching.isEmpty()) {
      throw new AssertionFailedError(Report.headline("Expected " + ruleId + " with severity "
              + Report.name(severity) + ", but found " + String.join(", ", found) + ".")
          .reply(reply).findings("Findings of " + ruleId, findings, reply.text()).build(),
          Report.name(severity), severities());
    }
    return new FindingAssert(reply, ruleId, matching);
  }

  /** The findings that passed every assertion so far, in text order, for checks of your own. */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public String toString() {
    return "FindingAssert{" + ruleId + " " + findings + "}";
  }

  private String severities() {
    List<String> names = new ArrayList<>();
    for (Finding finding : findings) {
      names.add(Report.name(finding.severity()));
    }
    return String.join(", ", names);
  }
}

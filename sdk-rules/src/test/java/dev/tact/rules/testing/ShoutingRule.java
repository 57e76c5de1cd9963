package dev.tact.rules.testing;

import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import dev.tact.rules.Mood;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleContext;
import dev.tact.rules.RuleExamples;
import dev.tact.rules.RuleMetadata;
import java.util.List;

/**
 * A code rule for the tests, found through {@code META-INF/services} in the test resources: a
 * draft written all in capitals, in any language that has them. It proves that code rules plug in
 * through {@link java.util.ServiceLoader}, run for languages without packs, and carry examples that
 * the generic example test runs.
 */
public final class ShoutingRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builder("test.shouting")
      .severity(Severity.INFO)
      .severity(Mood.UPSET, Severity.WARNING)
      .summary("A reply in capitals reads as shouting")
      .rationale("Capitals read as anger in writing; an upset customer hears it loudest.")
      .requirements("T6")
      .examples(new RuleExamples("*",
          List.of("⟦PLEASE RESTART THE ROUTER⟧", "  ⟦WIR KÜMMERN UNS DARUM!⟧ "),
          List.of("Please restart the router.", "Please check the LED on the ISP box.", "再起動してください。"),
          null))
      .build();

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    String text = context.draft().text();
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return List.of();
      }
      if (Character.isUpperCase(c)) {
        letters++;
      }
    }
    if (letters < 10) {
      return List.of();
    }
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return List.of(context.finding(new Span(start, end), "Write in sentence case", List.of()));
  }
}

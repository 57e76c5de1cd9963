package dev.tact.rules.internal.code;

import dev.tact.core.Finding;
import dev.tact.core.Span;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleContext;
import dev.tact.rules.RuleMetadata;
import java.util.List;

/**
 * {@code tone.no-acknowledgement} (T14): a reply to an upset customer (the metadata turns the rule
 * off for every other mood) that holds neither an acknowledgement of the problem ("sorry",
 * "I understand", "that's frustrating", "thanks for letting us know", 「ご不便」「お困り」) nor a
 * way forward (a fix, a next step, "we're looking into it", 「確認いたします」「対応中」), from
 * {@code dev/tact/rules/code/no-acknowledgement.yaml}. Both lists are generous on purpose: the rule
 * speaks only when a reply has none of them, and then reports the whole draft.
 */
public final class NoAcknowledgementRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builtIn("tone.no-acknowledgement");
  static final Lexicon WORDS =
      Lexicon.load("no-acknowledgement", List.of("acknowledgement", "way-forward"), List.of());

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (!WORDS.covers(context.language()) || !WORDS.find(context.text()).isEmpty()) {
      return List.of();
    }
    Span whole = Replies.trimmed(context.draft().text());
    if (whole.start() == whole.end()) {
      return List.of();
    }
    return List.of(context.finding(whole,
        "An upset customer gets neither an acknowledgement of the problem nor a way forward",
        List.of("Acknowledge the problem, then say what you are doing about it and when")));
  }
}

package dev.tact.rules.internal.code;

import dev.tact.core.Finding;
import dev.tact.core.Span;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleContext;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.TextView;
import java.util.List;

/**
 * {@code tone.no-acknowledgement} (T14): a reply to an upset customer (the metadata turns the rule
 * off for every other mood) that holds neither an acknowledgement of the problem ("sorry",
 * "I understand", "that's frustrating", "it's not your fault", 「ご不便」「お困り」) nor a way
 * forward (a fix, a next step, an instruction, a scheduled visit, a link, "we're looking into it",
 * 「確認いたします」「対応中」), from {@code dev/tact/rules/code/no-acknowledgement.yaml}. A question
 * to the customer counts as a way forward too, unless its sentence opens with a
 * {@code pitch-question} ("why not try our Premium plan?"), which sells rather than solves. The
 * lists are generous on purpose: the rule speaks only when a reply has none of them, and then
 * reports the whole draft.
 *
 * <p>A way forward counts inside quotation marks too, since buttons and commands are quoted ("tap
 * 'Resend code'"); an acknowledgement or a question counts only in the reply's own words, not in
 * the customer's words quoted back («¿Hice algo mal?»).
 */
public final class NoAcknowledgementRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builtIn("tone.no-acknowledgement");
  static final Lexicon WORDS = Lexicon.load("no-acknowledgement",
      List.of("acknowledgement", "way-forward", "question", "pitch-question"), List.of(),
      List.of("no-acknowledgement"));

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (!WORDS.covers(context.language()) || answers(context)) {
      return List.of();
    }
    Span whole = Replies.trimmed(context.draft().text());
    if (whole.start() == whole.end()) {
      return List.of();
    }
    Lexicon.Wording wording = WORDS.wording(context.language(), "no-acknowledgement");
    return List.of(context.finding(whole, wording.message(), wording.suggestions()));
  }

  /** Whether the reply acknowledges the problem or offers a way forward. */
  private static boolean answers(RuleContext context) {
    TextView view = context.text();
    List<Lexicon.Hit> hits = WORDS.findAnywhere(view);
    String text = view.normalized();
    for (Lexicon.Hit hit : hits) {
      switch (hit.list()) {
        case "way-forward" -> {
          return true;
        }
        case "acknowledgement" -> {
          if (!view.isQuoted(hit.start(), hit.end())) {
            return true;
          }
        }
        case "question" -> {
          if (!view.isQuoted(hit.start(), hit.end()) && !pitched(hits, text, hit)) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  /** Whether a pitch-question lies in the sentence that the question mark {@code question} ends. */
  private static boolean pitched(List<Lexicon.Hit> hits, String text, Lexicon.Hit question) {
    int sentence = question.start();
    while (sentence > 0 && ".!?。！？\n".indexOf(text.charAt(sentence - 1)) < 0) {
      sentence--;
    }
    for (Lexicon.Hit hit : hits) {
      if (hit.list().equals("pitch-question") && hit.start() >= sentence
          && hit.start() < question.start()) {
        return true;
      }
    }
    return false;
  }
}

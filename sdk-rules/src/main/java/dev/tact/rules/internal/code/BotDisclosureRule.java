package dev.tact.rules.internal.code;

import dev.tact.core.Author;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleContext;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.TextView;
import java.util.List;

/**
 * {@code tone.bot-disclosure} (T11) for drafts written by a bot: the bot must say it is automated
 * ("I'm Acme's virtual assistant", "automated reply", 「自動応答」) and offer a way to a person
 * ("reply 'agent'", "talk to a person", 「オペレーターにおつなぎ」), in the draft or in an earlier
 * brand message of the conversation (saying it once per conversation is enough). A draft that
 * lacks either is reported as a whole. The way to a person counts inside quotation marks too (the
 * word to type is usually quoted); the disclosure must be in the reply's own words. Word lists: {@code dev/tact/rules/code/bot-disclosure.yaml}.
 *
 * <p>Only drafts that say a bot wrote them ({@link dev.tact.core.Draft#automated()}) are checked: on
 * a person's draft the rule never reports.
 */
public final class BotDisclosureRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builtIn("tone.bot-disclosure");
  static final Lexicon WORDS =
      Lexicon.load("bot-disclosure", List.of("disclosure", "handoff"), List.of(),
          List.of("neither", "not-disclosed", "no-handoff"));

  private static final int DISCLOSED = 1;
  private static final int HANDOFF = 2;
  private static final int BOTH = DISCLOSED | HANDOFF;

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (!context.draft().automated() || !WORDS.covers(context.language())) {
      return List.of();
    }
    int said = said(context.text());
    for (Message message : context.conversation().messages()) {
      if (said == BOTH) {
        break;
      }
      if (message.author() == Author.BRAND) {
        said |= said(TextView.of(message.text(), context.text().locale()));
      }
    }
    boolean disclosed = (said & DISCLOSED) != 0;
    boolean handoff = (said & HANDOFF) != 0;
    if (disclosed && handoff) {
      return List.of();
    }
    Span whole = Replies.trimmed(context.draft().text());
    if (whole.start() == whole.end()) {
      return List.of();
    }
    String finding = disclosed ? "no-handoff" : handoff ? "not-disclosed" : "neither";
    Lexicon.Wording wording = WORDS.wording(context.language(), finding);
    return List.of(context.finding(whole, wording.message(), wording.suggestions()));
  }

  /**
   * What {@code view} says: {@link #DISCLOSED} and {@link #HANDOFF} bits. A way to a person counts
   * inside a quotation too, since the word to type is quoted (「「有人チャット」と入力してください」,
   * "reply 'agent'"); saying that the reply is automated counts only in the reply's own words.
   */
  private static int said(TextView view) {
    int said = 0;
    for (Lexicon.Hit hit : WORDS.findAnywhere(view)) {
      if (hit.list().equals("handoff")) {
        said |= HANDOFF;
      } else if (hit.list().equals("disclosure") && !view.isQuoted(hit.start(), hit.end())) {
        said |= DISCLOSED;
      }
    }
    return said;
  }
}

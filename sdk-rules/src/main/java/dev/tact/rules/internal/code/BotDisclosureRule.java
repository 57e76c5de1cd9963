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
 * lacks either is reported as a whole. Word lists: {@code dev/tact/rules/code/bot-disclosure.yaml}.
 *
 * <p>Only drafts that say a bot wrote them ({@link dev.tact.core.Draft#automated()}) are checked: on
 * a person's draft the rule never reports.
 */
public final class BotDisclosureRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builtIn("tone.bot-disclosure");
  static final Lexicon WORDS =
      Lexicon.load("bot-disclosure", List.of("disclosure", "handoff"), List.of());

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (!context.draft().automated() || !WORDS.covers(context.language())) {
      return List.of();
    }
    boolean disclosed = false;
    boolean handoff = false;
    for (Lexicon.Hit hit : WORDS.find(context.text())) {
      disclosed |= hit.list().equals("disclosure");
      handoff |= hit.list().equals("handoff");
    }
    for (Message message : context.conversation().messages()) {
      if (disclosed && handoff) {
        break;
      }
      if (message.author() == Author.BRAND) {
        for (Lexicon.Hit hit : WORDS.find(TextView.of(message.text(), context.text().locale()))) {
          disclosed |= hit.list().equals("disclosure");
          handoff |= hit.list().equals("handoff");
        }
      }
    }
    if (disclosed && handoff) {
      return List.of();
    }
    Span whole = Replies.trimmed(context.draft().text());
    if (whole.start() == whole.end()) {
      return List.of();
    }
    String message;
    List<String> suggestions;
    if (!disclosed && !handoff) {
      message = "A bot reply that neither says it is automated nor offers a way to a person";
      suggestions = List.of("Say that this is an automated assistant, and how to reach a person");
    } else if (!disclosed) {
      message = "A bot reply that does not say it is automated";
      suggestions = List.of("Say that this is an automated assistant");
    } else {
      message = "A bot reply that offers no way to reach a person";
      suggestions = List.of("Say how to reach a person, such as replying 'agent'");
    }
    return List.of(context.finding(whole, message, suggestions));
  }
}

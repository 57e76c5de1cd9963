package dev.tact.rules;

import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import java.util.List;

/**
 * What a {@link Rule} sees of one check: the draft, the conversation it answers, the customer's
 * mood, the draft's {@link TextView}, and the severity this rule's findings carry here (the rule's
 * metadata, the mood and the vendor's overrides already applied). One context serves one rule for one
 * check; it is not shared between threads.
 *
 * <pre>{@code
 * int at = context.text().normalized().indexOf("lol");
 * if (at >= 0 && context.mood() == Mood.UPSET) {
 *   return List.of(context.finding(context.text().toOriginal(at, at + 3),
 *       "No jokes to an upset customer", List.of()));
 * }
 * }</pre>
 */
public final class RuleContext {
  private final Draft draft;
  private final Conversation conversation;
  private final Mood mood;
  private final TextView text;
  private final String ruleId;
  private final Severity severity;
  private final boolean matchCustomerRegister;

  RuleContext(
      Draft draft, Conversation conversation, Mood mood, TextView text, String ruleId, Severity severity,
      boolean matchCustomerRegister) {
    this.matchCustomerRegister = matchCustomerRegister;
    this.draft = draft;
    this.conversation = conversation;
    this.mood = mood;
    this.text = text;
    this.ruleId = ruleId;
    this.severity = severity;
  }

  /** The draft being checked. */
  public Draft draft() {
    return draft;
  }

  /** The conversation the draft answers; empty when it starts one. */
  public Conversation conversation() {
    return conversation;
  }

  /** The customer's mood, read from the messages the draft answers. */
  public Mood mood() {
    return mood;
  }

  /** The draft's text, normalized, with word boundaries for its language. */
  public TextView text() {
    return text;
  }

  /** The draft's language subtag, such as {@code "en"}; empty if the locale has none. */
  public String language() {
    return text.language();
  }

  /**
   * Whether the tenant asked for replies in the register the customer used
   * ({@link ToneChecker.Builder#matchCustomerRegister(boolean)}, off unless set). Read by
   * {@code tone.register-mix}; a vendor's code rule that depends on the customer's register may
   * read it too.
   *
   * <pre>{@code
   * if (context.matchCustomerRegister() && customerIsInformal(context.conversation())) {
   *   // report formal address in the draft
   * }
   * }</pre>
   */
  public boolean matchCustomerRegister() {
    return matchCustomerRegister;
  }

  /** The severity this rule's findings carry in this check. */
  public Severity severity() {
    return severity;
  }

  /**
   * A finding of this rule at {@code span} of the draft's original text, with this check's severity
   * and no automatic replacement.
   */
  public Finding finding(Span span, String message, List<String> suggestions) {
    return new Finding(ruleId, severity, span, message, suggestions, null);
  }
}

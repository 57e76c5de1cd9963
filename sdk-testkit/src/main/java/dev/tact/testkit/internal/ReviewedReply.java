package dev.tact.testkit.internal;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.Mood;
import dev.tact.rules.escalation.Escalation;
import dev.tact.rules.escalation.PersonalDataFound;
import dev.tact.rules.escalation.Signal;
import dev.tact.rules.escalation.SignalKind;
import dev.tact.rules.escalation.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One reply as Tact reviewed it for an assertion: the draft, the conversation it answers, the mood
 * it was judged against, the findings sorted by span and rule, and the escalation.
 *
 * @param draft the reply under test
 * @param conversation the messages it answers
 * @param mood the customer's mood the rules were applied for
 * @param findings the findings, sorted by span then rule id, as {@link Review#findings()}
 * @param escalation public or private, and why
 */
public record ReviewedReply(
    Draft draft, Conversation conversation, Mood mood, List<Finding> findings,
    Escalation escalation) {
  /** The signals that move a conversation to a DM (the others only tell who the sender is). */
  private static final Set<SignalKind> ROUTING =
      EnumSet.of(SignalKind.ACCOUNT_REQUEST, SignalKind.PRIVATE_REQUEST, SignalKind.SENSITIVE_TOPIC);
  private static final Comparator<Finding> BY_SPAN_RULE =
      Comparator.comparing(Finding::span).thenComparing(Finding::ruleId);

  /** Copies the findings. */
  public ReviewedReply {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(mood, "mood");
    findings = List.copyOf(findings);
    Objects.requireNonNull(escalation, "escalation");
  }

  /**
   * Reviews {@code draft} with {@code tact}: exactly {@link Tact#review} when {@code mood} is null;
   * otherwise the tone rules run for that mood (whatever the conversation says) and the escalation
   * policy decides on the conversation as given.
   */
  public static ReviewedReply review(Tact tact, Draft draft, Conversation conversation,
      @Nullable Mood mood) {
    if (mood == null) {
      Review review = tact.review(draft, conversation);
      return new ReviewedReply(draft, conversation, review.mood(), review.findings(),
          review.escalation());
    }
    Escalation escalation = tact.escalation().decide(draft, conversation);
    List<Finding> findings = new ArrayList<>(tact.tone().check(draft, conversation, mood));
    findings.addAll(escalation.findings());
    findings.sort(BY_SPAN_RULE);
    return new ReviewedReply(draft, conversation, mood, findings, escalation);
  }

  /** The reply's text. */
  public String text() {
    return draft.text();
  }

  /** The findings of one rule, in text order. */
  public List<Finding> findingsOf(String ruleId) {
    List<Finding> of = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.ruleId().equals(ruleId)) {
        of.add(finding);
      }
    }
    return of;
  }

  /** How the reply was reviewed, such as {@code ja, x.reply, mood upset, automated}. */
  public String setting() {
    Locale locale = draft.locale();
    return (locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag()) + ", "
        + draft.channel().id() + ", mood " + mood.key() + (draft.automated() ? ", automated" : "");
  }

  /**
   * The evidence for the route, one line each, with the words marked in the text they were found
   * in: the requests and topics that move a conversation to a DM, and the personal data.
   *
   * <pre>{@code
   * ACCOUNT_REQUEST in the reply: Please DM us ⟦your order number⟧.
   * personal data (EMAIL) in message 1: I'm ⟦jo@example.com⟧
   * }</pre>
   */
  public List<String> evidence() {
    List<String> lines = new ArrayList<>();
    for (Signal signal : escalation.signals()) {
      if (ROUTING.contains(signal.kind())) {
        lines.add(signal.kind() + (signal.topic() == null ? "" : " (" + signal.topic() + ")")
            + " in " + where(signal.source(), signal.message(), signal.span()));
      }
    }
    for (PersonalDataFound found : escalation.personalData()) {
      lines.add("personal data (" + found.data().kind() + ") in "
          + where(found.source(), found.message(), found.data().span()));
    }
    return lines;
  }

  /** The customer's and the brand's messages, one line each, oldest first. */
  public List<String> thread() {
    List<String> lines = new ArrayList<>();
    int number = 1;
    for (Message message : conversation.messages()) {
      lines.add(number++ + ". " + message.author().name().toLowerCase(Locale.ROOT) + ": "
          + Marks.plain(message.text()));
    }
    return lines;
  }

  private String where(Source source, int message, Span span) {
    return source == Source.DRAFT
        ? "the reply: " + Marks.mark(text(), span)
        : "message " + (message + 1) + ": "
            + Marks.mark(conversation.messages().get(message).text(), span);
  }
}

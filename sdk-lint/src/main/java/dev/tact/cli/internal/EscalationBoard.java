package dev.tact.cli.internal;

import dev.tact.Review;
import dev.tact.core.Author;
import dev.tact.core.Conversation;
import dev.tact.core.Finding;
import dev.tact.core.Visibility;
import dev.tact.i18n.HandoffReply;
import dev.tact.rules.escalation.Escalation;
import dev.tact.rules.escalation.EscalationConfig;
import dev.tact.rules.escalation.PersonalDataFound;
import dev.tact.rules.escalation.Reason;
import dev.tact.rules.escalation.Route;
import dev.tact.rules.escalation.Signal;
import dev.tact.rules.escalation.SignalKind;
import dev.tact.rules.escalation.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One public post that should move to a DM, as a reply composer shows it to the agent: the
 * customer's post and the draft (with the personal data it holds marked; the tone findings are
 * {@link ReviewBoard}'s), the route and each reason with the
 * words behind it, who the sender looks like and why, the blocking {@code privacy.personal-data}
 * findings with the masked draft, and the ready handoff reply with its DM link.
 *
 * <pre>
 * Voltline Electronics, x.reply (ja), customer serious
 *   customer  アカウントが乗っ取られたみたいで、…
 *   draft     山田様、…ご登録のメールアドレスを教えていただけますか。
 *   route     PRIVATE: move to a DM
 *   reason    ACCOUNT_DETAILS_NEEDED  "ご登録のメールアドレスを教えて" in the draft
 *   reason    SENSITIVE_TOPIC  account-security "乗っ取られ", "身に覚えのない"
 *   sender    CUSTOMER  specific detail "アカウント", "注文"
 *   handoff   山田様、ご連絡ありがとうございます。…
 *             https://x.com/messages/compose?recipient_id=…
 * </pre>
 */
final class EscalationBoard {
  /** The columns a wrapped handoff message may take after its label. */
  private static final int TEXT_COLUMNS = 86;

  private EscalationBoard() {}

  /** The lines for one reviewed public post and its handoff reply (if the route is PRIVATE), without trailing spaces. */
  static List<String> lines(SampleHandoff handoff, Review review, Optional<HandoffReply> reply) {
    SampleDraft sample = handoff.sample();
    Escalation escalation = review.escalation();
    List<String> lines = new ArrayList<>();
    lines.add(sample.brand() + ", " + sample.draft().channel().id() + " ("
        + sample.draft().locale().toLanguageTag() + "), " + ReviewBoard.mood(review));
    lines.add(ReviewBoard.row("customer", sample.inbound()));
    lines.add(ReviewBoard.row("draft", ReviewBoard.marked(sample.draft().text(), escalation.findings())));
    lines.add(ReviewBoard.row("route", escalation.route()
        + (escalation.route() == Route.PRIVATE ? ": move to a DM" : ": may stay public")));
    for (Reason reason : escalation.reasons()) {
      lines.add(ReviewBoard.row("reason", reason + "  " + evidence(reason, escalation, sample.conversation())));
    }
    lines.add(ReviewBoard.row("sender", escalation.sender() + senderSignals(escalation.signals())));
    for (Finding finding : escalation.findings()) {
      lines.add(ReviewBoard.row("blocking", finding.ruleId() + ": " + finding.message()));
    }
    if (escalation.blocking()) {
      lines.add(ReviewBoard.row("", "masked: " + escalation.redactedDraft()));
    }
    reply.ifPresent(handoffReply -> {
      Locale locale = handoff.customer().locale().orElse(sample.draft().locale());
      String label = "handoff";
      for (String line : WrappedText.lines(handoffReply.message(), locale, TEXT_COLUMNS)) {
        lines.add(ReviewBoard.row(label, line));
        label = "";
      }
      handoffReply.link().ifPresent(link -> lines.add(ReviewBoard.row("", link.toString())));
    });
    return lines;
  }

  /** The words, kinds or counts behind one reason. */
  private static String evidence(Reason reason, Escalation escalation, Conversation conversation) {
    return switch (reason) {
      case ACCOUNT_DETAILS_NEEDED -> words(escalation.signals(), SignalKind.ACCOUNT_REQUEST) + " in the draft";
      case CUSTOMER_ASKED_PRIVATE -> words(escalation.signals(), SignalKind.PRIVATE_REQUEST) + " from the customer";
      case SENSITIVE_TOPIC -> topics(escalation.signals());
      case PERSONAL_DATA_IN_INBOUND -> kinds(escalation.personalData(), Source.INBOUND) + " in the customer's post";
      case PERSONAL_DATA_IN_DRAFT -> kinds(escalation.personalData(), Source.DRAFT) + " in the draft";
      case LONG_THREAD -> publicReplies(conversation) + " public replies already";
    };
  }

  private static String words(List<Signal> signals, SignalKind kind) {
    Set<String> words = new LinkedHashSet<>();
    for (Signal signal : signals) {
      if (signal.kind() == kind) {
        words.add(quoted(signal.words()));
      }
    }
    return String.join(", ", words);
  }

  /** Each topic once, with its words: {@code account-security "hacked", "locked out"}. */
  private static String topics(List<Signal> signals) {
    Map<String, Set<String>> topics = new LinkedHashMap<>();
    for (Signal signal : signals) {
      String topic = signal.topic();
      if (topic != null) {
        topics.computeIfAbsent(topic, key -> new LinkedHashSet<>()).add(quoted(signal.words()));
      }
    }
    List<String> parts = new ArrayList<>();
    topics.forEach((topic, words) -> parts.add(topic + " " + String.join(", ", words)));
    return String.join("; ", parts);
  }

  /** The kinds of personal data in one text, never the values. */
  private static String kinds(List<PersonalDataFound> found, Source source) {
    Set<String> kinds = new LinkedHashSet<>();
    for (PersonalDataFound data : found) {
      if (data.source() == source) {
        kinds.add(EscalationConfig.key(data.data().kind()));
      }
    }
    return String.join(", ", kinds);
  }

  private static long publicReplies(Conversation conversation) {
    return conversation.messages().stream()
        .filter(message -> message.author() == Author.BRAND && message.visibility() == Visibility.PUBLIC)
        .count();
  }

  /** The signals that tell an upset customer from a troll, each kind with its words. */
  private static String senderSignals(List<Signal> signals) {
    StringBuilder text = new StringBuilder();
    for (SignalKind kind : SignalKind.values()) {
      if (kind == SignalKind.ACCOUNT_REQUEST || kind == SignalKind.PRIVATE_REQUEST
          || kind == SignalKind.SENSITIVE_TOPIC) {
        continue;
      }
      String words = words(signals, kind);
      if (!words.isEmpty()) {
        text.append(text.isEmpty() ? "  " : "; ")
            .append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(words);
      }
    }
    return text.toString();
  }

  private static String quoted(String words) {
    return "\"" + words + "\"";
  }
}

package dev.tact.rules.escalation;

import dev.tact.core.Finding;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether a reply may go out in public or the conversation should move to a DM, why, who the sender
 * looks like, and the evidence: every {@link Signal} and every piece of personal data found, with
 * the text it is in and its span.
 *
 * <pre>{@code
 * Escalation escalation = policy.decide(draft, conversation);
 * if (escalation.blocking()) {
 *   composer.block(escalation.findings());          // privacy.personal-data, one per value
 *   composer.offer(escalation.redactedDraft());     // the draft with the values masked
 * }
 * if (escalation.route() == Route.PRIVATE) {
 *   composer.suggestDm(escalation.reasons());       // [ACCOUNT_DETAILS_NEEDED, ...]
 * }
 * if (escalation.sender() == Sender.LIKELY_TROLL) {
 *   composer.warn("Likely a troll: do not argue in public", escalation.signals());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} names no personal data.
 */
public final class Escalation {
  private final Route route;
  private final List<Reason> reasons;
  private final Sender sender;
  private final boolean blocking;
  private final List<Signal> signals;
  private final List<PersonalDataFound> personalData;
  private final List<Finding> findings;
  private final String redactedDraft;

  Escalation(Route route, List<Reason> reasons, Sender sender, boolean blocking, List<Signal> signals,
      List<PersonalDataFound> personalData, List<Finding> findings, String redactedDraft) {
    this.route = Objects.requireNonNull(route, "route");
    this.reasons = List.copyOf(reasons);
    this.sender = Objects.requireNonNull(sender, "sender");
    this.blocking = blocking;
    this.signals = List.copyOf(signals);
    this.personalData = List.copyOf(personalData);
    this.findings = List.copyOf(findings);
    this.redactedDraft = Objects.requireNonNull(redactedDraft, "redactedDraft");
  }

  /**
   * Where the conversation should go on: {@link Route#PRIVATE} exactly when a reason holds (on a
   * private channel: whether it has to be private, which it already is).
   */
  public Route route() {
    return route;
  }

  /** Why the conversation should move to a DM, in the order of {@link Reason}, each once; empty when none. */
  public List<Reason> reasons() {
    return reasons;
  }

  /** Whether {@code reason} is among the {@linkplain #reasons() reasons}. */
  public boolean has(Reason reason) {
    return reasons.contains(reason);
  }

  /** Who the sender of the customer's messages looks like; {@link Sender#UNSURE} with none. */
  public Sender sender() {
    return sender;
  }

  /**
   * Whether the draft must not be sent as it is: it goes to a public channel and holds personal data
   * itself ({@link #findings()} says where).
   */
  public boolean blocking() {
    return blocking;
  }

  /** The signals found in the customer's messages and the draft: inbound first, each by span. */
  public List<Signal> signals() {
    return signals;
  }

  /** The personal data found in the customer's messages and the draft: inbound first, each by span. */
  public List<PersonalDataFound> personalData() {
    return personalData;
  }

  /**
   * The {@code privacy.personal-data} findings, one per value in a draft for a public channel, sorted
   * by span, each with a masked {@linkplain Finding#replacement() replacement}; empty unless
   * {@linkplain #blocking() blocking}.
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The draft with every piece of personal data it holds masked (see {@link
   * PersonalDataDetector#redact}); the draft as it is when it holds none.
   */
  public String redactedDraft() {
    return redactedDraft;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Escalation other
        && route == other.route
        && reasons.equals(other.reasons)
        && sender == other.sender
        && blocking == other.blocking
        && signals.equals(other.signals)
        && personalData.equals(other.personalData)
        && findings.equals(other.findings)
        && redactedDraft.equals(other.redactedDraft);
  }

  @Override
  public int hashCode() {
    return Objects.hash(route, reasons, sender, blocking, signals, personalData, findings, redactedDraft);
  }

  /** The route, reasons, sender and blocking flag, and how much evidence there is (never the data). */
  @Override
  public String toString() {
    return "Escalation{" + route + " " + reasons + ", sender=" + sender + ", blocking=" + blocking
        + ", signals=" + signals.size() + ", personalData=" + personalData.size() + "}";
  }
}

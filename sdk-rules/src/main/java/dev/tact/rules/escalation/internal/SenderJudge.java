package dev.tact.rules.escalation.internal;

import dev.tact.rules.escalation.Sender;
import dev.tact.rules.escalation.SignalKind;

/**
 * Tells an upset customer from a troll (REQUIREMENTS E5) by counting the signals of the customer's
 * messages. Specific evidence is a {@link SignalKind#SPECIFIC_DETAIL}, a {@link
 * SignalKind#PAST_EXPERIENCE}, a {@link SignalKind#NUMBER} or personal data; the troll score is 2 per
 * {@link SignalKind#INSULT}, {@link SignalKind#HOSTILITY} or {@link SignalKind#SWEEPING_CLAIM} and 1
 * per {@link SignalKind#PROFANITY}.
 *
 * <ul>
 *   <li>any specific evidence: {@link Sender#CUSTOMER}, however much they swear (upset customers give
 *       details; trolls stay vague);
 *   <li>otherwise a troll score of 2 or more: {@link Sender#LIKELY_TROLL}, or {@link Sender#UNSURE}
 *       when they also ask a question or say thanks ({@link SignalKind#COURTESY});
 *   <li>otherwise a question or thanks: {@link Sender#CUSTOMER};
 *   <li>otherwise (no message, or nothing that tells): {@link Sender#UNSURE}.
 * </ul>
 */
public final class SenderJudge {
  /** The troll score from which a vague message reads as trolling. */
  public static final int TROLL_SCORE = 2;

  private SenderJudge() {}

  /**
   * The sender, from the number of signals of each kind ({@code counts[kind.ordinal()]}) in the
   * customer's messages and the number of pieces of personal data in them.
   */
  public static Sender judge(int[] counts, int personalData) {
    int specific = counts[SignalKind.SPECIFIC_DETAIL.ordinal()] + counts[SignalKind.PAST_EXPERIENCE.ordinal()]
        + counts[SignalKind.NUMBER.ordinal()] + personalData;
    if (specific > 0) {
      return Sender.CUSTOMER;
    }
    boolean question = counts[SignalKind.QUESTION.ordinal()] + counts[SignalKind.COURTESY.ordinal()] > 0;
    if (trollScore(counts) >= TROLL_SCORE) {
      return question ? Sender.UNSURE : Sender.LIKELY_TROLL;
    }
    return question ? Sender.CUSTOMER : Sender.UNSURE;
  }

  /** 2 per insult, hostility or sweeping claim, 1 per profanity. */
  public static int trollScore(int[] counts) {
    return 2 * (counts[SignalKind.INSULT.ordinal()] + counts[SignalKind.HOSTILITY.ordinal()]
        + counts[SignalKind.SWEEPING_CLAIM.ordinal()]) + counts[SignalKind.PROFANITY.ordinal()];
  }
}

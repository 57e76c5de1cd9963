package dev.tact.i18n;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a conversation moves to a private message, as far as the wording of the {@link Handoff}
 * message is concerned. The names are those of the escalation reasons (DESIGN.md, "Escalation
 * reasons"), so that {@code HandoffReason.valueOf(reason.name())} maps one to the other.
 *
 * <p>The constants are declared in order of precedence: when a conversation moves for several
 * reasons, the message speaks to the first of them ({@link #primary}), because asking the customer
 * to delete a post that shows their data matters more than saying the thread got long.
 *
 * <pre>{@code
 * HandoffReason.primary(Set.of(HandoffReason.LONG_THREAD, HandoffReason.PERSONAL_DATA_IN_INBOUND));
 * // Optional[PERSONAL_DATA_IN_INBOUND]
 * }</pre>
 */
public enum HandoffReason {
  /** The customer posted personal data in public: the message kindly advises deleting the post. */
  PERSONAL_DATA_IN_INBOUND,
  /** The answer itself holds the customer's personal data: it can only be given in private. */
  PERSONAL_DATA_IN_DRAFT,
  /** Helping needs account details (order number, e-mail…) that must not be given in public. */
  ACCOUNT_DETAILS_NEEDED,
  /** Billing, account security, legal threats, health and safety, or data-privacy requests. */
  SENSITIVE_TOPIC,
  /** The customer asked to talk in private ("DM me"). */
  CUSTOMER_ASKED_PRIVATE,
  /** The brand has already replied publicly more often than the thread limit allows. */
  LONG_THREAD;

  /** The reason of highest precedence among {@code reasons}; empty if there is none. */
  public static Optional<HandoffReason> primary(Iterable<HandoffReason> reasons) {
    @Nullable HandoffReason first = null;
    for (HandoffReason reason : reasons) {
      Objects.requireNonNull(reason, "a reason is null");
      if (first == null || reason.ordinal() < first.ordinal()) {
        first = reason;
      }
    }
    return Optional.ofNullable(first);
  }
}

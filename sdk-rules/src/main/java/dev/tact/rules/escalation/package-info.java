/**
 * Public or private: whether a reply may go out in public or must move to a private channel, and
 * why ({@code EscalationPolicy}, {@link dev.tact.rules.escalation.Route},
 * {@link dev.tact.rules.escalation.Reason}), whether the sender looks like an upset customer or a
 * troll ({@link dev.tact.rules.escalation.Sender}), and the personal data that must not be shown
 * in public ({@link dev.tact.rules.escalation.PersonalDataDetector}).
 *
 * <p>Every type here is immutable and safe to share between threads. Nothing is null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package dev.tact.rules.escalation;

import org.jspecify.annotations.NullMarked;

package dev.tact.i18n;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A time phrase for a reply, in two forms: {@link #phrase()} to place inside a larger template
 * (no capital letter of its own, no final period) and {@link #sentence()} to use on its own.
 *
 * <pre>{@code
 * HoursPhrase back = HoursFormatter.of(Locale.US).nextOpening(clock, now, customerZone);
 * back.phrase();     // "Monday at 9:00 AM your time"
 * back.sentence();   // "We're back Monday at 9:00 AM your time."
 * back.kind();       // Kind.OPENS — for a template's select
 * }</pre>
 *
 * @param kind what the phrase says, for templates that choose their own words
 * @param at the instant the phrase speaks of (the opening or the reply deadline), or null when
 *     there is none ({@link Kind#NEVER_OPENS}, {@link Kind#NO_REPLY_TIME}); for
 *     {@link Kind#OPEN_NOW} it is "now", and for {@link Kind#REPLY_WITHIN} the deadline
 * @param phrase the argument form, such as "Monday at 9:00 AM your time" or "within 2 hours"
 * @param sentence the sentence form, such as "We're back Monday at 9:00 AM your time."
 */
public record HoursPhrase(Kind kind, @Nullable Instant at, String phrase, String sentence) {

  /** What a phrase says. */
  public enum Kind {
    /** {@code nextOpening}: the team is open now. */
    OPEN_NOW,
    /** {@code nextOpening}: the team opens at {@link #at()}. */
    OPENS,
    /** {@code nextOpening}: the schedule never opens again. */
    NEVER_OPENS,
    /** {@code replyBy}: the reply is due within the SLA while the team stays open. */
    REPLY_WITHIN,
    /** {@code replyBy}: the reply is due by {@link #at()}, after a closing. */
    REPLY_BY,
    /** {@code replyBy}: the schedule is never open long enough to give a reply time. */
    NO_REPLY_TIME
  }

  /** Checks that every part is present. */
  public HoursPhrase {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(sentence, "sentence");
  }
}

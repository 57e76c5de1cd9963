package dev.tact.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A reply an agent or a bot is about to send: its text, the language it is written in, and the
 * channel it goes to.
 *
 * <pre>{@code
 * Draft draft = new Draft("Please just restart the app.", Locale.ENGLISH, Channel.X_REPLY);
 * }</pre>
 *
 * @param text the reply text, exactly as it would be sent
 * @param locale the language of the text
 * @param channel where the reply goes
 */
public record Draft(String text, Locale locale, Channel channel) {
  /** Rejects nulls. */
  public Draft {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(channel, "channel");
  }
}

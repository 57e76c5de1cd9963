package dev.tact.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A reply an agent or a bot is about to send: its text, the language it is written in, the channel
 * it goes to, and whether a bot wrote it.
 *
 * <pre>{@code
 * Draft byAgent = new Draft("Please restart the app.", Locale.ENGLISH, Channel.X_REPLY);
 * Draft byBot = Draft.automated("I'm Tact's virtual assistant. Reply 'agent' for a person.",
 *     Locale.ENGLISH, Channel.WEB_CHAT);
 * }</pre>
 *
 * @param text the reply text, exactly as it would be sent
 * @param locale the language of the text
 * @param channel where the reply goes
 * @param automated whether a bot (not a person) wrote the reply; bot replies must say so and offer a
 *     way to a person (REQUIREMENTS T11)
 */
public record Draft(String text, Locale locale, Channel channel, boolean automated) {
  /** Rejects nulls. */
  public Draft {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(channel, "channel");
  }

  /** A draft written by a person. */
  public Draft(String text, Locale locale, Channel channel) {
    this(text, locale, channel, false);
  }

  /** A draft written by a bot. */
  public static Draft automated(String text, Locale locale, Channel channel) {
    return new Draft(text, locale, channel, true);
  }
}

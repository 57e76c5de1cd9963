package dev.tact.examples.orderbot;

import static dev.tact.testkit.TactAssertions.assertThat;

import dev.tact.core.Channel;
import dev.tact.core.Severity;
import dev.tact.testkit.CatalogSource;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Every text the bot's catalog can render — each key, in each language, each plural branch and
 * formality — reviewed on the channel it is sent on: {@code public.*} keys as a public reply on X,
 * the rest as a DM. No warning may remain, and each text must fit its channel.
 */
class CatalogTest {
  @ParameterizedTest(name = "{0} [{1}] {2}")
  @CatalogSource(OrderBot.CATALOG)
  void everyTextIsFitForItsChannel(String key, Locale locale, String text) {
    Channel channel = key.startsWith("public.") ? Channel.X_REPLY : Channel.X_DM;
    assertThat(text).inLocale(locale).onChannel(channel)
        .hasNoFindingsAtLeast(Severity.WARNING)
        .fitsOn(channel);
  }
}

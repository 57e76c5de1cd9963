package dev.tact.testkit;

import static dev.tact.testkit.TactAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.core.Channel;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class FitsOnTest {
  /** 19 characters, each counted 2 on X: 38 weighted. */
  private static final String APOLOGY = "ご不便をおかけして申し訳ございません。";

  @Test
  void japaneseCountsDoubleOnX() {
    assertThat(APOLOGY.repeat(7)).inLocale(Locale.JAPANESE).fitsOn(Channel.X_REPLY); // 266
    assertThat(APOLOGY.repeat(8)).inLocale(Locale.JAPANESE).fitsOn(Channel.LINE);    // 152 of 5000
  }

  @Test
  void aChannelWithoutALimitTakesAnything() {
    assertThat("Thanks for waiting! ".repeat(500)).fitsOn(Channel.EMAIL);
  }

  @Test
  void tooLongForXSaysByHowMuch() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat(APOLOGY.repeat(8)).inLocale(Locale.JAPANESE).fitsOn(Channel.X_REPLY));
    assertEquals("Expected the reply to fit on x.reply (at most 280 weighted characters), but it"
            + " has 304: 24 too many.\n\nReply (ja, public, mood unknown):\n  "
            + APOLOGY.repeat(8) + "\n",
        error.getMessage());
  }

  @Test
  void tooLongForAnSmsCountsSegments() {
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () ->
        assertThat("Your parcel is on its way. ".repeat(60)).fitsOn(Channel.SMS));
    assertEquals("Expected the reply to fit on sms (at most 10 SMS segments), but it has 11: 1 too"
        + " many.", error.getMessage().lines().findFirst().orElseThrow());
  }
}

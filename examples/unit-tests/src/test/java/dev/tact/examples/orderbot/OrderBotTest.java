package dev.tact.examples.orderbot;

import static dev.tact.testkit.TactAssertions.assertThat;
import static java.util.Locale.ENGLISH;
import static java.util.Locale.JAPANESE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Channel;
import dev.tact.core.Customer;
import dev.tact.core.Severity;
import dev.tact.rules.escalation.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bot's replies, checked the way a care lead would read them: calm to an upset customer, no
 * order number in public, honest about being a bot, short enough for X, in the customer's language.
 */
class OrderBotTest {
  private static final OrderBot BOT = OrderBot.create();
  private static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z"); // 10:30 in Tokyo
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

  private static final Customer YUKI = Customer.builder().familyName("田中").givenName("由紀")
      .locale(Locale.JAPAN).zone(ZoneId.of("Asia/Tokyo")).build();
  private static final Customer SAM = Customer.builder().givenName("Sam").familyName("Lee")
      .locale(Locale.US).zone(ZoneId.of("America/Chicago")).build();

  private static String dm(OrderStatus status, int lateItems, Customer customer) {
    return BOT.reply(new Order("A-1042", status, lateItems, FRIDAY), customer, NOW);
  }

  @Test
  void theDelayApologyIsCalmToAnUpsetJapaneseCustomer() {
    assertThat(dm(OrderStatus.DELAYED, 2, YUKI))
        .inLocale(JAPANESE)
        .onChannel(Channel.X_DM)
        .toUpsetCustomer()
        .automated()
        .hasNoFindings();
  }

  @Test
  void theDelayApologyIsCalmToAnUpsetEnglishCustomer() {
    assertThat(dm(OrderStatus.DELAYED, 1, SAM))
        .onChannel(Channel.X_DM)
        .toCustomerSaying("Where is my order?? It's been two weeks!!")
        .automated()
        .hasNoFindings();
  }

  @Test
  void everyStatusReplyIsCleanInADm() {
    for (OrderStatus status : OrderStatus.values()) {
      assertThat(dm(status, 3, SAM)).inLocale(ENGLISH).onChannel(Channel.X_DM).automated()
          .hasNoFindingsAtLeast(Severity.WARNING);
      assertThat(dm(status, 3, YUKI)).inLocale(JAPANESE).onChannel(Channel.X_DM).automated()
          .hasNoFindingsAtLeast(Severity.WARNING);
    }
  }

  @Test
  void theOrderNumberIsWhyStatusRepliesStayOutOfPublic() {
    assertThat(dm(OrderStatus.SHIPPED, 0, SAM)).onChannel(Channel.X_REPLY)
        .hasFinding("privacy.personal-data").at("A-1042").withSeverity(Severity.ERROR);
  }

  @Test
  void thePublicReplyFitsOnXAndMovesTheCustomerToADm() {
    assertThat(BOT.publicReply(SAM, NOW)).onChannel(Channel.X_REPLY).automated()
        .toCustomerSaying("@shop where is my order??")
        .hasNoFindings()
        .fitsOn(Channel.X_REPLY)
        .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED);
    assertThat(BOT.publicReply(YUKI, NOW)).inLocale(JAPANESE).onChannel(Channel.X_REPLY)
        .automated()
        .hasNoFindings()
        .fitsOn(Channel.X_REPLY)
        .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED);
  }

  @Test
  void aCustomerWhoPostsTheirPhoneNumberIsAnotherReasonForTheDm() {
    assertThat(BOT.publicReply(SAM, NOW)).onChannel(Channel.X_REPLY)
        .toCustomerSaying("My parcel never came. Call me on +1 312 555 0148")
        .goesPrivateBecause(Reason.ACCOUNT_DETAILS_NEEDED, Reason.PERSONAL_DATA_IN_INBOUND);
  }

  @Test
  void theBotSaysItIsABotInBothLanguages() {
    assertThat(dm(OrderStatus.SHIPPED, 0, SAM)).automated().hasNoFinding("tone.bot-disclosure");
    assertThat(dm(OrderStatus.SHIPPED, 0, YUKI)).inLocale(JAPANESE).automated()
        .hasNoFinding("tone.bot-disclosure");
  }

  @Test
  void theRepliesReadAsExpected() {
    assertEquals("おはようございます、田中様。ご注文 A-1042 は配送業者にお渡しし、2026年11月27日までにお届けの予定です。"
            + "\n\nこちらは自動応答です。オペレーターとのお話をご希望の場合は「オペレーター」と入力してください。",
        dm(OrderStatus.SHIPPED, 0, YUKI));
  }

  /** The wording the delay reply had before the test kit caught it. */
  @Test
  void theOldDelayWordingWouldHaveFailed() {
    String old = "Sorry for any inconvenience! Your items are running a bit late, simply check"
        + " the tracking link for updates.";
    assertThat(old).toUpsetCustomer()
        .hasFinding("tone.non-apology").at("Sorry for any inconvenience");
    assertThat(old).toUpsetCustomer()
        .hasFinding("tone.minimizing").at("simply check").withSeverity(Severity.ERROR);
  }
}

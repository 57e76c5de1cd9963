package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Visibility;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One-click links to the brand's inbox, one platform at a time, and the ids a brand may give. */
class DmLinksTest {
  private static final DmLinks ACME = DmLinks.builder()
      .x("783214")
      .messenger("acmeshop")
      .instagram("acme.shop")
      .whatsApp("+1 555-123-4567")
      .build();

  private static String link(Channel channel, String text) {
    return ACME.link(channel, text).orElseThrow().toString();
  }

  @Test
  void xComposesADirectMessageWithThePrefilledText() {
    assertEquals("https://x.com/messages/compose?recipient_id=783214&text=Hi%20there",
        link(Channel.X_REPLY, "Hi there"));
    assertEquals(link(Channel.X_REPLY, "Hi there"), link(Channel.X_DM, "Hi there"));
  }

  @Test
  void messengerOpensThePageAndCarriesTheRefWhenSet() {
    assertEquals("https://m.me/acmeshop", link(Channel.FACEBOOK_COMMENT, "ignored"));
    assertEquals("https://m.me/acmeshop", link(Channel.MESSENGER, ""));
    DmLinks withRef = DmLinks.builder().messenger("acmeshop").messengerRef("care+handoff:v1=on")
        .build();
    assertEquals(Optional.of(URI.create("https://m.me/acmeshop?ref=care%2Bhandoff%3Av1%3Don")),
        withRef.link(Channel.FACEBOOK_COMMENT));
  }

  @Test
  void instagramOpensTheInbox() {
    assertEquals("https://ig.me/m/acme.shop", link(Channel.INSTAGRAM_COMMENT, "ignored"));
    assertEquals("https://ig.me/m/acme.shop", link(Channel.INSTAGRAM_DM, ""));
  }

  @Test
  void whatsAppTakesTheDigitsOfTheNumberAndTheText() {
    assertEquals("https://wa.me/15551234567?text=Ol%C3%A1%21", link(Channel.WHATSAPP, "Olá!"));
    assertEquals("https://wa.me/15551234567", link(Channel.WHATSAPP, "  "));
  }

  @Test
  void spacesAreNeverPlusAndReservedCharactersAreEncoded() {
    assertEquals("https://x.com/messages/compose?recipient_id=783214"
        + "&text=a%20%2B%20b%20%26%20c%3Dd%3F%23e%2Ff%25g%27h%22~i",
        link(Channel.X_REPLY, "a + b & c=d?#e/f%g'h\"~i"));
  }

  @Test
  void emojiAndJapaneseAreUtf8Bytes() {
    assertEquals("https://x.com/messages/compose?recipient_id=783214"
        + "&text=%E6%B3%A8%E6%96%87%20%F0%9F%98%80%0A%F0%9F%91%8D%F0%9F%8F%BD",
        link(Channel.X_REPLY, "注文 😀\n👍🏽"));
  }

  @Test
  void aFinalDotIsEncodedSoThatAutolinkersKeepIt() {
    String link = link(Channel.X_REPLY, "Thanks.");
    assertTrue(link.endsWith("&text=Thanks%2E"), link);
    assertEquals(23, TextLength.of(Channel.X_REPLY).length(link));
    assertEquals("https://wa.me/15551234567?text=ok%7E", link(Channel.WHATSAPP, "ok~"));
  }

  @Test
  void anUnpairedSurrogateIsSentAsTheReplacementCharacter() {
    assertTrue(link(Channel.X_REPLY, "a\uD83Db").endsWith("&text=a%EF%BF%BDb"));
  }

  @Test
  void channelsWithoutDirectMessagesHaveNoLink() {
    Channel kiosk = Channel.builder("acme.kiosk").visibility(Visibility.PRIVATE).build();
    for (Channel channel : List.of(Channel.EMAIL, Channel.SMS, Channel.REVIEW_REPLY,
        Channel.WEB_CHAT, Channel.LINE, Channel.PUBLIC, Channel.PRIVATE, kiosk)) {
      assertEquals(Optional.empty(), ACME.link(channel, "Hello"), channel.id());
    }
  }

  @Test
  void aPlatformWithoutTheBrandsAccountHasNoLink() {
    assertEquals(Optional.empty(), DmLinks.none().link(Channel.X_REPLY, "Hello"));
    assertEquals(Optional.empty(), DmLinks.builder().x("1").build().link(Channel.WHATSAPP));
  }

  @Test
  void aVendorChannelOfAKnownPlatformGetsItsLink() {
    Channel ads = Channel.builder("x.ads-reply").visibility(Visibility.PUBLIC).build();
    Channel twitter = Channel.builder("twitter").visibility(Visibility.PUBLIC).build();
    assertEquals("https://x.com/messages/compose?recipient_id=783214", link(ads, ""));
    assertEquals("https://x.com/messages/compose?recipient_id=783214", link(twitter, ""));
  }

  @Test
  void theXAccountIsTheNumericIdNotTheHandle() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DmLinks.builder().x("@acme"));
    assertTrue(e.getMessage().contains("numeric id") && e.getMessage().contains("'@acme'"),
        e.getMessage());
    for (String bad : List.of("", "0", "0783214", "18446744073709551616", "12 34", "１２３")) {
      assertThrows(IllegalArgumentException.class, () -> DmLinks.builder().x(bad), bad);
    }
    DmLinks.builder().x("18446744073709551615").build();
  }

  @Test
  void pageNamesAndUsernamesFollowTheirPlatformsRules() {
    for (String bad : List.of("acme", ".acmeshop", "acmeshop.", "acme shop", "acme/shop",
        "acme?x=1", "acmeshop#", "ａｃｍｅｓｈｏｐ")) {
      assertThrows(IllegalArgumentException.class, () -> DmLinks.builder().messenger(bad), bad);
    }
    DmLinks.builder().messenger("Acme.Shop.2024").messenger("100064123456789");
    for (String bad : List.of("", "@acme", ".acme", "acme.", "ac..me", "a".repeat(31), "ac me",
        "acme/x")) {
      assertThrows(IllegalArgumentException.class, () -> DmLinks.builder().instagram(bad), bad);
    }
    DmLinks.builder().instagram("a").instagram("_acme_").instagram("a".repeat(30));
    for (String bad : List.of("", "care handoff", "ref&x=1", "x".repeat(251))) {
      assertThrows(IllegalArgumentException.class, () -> DmLinks.builder().messengerRef(bad), bad);
    }
  }

  @Test
  void aWhatsAppNumberIsInternationalWithoutTrunkPrefixOrBrackets() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DmLinks.builder().whatsApp("+44 (0)20 7946 0958"));
    assertTrue(e.getMessage().contains("international format"), e.getMessage());
    for (String bad : List.of("", "0201234567", "+1 555", "+1234567890123456", "++15551234567",
        "+1--555", "tel:+15551234567")) {
      assertThrows(IllegalArgumentException.class, () -> DmLinks.builder().whatsApp(bad), bad);
    }
    assertEquals(Optional.of(URI.create("https://wa.me/442079460958")),
        DmLinks.builder().whatsApp("+44 20 7946 0958").build().link(Channel.WHATSAPP));
  }

  @Test
  void aRefWithoutAPageIsRefusedAtBuild() {
    assertThrows(IllegalStateException.class,
        () -> DmLinks.builder().messengerRef("handoff").build());
  }
}

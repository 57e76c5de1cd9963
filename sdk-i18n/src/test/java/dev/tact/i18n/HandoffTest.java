package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public handoff to a private message, as a care team posts it, in six languages. */
class HandoffTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Handoff HANDOFF = Handoff.builder()
      .links(DmLinks.builder().x("783214").messenger("acmeshop").build())
      .build();

  private static Customer customer(String tag, String given, String family) {
    return Customer.builder().locale(Locale.forLanguageTag(tag)).givenName(given)
        .familyName(family).build();
  }

  @Test
  void englishAccountDetailsOnXComeWithTheDmLink() {
    HandoffReply reply = HANDOFF.reply(customer("en-US", "Jane", "Smith"),
        Set.of(HandoffReason.ACCOUNT_DETAILS_NEEDED), Channel.X_REPLY, NOW);
    assertEquals("Thank you, Jane. To look into this, we need a few details from your account, and"
        + " those are best kept private. Please send us a DM and a team member will take it from"
        + " there.", reply.message());
    assertEquals(Optional.of(URI.create("https://x.com/messages/compose?recipient_id=783214"
        + "&text=Hello%2C%20I%27m%20writing%20about%20my%20earlier%20message%2E")), reply.link());
    assertEquals(reply.message() + "\n" + reply.link().orElseThrow(), reply.text());
    assertEquals(Optional.of(HandoffReason.ACCOUNT_DETAILS_NEEDED), reply.reason());
  }

  @Test
  void aCustomerWhoPostedTheirDataIsKindlyAdvisedToDeleteThePost() {
    assertEquals("Thank you, Jane. Your post includes personal details, so for your privacy we"
        + " recommend deleting it. Please send us a DM instead and a team member will take it from"
        + " there.", HANDOFF.message(customer("en", "Jane", "Smith"),
            HandoffReason.PERSONAL_DATA_IN_INBOUND, NOW));
    assertEquals("田中様、ご連絡ありがとうございます。投稿に個人情報が含まれているため、情報保護のために投稿の削除を"
        + "おすすめいたします。お手数ですがDMにてご連絡ください。担当者よりご案内いたします。",
        HANDOFF.message(customer("ja-JP", "由紀", "田中"), HandoffReason.PERSONAL_DATA_IN_INBOUND,
            NOW));
  }

  @Test
  void germanIsSieByDefaultAndDuWhenCasual() {
    Customer anna = customer("de-DE", "Anna", "Schmidt");
    assertEquals("Vielen Dank, Anna Schmidt. Ihr Beitrag enthält persönliche Daten; zu Ihrem Schutz"
        + " empfehlen wir, ihn zu löschen. Bitte schreiben Sie uns eine Direktnachricht, dann"
        + " kümmert sich unser Team darum.",
        HANDOFF.message(anna, HandoffReason.PERSONAL_DATA_IN_INBOUND, NOW));
    assertEquals("Gern, Anna. Bitte schreib uns eine Direktnachricht, dann meldet sich unser Team"
        + " dort bei dir.", HANDOFF.message(anna.toBuilder().formality(Formality.CASUAL).build(),
            HandoffReason.CUSTOMER_ASKED_PRIVATE, NOW));
  }

  @Test
  void frenchUsesVousAndANarrowSpaceBeforeTheColon() {
    assertEquals("Merci, Marie Dupont, pour votre patience. Pour tout garder au même endroit,"
        + " poursuivons en privé\u202f: envoyez-nous un message privé et un conseiller prendra le"
        + " relais.", HANDOFF.message(customer("fr-FR", "Marie", "Dupont"),
            HandoffReason.LONG_THREAD, NOW));
  }

  @Test
  void spanishFromSpainIsTuAndFromMexicoUsted() {
    assertEquals("Gracias, Lucía. Preferimos tratar este tema en privado. Envíanos un mensaje"
        + " privado y un agente te atenderá allí.",
        HANDOFF.message(customer("es-ES", "Lucía", "García"), HandoffReason.SENSITIVE_TOPIC, NOW));
    assertEquals("Gracias, Diego López. Preferimos tratar este tema en privado. Envíenos un mensaje"
        + " privado y un agente le atenderá allí.",
        HANDOFF.message(customer("es-MX", "Diego", "López"), HandoffReason.SENSITIVE_TOPIC, NOW));
  }

  @Test
  void portugueseOnAFacebookCommentLinksToMessenger() {
    HandoffReply reply = HANDOFF.reply(customer("pt-BR", "João", "Silva"),
        Set.of(HandoffReason.PERSONAL_DATA_IN_DRAFT), Channel.FACEBOOK_COMMENT, NOW);
    assertEquals("Obrigado, João. A nossa resposta inclui dados da sua conta, por isso preferimos"
        + " enviá-la em privado. Envie-nos uma mensagem privada e um atendente vai responder por"
        + " lá.\nhttps://m.me/acmeshop", reply.text());
  }

  @Test
  void theMessageSpeaksToTheReasonOfHighestPrecedence() {
    Customer jane = customer("en", "Jane", "Smith");
    assertEquals(HANDOFF.message(jane, HandoffReason.PERSONAL_DATA_IN_INBOUND, NOW),
        HANDOFF.message(jane, List.of(HandoffReason.LONG_THREAD,
            HandoffReason.PERSONAL_DATA_IN_INBOUND, HandoffReason.ACCOUNT_DETAILS_NEEDED), NOW));
  }

  @Test
  void withoutAReasonTheWordingIsGeneral() {
    HandoffReply reply = HANDOFF.reply(customer("en", "Jane", "Smith"), Set.of(),
        Channel.X_REPLY, NOW);
    assertTrue(reply.message().startsWith("Thank you, Jane. We'd like to continue this in private."),
        reply.message());
    assertEquals(Optional.empty(), reply.reason());
  }

  @Test
  void anUnknownNameIsLeftOutRatherThanReplacedByAFiller() {
    assertEquals("Of course. Please send us a DM and a team member will take it from there.",
        HANDOFF.message(Customer.builder().locale(Locale.ENGLISH).build(),
            HandoffReason.CUSTOMER_ASKED_PRIVATE, NOW));
    assertTrue(HANDOFF.message(Customer.builder().locale(Locale.JAPANESE).build(),
        HandoffReason.CUSTOMER_ASKED_PRIVATE, NOW).startsWith("お客様、承知いたしました。"));
  }

  @Test
  void aChannelWithoutDirectMessagesGetsTheMessageAlone() {
    for (Channel channel : List.of(Channel.EMAIL, Channel.REVIEW_REPLY, Channel.SMS,
        Channel.WEB_CHAT)) {
      HandoffReply reply = HANDOFF.reply(customer("en", "Jane", "Smith"),
          Set.of(HandoffReason.SENSITIVE_TOPIC), channel, NOW);
      assertEquals(Optional.empty(), reply.link(), channel.id());
      assertEquals(reply.message(), reply.text());
    }
  }

  @Test
  void aPlatformWhoseAccountTheBrandDidNotGiveHasNoLink() {
    HandoffReply reply = HANDOFF.reply(customer("en", "Jane", "Smith"), Set.of(),
        Channel.INSTAGRAM_COMMENT, NOW);
    assertEquals(reply.message(), reply.text());
  }

  @Test
  void aLanguageWithoutTextsGetsEnglish() {
    assertTrue(HANDOFF.message(Customer.builder().locale(Locale.KOREAN).build(),
        HandoffReason.LONG_THREAD, NOW).startsWith("Thank you for your patience. To keep"));
  }

  @Test
  void theCustomersNameIsDataAndTheLinkIsEscapedInHtml() {
    Handoff html = Handoff.builder().outputFormat(OutputFormat.HTML)
        .links(DmLinks.builder().x("783214").build()).build();
    Customer sneaky = Customer.builder().givenName("<b>{0}</b> & {reason}").locale(Locale.ENGLISH)
        .build();
    HandoffReply reply = html.reply(sneaky, Set.of(HandoffReason.SENSITIVE_TOPIC), Channel.X_REPLY,
        NOW);
    assertTrue(reply.text().startsWith("Thank you, &lt;b&gt;{0}&lt;/b&gt; &amp; {reason}. We"),
        reply.text());
    assertTrue(reply.text().endsWith("\nhttps://x.com/messages/compose?recipient_id=783214"
        + "&amp;text=Hello%2C%20I%27m%20writing%20about%20my%20earlier%20message%2E"), reply.text());
  }

  @Test
  void markdownGetsTheLinkInAngleBrackets() {
    Handoff markdown = Handoff.builder().outputFormat(OutputFormat.MARKDOWN)
        .links(DmLinks.builder().instagram("acme.shop").build()).build();
    assertTrue(markdown.reply(customer("en", "Jane", "Smith"), Set.of(), Channel.INSTAGRAM_COMMENT,
        NOW).text().endsWith("\n<https://ig.me/m/acme.shop>"));
  }

  @Test
  void thePrefilledTextIsInTheCustomersLanguage() {
    assertEquals(Optional.of("先ほどの投稿の件でご連絡しました。"),
        HANDOFF.dmText(customer("ja", "由紀", "田中"), NOW));
    assertEquals(Optional.of("Hallo, ich schreibe wegen meiner Nachricht von vorhin."),
        HANDOFF.dmText(customer("de-AT", "Anna", "Huber"), NOW));
  }

  @Test
  void aBrandBringsItsOwnTexts() {
    TemplateCatalog own = TemplateCatalog.builder().source("en.yaml", """
        handoff.reply:
          text: "{named, select, yes {Hey {customerName}!} other {Hey!}} {reason, select, LONG_THREAD {Let's move this to DM.} other {DM us and we'll sort it.}}"
          arguments:
            named: {required: true}
            reason: {required: true}
        """).build();
    Handoff brand = Handoff.builder().catalog(own)
        .links(DmLinks.builder().whatsApp("+1 555 123 4567").build()).build();
    Customer bob = Customer.builder().givenName("Bob").locale(Locale.ENGLISH).build();
    HandoffReply reply = brand.reply(bob, Set.of(HandoffReason.LONG_THREAD), Channel.WHATSAPP, NOW);
    assertEquals("Hey Bob! Let's move this to DM.\nhttps://wa.me/15551234567", reply.text());
    assertEquals(Optional.empty(), brand.dmText(bob, NOW));
  }

  @Test
  void aCatalogWithoutTheKeyIsRefusedAtBuild() {
    TemplateCatalog other = TemplateCatalog.builder().source("en.yaml", "hello: Hello!").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Handoff.builder().catalog(other).build());
    assertTrue(e.getMessage().contains("handoff.reply"), e.getMessage());
  }

  @Test
  void eachReasonHasItsOwnWordingInEveryLanguage() {
    for (String tag : List.of("en", "ja", "de", "fr", "es", "pt")) {
      Customer customer = Customer.builder().locale(Locale.forLanguageTag(tag)).build();
      String general = HANDOFF.message(customer, Set.of(), NOW);
      long distinct = Stream.of(HandoffReason.values())
          .map(reason -> HANDOFF.message(customer, reason, NOW))
          .filter(text -> !text.equals(general)).distinct().count();
      assertEquals(HandoffReason.values().length, distinct, tag);
    }
  }

  @Test
  void formalityChangesTheWordsWhereTheLanguageHasTwoRegisters() {
    for (String tag : List.of("de", "fr", "es")) {
      Customer.Builder customer = Customer.builder().locale(Locale.forLanguageTag(tag));
      for (HandoffReason reason : HandoffReason.values()) {
        assertNotEquals(
            HANDOFF.message(customer.formality(Formality.FORMAL).build(), reason, NOW),
            HANDOFF.message(customer.formality(Formality.CASUAL).build(), reason, NOW),
            tag + " " + reason);
      }
    }
  }

  @Test
  void primaryIgnoresOrderAndIsEmptyForNoReasons() {
    assertEquals(Optional.of(HandoffReason.ACCOUNT_DETAILS_NEEDED), HandoffReason.primary(
        List.of(HandoffReason.LONG_THREAD, HandoffReason.ACCOUNT_DETAILS_NEEDED)));
    assertEquals(Optional.empty(), HandoffReason.primary(List.of()));
  }

  @Test
  void theBuiltInsHaveNoWarningsAndEveryFileIsIndexed() throws IOException {
    assertEquals(List.of(), HANDOFF.catalog().warnings());
    Path folder = Path.of("src/main/resources/dev/tact/i18n/handoff");
    List<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".yaml")).sorted().toList();
    }
    List<String> indexed = Files.readAllLines(folder.resolve("index.txt")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).sorted().toList();
    assertEquals(files, indexed);
    assertEquals(6, HANDOFF.catalog().locales().size());
    assertFalse(HANDOFF.catalog().keys().isEmpty());
  }
}

package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.hours.BusinessClock;
import dev.tact.hours.SupportHours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in automatic acknowledgement, for customers around the world, written to a Tokyo team
 * open {@code Mo-Fr 09:00-18:00} with a first response due within two business hours.
 */
class AcknowledgementTest {
  private static final Acknowledgement ACK = Acknowledgement.builtIn();
  private static final BusinessClock TOKYO_TEAM = BusinessClock.of(
      SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Asia/Tokyo")), Clock.systemUTC());
  private static final Duration TWO_HOURS = Duration.ofHours(2);
  /** Tuesday 10:00 in Tokyo: the team is working. */
  private static final Instant TEAM_OPEN = Instant.parse("2026-11-24T01:00:00Z");
  /** Saturday 05:00 in Tokyo (Friday evening in Europe): the team is away until Monday 09:00. */
  private static final Instant TEAM_AWAY = Instant.parse("2026-11-27T20:00:00Z");

  private static String ack(Customer customer, Instant now) {
    return ACK.render(customer, TOKYO_TEAM, TWO_HOURS, now);
  }

  @Test
  void englishCustomerInNewYorkHearsWhenInTheirOwnClock() {
    Customer jane = Customer.builder().givenName("Jane").familyName("Smith").locale(Locale.US)
        .zone(ZoneId.of("America/New_York")).build();
    assertEquals("Good evening, Jane. Thank you for your message; we have received it. This is an"
        + " automatic reply: a team member will reply within 2 hours.", ack(jane, TEAM_OPEN));
    assertEquals("Good afternoon, Jane. Thank you for your message; we have received it. This is an"
        + " automatic reply: our team is away right now and back Sunday at 7:00\u202fPM your time,"
        + " and a team member will reply by Sunday at 9:00\u202fPM your time.",
        ack(jane, TEAM_AWAY));
  }

  @Test
  void japaneseCustomerIsAddressedWithSama() {
    Customer yuki = Customer.builder().familyName("田中").givenName("由紀").locale(Locale.JAPAN)
        .zone(ZoneId.of("Asia/Tokyo")).build();
    assertEquals("おはようございます。田中様、お問い合わせいただきありがとうございます。メッセージを受け付けました。"
        + "こちらは自動返信です。ただいま営業時間外のため、月曜日 9:00（お客様の現地時間）より対応を再開いたします。"
        + "月曜日 11:00（お客様の現地時間）までに担当者よりご返信いたします。", ack(yuki, TEAM_AWAY));
  }

  @Test
  void japaneseCustomerWithoutANameIsOkyakusama() {
    Customer anonymous = Customer.builder().locale(Locale.JAPANESE).zone(ZoneId.of("Asia/Tokyo"))
        .build();
    assertTrue(ack(anonymous, TEAM_OPEN).startsWith("おはようございます。お客様、お問い合わせ"));
  }

  @Test
  void germanIsFormalByDefaultAndCasualWhenAsked() {
    Customer.Builder anna = Customer.builder().givenName("Anna").familyName("Schmidt")
        .locale(Locale.GERMAN).zone(ZoneId.of("Europe/Berlin"));
    assertEquals("Guten Abend, Anna Schmidt. Vielen Dank für Ihre Nachricht, sie ist bei uns"
        + " eingegangen. Dies ist eine automatische Antwort: unser Team ist gerade nicht erreichbar"
        + " und ab Montag um 01:00 (Ihre Ortszeit) wieder für Sie da; jemand aus unserem Team"
        + " meldet sich bis Montag um 03:00 (Ihre Ortszeit) bei Ihnen.",
        ack(anna.build(), TEAM_AWAY));
    assertEquals("Hallo, Anna. Vielen Dank für deine Nachricht, sie ist bei uns eingegangen. Dies"
        + " ist eine automatische Antwort: jemand aus unserem Team meldet sich innerhalb von"
        + " 2 Stunden bei dir.", ack(anna.formality(Formality.CASUAL).build(), TEAM_OPEN));
  }

  @Test
  void frenchUsesVousAndFrenchSpacing() {
    Customer marie = Customer.builder().givenName("Marie").familyName("Dupont")
        .locale(Locale.FRANCE).zone(ZoneId.of("Europe/Paris")).build();
    assertEquals("Bonjour Marie Dupont, merci pour votre message, nous l'avons bien reçu. Ceci est"
        + " une réponse automatique\u202f: un conseiller vous répondra sous 2\u00a0heures.",
        ack(marie, Instant.parse("2026-11-24T07:00:00Z")));
  }

  @Test
  void spanishFromSpainIsTuAndFromMexicoUsted() {
    Customer lucia = Customer.builder().givenName("Lucía").locale(Locale.forLanguageTag("es-ES"))
        .zone(ZoneId.of("Europe/Madrid")).build();
    assertEquals("Buenas noches, Lucía. Gracias por tu mensaje; lo hemos recibido. Esta es una"
        + " respuesta automática: nuestro equipo no está disponible en este momento y vuelve el"
        + " lunes a la 1:00 (tu hora local); un agente te responderá a más tardar el lunes a las"
        + " 3:00 (tu hora local).", ack(lucia, TEAM_AWAY));
    Customer diego = Customer.builder().givenName("Diego").locale(Locale.forLanguageTag("es-MX"))
        .zone(ZoneId.of("America/Mexico_City")).build();
    assertTrue(ack(diego, TEAM_OPEN).contains("Gracias por su mensaje"), ack(diego, TEAM_OPEN));
    assertTrue(ack(diego, TEAM_OPEN).endsWith("un agente le responderá en un plazo de 2 horas."));
  }

  @Test
  void portugueseInSaoPaulo() {
    Customer joao = Customer.builder().givenName("João").locale(Locale.forLanguageTag("pt-BR"))
        .zone(ZoneId.of("America/Sao_Paulo")).build();
    assertEquals("Boa noite, João. Obrigado pela sua mensagem; já a recebemos. Esta é uma resposta"
        + " automática: um atendente vai responder em até 2 horas.", ack(joao, TEAM_OPEN));
  }

  @Test
  void anUnknownZonePromisesNoClockTime() {
    Customer noZone = Customer.builder().givenName("Sam").locale(Locale.ENGLISH).build();
    assertEquals("Hello, Sam. Thank you for your message; we have received it. This is an"
        + " automatic reply: a team member will reply within 2 hours.", ack(noZone, TEAM_OPEN));
    assertEquals("Hello, Sam. Thank you for your message; we have received it. This is an"
        + " automatic reply: a team member will reply as soon as they can.",
        ack(noZone, TEAM_AWAY));
  }

  @Test
  void aTeamThatNeverOpensPromisesNoTime() {
    BusinessClock closedForGood = BusinessClock.of(
        SupportHours.parse("off", ZoneId.of("Asia/Tokyo")), Clock.systemUTC());
    Customer sam = Customer.builder().givenName("Sam").locale(Locale.UK)
        .zone(ZoneId.of("Europe/London")).build();
    assertTrue(ACK.render(sam, closedForGood, TWO_HOURS, TEAM_OPEN)
        .endsWith("a team member will reply as soon as they can."));
  }

  @Test
  void aLanguageWithoutTextsGetsEnglishAndNoNameFallback() {
    Customer korean = Customer.builder().locale(Locale.KOREAN).build();
    assertTrue(ack(korean, TEAM_OPEN).startsWith("Hello. Thank you for your message"),
        ack(korean, TEAM_OPEN));
  }

  @Test
  void theCustomersNameIsDataEvenInHtml() {
    Acknowledgement html = Acknowledgement.builder().outputFormat(OutputFormat.HTML).build();
    Customer sneaky = Customer.builder().givenName("<b>{0}</b>").locale(Locale.ENGLISH).build();
    assertTrue(html.render(sneaky, TOKYO_TEAM, TWO_HOURS, TEAM_OPEN)
        .startsWith("Hello, &lt;b&gt;{0}&lt;/b&gt;. Thank you"));
  }

  @Test
  void aBrandBringsItsOwnTexts() {
    TemplateCatalog own = TemplateCatalog.builder().source("en.yaml", """
        ack.auto-reply:
          text: "{named, select, yes {Hi {customerName}!} other {Hi!}} {status, select, open {Back to you {replyBy}.} other {We'll be in touch.}}"
          arguments:
            named: {required: true}
            status: {required: true}
            replyBy: {fallback: "soon"}
            nextOpening: {fallback: "soon"}
        """).build();
    Acknowledgement brand = Acknowledgement.builder().catalog(own).build();
    Customer bob = Customer.builder().givenName("Bob").locale(Locale.ENGLISH)
        .zone(ZoneId.of("Europe/London")).build();
    assertEquals("Hi Bob! Back to you within 2 hours.",
        brand.render(bob, TOKYO_TEAM, TWO_HOURS, TEAM_OPEN));
  }

  @Test
  void aCatalogWithoutTheKeyIsRefusedAtBuild() {
    TemplateCatalog other = TemplateCatalog.builder().source("en.yaml", "hello: Hello!").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Acknowledgement.builder().catalog(other).build());
    assertTrue(e.getMessage().contains("ack.auto-reply"), e.getMessage());
  }

  @Test
  void aNonPositiveSlaIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ACK.render(Customer.anonymous(), TOKYO_TEAM, Duration.ZERO, TEAM_OPEN));
  }

  @Test
  void theBuiltInsHaveNoWarningsAndEveryFileIsIndexed() throws IOException {
    assertEquals(List.of(), ACK.catalog().warnings());
    Path folder = Path.of("src/main/resources/dev/tact/i18n/acknowledgement");
    List<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".yaml")).sorted().toList();
    }
    List<String> indexed = Files.readAllLines(folder.resolve("index.txt")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).sorted().toList();
    assertEquals(files, indexed);
    assertEquals(6, ACK.catalog().locales().size());
  }
}

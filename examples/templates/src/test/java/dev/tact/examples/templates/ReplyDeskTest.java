package dev.tact.examples.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.hours.BusinessClock;
import dev.tact.hours.SupportHours;
import dev.tact.i18n.TemplateCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example catalog, rendered for customers around the world at one instant. */
class ReplyDeskTest {
  private static final Path CATALOG = Path.of("templates");
  private static final BusinessClock BERLIN_TEAM = BusinessClock.of(
      SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Europe/Berlin")), Clock.systemUTC());
  /** Friday 22:30 in Berlin, Saturday 06:30 in Tokyo, Friday 18:30 in São Paulo. */
  private static final Instant NOW = Instant.parse("2026-11-27T21:30:00Z");
  private static final ReplyDesk DESK = new ReplyDesk(CATALOG, BERLIN_TEAM);

  @Test
  void theCatalogIsCleanAndComplete() {
    TemplateCatalog catalog = TemplateCatalog.load(CATALOG);
    assertEquals(List.of(), catalog.warnings());
    assertEquals(List.of("hours.closed", "order.delayed", "order.shipped", "welcome"), catalog.keys());
    assertEquals(6, catalog.locales().size());
  }

  @Test
  void japaneseCustomerInTokyo() {
    Customer yuki = Customer.builder().familyName("田中").givenName("由紀").locale(Locale.JAPAN)
        .zone(ZoneId.of("Asia/Tokyo")).build();
    assertEquals("おはようございます。田中様、ご注文 A-1042 は2026年11月20日に倉庫から発送いたしました。",
        DESK.shipped(yuki, "A-1042", LocalDate.of(2026, 11, 20), NOW));
    assertEquals("ただいま営業時間外です。月曜日 17:00（お客様の現地時間）より対応を再開いたします。"
        + "メッセージは受け付けておりますので、再開後に優先してご返信いたします。", DESK.awayMessage(yuki, NOW));
  }

  @Test
  void germanCustomerIsSieUnlessCasual() {
    Customer.Builder anna = Customer.builder().givenName("Anna").familyName("Schmidt")
        .locale(Locale.GERMANY).zone(ZoneId.of("Europe/Berlin"));
    assertEquals("Das tut uns leid, Anna Schmidt: ein Artikel Ihrer Bestellung verspätet sich."
        + " Wir melden uns mit dem neuen Liefertermin, sobald der Paketdienst ihn bestätigt.",
        DESK.delayed(anna.build(), 1, NOW));
    assertEquals("Das tut uns leid, Anna: 3 Artikel deiner Bestellung verspäten sich."
        + " Wir melden uns mit dem neuen Liefertermin, sobald der Paketdienst ihn bestätigt.",
        DESK.delayed(anna.formality(Formality.CASUAL).build(), 3, NOW));
  }

  @Test
  void brazilianCustomerInSaoPaulo() {
    Customer joao = Customer.builder().givenName("João").locale(Locale.forLanguageTag("pt-BR"))
        .zone(ZoneId.of("America/Sao_Paulo")).build();
    assertEquals("Boa tarde, João. Seu pedido A-1042 saiu do nosso depósito em 20 de novembro de"
        + " 2026 e está a caminho.", DESK.shipped(joao, "A-1042", LocalDate.of(2026, 11, 20), NOW));
  }

  @Test
  void frenchAndSpanishPlurals() {
    Customer marie = Customer.builder().givenName("Marie").locale(Locale.FRANCE)
        .zone(ZoneId.of("Europe/Paris")).build();
    assertEquals("Désolés, Marie : 2 articles de votre commande sont retardés. Nous vous enverrons"
        + " la nouvelle date de livraison dès que le transporteur l'aura confirmée.",
        DESK.delayed(marie, 2, NOW));
    Customer lucia = Customer.builder().givenName("Lucía").locale(Locale.forLanguageTag("es-ES"))
        .zone(ZoneId.of("Europe/Madrid")).build();
    assertEquals("Lo sentimos, Lucía: un artículo de tu pedido llega con retraso. Te enviaremos la"
        + " nueva fecha de entrega en cuanto la confirme la empresa de transporte.",
        DESK.delayed(lucia, 1, NOW));
  }

  @Test
  void withoutAZoneTheAwayMessageNamesNoClockTime() {
    Customer sam = Customer.builder().givenName("Sam").locale(Locale.ENGLISH).build();
    assertEquals("Our team is away right now and back on the next business day. We have your"
        + " message and will answer it first thing.", DESK.awayMessage(sam, NOW));
  }
}

package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Order, ticket, booking and tracking numbers after a label in English, Japanese, German, French,
 * Spanish or Portuguese ("order #A-1042", "ticket 88231", 「注文番号：12345」, "Bestellnummer
 * 4711-0815", "numéro de commande 123-456", "número do pedido 98765"), plus a tenant's own label
 * words. The span covers the value: letters and digits joined by single {@code - _ /}, up to
 * {@value #MAX_LENGTH} units, with digits in it.
 *
 * <p>A label that names a number ("order number", 「注文番号」) or a marker after the label
 * ({@code #}, {@code :}, "no.", "Nr.", "n°") is enough for a value of 3 units with 2 digits; a bare
 * word ("order", "ticket", "pedido") needs 5 units with 3 digits, so that "order 100 pieces" and
 * "ticket was closed" are left alone. Dates, times, prices and counts ("1/3") after a label are
 * not values.
 */
public final class OrderNumberScanner implements LabelledScanner {
  private static final int MAX_LENGTH = 40;

  /** Labels that name a number: a short value after them is one. */
  private static final List<String> NAMING = List.of(
      "order number", "order no", "order #", "order id", "order ref", "order reference", "order code",
      "ticket number", "ticket no", "ticket #", "ticket id", "case number", "case no", "case #", "case id",
      "booking number", "booking reference", "booking ref", "booking code", "booking id",
      "reservation number", "reservation code", "confirmation number", "confirmation code",
      "tracking number", "tracking no", "tracking #", "tracking id", "tracking code", "reference number",
      "ref no", "invoice number", "invoice no", "account number", "customer number", "customer id",
      "member number", "membership number", "claim number", "return number", "rma",
      "注文番号", "ご注文番号", "注文id", "オーダー番号", "オーダーid", "予約番号", "ご予約番号", "予約コード",
      "問い合わせ番号", "問合せ番号", "お問い合わせ番号", "追跡番号", "伝票番号", "送り状番号", "お客様番号",
      "会員番号", "受付番号", "チケット番号", "管理番号", "配送番号", "荷物番号", "契約番号", "申込番号",
      "お申込み番号", "申し込み番号",
      "bestellnummer", "bestell-nr", "bestellnr", "auftragsnummer", "auftragsnr", "ticketnummer",
      "ticket-nr", "buchungsnummer", "buchungscode", "sendungsnummer", "sendungsverfolgungsnummer",
      "trackingnummer", "kundennummer", "kundennr", "vorgangsnummer", "rechnungsnummer",
      "reservierungsnummer", "vertragsnummer", "fallnummer",
      "numéro de commande", "n° de commande", "no de commande", "numéro commande", "numéro de suivi",
      "numéro de colis", "numéro de réservation", "numéro de dossier", "numéro de ticket", "numéro client",
      "numéro de client", "référence de commande", "numéro de billet", "numéro de facture",
      "numéro de contrat",
      "número de pedido", "nº de pedido", "n° de pedido", "no. de pedido", "número de orden",
      "número de seguimiento", "número de reserva", "número de ticket", "número de caso",
      "número de cliente", "número de factura", "localizador", "código de reserva",
      "número de incidencia", "número de contrato",
      "número do pedido", "nº do pedido", "n° do pedido", "código de rastreamento", "código de rastreio",
      "número de rastreamento", "número de rastreio", "número da reserva", "número do protocolo",
      "protocolo", "número do cliente", "código da reserva", "número da nota fiscal");

  /** Bare words: only a longer value after them counts. */
  private static final List<String> BARE = List.of(
      "order", "ticket", "case", "booking", "reservation", "tracking", "reference", "invoice", "claim",
      "bestellung", "auftrag", "buchung", "sendung", "vorgang",
      "commande", "réservation", "dossier", "référence", "colis",
      "pedido", "orden", "reserva", "incidencia", "referencia", "factura",
      "encomenda", "rastreio", "rastreamento", "nota fiscal");

  private static final FillerScanner FILLER = new FillerScanner(":#=№「『【[(\"'は°-.", ":#=№°",
      Set.of("is", "was", "number", "no", "nr", "n", "nº", "num", "id", "ref", "ist", "lautet", "lautete",
          "est", "es", "é", "era", "the", "my", "our", "le", "el", "o", "a", "de", "do", "da", "la", "mein",
          "meine", "die", "mon", "ma", "mi", "meu", "minha", "nummer", "numéro", "número", "numero"),
      Set.of("no", "nr", "n", "nº", "num", "id", "ref", "number", "nummer", "numéro", "número", "numero"));

  private final List<String> labels;
  private final int naming;

  /** The built-in labels plus a tenant's own {@code tenantLabels}, each of which names a number. */
  public OrderNumberScanner(List<String> tenantLabels) {
    List<String> all = new ArrayList<>(NAMING);
    all.addAll(tenantLabels);
    this.naming = all.size();
    all.addAll(BARE);
    this.labels = List.copyOf(all);
  }

  @Override
  public PersonalDataKind kind() {
    return PersonalDataKind.ORDER_NUMBER;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public @Nullable Span read(String text, String folded, int label, int labelStart, int labelEnd) {
    FillerScanner.Filler filler = FILLER.skip(folded, labelEnd);
    boolean shortValueAllowed = label < naming || filler.marked();
    int start = filler.end();
    int n = folded.length();
    int end = start;
    int digits = 0;
    while (end < n && end - start <= MAX_LENGTH) {
      char c = folded.charAt(end);
      if (UnitScanner.digit(c) >= 0 && c < 0x80) {
        digits++;
      } else if (!UnitScanner.isAsciiLetter(c)
          && !((c == '-' || c == '_' || c == '/') && end > start && end + 1 < n && isAsciiAlnum(folded.charAt(end + 1)))) {
        break;
      }
      end++;
    }
    int length = end - start;
    if (length > MAX_LENGTH || digits < (shortValueAllowed ? 2 : 3) || length < (shortValueAllowed ? 3 : 5)
        || !UnitScanner.numberMayEndAt(folded, end) || end < n && folded.charAt(end) == ':'
            && end + 1 < n && UnitScanner.digit(folded.charAt(end + 1)) >= 0
        || DateScanner.isNumericDate(folded, start, end) || isFraction(folded, start, end)) {
      return null;
    }
    return new Span(start, end);
  }

  /** "1/3", "10/27": digits in parts of at most two joined by slashes (a count or a day). */
  private static boolean isFraction(String folded, int start, int end) {
    int part = 0;
    for (int i = start; i < end; i++) {
      char c = folded.charAt(i);
      if (c == '/') {
        part = 0;
      } else if (c >= '0' && c <= '9' && part < 2) {
        part++;
      } else {
        return false;
      }
    }
    return folded.indexOf('/', start) < end && folded.indexOf('/', start) >= 0;
  }

  private static boolean isAsciiAlnum(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c));
  }
}

package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.tact.core.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tact's phone scanner against the reference, Google's libphonenumber {@code PhoneNumberMatcher}
 * (leniency VALID, a test-only dependency), on labelled care messages of seven regions: phone
 * numbers between ⟦ ⟧, and prices, dates, times, versions, order and tracking numbers that are not
 * phones. A finding counts when its span is exactly the labelled one. Tact reads the messages with
 * every detector on, as in use, and keeps its phone findings.
 */
class PhoneAgainstLibphonenumberTest {
  private record Labelled(String region, String text) {}

  private static final List<Labelled> MESSAGES = List.of(
      new Labelled("US", "Call me at ⟦(415) 555-0100⟧ after 5pm, I'm at work till then"),
      new Labelled("US", "my cell is ⟦415-555-0199⟧ if that's easier"),
      new Labelled("US", "reach me on ⟦+1 415 555 0123⟧ please"),
      new Labelled("US", "⟦1-800-555-0199⟧ is your support line and nobody answers"),
      new Labelled("US", "you can also try ⟦415.555.0142⟧"),
      new Labelled("US", "text me at ⟦4155550123⟧ when it ships"),
      new Labelled("US", "⟦+1 (212) 555-0187⟧ ext. 12 is my desk"),
      new Labelled("US", "order total was $1,299.99 on 05/01/2024 and still nothing"),
      new Labelled("US", "app version 10.2.3 crashed at 10:30 again"),
      new Labelled("US", "tracking 1Z999AA10123456784 stuck since 3/4"),
      new Labelled("US", "I've waited 45 minutes, made 3 calls and 2 chats"),
      new Labelled("US", "ticket #4155550100 was closed without a reply"),
      new Labelled("US", "Flight UA 1234 from gate 22 at 6:45 got cancelled"),
      new Labelled("US", "my zip is 94107 and it's apt 12"),
      new Labelled("US", "card ending 4242 was charged 3 times for 12.99"),
      new Labelled("US", "the 2019-2023 models all have this issue"),
      new Labelled("US", "Order number 2125550187 was refunded twice?"),
      new Labelled("US", "call ⟦+44 20 7946 0958⟧ or ⟦+81 3-1234-5678⟧, they're our offices"),
      new Labelled("US", "paid 2,450.00 for 3 items on 12.05.2024"),
      new Labelled("JP", "電話は⟦03-1234-5678⟧です。よろしくお願いします"),
      new Labelled("JP", "携帯⟦０９０-１２３４-５６７８⟧に折り返しお願いします"),
      new Labelled("JP", "⟦090ー1234ー5678⟧までご連絡ください"),
      new Labelled("JP", "海外からは⟦+81 90-1234-5678⟧です"),
      new Labelled("JP", "合計12,800円で2024年5月1日に注文しました"),
      new Labelled("JP", "注文番号：0312345678の件です"),
      new Labelled("JP", "10:30から12:00まで待ちました"),
      new Labelled("JP", "〒100-0001 東京都千代田区に届けてください"),
      new Labelled("JP", "フリーダイヤル⟦0120-123-456⟧に電話しました"),
      new Labelled("JP", "バージョン1.2.3にアップデートしたら落ちます"),
      new Labelled("JP", "2024/05/01 10:30に配達予定でした"),
      new Labelled("DE", "Rückruf bitte unter ⟦030 1234567⟧"),
      new Labelled("DE", "Meine Nummer: ⟦(030) 123456⟧"),
      new Labelled("DE", "Tel. ⟦030/1234567⟧, bitte nach 17 Uhr"),
      new Labelled("DE", "Termin 12/05/2024, Rechnung 2024/0815"),
      new Labelled("DE", "⟦0171 1234567⟧ erreichbar ab 18 Uhr"),
      new Labelled("DE", "aus dem Ausland ⟦+49 30 12345678⟧ oder ⟦0049 30 12345678⟧"),
      new Labelled("DE", "Lieferung am 01.05.2024 um 10.30 Uhr verpasst"),
      new Labelled("DE", "Bestellnummer 0471108151 kam nicht an"),
      new Labelled("DE", "Preis 1.299,00 € statt 999,00 €"),
      new Labelled("DE", "PLZ 10115 Berlin, Hausnummer 12"),
      new Labelled("FR", "Appelez-moi au ⟦01 23 45 67 89⟧ demain"),
      new Labelled("FR", "mon portable ⟦06.12.34.56.78⟧"),
      new Labelled("FR", "⟦+33 6 12 34 56 78⟧ merci de rappeler"),
      new Labelled("FR", "livraison le 01/05/2024 à 10h30, toujours rien"),
      new Labelled("FR", "commande n° 0123456789 pour 49,99 €"),
      new Labelled("FR", "version 2.10.15 de l'appli, 3 fois"),
      new Labelled("ES", "Mi móvil es ⟦612 34 56 78⟧"),
      new Labelled("ES", "llámenme al ⟦+34 912 345 678⟧ por favor"),
      new Labelled("ES", "pedido 698765432 del 12/03/2024"),
      new Labelled("ES", "me cobraron 1.299,00 € el 5 de mayo"),
      new Labelled("BR", "Liga pra mim no ⟦(11) 91234-5678⟧"),
      new Labelled("BR", "meu zap ⟦+55 11 91234-5678⟧"),
      new Labelled("BR", "protocolo 11912345678 aberto ontem"),
      new Labelled("BR", "paguei R$ 1.299,90 em 3x no dia 05/05"),
      new Labelled("GB", "ring ⟦020 7946 0958⟧ after six"),
      new Labelled("GB", "my mobile is ⟦07700 900123⟧"),
      new Labelled("GB", "order 02079460958 arrived broken"),
      new Labelled("GB", "£1,299.99 on 01/05/2024 at 10.30"));

  @Test
  void tactIsAtLeastAsPreciseAndFindsAsMuchAsTheReference() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    int expected = 0;
    int[] tact = new int[2];
    int[] reference = new int[2];
    List<String> notes = new ArrayList<>();
    for (Labelled message : MESSAGES) {
      List<Span> labels = new ArrayList<>();
      String text = unlabel(message.text(), labels);
      expected += labels.size();
      Set<Span> tactSpans = new HashSet<>();
      PersonalDataDetector detector = PersonalDataDetector.builder().region(message.region()).build();
      for (PersonalData data : detector.find(text, Locale.ROOT)) {
        if (data.kind() == PersonalDataKind.PHONE) {
          tactSpans.add(data.span());
        }
      }
      Set<Span> referenceSpans = new HashSet<>();
      for (PhoneNumberMatch match : util.findNumbers(text, message.region(), PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        referenceSpans.add(new Span(match.start(), match.end()));
      }
      count(tactSpans, labels, tact, notes, "Tact", text);
      count(referenceSpans, labels, reference, notes, "libphonenumber", text);
    }
    double tactPrecision = ratio(tact[0], tact[1]);
    double tactRecall = ratio(tact[0], expected);
    double referencePrecision = ratio(reference[0], reference[1]);
    double referenceRecall = ratio(reference[0], expected);
    String report = String.format(Locale.ROOT, "%d labelled numbers in %d messages%n"
        + "Tact:           precision %.3f (%d/%d), recall %.3f%nlibphonenumber: precision %.3f (%d/%d), recall %.3f%n%s",
        expected, MESSAGES.size(), tactPrecision, tact[0], tact[1], tactRecall, referencePrecision, reference[0],
        reference[1], referenceRecall, String.join("\n", notes));
    System.out.println(report);
    assertTrue(tactPrecision >= referencePrecision && tactRecall >= referenceRecall, report);
    assertTrue(tactPrecision >= 0.95 && tactRecall >= 0.95, report);
  }

  private static void count(Set<Span> found, List<Span> labels, int[] tally, List<String> notes, String who, String text) {
    for (Span span : found) {
      tally[1]++;
      if (labels.contains(span)) {
        tally[0]++;
      } else {
        notes.add(who + " wrongly: «" + span.in(text) + "» in " + text);
      }
    }
    for (Span label : labels) {
      if (!found.contains(label)) {
        notes.add(who + " missed: «" + label.in(text) + "» in " + text);
      }
    }
  }

  private static String unlabel(String labelled, List<Span> labels) {
    StringBuilder text = new StringBuilder();
    int start = -1;
    for (int i = 0; i < labelled.length(); i++) {
      char c = labelled.charAt(i);
      if (c == '⟦') {
        start = text.length();
      } else if (c == '⟧') {
        labels.add(new Span(start, text.length()));
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1 : (double) part / whole;
  }
}

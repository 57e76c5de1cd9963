package dev.tact.rules.escalation;

import static dev.tact.rules.escalation.DetectedText.DE;
import static dev.tact.rules.escalation.DetectedText.EN;
import static dev.tact.rules.escalation.DetectedText.ES;
import static dev.tact.rules.escalation.DetectedText.FR;
import static dev.tact.rules.escalation.DetectedText.JA;
import static dev.tact.rules.escalation.DetectedText.PT;
import static dev.tact.rules.escalation.DetectedText.assertFinds;
import static dev.tact.rules.escalation.DetectedText.assertFindsNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhoneDetectionTest {
  @Test
  void findsInternationalNumbersWhateverTheLanguage() {
    assertFinds(EN, "call me back on +81 90-1234-5678 please", "PHONE +81 90-1234-5678");
    assertFinds(EN, "Our office: +1 (415) 555-0100.", "PHONE +1 (415) 555-0100");
    assertFinds(DE, "Rückruf bitte unter 0049 30 12345678", "PHONE 0049 30 12345678");
    assertFinds(FR, "joignable au +33 6 12 34 56 78 ce soir", "PHONE +33 6 12 34 56 78");
    assertFinds(EN, "UK number +44 (0)20 7946 0958", "PHONE +44 (0)20 7946 0958");
    assertFinds(PT, "meu zap +55 11 91234-5678", "PHONE +55 11 91234-5678");
    assertFinds(JA, "電話は＋８１ ９０ １２３４ ５６７８です", "PHONE ＋８１ ９０ １２３４ ５６７８");
    assertFinds(EN, "our Lagos office on (+234) 70 94250 556 weekdays", "PHONE (+234) 70 94250 556");
  }

  @Test
  void findsNationalNumbersOfTheTextsRegion() {
    assertFinds(JA, "電話03-1234-5678まで折り返しください", "PHONE 03-1234-5678");
    assertFinds(JA, "携帯は０９０-１２３４-５６７８です", "PHONE ０９０-１２３４-５６７８");
    assertFinds(JA, "携帯は０９０ー１２３４ー５６７８です", "PHONE ０９０ー１２３４ー５６７８");
    assertFinds(JA, "フリーダイヤル0120-123-456", "PHONE 0120-123-456");
    assertFinds(EN, "you can reach me at (415) 555-0100 or 415.555.0199", "PHONE (415) 555-0100", "PHONE 415.555.0199");
    assertFinds(DE, "Meine Nummer ist (030) 123456, abends 0171 1234567", "PHONE (030) 123456", "PHONE 0171 1234567");
    assertFinds(DE, "Tel. 030/1234567 ab 17 Uhr", "PHONE 030/1234567");
    assertFindsNothing(EN, "call 030/1234567 and 415/555-0100");
    assertFinds(FR, "Appelez-moi au 01 23 45 67 89 ou au 06.12.34.56.78", "PHONE 01 23 45 67 89", "PHONE 06.12.34.56.78");
    assertFinds(ES, "Mi móvil es 612 34 56 78", "PHONE 612 34 56 78");
    assertFinds(PT, "Liga pra mim no (11) 91234-5678", "PHONE (11) 91234-5678");
    assertFinds(Locale.UK, "ring 020 7946 0958 after six", "PHONE 020 7946 0958");
  }

  @Test
  void aConfiguredRegionReplacesTheLocales() {
    PersonalDataDetector japan = PersonalDataDetector.builder().region("jp").build();
    assertEquals(List.of("PHONE 03-1234-5678"), DetectedText.in(japan, "call 03-1234-5678", EN));
    assertEquals(List.of(), DetectedText.in(japan, "call (415) 555-0100", EN));
  }

  @Test
  void cutsANumberOutOfSpacedGroupsButNotOutOfDashedOnes() {
    assertFinds(JA, "会員 12345 03-1234-5678 です", "PHONE 03-1234-5678");
    assertFindsNothing(JA, "12-03-1234-5678");
  }

  @Test
  void leavesPricesDatesTimesVersionsAndReferencesAlone() {
    assertFindsNothing(EN, "Your total was $1,299.99 and the refund of $ 415 555 0100 is odd");
    assertFindsNothing(EN, "Delivered 2024-05-01 at 10:30, updated 05/01/2024, app 1.2.3, build 10.0.19045");
    assertFindsNothing(DE, "Lieferung am 01.05.2024 um 10.30 Uhr, Version 2.10.15");
    assertFindsNothing(JA, "合計12,800円、2024年5月1日 10:30にお届け");
    assertFindsNothing(JA, "0312345678円");
    assertFindsNothing(EN, "see #4155550100 and v4155550100 and 4155550100% more");
    assertFindsNothing(FR, "prix 1 000 000 € en 2024");
    assertFindsNothing(EN, "IP 192.168.100.100 is blocked");
    assertFindsNothing(EN, "call 555-0100");
  }

  @Test
  void readsNumbersGluedToJapaneseWords() {
    assertFinds(JA, "折り返しは09012345678にお願いします", "PHONE 09012345678");
  }
}

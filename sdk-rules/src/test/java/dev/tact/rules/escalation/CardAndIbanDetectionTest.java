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
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardAndIbanDetectionTest {
  @Test
  void findsCardNumbersWholeSpacedOrDashed() {
    assertFinds(EN, "I was charged twice on my card 4111 1111 1111 1111, please refund",
        "PAYMENT_CARD 4111 1111 1111 1111");
    assertFinds(EN, "card 5555-5555-5555-4444 exp 12/27", "PAYMENT_CARD 5555-5555-5555-4444");
    assertFinds(DE, "Meine Karte 378282246310005 wurde belastet", "PAYMENT_CARD 378282246310005");
    assertFinds(FR, "carte 3782 822463 10005 débitée deux fois", "PAYMENT_CARD 3782 822463 10005");
    assertFinds(ES, "tarjeta 6011111111111117, ¿por qué?", "PAYMENT_CARD 6011111111111117");
    assertFinds(PT, "cartão final... não, o número todo: 4012 8888 8888 1881", "PAYMENT_CARD 4012 8888 8888 1881");
    assertFinds(JA, "カード番号は４１１１ １１１１ １１１１ １１１１です", "PAYMENT_CARD ４１１１ １１１１ １１１１ １１１１");
    assertFinds(JA, "カード3530111333300000で払いました", "PAYMENT_CARD 3530111333300000");
  }

  @Test
  void leavesNumbersThatFailLuhnOrSitInLongerRunsAlone() {
    assertFindsNothing(EN, "card 4111 1111 1111 1112 declined");
    assertFindsNothing(EN, "ref 41111111111111119999 is the long one");
    assertFindsNothing(EN, "id 4111-1111-1111-1111-2222");
    assertFindsNothing(EN, "A4111111111111111 is a part number");
    assertFindsNothing(EN, "0000 0000 0000 0000, 1111 1111 1111 1117, 2000 0000 0000 0008, 7000 0000 0000 0000 and"
        + " 3100 0000 0000 0007 are not issuer ranges");
  }

  @Test
  void findsIbansWholeOrInGroupsOfFour() {
    assertFinds(DE, "Bitte auf DE89 3704 0044 0532 0130 00 zurücküberweisen", "IBAN DE89 3704 0044 0532 0130 00");
    assertFinds(EN, "refund to GB82WEST12345698765432 please", "IBAN GB82WEST12345698765432");
    assertFinds(FR, "mon IBAN : FR14 2004 1010 0505 0001 3M02 606.", "IBAN FR14 2004 1010 0505 0001 3M02 606");
    assertFinds(ES, "IBAN ES91 2100 0418 4502 0005 1332", "IBAN ES91 2100 0418 4502 0005 1332");
    assertFinds(PT, "IBAN PT50 0002 0123 1234 5678 9015 4", "IBAN PT50 0002 0123 1234 5678 9015 4");
    assertFinds(JA, "口座はＤＥ８９３７０４００４４０５３２０１３０００です", "IBAN ＤＥ８９３７０４００４４０５３２０１３０００");
    assertFinds(DE, "iban de89 3704 0044 0532 0130 00", "IBAN de89 3704 0044 0532 0130 00");
  }

  @Test
  void leavesIbansWithABadCheckOrLengthAlone() {
    PersonalDataDetector ibans = PersonalDataDetector.builder().kinds(Set.of(PersonalDataKind.IBAN)).build();
    for (String text : List.of("DE88 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 001",
        "XX89 3704 0044 0532 0130 00", "DE89 370 40044 0532 0130 00", "ADE89 3704 0044 0532 0130 00")) {
      assertEquals(List.of(), DetectedText.in(ibans, text, DE), text);
    }
  }

  @Test
  void leavesTheExpiryDateOutOfACardButNotATrailingNumber() {
    assertFinds(EN, "4111 1111 1111 1111 12/27 please cancel", "PAYMENT_CARD 4111 1111 1111 1111");
    assertFindsNothing(EN, "id 12345 4111 1111 1111 1111");
  }
}

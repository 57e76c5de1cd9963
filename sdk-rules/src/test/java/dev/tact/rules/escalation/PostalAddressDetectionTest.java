package dev.tact.rules.escalation;

import static dev.tact.rules.escalation.DetectedText.DE;
import static dev.tact.rules.escalation.DetectedText.EN;
import static dev.tact.rules.escalation.DetectedText.ES;
import static dev.tact.rules.escalation.DetectedText.FR;
import static dev.tact.rules.escalation.DetectedText.JA;
import static dev.tact.rules.escalation.DetectedText.PT;
import static dev.tact.rules.escalation.DetectedText.assertFinds;
import static dev.tact.rules.escalation.DetectedText.assertFindsNothing;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PostalAddressDetectionTest {
  @Test
  void findsJapanesePostcodesAndTheAddressAfterThem() {
    assertFinds(JA, "送り先は〒100-0001です", "POSTAL_ADDRESS 〒100-0001");
    assertFinds(JA, "〒１００－０００１ 東京都千代田区千代田１－１に住んでいます",
        "POSTAL_ADDRESS 〒１００－０００１ 東京都千代田区千代田１－１");
    assertFinds(JA, "〒1000001", "POSTAL_ADDRESS 〒1000001");
    assertFinds(JA, "住所は東京都新宿区西新宿2丁目8番1号です", "POSTAL_ADDRESS 東京都新宿区西新宿2丁目8番1号");
  }

  @Test
  void findsStreetAddressesWithAPostcode() {
    assertFinds(EN, "ship it to 1600 Pennsylvania Avenue NW, Washington, DC 20500 instead",
        "POSTAL_ADDRESS 1600 Pennsylvania Avenue NW, Washington, DC 20500");
    assertFinds(Locale.UK, "I'm at 221B Baker Street, London NW1 6XE", "POSTAL_ADDRESS 221B Baker Street, London NW1 6XE");
    assertFinds(EN, "new address: 12 Main St, Springfield, IL 62704-1234", "POSTAL_ADDRESS 12 Main St, Springfield, IL 62704-1234");
    assertFinds(EN, "the store address is 12008 blue ridge blvd, grandview mo 64030.",
        "POSTAL_ADDRESS 12008 blue ridge blvd, grandview mo 64030");
    assertFinds(EN, "I live on Elm Street, Springfield, IL 62704", "POSTAL_ADDRESS Elm Street, Springfield, IL 62704");
    assertFinds(DE, "Lieferung an Hauptstraße 5, 10115 Berlin bitte", "POSTAL_ADDRESS Hauptstraße 5, 10115");
    assertFinds(DE, "Bahnhofstr. 12, 80335 München", "POSTAL_ADDRESS Bahnhofstr. 12, 80335");
    assertFinds(FR, "J'habite 12 rue de la Paix, 75002 Paris", "POSTAL_ADDRESS 12 rue de la Paix, 75002");
    assertFinds(ES, "Envíenlo a Calle Mayor 10, 28013 Madrid", "POSTAL_ADDRESS Calle Mayor 10, 28013");
    assertFinds(PT, "Rua Augusta 100, 01310-100 São Paulo", "POSTAL_ADDRESS Rua Augusta 100, 01310-100");
    assertFinds(PT, "Rua do Ouro 20, 1100-060 Lisboa", "POSTAL_ADDRESS Rua do Ouro 20, 1100-060");
  }

  @Test
  void leavesStreetWordsWithoutAPostcodeAndLonePostcodesAlone() {
    assertFindsNothing(EN, "I'm on Main Street right now, the store was closed");
    assertFindsNothing(EN, "we're 1st in line");
    assertFindsNothing(EN, "I need \"Two Way Street\" in this playlist @115888 @83033");
    assertFindsNothing(DE, "die Straße war gesperrt");
    assertFindsNothing(FR, "dans la rue depuis 2 heures");
    assertFindsNothing(JA, "〒マークの意味は？ 3丁目の夕日");
  }
}

package dev.tact.rules.escalation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.rules.TextView;
import dev.tact.rules.escalation.PersonalData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The detector reads only where {@link Prescreen} says values can be: every scanner run over that
 * part finds exactly what it finds over the whole text, in texts made of everything the scanners
 * react to (labels with and without digits after them, full-width and decomposed forms, digits of
 * other scripts, handles, e-mail addresses, kanji numerals).
 */
class PrescreenProperties {
  private static final List<String> PIECES = List.of("password", "Passwort: ", "PASSWORD is ", "ｐａｓｓｗｏｒｄ",
      "パスワード", "ハ\u309Aスワート\u3099", "mot de passe", "contrasen\u0303a ", "senha", "PW ", "Kennwort:", "mdp",
      "Sommer!", "Tr0ub4dor", "hunter2", "千代田区千代田", "一丁目", "三番地", "丁目", "order #", "Order number ",
      "ticket ", "code: ", "2fa code ", "DOB ", "born on May 5, 1990", "12 Main St ", "Hauptstraße 5 ", "94107",
      "SW1A 2AA", "〒", "100-0001", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "+1 (415) 555-0100",
      "０９０ー１２３４ー５６７８", "dana.lee@example.com", "@115770 ", "ana＠example.jp", "x@", " ", "  ", "\n", "٣٤٥",
      "https://t.co/12", "İ", "\u212A", "é", "e\u0301", "x", "12", "7", "AB", "CS-123456", "生年月日：1990年1月2日");

  private static final List<LabelledScanner> LABELLED = List.of(new OrderNumberScanner(List.of("Vorgang")),
      new CredentialScanner(), new BirthDateScanner(), new StreetAddressScanner());

  @Property(tries = 3000)
  void scanningWherePrescreenPointsFindsWhatAWholeScanFinds(@ForAll("texts") String text,
      @ForAll("locales") Locale locale) {
    String folded = UnitScanner.folded(text);
    RegionPhone region = RegionPhone.of(locale);
    List<PersonalData> whole = new ArrayList<>();
    new IbanScanner().scan(text, folded, whole);
    new CardScanner().scan(text, folded, whole);
    new LabelScanner(LABELLED).scan(text, folded, whole);
    new PostcodeScanner().scan(text, folded, whole);
    new PhoneScanner().scan(text, folded, region, whole);
    new EmailScanner().scan(text, folded, whole);
    for (String lowered : new String[] {TextView.of(text, locale).normalized(), null}) {
      int first = Prescreen.firstDigit(text);
      int last = Prescreen.lastDigit(text);
      boolean anchors = Prescreen.holdsLabelAnchor(text, lowered);
      List<PersonalData> ranged = new ArrayList<>();
      if (first >= 0) {
        new IbanScanner().scan(text, folded, first, last + 1, ranged);
        new CardScanner().scan(text, folded, first, last + 1, ranged);
      }
      new LabelScanner(LABELLED).scan(text, folded, anchors ? folded.length() : last, ranged);
      if (first >= 0) {
        new PostcodeScanner().scan(text, folded, ranged);
        new PhoneScanner().scan(text, folded, region, first, last + 1, ranged);
      }
      if (Prescreen.mayHoldEmail(text)) {
        new EmailScanner().scan(text, folded, ranged);
      }
      if (!ranged.equals(whole)) {
        throw new AssertionError("in «" + text + "» (" + (lowered == null ? "lower-cased" : "normalized")
            + "): whole scan " + whole + ", where the prescreen points " + ranged);
      }
    }
  }

  @Example
  void passwordsWithoutDigitsAndKanjiAddressesNeedTheirAnchors() {
    assertTrue(Prescreen.holdsLabelAnchor("Your PASSWORD: Sommer!", null));
    assertTrue(Prescreen.holdsLabelAnchor("Your ｐａｓｓｗｏｒｄ", null));
    assertTrue(Prescreen.holdsLabelAnchor("ハ\u309Aスワート\u3099は", null));
    assertTrue(Prescreen.holdsLabelAnchor("千代田一丁目", "千代田一丁目"));
    assertFalse(Prescreen.holdsLabelAnchor("Thanks for reaching out, we'll look into it", null));
  }

  @Example
  void digitsOfAnyWidthAndScriptCount() {
    assertEquals(1, Prescreen.firstDigit("@115770 hi"));
    assertEquals(6, Prescreen.lastDigit("@115770 hi"));
    assertEquals(3, Prescreen.firstDigit("注文は３件"));
    assertEquals(4, Prescreen.lastDigit("رقم ٣"));
    assertEquals(-1, Prescreen.firstDigit("no digits here"));
  }

  @Example
  void anAtSignAfterALocalPartMayStartAnAddress() {
    assertTrue(Prescreen.mayHoldEmail("mail dana@example.com"));
    assertTrue(Prescreen.mayHoldEmail("ana＠example.jp"));
    assertFalse(Prescreen.mayHoldEmail("@AcmeHelp thanks, @dana"));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(10).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.ENGLISH, Locale.JAPANESE, Locale.GERMAN, Locale.forLanguageTag("pt-BR"));
  }
}

package dev.tact.rules.escalation;

import static dev.tact.rules.escalation.DetectedText.DE;
import static dev.tact.rules.escalation.DetectedText.EN;
import static dev.tact.rules.escalation.DetectedText.ES;
import static dev.tact.rules.escalation.DetectedText.FR;
import static dev.tact.rules.escalation.DetectedText.JA;
import static dev.tact.rules.escalation.DetectedText.PT;
import static dev.tact.rules.escalation.DetectedText.assertFinds;
import static dev.tact.rules.escalation.DetectedText.assertFindsNothing;

import org.junit.jupiter.api.Test;

/** Order numbers, credentials and dates of birth: the value after a label, never the label. */
class LabelledValueDetectionTest {
  @Test
  void findsOrderTicketBookingAndTrackingNumbers() {
    assertFinds(EN, "my order #A-1042 still hasn't shipped", "ORDER_NUMBER A-1042");
    assertFinds(EN, "Order number 123-456, ticket 88231", "ORDER_NUMBER 123-456", "ORDER_NUMBER 88231");
    assertFinds(EN, "tracking 1Z999AA10123456784 says delivered", "ORDER_NUMBER 1Z999AA10123456784");
    assertFinds(EN, "booking reference: XK7Q2M", "ORDER_NUMBER XK7Q2M");
    assertFinds(JA, "注文番号：12345の件です", "ORDER_NUMBER 12345");
    assertFinds(JA, "ご予約番号は　ＲＳ－８８２１０です", "ORDER_NUMBER ＲＳ－８８２１０");
    assertFinds(JA, "お問い合わせ番号【778899】について", "ORDER_NUMBER 778899");
    assertFinds(DE, "Meine Bestellnummer ist 4711-0815, Bestell-Nr. 99812", "ORDER_NUMBER 4711-0815",
        "ORDER_NUMBER 99812");
    assertFinds(FR, "numéro de commande : 123456, toujours rien", "ORDER_NUMBER 123456");
    assertFinds(FR, "ma commande n° 88231 est bloquée", "ORDER_NUMBER 88231");
    assertFinds(ES, "número de pedido 98765 sin entregar", "ORDER_NUMBER 98765");
    assertFinds(ES, "numero de pedido: 98765", "ORDER_NUMBER 98765");
    assertFinds(PT, "número do pedido 20240501 ainda não chegou", "ORDER_NUMBER 20240501");
    assertFinds(PT, "protocolo 556677 aberto ontem", "ORDER_NUMBER 556677");
  }

  @Test
  void leavesOrdinaryWordsAfterOrderLabelsAlone() {
    assertFindsNothing(EN, "I want to order 100 pieces, my ticket was closed, in case 2 boxes come");
    assertFindsNothing(EN, "my order from 2024-05-01 and the order total 45.00");
    assertFindsNothing(EN, "reorders 123456 are fine, Pre-order 10/27, #order 12345, this has the order number. 1/3");
    assertFindsNothing(DE, "Bestellung vom 01.05.2024 kam nicht an");
    assertFindsNothing(FR, "ma commande est arrivée");
    assertFindsNothing(ES, "mi pedido de 3 cajas");
    assertFindsNothing(PT, "meu pedido chegou quebrado");
    assertFindsNothing(JA, "注文番号を教えてください");
  }

  @Test
  void findsPasswordsAndOneTimeCodes() {
    assertFinds(EN, "my password is Tr0ub4dor&3 can you check", "CREDENTIAL Tr0ub4dor&3");
    assertFinds(EN, "the code: 483920 didn't work", "CREDENTIAL 483920");
    assertFinds(EN, "verification code 123 456 expired", "CREDENTIAL 123 456");
    assertFinds(EN, "PIN 1234, CVV 737", "CREDENTIAL 1234", "CREDENTIAL 737");
    assertFinds(JA, "パスワードはabc123です", "CREDENTIAL abc123");
    assertFinds(JA, "認証コード：４８３９２０が届きました", "CREDENTIAL ４８３９２０");
    assertFinds(JA, "暗証番号は1234です", "CREDENTIAL 1234");
    assertFinds(DE, "Passwort: Sommer2024! funktioniert nicht", "CREDENTIAL Sommer2024");
    assertFinds(FR, "mon mot de passe est Azerty12 depuis hier", "CREDENTIAL Azerty12");
    assertFinds(ES, "mi contraseña es HolaMundo y el código 4832", "CREDENTIAL HolaMundo", "CREDENTIAL 4832");
    assertFinds(PT, "a senha é abc12345, código de verificação 998877", "CREDENTIAL abc12345", "CREDENTIAL 998877");
  }

  @Test
  void leavesTalkAboutPasswordsAndPublicCodesAlone() {
    assertFindsNothing(EN, "the password is wrong, reset your password, password isn't accepted");
    assertFindsNothing(EN, "someone changed my password (hacked). see reset-password-sln27051.html");
    assertFindsNothing(EN, "use promo code 12345 or discount code 9876, zip code 94107, error code 80070005");
    assertFindsNothing(JA, "パスワードを忘れました");
    assertFindsNothing(DE, "Passwort vergessen, Gutschein-Code 12345");
    assertFindsNothing(FR, "mot de passe oublié, code promo SAVE20");
    assertFindsNothing(ES, "olvidé mi contraseña, código postal 28013");
    assertFindsNothing(PT, "esqueci a senha, cupom código 1234");
  }

  @Test
  void findsDatesOfBirth() {
    assertFinds(EN, "DOB: 02/01/1990, account is in my name", "DATE_OF_BIRTH 02/01/1990");
    assertFinds(EN, "I was born on May 5, 1990 if you need it", "DATE_OF_BIRTH May 5, 1990");
    assertFinds(EN, "date of birth 5th of May 1990", "DATE_OF_BIRTH 5th of May 1990");
    assertFinds(JA, "生年月日：1990年1月2日です", "DATE_OF_BIRTH 1990年1月2日");
    assertFinds(JA, "生年月日は平成２年１月２日", "DATE_OF_BIRTH 平成２年１月２日");
    assertFinds(DE, "Geburtsdatum 2.1.1990, geboren am 5. Mai 1990", "DATE_OF_BIRTH 2.1.1990", "DATE_OF_BIRTH 5. Mai 1990");
    assertFinds(FR, "date de naissance : 5 mai 1990", "DATE_OF_BIRTH 5 mai 1990");
    assertFinds(ES, "fecha de nacimiento 5 de mayo de 1990", "DATE_OF_BIRTH 5 de mayo de 1990");
    assertFinds(PT, "data de nascimento 05/05/1990", "DATE_OF_BIRTH 05/05/1990");
  }

  @Test
  void leavesBirthWordsWithoutADateAlone() {
    assertFindsNothing(EN, "born to be wild, happy birthday to my mum");
    assertFindsNothing(JA, "生年月日を変更したい");
    assertFindsNothing(DE, "Geburtsdatum falsch eingetragen");
  }
}

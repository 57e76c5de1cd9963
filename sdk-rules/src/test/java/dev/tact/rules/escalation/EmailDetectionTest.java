package dev.tact.rules.escalation;

import static dev.tact.rules.escalation.DetectedText.EN;
import static dev.tact.rules.escalation.DetectedText.JA;
import static dev.tact.rules.escalation.DetectedText.DE;
import static dev.tact.rules.escalation.DetectedText.FR;
import static dev.tact.rules.escalation.DetectedText.ES;
import static dev.tact.rules.escalation.DetectedText.PT;
import static dev.tact.rules.escalation.DetectedText.assertFinds;
import static dev.tact.rules.escalation.DetectedText.assertFindsNothing;

import org.junit.jupiter.api.Test;

class EmailDetectionTest {
  @Test
  void findsAddressesInEveryLanguage() {
    assertFinds(EN, "Hi, I never got the receipt, it should go to ana.lopez+shop@example.com thanks",
        "EMAIL ana.lopez+shop@example.com");
    assertFinds(JA, "登録メールはtaro.yamada@example.co.jpです。確認お願いします", "EMAIL taro.yamada@example.co.jp");
    assertFinds(DE, "Bitte an meine Adresse jürgen.müller@beispiel.de schicken.", "EMAIL jürgen.müller@beispiel.de");
    assertFinds(FR, "Mon adresse : (claire_d@exemple.fr), merci !", "EMAIL claire_d@exemple.fr");
    assertFinds(ES, "Escríbanme a maria@correo.es, por favor.", "EMAIL maria@correo.es");
    assertFinds(PT, "Meu e-mail é joao.silva@empresa.com.br.", "EMAIL joao.silva@empresa.com.br");
  }

  @Test
  void readsFullWidthAddressesAndKeepsCombiningMarks() {
    assertFinds(JA, "メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ まで", "EMAIL ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ");
    // "josé" with a combining acute accent: the span keeps the mark with its letter.
    assertFinds(EN, "👋 write to jose\u0301@example.com 🙏", "EMAIL jose\u0301@example.com");
  }

  @Test
  void leavesMentionsHandlesAndHalfAddressesAlone() {
    assertFindsNothing(EN, "@AcmeSupport my parcel is late again");
    assertFindsNothing(EN, "thanks@Acme for nothing");
    assertFindsNothing(EN, "meet me @ 5pm");
    assertFindsNothing(EN, "user@localhost said hi");
    assertFindsNothing(JA, "＠サポート 返信ください");
  }
}

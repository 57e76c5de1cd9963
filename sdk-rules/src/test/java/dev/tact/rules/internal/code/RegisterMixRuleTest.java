package dev.tact.rules.internal.code;

import dev.tact.rules.Mood;
import org.junit.jupiter.api.Test;

class RegisterMixRuleTest {
  private static final String RULE = "tone.register-mix";

  private static void check(String language, String marked) {
    Expect.marks(RULE, language, Mood.UNKNOWN, marked);
  }

  @Test
  void sentenceInitialSieMayBeSheAndCountsForNeitherRegister() {
    check("de", "Danke für deine Geduld! Unsere Kollegin meldet sich bei dir. Sie kennt deinen Fall.");
    check("de", "Hast du das Paket? Ihr Nachbar hat es angenommen.");
    check("de", "Dein Paket ist da: Sie finden es beim Nachbarn.");
    check("de", "Danke für deine Geduld, du bekommst morgen ⟦Ihr⟧ Paket.");
  }

  @Test
  void lowerCaseSieIsTheyAndCapitalsMidSentenceAreFormal() {
    check("de", "Deine Pakete sind unterwegs, sie kommen morgen.");
    check("de", "Hallo Frau Weber,\n⟦du⟧ bekommst morgen eine Mail, in der Sie alles finden. Bitte prüfen Sie auch den Spam-Ordner.");
    check("de", "BITTE PRÜFEN SIE DEIN POSTFACH");
  }

  @Test
  void theMajorityRegisterIsKeptAndATieKeepsTheFirst() {
    check("fr", "Merci pour votre message ! ⟦Tu⟧ peux redémarrer la box.");
    check("fr", "Salut ! ⟦Vous⟧ pouvez redémarrer ta box, tu verras.");
    check("es", "¿Puedes enviarnos tu número? ⟦Usted⟧ recibirá la factura.");
    check("es", "Usted recibirá la factura. ¿⟦Puedes⟧ confirmar la dirección?");
  }

  @Test
  void frenchTonTheNounIsNotAPronoun() {
    check("fr", "Nous avons revu le ton de nos réponses : vous recevrez un récapitulatif.");
    check("fr", "Vous pouvez changer de ton si besoin.");
    check("fr", "Vous pouvez changer ⟦ton⟧ mot de passe.");
  }

  @Test
  void portugueseVoceIsNeutral() {
    check("pt", "Você pode acessar a conta; o senhor também receberá um e-mail.");
    check("pt", "Você pode acompanhar o pedido; te avisamos quando sair.");
    check("pt", "Tu podes acompanhar o pedido; você recebe um e-mail.");
    check("pt", "O senhor receberá o reembolso. Se ⟦tu⟧ tiveres dúvidas, fala connosco.");
  }

  @Test
  void japaneseComparesSentenceEndings() {
    check("ja", "確認しました。明日発送⟦する⟧。");
    check("ja", "確認しました。明日発送します。");
    check("ja", "確認した。原因は不具合だ。明日修正⟦されます⟧。");
    check("ja", "ご確認ください。再設定⟦しておいた⟧よ。よろしくお願いいたします。");
  }

  @Test
  void japaneseQuotesListsAndNounEndingsAreNotRead() {
    check("ja", "「ログインできない」とのこと、確認しております。");
    check("ja", "お客様から「もう届いた。」と伺っております。");
    check("ja", "手順は以下の通りです。\n・アプリを再起動する\n・最新版に更新する");
    check("ja", "発送は明日の予定。よろしくお願いいたします。");
    check("ja", "以下の方法で復元していただけます。\n削除されたファイルを復元する https://example.com/restore");
    check("ja", "ご注文ありがとうございます😊 明日発送いたします！");
  }

  @Test
  void englishHasNoSecondRegister() {
    check("en", "Thank you, sir. Hey dude, you can restart it.");
  }
}

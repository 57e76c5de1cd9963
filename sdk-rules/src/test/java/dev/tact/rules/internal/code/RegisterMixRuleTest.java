package dev.tact.rules.internal.code;

import dev.tact.core.Conversation;
import dev.tact.core.Message;
import dev.tact.rules.Mood;
import dev.tact.rules.ToneChecker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegisterMixRuleTest {
  private static final String RULE = "tone.register-mix";
  private static final ToneChecker MATCHING =
      ToneChecker.builder().builtInPacks().matchCustomerRegister(true).build();

  /** With matchCustomerRegister(true): the marks are exactly the findings, answering {@code inbound}. */
  private static void matching(String language, String inbound, String marked) {
    Conversation conversation = Conversation.of(Message.fromCustomer(inbound));
    Mood mood = MATCHING.mood(conversation, Locale.forLanguageTag(language));
    Expect.marks(MATCHING, RULE, language, conversation, mood, marked);
  }

  /** With the option off (the default): the marks are exactly the findings, answering {@code inbound}. */
  private static void notMatching(String language, String inbound, String marked) {
    Expect.marksAnswering(RULE, language, inbound, marked);
  }

  @Test
  void germanCustomerRegisterIsMatchedWhenAskedFor() {
    String du = "Hey, kannst du mal nach meiner Bestellung schauen?";
    String sie = "Guten Tag, können Sie mir bitte helfen? Mein Paket fehlt.";
    matching("de", du, "Danke für ⟦Ihre⟧ Nachricht! Können ⟦Sie⟧ uns die Bestellnummer schicken?");
    matching("de", du, "Danke für deine Nachricht! Kannst du uns die Bestellnummer schicken?");
    matching("de", sie, "Hey, ⟦kannst⟧ ⟦du⟧ uns ⟦deine⟧ Bestellnummer schicken?");
    matching("de", sie, "Danke für Ihre Nachricht! Können Sie uns die Bestellnummer schicken?");
    // A mix is reported against the customer's register, not the draft's majority.
    matching("de", du, "Vielen Dank für ⟦Ihre⟧ Geduld! Wir schicken ⟦Ihnen⟧ morgen ein Paket. Melde dich gern.");
    // Off (the default): only mixes within the draft.
    notMatching("de", du, "Danke für Ihre Nachricht! Können Sie uns die Bestellnummer schicken?");
    notMatching("de", du, "Vielen Dank für Ihre Geduld! Wir schicken Ihnen morgen ein Paket. Melde ⟦dich⟧ gern.");
    // A customer with no register sets no expectation.
    matching("de", "Mein Paket ist nicht angekommen.", "Können Sie uns die Bestellnummer schicken?");
    matching("de", "Mein Paket ist nicht angekommen.", "Kannst du uns ⟦Ihre⟧ Bestellnummer schicken?");
  }

  @Test
  void frenchCustomerRegisterIsMatchedWhenAskedFor() {
    String tu = "salut, tu peux m'aider ? ma box marche plus";
    String vous = "Bonjour, pourriez-vous m'aider ? Votre appli plante.";
    matching("fr", tu, "Merci pour ⟦votre⟧ message, ⟦vous⟧ recevrez un e-mail.");
    matching("fr", tu, "Merci pour ton message, tu recevras un e-mail.");
    matching("fr", vous, "Salut, ⟦tu⟧ peux redémarrer ⟦ta⟧ box ?");
    matching("fr", vous, "Bonjour, vous pouvez redémarrer votre box.");
    notMatching("fr", tu, "Merci pour votre message, vous recevrez un e-mail.");
    matching("fr", "Ma box ne marche plus depuis hier.", "Merci pour votre message, vous recevrez un e-mail.");
  }

  @Test
  void spanishCustomerRegisterIsMatchedWhenAskedFor() {
    String tu = "hola, ¿me puedes ayudar? no me llega el pedido";
    String usted = "Buenos días, ¿podría usted revisar mi pedido?";
    matching("es", tu, "Gracias por ⟦su paciencia⟧. ⟦Usted⟧ recibirá el pedido mañana.");
    matching("es", tu, "¡Gracias por tu paciencia! Te enviamos el pedido mañana.");
    matching("es", usted, "¡Hola! ⟦Te⟧ enviamos el reembolso hoy.");
    matching("es", usted, "Le enviamos el reembolso hoy.");
    notMatching("es", usted, "¡Hola! Te enviamos el reembolso hoy.");
    matching("es", "No me llega el pedido.", "¡Hola! Te enviamos el reembolso hoy.");
  }

  @Test
  void portugueseVoceSetsNoExpectation() {
    matching("pt", "Olá, tu podes ajudar-me com a encomenda?", "⟦O senhor⟧ receberá a encomenda amanhã.");
    matching("pt", "Olá, tu podes ajudar-me com a encomenda?", "Já verificámos a tua encomenda.");
    matching("pt", "O senhor pode verificar o meu pedido?", "Se ⟦tu⟧ tiveres dúvidas, fala connosco.");
    matching("pt", "Você pode verificar o meu pedido?", "O senhor receberá o reembolso amanhã.");
    notMatching("pt", "Olá, tu podes ajudar-me?", "O senhor receberá a encomenda amanhã.");
  }

  @Test
  void japaneseCustomerRegisterIsMatchedWhenAskedFor() {
    String plain = "注文したのにまだ届かない。どうなってるの？";
    String polite = "荷物がまだ届きません。確認していただけますか？";
    matching("ja", plain, "ご注文を確認⟦しました⟧。明日発送⟦します⟧。");
    matching("ja", plain, "注文を確認した。明日発送する。");
    matching("ja", polite, "注文を確認⟦した⟧。明日発送⟦する⟧。");
    matching("ja", polite, "ご注文を確認しました。明日発送します。");
    notMatching("ja", plain, "ご注文を確認しました。明日発送します。");
    matching("ja", "荷物の件。", "ご注文を確認しました。明日発送します。");
  }

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
  void quotedWordsOfTheCustomerAreNotTheRepliesRegister() {
    check("fr", "« Tu peux pas faire mieux ? » : vous avez raison, nous aurions dû vous prévenir.");
    check("fr", "Vous nous avez écrit 'tu peux pas faire mieux', et vous avez raison.");
    check("fr", "« Tu peux pas faire mieux ? » : ⟦tu⟧ as raison, vous recevrez un avoir sur votre compte.");
    check("de", "Sie schrieben „Kannst du das endlich reparieren?“ – wir haben es für Sie erledigt.");
    check("de", "Sie schrieben ‚kannst du das reparieren‘ – wir haben es für Sie erledigt.");
    check("de", "Sie schrieben „Kannst du das reparieren?“ – ⟦du⟧ bekommst morgen Ihr Paket, wir melden uns bei Ihnen.");
    check("es", "Nos escribió «¿Puedes arreglarlo ya?» y usted tiene razón: le enviamos el reembolso.");
    check("es", "Usted escribió 'te lo pido por favor'; le enviamos el reembolso hoy.");
    check("pt", "O senhor escreveu “tu não resolves nada” e tem razão; o senhor receberá o reembolso.");
    check("ja", "「まだ直らないの？」とのこと、大変申し訳ございません。本日修正いたします。");
    check("ja", "「まだ直らない。何度も試した」とのこと、申し訳ございません。本日修正いたします。");
    check("ja", "「まだ直らない。\n何度も試した」とのこと、申し訳ございません。本日修正いたします。");
    check("ja", "\"もう届いた\"とのこと、承知しました。");
    check("ja", "「まだ直らないの？」とのこと。本日修正⟦する⟧。確認いたしました。ご連絡ください。");
  }

  @Test
  void japaneseListItemsAreNotPlainSentences() {
    check("ja", "手順は次のとおりです。\n1. アプリを開く\n2. 設定をタップする\n3. 通知をオンにする");
    check("ja", "手順は次のとおりです。 1. アプリを開く 2. 設定をタップする 3. 通知をオンにする");
    check("ja", "以下をお試しください。\n1) アプリを開く\n2) 設定をタップする");
    check("ja", "以下をお試しください。\n(1) アプリを開く\n（2）設定をタップする");
    check("ja", "以下をお試しください。\n①アプリを開く\n②設定をタップする");
    check("ja", "以下をお試しください。\n１．アプリを開く\n２．設定をタップする");
    check("ja", "以下をお試しください。\na. アプリを開く\nb. 設定をタップする");
    check("ja", "以下をお試しください。\n・アプリを開く\n・iPhone の場合 設定を開く");
    // An item ends at the end of its line: the sentences after the list count again.
    check("ja", "手順は次のとおりです。\n1. アプリを開く\n2. 設定をタップする\nこれで直⟦る⟧。ご確認ください。");
    check("ja", "手順は次のとおりです。\n・アプリを開く。これで直⟦る⟧。ご確認ください。");
  }

  @Test
  void numbersThatAreNotEnumeratorsDoNotStartAListItem() {
    check("ja", "ご利用ありがとうございます。残りは 2.5GB⟦だ⟧。ご確認ください。");
    check("ja", "ご利用ありがとうございます。3、4日で届⟦く⟧。ご確認ください。");
    check("ja", "ご利用ありがとうございます。10:00に伺⟦う⟧。ご確認ください。");
  }

  @Test
  void headingsAndLinesWithoutAPredicateHaveNoRegister() {
    check("ja", "【お知らせ】メンテナンスのご案内\n本日22時から作業を行います。");
    check("ja", "パスワード再設定の手順\n設定画面からお手続きいただけます。");
    check("ja", "よくあるご質問\nお支払い方法について\nクレジットカードをご利用いただけます。");
  }

  @Test
  void listsInOtherLanguagesUseNeitherRegister() {
    check("de", "So geht's:\n1. App öffnen\n2. Auf „Konto“ tippen\nDanach kannst du dich wieder anmelden.");
    check("de", "So geht's:\n1. App öffnen\n2. Konto wählen\nDanach können ⟦Sie⟧ sich anmelden, du bekommst eine Mail und dein Passwort.");
    check("fr", "Voici comment faire :\n1. Ouvrir l'appli\n2. Choisir « Compte »\nTu recevras ensuite un e-mail.");
    check("es", "Pasos:\n1. Abrir la app\n2. Elegir «Cuenta»\nDespués recibirás un correo en tu buzón.");
  }

  @Test
  void englishHasNoSecondRegister() {
    check("en", "Thank you, sir. Hey dude, you can restart it.");
  }
}

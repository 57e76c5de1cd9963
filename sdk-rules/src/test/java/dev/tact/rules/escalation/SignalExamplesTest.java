package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Examples of every signal in every language: account requests in drafts, private requests (and
 * negated ones) from customers, each sensitive topic, and the troll and customer signals. Personal
 * data is left out here (the policy looks for none), so that these examples test the phrase lists.
 */
class SignalExamplesTest {
  static final EscalationPolicy POLICY = EscalationPolicy.builder().personalDataKinds(Set.of()).build();

  /** The words of the signals of {@code kind} found when {@code text} is the customer's message. */
  static List<String> inbound(String language, String text, SignalKind kind) {
    Escalation escalation = POLICY.decide(new Draft("Thanks!", Locale.forLanguageTag(language), Channel.X_REPLY),
        Conversation.of(Message.fromCustomer(text)));
    return words(escalation, Source.INBOUND, kind, null);
  }

  /** The words of the signals of {@code kind} (and topic, if not null) found in the draft {@code text}. */
  static List<String> draft(String language, String text, SignalKind kind, String topic) {
    Escalation escalation = POLICY.decide(new Draft(text, Locale.forLanguageTag(language), Channel.X_REPLY),
        Conversation.empty());
    return words(escalation, Source.DRAFT, kind, topic);
  }

  static List<String> topic(String language, String inbound, String topic) {
    Escalation escalation = POLICY.decide(new Draft("Thanks!", Locale.forLanguageTag(language), Channel.X_REPLY),
        Conversation.of(Message.fromCustomer(inbound)));
    return words(escalation, Source.INBOUND, SignalKind.SENSITIVE_TOPIC, topic);
  }

  private static List<String> words(Escalation escalation, Source source, SignalKind kind, String topic) {
    List<String> words = new ArrayList<>();
    for (Signal signal : escalation.signals()) {
      if (signal.source() == source && signal.kind() == kind && (topic == null || topic.equals(signal.topic()))) {
        words.add(signal.words());
      }
    }
    return words;
  }

  static void accountRequest(String language, String draft, String words) {
    assertEquals(List.of(words), draft(language, draft, SignalKind.ACCOUNT_REQUEST, null), draft);
  }

  static void noAccountRequest(String language, String draft) {
    assertEquals(List.of(), draft(language, draft, SignalKind.ACCOUNT_REQUEST, null), draft);
  }

  static void privateRequest(String language, String inbound, String words) {
    assertEquals(List.of(words), inbound(language, inbound, SignalKind.PRIVATE_REQUEST), inbound);
  }

  static void noPrivateRequest(String language, String inbound) {
    assertEquals(List.of(), inbound(language, inbound, SignalKind.PRIVATE_REQUEST), inbound);
  }

  static void topicFound(String language, String inbound, String topic, String words) {
    assertTrue(topic(language, inbound, topic).contains(words),
        inbound + ": expected " + topic + " at '" + words + "', got " + topic(language, inbound, topic));
  }

  static void noTopic(String language, String inbound) {
    assertEquals(List.of(), topic(language, inbound, null), inbound);
  }

  @Test
  void englishAccountRequestsAndPrivateRequests() {
    accountRequest("en", "Sorry about that! Can you send us your order number?", "send us your order number");
    accountRequest("en", "Could you DM us your email address so we can look?", "DM us your email address");
    accountRequest("en", "What's the email on the account? We'll check.", "What's the email on the account");
    accountRequest("en", "Please send us a DM with your booking reference.", "send us a DM with your booking");
    noAccountRequest("en", "Your order ships today and arrives Friday.");
    noAccountRequest("en", "You can find your order number in the confirmation e-mail.");
    privateRequest("en", "This is the third time, just DM me please", "DM me");
    privateRequest("en", "Can we take this private? I don't want to post my address", "Can we take this private");
    privateRequest("en", "I sent you a DM an hour ago", "I sent you a DM");
    noPrivateRequest("en", "Don't DM me, answer here where everyone can see");
    noPrivateRequest("en", "Please do not message me, just fix it");
    noPrivateRequest("en", "My parcel is late again");
  }

  @Test
  void englishTopics() {
    topicFound("en", "You charged me twice for the same order", "billing-refunds", "charged me");
    topicFound("en", "Where is my refund?? It's been 3 weeks", "billing-refunds", "Where is my refund");
    topicFound("en", "My account was hacked and someone changed my email", "account-security", "hacked");
    topicFound("en", "I'm locked out of my account after the update", "account-security", "locked out");
    topicFound("en", "If this isn't fixed I'm talking to my lawyer", "legal", "lawyer");
    topicFound("en", "My son had an allergic reaction to the snack", "health-safety", "allergic reaction");
    topicFound("en", "The charger caught fire last night", "health-safety", "caught fire");
    topicFound("en", "Under GDPR I want you to delete my data", "data-privacy", "GDPR");
    noTopic("en", "What's your refund policy for sale items?");
    noTopic("en", "What time does the store open on Sunday?");
    noTopic("en", "I'm going to sue you for making these cookies this good 😂");
  }

  @Test
  void japaneseAccountRequestsAndPrivateRequests() {
    accountRequest("ja", "ご不便をおかけしております。ご登録のメールアドレスを教えていただけますか。", "ご登録のメールアドレスを教えて");
    accountRequest("ja", "恐れ入りますが、注文番号をDMでお送りください。", "注文番号をDMで");
    noAccountRequest("ja", "ご注文の商品は明日発送いたします。");
    privateRequest("ja", "詳しいことはDMでお願いします", "DMでお願い");
    privateRequest("ja", "DMください", "DMください");
    noPrivateRequest("ja", "DMしないでください、ここで答えて");
    noPrivateRequest("ja", "まだ届きません");
  }

  @Test
  void japaneseTopics() {
    topicFound("ja", "二重請求されています", "billing-refunds", "二重請求");
    topicFound("ja", "何度も連絡しているのに返金されません！", "billing-refunds", "返金されません");
    topicFound("ja", "アカウントが乗っ取られました", "account-security", "乗っ取られ");
    topicFound("ja", "弁護士に相談します", "legal", "弁護士");
    topicFound("ja", "充電器が発火しました", "health-safety", "発火");
    topicFound("ja", "個人情報を削除してください", "data-privacy", "個人情報");
    noTopic("ja", "営業時間を教えてください");
  }

  @Test
  void germanAccountRequestsAndPrivateRequests() {
    accountRequest("de", "Das tut uns leid! Schick uns bitte deine Bestellnummer per DM.", "Schick uns bitte deine Bestellnummer");
    accountRequest("de", "Können Sie uns Ihre Kundennummer nennen?", "Können Sie uns Ihre Kundennummer nennen");
    accountRequest("de", "Bitte schicken Sie uns Ihre Bestellnummer per DM.", "schicken Sie uns Ihre Bestellnummer");
    noAccountRequest("de", "Deine Bestellung ist unterwegs und kommt morgen.");
    privateRequest("de", "Schreib mir privat, ich will das nicht hier posten", "Schreib mir privat");
    privateRequest("de", "Schreib mir bitte privat, das geht hier niemanden was an", "Schreib mir bitte privat");
    privateRequest("de", "Können wir das per DM klären?", "Können wir das per DM klären");
    noPrivateRequest("de", "Schreib mir bitte nicht per DM, antworte hier");
    noPrivateRequest("de", "Mein Paket ist immer noch nicht da");
  }

  @Test
  void germanTopics() {
    topicFound("de", "Ihr habt doppelt abgebucht!", "billing-refunds", "doppelt abgebucht");
    topicFound("de", "Mein Konto wurde gehackt", "account-security", "gehackt");
    topicFound("de", "Ich schalte jetzt meinen Anwalt ein", "legal", "Anwalt");
    topicFound("de", "Das Ladegerät ist explodiert", "health-safety", "explodiert");
    topicFound("de", "Laut DSGVO will ich Auskunft", "data-privacy", "DSGVO");
    noTopic("de", "Wann öffnet der Laden am Samstag?");
  }

  @Test
  void frenchAccountRequestsAndPrivateRequests() {
    accountRequest("fr", "Désolés ! Envoyez-nous votre numéro de commande en MP.", "Envoyez-nous votre numéro de commande");
    accountRequest("fr", "Pouvez-vous nous communiquer votre adresse e-mail ?", "Pouvez-vous nous communiquer votre adresse");
    noAccountRequest("fr", "Votre colis arrive demain matin.");
    privateRequest("fr", "On peut en parler en privé ?", "On peut en parler en privé");
    privateRequest("fr", "Écrivez-moi en MP svp", "Écrivez-moi en MP");
    noPrivateRequest("fr", "Pas en privé, répondez ici");
    noPrivateRequest("fr", "Mon colis n'est toujours pas arrivé");
  }

  @Test
  void frenchTopics() {
    topicFound("fr", "J'attends mon remboursement depuis un mois", "billing-refunds", "mon remboursement");
    topicFound("fr", "Mon compte a été piraté", "account-security", "piraté");
    topicFound("fr", "Je vais porter plainte", "legal", "porter plainte");
    topicFound("fr", "Mon fils a fait une réaction allergique", "health-safety", "réaction allergique");
    topicFound("fr", "Je demande la suppression de mes données selon le RGPD", "data-privacy", "RGPD");
    noTopic("fr", "Quels sont vos horaires ?");
  }

  @Test
  void spanishAccountRequestsAndPrivateRequests() {
    accountRequest("es", "¡Lo sentimos! Envíanos por DM tu número de pedido.", "Envíanos por DM tu número de pedido");
    accountRequest("es", "¿Cuál es su correo electrónico registrado?", "Cuál es su correo electrónico");
    noAccountRequest("es", "Tu pedido llega mañana.");
    privateRequest("es", "Les escribo por DM para darles mis datos", "por DM");
    privateRequest("es", "Escríbeme por privado", "Escríbeme por privado");
    noPrivateRequest("es", "No por DM, respondan aquí");
    noPrivateRequest("es", "Mi pedido no ha llegado");
  }

  @Test
  void spanishTopics() {
    topicFound("es", "Me cobraron dos veces el mismo mes", "billing-refunds", "Me cobraron dos veces");
    topicFound("es", "Me hackearon la cuenta", "account-security", "hackearon");
    topicFound("es", "Voy a poner una denuncia", "legal", "poner una denuncia");
    topicFound("es", "El cargador explotó", "health-safety", "explotó");
    topicFound("es", "Quiero que borren mis datos personales", "data-privacy", "datos personales");
    noTopic("es", "¿A qué hora abren el domingo?");
  }

  @Test
  void portugueseAccountRequestsAndPrivateRequests() {
    accountRequest("pt", "Poxa! Envie por DM o número do pedido, por favor.", "Envie por DM o número do pedido");
    accountRequest("pt", "Qual é o seu CPF cadastrado?", "Qual é o seu CPF");
    noAccountRequest("pt", "Seu pedido chega amanhã.");
    privateRequest("pt", "Me chama no privado", "Me chama no privado");
    privateRequest("pt", "Mandei uma DM pra vocês", "Mandei uma DM");
    noPrivateRequest("pt", "Não no privado, respondam aqui");
    noPrivateRequest("pt", "Meu pedido ainda não chegou");
  }

  @Test
  void portugueseTopics() {
    topicFound("pt", "Fui cobrado duas vezes, quero o estorno", "billing-refunds", "quero o estorno");
    topicFound("pt", "Minha conta foi hackeada", "account-security", "hackeada");
    topicFound("pt", "Vou abrir reclamação no Procon", "legal", "Procon");
    topicFound("pt", "O carregador pegou fogo", "health-safety", "pegou fogo");
    topicFound("pt", "Pela LGPD quero apagar meus dados", "data-privacy", "LGPD");
    noTopic("pt", "Que horas a loja abre?");
  }
}

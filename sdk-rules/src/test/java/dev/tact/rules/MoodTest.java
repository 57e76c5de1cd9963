package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Conversation;
import dev.tact.core.Message;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoodTest {
  private static final ToneChecker CHECKER = ToneChecker.builder().build();

  private static Mood mood(String language, String... customer) {
    Conversation conversation = Conversation.empty();
    for (String text : customer) {
      conversation = conversation.with(Message.fromCustomer(text));
    }
    return CHECKER.mood(conversation, Locale.forLanguageTag(language));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      en | UPSET   | This is the third time I'm asking. Unacceptable.
      en | UPSET   | Still not working!! Fix it
      en | UPSET   | WHERE IS MY ORDER
      en | UPSET   | My parcel is late 😡
      en | UPSET   | I've already told you my order number twice, how many times do I need to say it
      en | SERIOUS | I was charged twice for my subscription, can I get a refund?
      en | SERIOUS | The app crashes when I open the camera.
      en | LIGHT   | lol my cat just ordered 40 cans of tuna on your app 😂
      en | LIGHT   | haha love the new icons :)
      en | UNKNOWN | Do you ship to Canada?
      ja | UPSET   | 何度も問い合わせているのに、まだ届きません。
      ja | UPSET   | 最悪です。いい加減にしてください😠
      ja | SERIOUS | 注文した商品がまだ届きません。
      ja | SERIOUS | ログインできません。パスワードは合っています。
      ja | LIGHT   | 猫がアプリで注文しちゃいました笑
      ja | LIGHT   | 新しいアイコンかわいいですねwww
      ja | UNKNOWN | 営業時間を教えてください。
      de | UPSET   | Zum dritten Mal: das ist eine Frechheit!
      de | UPSET   | Immer noch kaputt!! Wie oft noch?
      de | SERIOUS | Mir wurde doppelt abgebucht, bitte um Rückerstattung.
      de | LIGHT   | Haha, meine Katze hat bei euch bestellt 😂
      de | UNKNOWN | Liefert ihr auch nach Österreich?
      fr | UPSET   | C'est la troisième fois que j'écris, c'est inadmissible !
      fr | UPSET   | Toujours en panne !! J'en ai marre
      fr | SERIOUS | Ma commande n'est jamais arrivée, je voudrais un remboursement.
      fr | LIGHT   | mdr mon chat a commandé sur votre appli
      fr | UNKNOWN | Livrez-vous en Belgique ?
      es | UPSET   | Es la tercera vez que escribo. ¡Es inaceptable!
      es | UPSET   | Todavía no funciona!! Estoy harto
      es | SERIOUS | Me cobraron dos veces, quiero un reembolso.
      es | LIGHT   | jajaja mi gato pidió comida en su app
      es | UNKNOWN | ¿Hacen envíos a Chile?
      pt | UPSET   | Já é a terceira vez que reclamo, isso é um absurdo!
      pt | UPSET   | Ainda não funciona!! Que palhaçada
      pt | SERIOUS | Fui cobrado duas vezes, quero o estorno.
      pt | LIGHT   | kkkk meu gato fez um pedido no app de vocês
      pt | UNKNOWN | Vocês entregam em Portugal?
      """)
  void readsTheMoodOfOneMessage(String language, Mood expected, String text) {
    assertEquals(expected, mood(language, text));
  }

  /** A specific, calm complaint about an order or a payment is serious, never unknown. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      en | My order #4411 never arrived. Can you check?
      en | I'm still waiting for my parcel from last week.
      en | You charged me twice for the same order.
      en | I haven't received my package yet.
      ja | 注文した商品が届かないのですが、確認してもらえますか。
      ja | 先週注文した荷物がまだ届いていません。
      ja | 同じ注文で二重請求されています。
      de | Meine Bestellung #4411 ist nie angekommen. Können Sie nachsehen?
      de | Ich warte seit einer Woche auf mein Paket.
      de | Sie haben mir den Betrag zweimal abgebucht.
      fr | Ma commande n°4411 n'est jamais arrivée. Pouvez-vous vérifier ?
      fr | Toujours pas reçu mon colis de la semaine dernière.
      fr | J'ai été débité deux fois pour la même commande.
      es | Mi pedido #4411 nunca llegó. ¿Pueden revisarlo?
      es | Todavía no ha llegado mi paquete de la semana pasada.
      es | Me han cobrado dos veces el mismo pedido.
      pt | Meu pedido #4411 nunca chegou. Podem verificar?
      pt | Ainda não recebi a minha encomenda da semana passada.
      pt | Fui debitado duas vezes pelo mesmo pedido.
      """)
  void specificComplaintsAreAtLeastSerious(String language, String text) {
    Mood mood = mood(language, text);
    org.junit.jupiter.api.Assertions.assertTrue(mood == Mood.SERIOUS || mood == Mood.UPSET,
        text + " reads as " + mood);
  }

  @Test
  void readsEveryUnansweredMessageAndOnlyThose() {
    Conversation conversation = Conversation.of(
        Message.fromCustomer("This is unacceptable!!"),
        Message.fromBrand("We're sorry, looking into it."),
        Message.fromCustomer("Thanks 😄"));
    assertEquals(Mood.LIGHT, CHECKER.mood(conversation, Locale.ENGLISH));
    assertEquals(Mood.UPSET,
        CHECKER.mood(conversation.with(Message.fromCustomer("Still broken!!")), Locale.ENGLISH));
  }

  @Test
  void whenTheBrandSpokeLastTheLatestCustomerMessageCounts() {
    Conversation conversation = Conversation.of(
        Message.fromCustomer("Worst service ever 🤬"), Message.fromBrand("Sorry about that."));
    assertEquals(Mood.UPSET, CHECKER.mood(conversation, Locale.ENGLISH));
  }

  @Test
  void noMessageIsUnknown() {
    assertEquals(Mood.UNKNOWN, CHECKER.mood(Conversation.empty(), Locale.ENGLISH));
  }

  @Test
  void universalSignalsWorkInAnyLanguage() {
    assertEquals(Mood.UPSET, mood("nl", "Waar is mijn pakket 😡"));
    assertEquals(Mood.LIGHT, mood("nl", "Mijn kat heeft besteld 😂"));
    assertEquals(Mood.SERIOUS, mood("nl", "Waar is mijn pakket!!"));
  }

  @Test
  void moodKeys() {
    assertEquals("upset", Mood.UPSET.key());
    assertEquals(Mood.LIGHT, Mood.ofKey("light").orElseThrow());
    assertEquals(java.util.Optional.empty(), Mood.ofKey("angry"));
  }
}

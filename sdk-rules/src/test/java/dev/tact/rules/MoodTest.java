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

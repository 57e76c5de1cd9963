package dev.tact.rules.internal.code;

import dev.tact.rules.Mood;
import org.junit.jupiter.api.Test;

class HumorWhenUpsetRuleTest {
  private static final String RULE = "tone.humor-when-upset";

  @Test
  void onlyAnUpsetOrSeriousCustomerMakesLaughterAFinding() {
    String marked = "⟦lol⟧ we'll sort it out ⟦😂⟧";
    Expect.marks(RULE, "en", Mood.UPSET, marked);
    Expect.marks(RULE, "en", Mood.SERIOUS, marked);
    Expect.marks(RULE, "en", Mood.LIGHT, "lol we'll sort it out 😂");
    Expect.marks(RULE, "en", Mood.UNKNOWN, "lol we'll sort it out 😂");
  }

  @Test
  void theMoodIsReadFromTheCustomersMessage() {
    Expect.marksAnswering(RULE, "en", "Still broken!! Third time I'm asking", "⟦haha⟧ on it");
    Expect.marksAnswering(RULE, "en", "lol my cat ordered 40 cans of tuna 😂", "haha on it");
  }

  @Test
  void smilingIsNotLaughing() {
    Expect.marks(RULE, "ja", Mood.UPSET, "笑顔でお待ちしております。微笑ましいお話をありがとうございます。");
    Expect.marks(RULE, "ja", Mood.UPSET, "思わず笑ってしまうような不具合で申し訳ございません。");
    Expect.marks(RULE, "ja", Mood.UPSET, "お笑い番組の配信は明日再開します。");
  }

  @Test
  void standaloneLaughterInJapanese() {
    Expect.marks(RULE, "ja", Mood.UPSET, "確認しますね⟦（笑）⟧");
    Expect.marks(RULE, "ja", Mood.UPSET, "確認しますね⟦(笑)⟧。");
    Expect.marks(RULE, "ja", Mood.UPSET, "災難でしたね⟦笑⟧");
    Expect.marks(RULE, "ja", Mood.UPSET, "災難でしたね⟦爆笑⟧ 確認します");
    Expect.marks(RULE, "ja", Mood.UPSET, "災難でしたね⟦笑www⟧");
    Expect.marks(RULE, "ja", Mood.UPSET, "災難でしたね⟦笑笑笑⟧ 確認します");
  }

  @Test
  void wLaughsOnlyAsARunAfterJapaneseText() {
    Expect.marks(RULE, "ja", Mood.UPSET, "それは大変でしたね⟦ｗｗｗ⟧");
    Expect.marks(RULE, "ja", Mood.UPSET, "それは大変でしたね⟦w⟧ 確認します。");
    Expect.marks(RULE, "ja", Mood.UPSET, "詳細はwww.example.jpをご覧ください。");
    Expect.marks(RULE, "ja", Mood.UPSET, "Windowsの設定をご確認ください。新しいwebサイトはこちら。");
    Expect.marks(RULE, "ja", Mood.UPSET, "Wi-Fiの設定をご確認ください。");
  }

  @Test
  void laughterSyllablesOfEachLanguage() {
    Expect.marks(RULE, "es", Mood.UPSET, "⟦jajajaja⟧ ya lo revisamos, ⟦jeje⟧");
    Expect.marks(RULE, "pt", Mood.UPSET, "⟦kkkk⟧ ⟦rsrsrs⟧ já vamos ver");
    Expect.marks(RULE, "pt", Mood.UPSET, "Ok, o kit chega amanhã.");
    Expect.marks(RULE, "fr", Mood.UPSET, "⟦mdr⟧ ⟦hihi⟧ on regarde");
    Expect.marks(RULE, "en", Mood.UPSET, "⟦Hahah⟧, we're on it.");
    Expect.marks(RULE, "en", Mood.UPSET, "Hah. The hash of your file matches; Shaha from billing will call.");
  }

  @Test
  void sayingItIsNoJokeIsNoJoke() {
    Expect.marks(RULE, "es", Mood.UPSET, "No es broma: lo escalamos ya.");
    Expect.marks(RULE, "pt", Mood.UPSET, "Não é brincadeira: já escalamos.");
    Expect.marks(RULE, "es", Mood.UPSET, "El módem se tomó el día libre, ⟦es broma⟧.");
  }

  @Test
  void laughingEmojiInAnyLanguageButNotOtherEmoji() {
    Expect.marks(RULE, "de", Mood.SERIOUS, "Ersatz ist unterwegs ⟦🤣⟧ 📦 🙏");
    Expect.marks(RULE, "ja", Mood.SERIOUS, "本日発送します⟦😂😂⟧");
  }

  @Test
  void laughterQuotedBackIsNotTheRepliesOwn() {
    Expect.marks(RULE, "en", Mood.UPSET, "You wrote 'haha, very funny' and you're right: the charge was our mistake.");
    Expect.marks(RULE, "en", Mood.UPSET, "You wrote \"what a joke 😂\" and fair enough, we've refunded it.");
    Expect.marks(RULE, "en", Mood.UPSET, "You wrote 'haha' and ⟦lol⟧ fair enough.");
    Expect.marks(RULE, "de", Mood.UPSET, "Sie schrieben „haha, sehr witzig“ – zu Recht, wir erstatten alles.");
    Expect.marks(RULE, "fr", Mood.UPSET, "Vous avez écrit « mdr, la blague » et vous avez raison.");
    Expect.marks(RULE, "es", Mood.UPSET, "Nos escribiste «jajaja, qué chiste» y con razón.");
    Expect.marks(RULE, "pt", Mood.UPSET, "Você escreveu “kkkk que piada” e tem razão.");
    Expect.marks(RULE, "ja", Mood.UPSET, "「なかなかのミスですね笑」とのご指摘、ごもっともです。");
    Expect.marks(RULE, "ja", Mood.UPSET, "「ミスですね」とのご指摘、ごもっともです⟦笑⟧");
  }
}

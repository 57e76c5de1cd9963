package dev.tact.rules.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.rules.Mood;
import dev.tact.rules.ToneChecker;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The code rules speak the draft's language: the message and suggestions of a finding on a
 * Japanese, German or French draft are those languages', as the phrase packs' are.
 */
class CodeRuleMessagesTest {
  private static final ToneChecker REGISTER_AWARE =
      ToneChecker.builder().builtInPacks().matchCustomerRegister(true).build();

  @Test
  void aThirdApologyInJapaneseIsCountedInPoliteJapanese() {
    Finding finding = only(Expect.BUILT_IN, "tone.over-apology",
        draft("大変申し訳ございません。申し訳ございません。重ねてお詫び申し上げます。", "ja"),
        Conversation.empty(), Mood.UNKNOWN);
    assertEquals("1通の返信で3回目のお詫びです。心からのお詫びは一度にして、次の対応をお伝えするほうが伝わります",
        finding.message());
    assertEquals(List.of("お詫びは一度にとどめ、次に何をするかをお伝えください"), finding.suggestions());
  }

  @Test
  void aGermanBrushOffToAnUpsetCustomerIsReportedInGerman() {
    Finding finding = only(Expect.BUILT_IN, "tone.no-acknowledgement",
        draft("Rückerstattungen erfolgen gemäß unseren AGB.", "de"), Conversation.empty(),
        Mood.UPSET);
    assertEquals("Eine verärgerte Person bekommt weder eine Anerkennung des Problems noch einen"
        + " nächsten Schritt", finding.message());
    assertEquals(List.of("Das Problem anerkennen und dann sagen, was dagegen unternommen wird und"
        + " bis wann"), finding.suggestions());
  }

  @Test
  void aFrenchJokeToAnUpsetCustomerIsReportedInFrench() {
    Finding finding = only(Expect.BUILT_IN, "tone.humor-when-upset",
        draft("Votre colis fait le tour du monde mdr. Un nouveau part demain.", "fr"),
        Conversation.empty(), Mood.UPSET);
    assertEquals("Un rire ou une blague passe pour de la moquerie auprès d'un client qui ne"
        + " plaisante pas", finding.message());
    assertEquals(List.of("Laisser la blague de côté : donner les faits et la prochaine étape"),
        finding.suggestions());
  }

  @Test
  void aFrenchTuInAReplyThatSaysVousIsReportedInFrench() {
    Finding finding = only(Expect.BUILT_IN, "tone.register-mix",
        draft("Merci pour votre message. Nous vous envoyons un nouveau lien ; tu peux le"
            + " retrouver dans votre espace client.", "fr"),
        Conversation.empty(), Mood.UNKNOWN);
    assertEquals("Un tutoiement dans une réponse qui vouvoie par ailleurs : garder une seule"
        + " forme d'adresse", finding.message());
    assertEquals(List.of("Vouvoyer dans toute la réponse"), finding.suggestions());
  }

  @Test
  void aGermanReplyThatSaysDuToACustomerWhoSaysSieIsToldSoInGerman() {
    Finding finding = only(REGISTER_AWARE, "tone.register-mix",
        draft("Danke, wir prüfen das und melden uns morgen bei dir.", "de"),
        Conversation.of(Message.fromCustomer("Können Sie mir bitte sagen, wo meine Bestellung bleibt?")),
        Mood.UNKNOWN);
    assertEquals("Die Person siezt: in derselben Anrede antworten, nicht mit „du“",
        finding.message());
    assertEquals(List.of("Durchgehend siezen, wie die Person"), finding.suggestions());
  }

  @Test
  void aJapaneseBotThatHidesItIsABotIsToldInJapanese() {
    Draft draft = Draft.automated("ご注文は本日発送予定です。「オペレーター」と送信してください。",
        Locale.JAPANESE, Channel.PUBLIC);
    Finding finding = only(Expect.BUILT_IN, "tone.bot-disclosure", draft, Conversation.empty(),
        Mood.UNKNOWN);
    assertEquals("自動応答であることが示されていない返信です", finding.message());
    assertEquals(List.of("自動応答であることをお伝えください"), finding.suggestions());
  }

  @Test
  void aCannedJapaneseReplyIsToldInJapaneseWhatToSay() {
    Finding finding = only(Expect.BUILT_IN, "tone.impersonal",
        draft("お問い合わせいただきありがとうございます。", "ja"),
        Conversation.of(Message.fromCustomer("交換用のイヤホンがまだ届きません。")), Mood.UNKNOWN);
    assertEquals("お名前もお問い合わせの内容も出てこない返信に、定型文だけが並んでいます",
        finding.message());
    assertEquals(List.of("お客様のお名前を添え、お問い合わせの件にどう対応するかをお伝えください"),
        finding.suggestions());
  }

  @Test
  void anEnglishDraftKeepsItsEnglishMessage() {
    Finding finding = only(Expect.BUILT_IN, "tone.over-apology",
        draft("Sorry. Sorry again. Sorry!", "en"), Conversation.empty(), Mood.UNKNOWN);
    assertEquals("Apology number 3 in one reply: one sincere apology and a way forward read better",
        finding.message());
    assertEquals(List.of("Keep one apology and say what happens next"), finding.suggestions());
  }

  private static Draft draft(String text, String language) {
    return new Draft(text, Locale.forLanguageTag(language), Channel.PUBLIC);
  }

  /** The one finding of {@code rule} on the draft. */
  private static Finding only(
      ToneChecker checker, String rule, Draft draft, Conversation conversation, Mood mood) {
    List<Finding> findings = checker.check(draft, conversation, mood).stream()
        .filter(finding -> finding.ruleId().equals(rule)).toList();
    assertEquals(1, findings.size(), rule + ": " + findings);
    return findings.get(0);
  }
}

package dev.tact.rules.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.rules.Rule;
import dev.tact.rules.RulePackException;
import dev.tact.rules.TextView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final List<String> PATTERNS = List.of("apology", "ack");
  private static final List<String> WORDS = List.of("stop");
  private static final List<String> FINDINGS = List.of("again");

  @Test
  void findsTheLeftmostLongestMatchOfEachList() {
    Lexicon lexicon = Lexicon.parse("""
        es:
          apology: ["lo (sentimos|siento)", "(sentimos|siento) mucho"]
          ack: [entendemos]
          stop: [Mucho, Él]
          messages:
            again: {message: "Disculpa número {count}", suggestions: ["Dejar una sola disculpa"]}
        """, "t.yaml", PATTERNS, WORDS, FINDINGS);
    List<Lexicon.Hit> hits = lexicon.find(TextView.of("Lo sentimos mucho. Entendemos.", Locale.forLanguageTag("es")));
    assertEquals(List.of(new Lexicon.Hit("apology", 0, 11), new Lexicon.Hit("ack", 19, 29)), hits);
    assertEquals(Set.of("mucho", "él"), lexicon.words("es", "stop"));
    assertEquals(Set.of(), lexicon.words("en", "stop"));
    assertEquals(List.of(), lexicon.find(TextView.of("Lo sentimos", Locale.ENGLISH)));
  }

  @Test
  void entriesMayCarryCancellingWords() {
    Lexicon lexicon = Lexicon.parse("""
        en:
          apology: [{pattern: sorry, unlessAfter: ["don't be"]}]
          messages:
            again: {message: "Apology number {count}", suggestions: ["Keep one apology"]}
        """, "t.yaml", PATTERNS, WORDS, FINDINGS);
    assertEquals(1, lexicon.find(TextView.of("Don't be sorry. Sorry!", Locale.ENGLISH)).size());
  }

  @Test
  void aTextWithoutAnyKeyPrefixSkipsTheScanWithTheSameHits() {
    Lexicon lexicon = Lexicon.parse("""
        en:
          apology: ["sorry", "(apologize|apologise|apology)", "so [very] sad"]
          ack: ["thanks for letting us know"]
          messages:
            again: {message: "Apology number {count}", suggestions: ["Keep one apology"]}
        """, "t.yaml", PATTERNS, WORDS, FINDINGS);
    assertEquals(List.of(), lexicon.find(TextView.of("Thanks, we fixed it.", Locale.ENGLISH)));
    assertEquals(List.of(new Lexicon.Hit("apology", 0, 5), new Lexicon.Hit("apology", 10, 19),
        new Lexicon.Hit("ack", 21, 47)),
        lexicon.find(TextView.of("SORRY and apologise; thanks for letting us know", Locale.ENGLISH)));
    assertEquals(1, lexicon.find(TextView.of("I am so very sad", Locale.ENGLISH)).size());
    assertEquals(List.of("apol", "sorr"), List.of(OverApologyRule.WORDS.anchorsOf("en")));
  }

  @Test
  void aTypoInAListNameOrAPatternIsAnErrorWithItsPlace() {
    RulePackException e = assertThrows(RulePackException.class, () -> Lexicon.parse("""
        en:
          apologies: [sorry]
          ack: ["(unclosed"]
          messages:
            again: {message: "Apology number {count}", suggestions: ["Keep one apology"]}
        EN:
          ack: [x]
        """, "t.yaml", PATTERNS, WORDS, FINDINGS));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("t.yaml:2:3: unknown list 'apologies'"), e.getMessage());
  }

  @Test
  void eachRuleHasWordListsForExactlyTheLanguagesItsMetadataCovers() {
    Map<Rule, Lexicon> rules = Map.of(
        new OverApologyRule(), OverApologyRule.WORDS,
        new HumorWhenUpsetRule(), HumorWhenUpsetRule.WORDS,
        new RegisterMixRule(), RegisterMixRule.WORDS,
        new NoAcknowledgementRule(), NoAcknowledgementRule.WORDS,
        new ImpersonalReplyRule(), ImpersonalReplyRule.WORDS);
    rules.forEach((rule, words) -> assertEquals(rule.metadata().languages(), words.languages(),
        rule.metadata().id()));
    assertEquals(Set.of("en", "ja", "de", "fr", "es", "pt"), BotDisclosureRule.WORDS.languages());
  }

  @Test
  void aLanguageWithoutTheWordingOfAFindingIsAnErrorSayingWhatToAdd() {
    RulePackException e = assertThrows(RulePackException.class, () -> Lexicon.parse("""
        en:
          apology: [sorry]
          messages:
            again: {message: "Apology number {count}", suggestions: ["Keep one apology"]}
        de:
          apology: [entschuldigung]
        fr:
          apology: [désolé]
          messages:
            again: {message: "{count}e excuse"}
            encore: {message: "x", suggestions: ["y"]}
        ja:
          apology: [申し訳]
          messages: {}
        """, "t.yaml", PATTERNS, WORDS, FINDINGS));
    String message = e.getMessage();
    assertEquals(4, e.problems().size(), message);
    assertTrue(message.contains("t.yaml:5:1: 'de' has no 'messages': word each finding of the rule"
        + " (again) in this language"), message);
    assertTrue(message.contains("t.yaml:10:5: 'again' (fr) needs 'suggestions'"), message);
    assertTrue(message.contains("t.yaml:11:5: unknown finding 'encore' (known: again)"), message);
    assertTrue(message.contains("t.yaml:14:3: 'messages' of 'ja' lacks the finding 'again':"
        + " add its message and suggestions"), message);
  }

  @Test
  void aFindingIsWordedInTheDraftsLanguageAndInEnglishForALanguageTheFileLacks() {
    Lexicon lexicon = Lexicon.parse("""
        en:
          apology: [sorry]
          messages:
            again: {message: "Apology number {count}", suggestions: ["Keep one apology"]}
        ja:
          apology: [申し訳]
          messages:
            again: {message: "{count}回目のお詫びです", suggestions: ["お詫びは一度にとどめてください"]}
        """, "t.yaml", PATTERNS, WORDS, FINDINGS);
    assertEquals(new Lexicon.Wording("3回目のお詫びです", List.of("お詫びは一度にとどめてください")),
        lexicon.wording("ja", "again").with("count", "3"));
    assertEquals("Apology number 3", lexicon.wording("it", "again").with("count", "3").message());
    assertThrows(IllegalArgumentException.class, () -> lexicon.wording("ja", "encore"));
  }

  @Test
  void everyCodeRuleWordsEachFindingInEveryLanguageItCoversWithAtLeastOneSuggestion() {
    Map<Rule, Lexicon> rules = Map.of(
        new OverApologyRule(), OverApologyRule.WORDS,
        new HumorWhenUpsetRule(), HumorWhenUpsetRule.WORDS,
        new RegisterMixRule(), RegisterMixRule.WORDS,
        new NoAcknowledgementRule(), NoAcknowledgementRule.WORDS,
        new ImpersonalReplyRule(), ImpersonalReplyRule.WORDS,
        new BotDisclosureRule(), BotDisclosureRule.WORDS);
    rules.forEach((rule, words) -> {
      assertFalse(words.messages().isEmpty(), rule.metadata().id());
      for (String language : rule.metadata().languages()) {
        for (String finding : words.messages()) {
          String where = rule.metadata().id() + " " + finding + " (" + language + ")";
          Lexicon.Wording wording = words.wording(language, finding);
          assertFalse(wording.message().isBlank(), where);
          assertFalse(wording.suggestions().isEmpty(), where);
          if (!language.equals("en") && words.covers("en")) {
            assertNotEquals(words.wording("en", finding).message(), wording.message(),
                where + " is still in English");
          }
        }
      }
    });
  }
}

package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.rules.internal.Marks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How phrases match, with packs that define their own rules (no built-ins, so these tests do not
 * move when the built-in packs change). Expected findings are written as marked texts.
 */
class PhraseMatchingTest {
  private static final String RULES = """
      rules:
        - id: test.easy
          severity: warning
          moods: {upset: error, light: "off"}
          summary: Test rule
          rationale: For tests.
          requirements: [T1]
        - id: test.other
          severity: info
          summary: Another test rule
          rationale: For tests.
          requirements: [T6]
      """;

  static ToneChecker checker(String packs) {
    return ToneChecker.builder().pack(RulePack.parse(RULES + "packs:\n" + packs, "test.yaml")).build();
  }

  /** The text with the spans of {@code rule}'s findings marked. */
  static String marked(ToneChecker checker, String text, Locale locale, String rule) {
    List<dev.tact.core.Span> spans = new ArrayList<>();
    for (Finding finding : checker.check(new Draft(text, locale, Channel.PUBLIC))) {
      if (finding.ruleId().equals(rule)) {
        spans.add(finding.span());
      }
    }
    return Marks.mark(text, spans);
  }

  private static final ToneChecker EN = checker("""
        - language: en
          rule: test.easy
          phrases:
            - id: just
              patterns: ["just (click|tap|log out)"]
              unlessAfter: ["not", "isn't", "we"]
              unlessBefore: ["now"]
            - id: simply
              patterns: ["simply …", "… only"]
            - id: easy-fix
              patterns: ["easy [to] fix", "easy"]
            - id: ticket
              regex: ['\\btkt-[0-9]+']
        - language: en
          rule: test.other
          phrases:
            - id: fix
              patterns: ["fix"]
      """);

  private static String en(String text) {
    return marked(EN, text, Locale.ENGLISH, "test.easy");
  }

  @Test
  void literalsMatchOnWordBoundariesOnly() {
    assertEquals("Please ⟦just click⟧ Reset.", en("Please just click Reset."));
    assertEquals("adjust clicks", en("adjust clicks"));
    assertEquals("justclick", en("justclick"));
    assertEquals("⟦just click⟧!", en("just click!"));
    assertEquals("(⟦just tap⟧)", en("(just tap)"));
  }

  @Test
  void textIsNormalizedButSpansAreOriginal() {
    assertEquals("Please ⟦ＪＵＳＴ\u3000 Click⟧ Reset", en("Please ＪＵＳＴ\u3000 Click Reset"));
    assertEquals("⟦just\r\nlog   out⟧", en("just\r\nlog   out"));
    assertEquals("😡 ⟦just click⟧ 😡", en("😡 just click 😡"));
  }

  @Test
  void unlessAfterAndUnlessBeforeCancel() {
    assertEquals("It's not just click and go.", en("It's not just click and go."));
    assertEquals("It isn’t just click and go.", en("It isn’t just click and go."), "curly apostrophe folded");
    assertEquals("We just click it for you.", en("We just click it for you."));
    assertEquals("Just click now.", en("Just click now."));
    assertEquals("Cannot ⟦just click⟧.", en("Cannot just click."), "'not' must be a whole word");
    assertEquals("Then ⟦just click⟧ nowhere.", en("Then just click nowhere."));
  }

  @Test
  void wildcardsTakeOneWholeWord() {
    assertEquals("⟦Simply restart⟧ the router.", en("Simply restart the router."));
    assertEquals("⟦simply don't⟧ worry", en("simply don't worry"));
    assertEquals("simply, restart", en("simply, restart"), "the word must follow directly");
    assertEquals("simply", en("simply"));
    assertEquals("It takes ⟦minutes only⟧.", en("It takes minutes only."));
  }

  @Test
  void leftmostLongestWithinARuleButOtherRulesOverlap() {
    assertEquals("An ⟦easy to fix⟧ bug.", en("An easy to fix bug."));
    assertEquals("An easy to ⟦fix⟧ bug.", marked(EN, "An easy to fix bug.", Locale.ENGLISH, "test.other"));
    assertEquals("⟦easy⟧ ⟦easy fix⟧", en("easy easy fix"));
  }

  @Test
  void regexesRunOnTheNormalizedText() {
    assertEquals("Ref ⟦TKT-1234⟧ done", en("Ref TKT-1234 done"));
    assertEquals("Ref ⟦ＴＫＴ－１２⟧", en("Ref ＴＫＴ－１２"));
  }

  @Test
  void findingsComeSortedWithMessagesAndSeverities() {
    List<Finding> findings = EN.check(new Draft("easy fix, just tap", Locale.ENGLISH, Channel.PUBLIC));
    assertEquals(List.of("test.easy", "test.other", "test.easy"),
        findings.stream().map(Finding::ruleId).toList());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals("Test rule", findings.get(0).message(), "a phrase without a message uses the summary");
    assertEquals(Severity.INFO, findings.get(1).severity());
  }

  @Test
  void severityFollowsTheMood() {
    Draft draft = new Draft("Please just click Reset", Locale.ENGLISH, Channel.PUBLIC);
    Conversation upset = Conversation.of(Message.fromCustomer("Third time asking!! Unacceptable"));
    Conversation light = Conversation.of(Message.fromCustomer("haha my cat pressed the button 😂"));
    assertEquals(Severity.ERROR, EN.check(draft, upset).get(0).severity());
    assertEquals(Severity.WARNING, EN.check(draft).get(0).severity());
    assertEquals(List.of(), EN.check(draft, light), "test.easy is off for a light-hearted customer");
  }

  @Test
  void languagesComeFromTheLocaleAndUnknownOnesGetNoPhrases() {
    ToneChecker checker = checker("""
          - language: de
            rule: test.easy
            phrases:
              - id: einfach
                patterns: ["einfach (klicken|neu starten)"]
        """);
    assertEquals("Bitte ⟦einfach klicken⟧.",
        marked(checker, "Bitte einfach klicken.", Locale.forLanguageTag("de-AT"), "test.easy"));
    assertEquals("Bitte einfach klicken.",
        marked(checker, "Bitte einfach klicken.", Locale.forLanguageTag("nl"), "test.easy"));
    assertEquals("Bitte einfach klicken.",
        marked(checker, "Bitte einfach klicken.", Locale.ROOT, "test.easy"));
  }

  private static final ToneChecker JA = checker("""
        - language: ja
          rule: test.easy
          phrases:
            - id: dake
              patterns: ["(押す|する|タップ する) だけ (です|で)"]
              unlessBefore: ["は", "なく"]
            - id: word-dake
              patterns: ["…だけで直ります"]
        """);

  private static String ja(String text) {
    return marked(JA, text, Locale.JAPANESE, "test.easy");
  }

  @Test
  void japaneseMatchesInsideWordsWithoutBoundaries() {
    assertEquals("ボタンを⟦押すだけです⟧。", ja("ボタンを押すだけです。"));
    assertEquals("設定を変更⟦するだけで⟧OK", ja("設定を変更するだけでOK"));
    assertEquals("⟦タップするだけです⟧", ja("タップするだけです"), "spaces in the pattern are for reading");
    assertEquals("ﾎﾞﾀﾝを⟦押すだけです⟧", ja("ﾎﾞﾀﾝを押すだけです"));
    assertEquals("押すだけではなく", ja("押すだけではなく"));
    assertEquals("押すだけでなく", ja("押すだけでなく"));
  }

  @Test
  void japaneseWildcardsUseTheDictionary() {
    assertEquals("アプリの⟦確認だけで直ります⟧。", ja("アプリの確認だけで直ります。"));
  }

  @Test
  void aPackOfOneLanguageLeavesTheOthersAlone() {
    assertEquals("ボタンを押すだけです。", marked(EN, "ボタンを押すだけです。", Locale.JAPANESE, "test.easy"));
    assertEquals("Please just click", marked(JA, "Please just click", Locale.ENGLISH, "test.easy"));
  }

  @Test
  void matchesEntirelyInsideAQuotationDoNotCount() {
    assertEquals("You were told to \"just click Reset\".", en("You were told to \"just click Reset\"."));
    assertEquals("You were told to “just click Reset”.", en("You were told to “just click Reset”."));
    assertEquals("On vous a dit «just click».", en("On vous a dit «just click»."));
    assertEquals("Man sagte „just click“.", en("Man sagte „just click“."));
    assertEquals("You read \"Please just click Reset.\" in the FAQ.",
        en("You read \"Please just click Reset.\" in the FAQ."), "a sentence end inside the quotation");
    assertEquals("«He said \"just click\"» and it failed.", en("«He said \"just click\"» and it failed."));
    assertEquals("A ticket: \"tkt-42\".", en("A ticket: \"tkt-42\"."), "regex phrases too");
  }

  @Test
  void matchesOutsideOrAcrossQuotationsStillCount() {
    assertEquals("Please ⟦just click⟧ \"Reset\".", en("Please just click \"Reset\"."));
    assertEquals("Please \"⟦just click⟧ Reset.", en("Please \"just click Reset."), "an unmatched mark quotes nothing");
    assertEquals("Please «⟦just click⟧ Reset.", en("Please «just click Reset."));
    assertEquals("Please ⟦just click⟧» Reset.", en("Please just click» Reset."));
    assertEquals("He said \"no\". ⟦Just click⟧ Reset. \"Fine\"",
        en("He said \"no\". Just click Reset. \"Fine\""), "marks pair within a sentence only");
    assertEquals("You said \"it broke. ⟦Just click⟧ Reset\" is wrong.",
        en("You said \"it broke. Just click Reset\" is wrong."));
    assertEquals("\"Please\n⟦just click⟧\" Reset.", en("\"Please\njust click\" Reset."));
  }

  @Test
  void japaneseQuotationsToo() {
    assertEquals("「ボタンを押すだけです」と案内されたとのこと。", ja("「ボタンを押すだけです」と案内されたとのこと。"));
    assertEquals("『押すだけです』とのこと。", ja("『押すだけです』とのこと。"));
    assertEquals("｢押すだけです｣とのこと。", ja("｢押すだけです｣とのこと。"));
    assertEquals("「復元」を⟦押すだけです⟧。", ja("「復元」を押すだけです。"));
    assertEquals("「⟦押すだけです⟧。", ja("「押すだけです。"));
  }

  @Test
  void directionalMarksPairAcrossSentencesAndLines() {
    // 「」 and «» cannot be mistaken for anything else, so a quoted message of several sentences or
    // lines is one quotation; straight quotes pair within a sentence and line only.
    assertEquals("「押す。押すだけです」とのこと。", ja("「押す。押すだけです」とのこと。"));
    assertEquals("「まだ？押すだけです\nとのこと」", ja("「まだ？押すだけです\nとのこと」"));
    assertEquals("\"まだ？⟦押すだけです⟧\nとのこと\"", ja("\"まだ？押すだけです\nとのこと\""));
    assertEquals("On m'a dit « Arrêtez. Just click » hier.", en("On m'a dit « Arrêtez. Just click » hier."));
  }

  @Test
  void singleQuotesAreQuotationsWhereTheyCannotBeApostrophes() {
    assertEquals("You were told to 'just click Reset'.", en("You were told to 'just click Reset'."));
    assertEquals("You were told to ‘just click Reset’.", en("You were told to ‘just click Reset’."));
    assertEquals("Man sagte ‚just click‘.", en("Man sagte ‚just click‘."));
    assertEquals("You read 'Please just click Reset.' in the FAQ.",
        en("You read 'Please just click Reset.' in the FAQ."));
    assertEquals("(He said 'just click')", en("(He said 'just click')"));
    assertEquals("\"He said 'just click'\" and it failed.", en("\"He said 'just click'\" and it failed."));
  }

  @Test
  void apostrophesQuoteNothing() {
    assertEquals("Don't worry, ⟦just click⟧ Reset, it's quick.", en("Don't worry, just click Reset, it's quick."));
    assertEquals("The customers' ⟦just click⟧ habit", en("The customers' just click habit"));
    assertEquals("In the '90s you'd ⟦just click⟧ Reset.", en("In the '90s you'd just click Reset."));
    assertEquals("L'équipe dit qu'il faut ⟦just click⟧.", en("L'équipe dit qu'il faut just click."));
    assertEquals("Tap 'Reset' and ⟦just click⟧ OK, it's fine.", en("Tap 'Reset' and just click OK, it's fine."));
    assertEquals("It's ⟦just click⟧ and go, isn't it?", en("It's just click and go, isn't it?"));
  }

  @Test
  void aSingleQuoteLeftOpenQuotesNothing() {
    assertEquals("He said 'no. ⟦Just click⟧ Reset' is wrong.", en("He said 'no. Just click Reset' is wrong."));
    assertEquals("'Please\n⟦just click⟧' Reset.", en("'Please\njust click' Reset."));
    assertEquals("Say 'hi and ⟦just click⟧ Reset", en("Say 'hi and just click Reset"));
  }

  @Test
  void closingMarksAfterASentenceEndStayInTheSentence() {
    // French puts a space before » (and before ? and !), so the mark comes after the sentence end.
    assertEquals("Vous avez écrit « just click ? » : c'est noté.", en("Vous avez écrit « just click ? » : c'est noté."));
    assertEquals("You wrote \"just click?\" and we agree.", en("You wrote \"just click?\" and we agree."));
    assertEquals("You wrote 'just click!' and we agree.", en("You wrote 'just click!' and we agree."));
    assertEquals("You wrote \"e.g. just click\" there.", en("You wrote \"e.g. just click\" there."),
        "a period before a lower-case word does not end the sentence");
  }
}

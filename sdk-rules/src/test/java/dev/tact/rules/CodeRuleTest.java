package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Code rules plug in through ServiceLoader or the builder and get the same severities as phrases. */
class CodeRuleTest {
  private static final Draft SHOUT = new Draft("PLEASE RESTART THE ROUTER", Locale.forLanguageTag("nl"), Channel.PUBLIC);

  /** A rule that reports one finding at the start of every draft, with whatever id it is given. */
  private record Fixed(RuleMetadata metadata, String reportedId, int end) implements Rule {
    @Override
    public List<Finding> check(RuleContext context) {
      return List.of(new Finding(reportedId, Severity.INFO, new Span(0, end), "m", List.of(), null));
    }
  }

  private static RuleMetadata meta(String id, String... languages) {
    return RuleMetadata.builder(id).severity(Severity.WARNING).off(Mood.LIGHT)
        .languages(languages).summary("S").rationale("R").requirements("T1").build();
  }

  @Test
  void serviceLoaderRulesRunForLanguagesWithoutPacks() {
    ToneChecker checker = ToneChecker.builder().builtInPacks().build();
    List<Finding> findings = checker.check(SHOUT);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals("test.shouting", findings.get(0).ruleId());
    assertEquals(Severity.INFO, findings.get(0).severity());
    Conversation upset = Conversation.of(Message.fromCustomer("Waar is mijn pakket 😡"));
    assertEquals(Severity.WARNING, checker.check(SHOUT, upset).get(0).severity());
  }

  @Test
  void theCheckerSetsTheSeverityAndSkipsRulesThatAreOffOrForOtherLanguages() {
    Fixed any = new Fixed(meta("acme.any"), "acme.any", 3);
    Fixed english = new Fixed(meta("acme.english", "en"), "acme.english", 3);
    ToneChecker checker = ToneChecker.builder().rule(any).rule(english).build();
    Draft german = new Draft("Hallo", Locale.GERMAN, Channel.PUBLIC);
    List<Finding> findings = checker.check(german);
    assertEquals(List.of("acme.any"), findings.stream().map(Finding::ruleId).toList());
    assertEquals(Severity.WARNING, findings.get(0).severity(), "the rule said INFO; its metadata says WARNING");
    assertEquals(2, checker.check(new Draft("Hello", Locale.ENGLISH, Channel.PUBLIC)).size());
    Conversation light = Conversation.of(Message.fromCustomer("lol 😂"));
    assertEquals(List.of(), checker.check(german, light));
    ToneChecker disabled = ToneChecker.builder().rule(any).disable("acme.any").build();
    assertEquals(List.of(), disabled.check(german));
  }

  @Test
  void aRuleThatReportsAnotherIdOrASpanOutsideTheDraftIsABug() {
    Draft draft = new Draft("Hi", Locale.ENGLISH, Channel.PUBLIC);
    ToneChecker wrongId = ToneChecker.builder().rule(new Fixed(meta("acme.a"), "acme.b", 1)).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> wrongId.check(draft));
    assertTrue(e.getMessage().contains("'acme.b' but its id is 'acme.a'"), e.getMessage());
    ToneChecker outside = ToneChecker.builder().rule(new Fixed(meta("acme.a"), "acme.a", 5)).build();
    assertThrows(IllegalStateException.class, () -> outside.check(draft));
  }

  @Test
  void twoCodeRulesCannotShareAnId() {
    Fixed a = new Fixed(meta("acme.a"), "acme.a", 0);
    assertThrows(IllegalArgumentException.class, () -> ToneChecker.builder().rule(a).rule(a).build());
  }

  @Test
  void contextGivesTheRuleWhatItNeeds() {
    Rule probe = new Rule() {
      @Override
      public RuleMetadata metadata() {
        return meta("acme.probe");
      }

      @Override
      public List<Finding> check(RuleContext context) {
        assertEquals("fr", context.language());
        assertEquals(Mood.UPSET, context.mood());
        assertEquals("c'est simple", context.text().normalized());
        assertEquals(1, context.conversation().messages().size());
        assertEquals(Severity.WARNING, context.severity());
        return List.of(context.finding(new Span(0, 5), "m", List.of("s")));
      }
    };
    ToneChecker checker = ToneChecker.builder().rule(probe).build();
    List<Finding> findings = checker.check(new Draft("C’est SIMPLE", Locale.FRENCH, Channel.PUBLIC),
        Conversation.of(Message.fromCustomer("C'est inadmissible !!")));
    assertEquals("acme.probe", findings.get(0).ruleId());
    assertEquals(List.of("s"), findings.get(0).suggestions());
  }

  @Test
  void builtInMetadataIsReadFromItsFile() {
    RuleMetadata minimizing = RuleMetadata.builtIn("tone.minimizing");
    assertEquals(List.of("T1"), minimizing.requirements());
    assertEquals(java.util.Optional.of(Severity.ERROR), minimizing.severityFor(Mood.UPSET));
    assertThrows(IllegalArgumentException.class, () -> RuleMetadata.builtIn("tone.nothing"));
  }

  @Test
  void metadataFilesMayCarryExamplesForCodeRules() {
    RulePack pack = RulePack.parse("""
        rules:
          - id: acme.sign-off
            severity: info
            summary: The reply has no sign-off
            rationale: People sign their replies.
            requirements: [T10]
            examples:
              - language: "*"
                inbound: "Where is my parcel?"
                flagged: ["⟦Your parcel ships today.⟧"]
                clean: ["Your parcel ships today. – Sam"]
        """, "acme.yaml");
    RuleMetadata meta = ToneChecker.builder().pack(pack).build().rules().get(0);
    assertEquals(1, meta.examples().size());
    assertEquals("*", meta.examples().get(0).language());
    assertEquals("Where is my parcel?", meta.examples().get(0).inbound());
    RulePackException e = assertThrows(RulePackException.class, () -> RulePack.parse("""
        rules:
          - id: acme.sign-off
            severity: info
            summary: S
            rationale: R
            examples:
              - language: english
                flagged: ["no marks"]
        """, "bad.yaml"));
    assertEquals(2, e.problems().size(), e.getMessage());
  }

  @Test
  void metadataIsValidated() {
    assertThrows(IllegalArgumentException.class, () -> RuleMetadata.builder("Acme").summary("s").rationale("r").build());
    assertThrows(IllegalArgumentException.class, () -> RuleMetadata.builder("acme.a").summary("Ends.").rationale("r").build());
    assertThrows(IllegalArgumentException.class, () -> RuleMetadata.builder("acme.a").summary("s").build());
    assertThrows(IllegalArgumentException.class,
        () -> RuleMetadata.builder("acme.a").summary("s").rationale("r").requirements("t1").build());
    assertThrows(IllegalArgumentException.class,
        () -> RuleMetadata.builder("acme.a").summary("s").rationale("r").languages("EN").build());
    assertThrows(IllegalArgumentException.class, () -> new RuleExamples("en", List.of("no marks"), List.of(), null));
    assertThrows(IllegalArgumentException.class, () -> new RuleExamples("en", List.of(), List.of("⟦x⟧"), null));
    RuleMetadata meta = meta("acme.a", "en");
    assertTrue(meta.covers("en"));
    assertEquals(java.util.Optional.empty(), meta.severityFor(Mood.LIGHT));
    assertEquals(java.util.Optional.of(Severity.WARNING), meta.severityFor(Mood.UPSET));
  }
}

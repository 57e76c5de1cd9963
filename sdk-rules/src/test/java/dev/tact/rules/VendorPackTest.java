package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vendor packs merge over the built-ins: add phrases, disable rules, change severities, all or nothing. */
class VendorPackTest {
  private static final Draft EASY_PEASY =
      new Draft("Turning it off and on again is easy peasy lemon squeezy.", Locale.ENGLISH, Channel.PUBLIC);
  private static final Draft ACME =
      new Draft("Open the Acme Portal and choose Returns.", Locale.ENGLISH, Channel.PUBLIC);

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }

  private static ToneChecker builtIns(RulePack... packs) {
    ToneChecker.Builder builder = ToneChecker.builder().builtInPacks();
    for (RulePack pack : packs) {
      builder.pack(pack);
    }
    return builder.build();
  }

  @Test
  void aVendorPhraseJoinsABuiltInRule() {
    RulePack acme = RulePack.parse("""
        packs:
          - language: en
            rule: tone.minimizing
            phrases:
              - id: acme-portal
                patterns: ["open the acme portal"]
                message: "Say where the portal is"
        """, "acme.yaml");
    assertFalse(ids(builtIns().check(ACME)).contains("tone.minimizing"));
    List<Finding> findings = builtIns(acme).check(ACME);
    Finding finding = findings.stream().filter(f -> f.ruleId().equals("tone.minimizing")).findFirst().orElseThrow();
    assertEquals("Open the Acme Portal", finding.span().in(ACME.text()));
    assertEquals("Say where the portal is", finding.message());
  }

  @Test
  void aSinglePackFileWorksAsAVendorPackToo() {
    RulePack acme = RulePack.parse("""
        language: en
        rule: tone.minimizing
        phrases:
          - id: acme-portal
            patterns: ["open the acme portal"]
        """, "acme.yaml");
    assertTrue(ids(builtIns(acme).check(ACME)).contains("tone.minimizing"));
  }

  @Test
  void disableTurnsABuiltInRuleOff() {
    assertTrue(ids(builtIns().check(EASY_PEASY)).contains("tone.minimizing"));
    RulePack quiet = RulePack.parse("disable: [tone.minimizing]\n", "quiet.yaml");
    assertFalse(ids(builtIns(quiet).check(EASY_PEASY)).contains("tone.minimizing"));
    ToneChecker byCall = ToneChecker.builder().builtInPacks().disable("tone.minimizing").build();
    assertFalse(ids(byCall.check(EASY_PEASY)).contains("tone.minimizing"));
    assertEquals(Optional.empty(), byCall.severity("tone.minimizing", Mood.UPSET));
  }

  @Test
  void severityChangesEveryMoodButKeepsOffMoodsOff() {
    RulePack strict = RulePack.parse("severity: {tone.minimizing: error, tone.humor-when-upset: info}\n", "s.yaml");
    ToneChecker checker = builtIns(strict);
    for (Mood mood : Mood.values()) {
      assertEquals(Optional.of(Severity.ERROR), checker.severity("tone.minimizing", mood), mood.name());
    }
    assertEquals(Optional.of(Severity.INFO), checker.severity("tone.humor-when-upset", Mood.UPSET));
    assertEquals(Optional.empty(), checker.severity("tone.humor-when-upset", Mood.LIGHT));
    Finding finding = checker.check(EASY_PEASY).stream()
        .filter(f -> f.ruleId().equals("tone.minimizing")).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, finding.severity());
  }

  @Test
  void theLastDirectiveForARuleWins() {
    RulePack off = RulePack.parse("severity: {tone.minimizing: off}\n", "off.yaml");
    ToneChecker checker = ToneChecker.builder().builtInPacks().pack(off)
        .severity("tone.minimizing", Severity.INFO).build();
    assertEquals(Optional.of(Severity.INFO), checker.severity("tone.minimizing", Mood.UNKNOWN));
    ToneChecker reversed = ToneChecker.builder().builtInPacks()
        .severity("tone.minimizing", Severity.INFO).pack(off).build();
    assertEquals(Optional.empty(), reversed.severity("tone.minimizing", Mood.UNKNOWN));
  }

  @Test
  void moodsSetTheDefaultSeverity() {
    ToneChecker checker = builtIns();
    Conversation upset = Conversation.of(Message.fromCustomer("Third time I ask!! Unacceptable"));
    Finding finding = checker.check(EASY_PEASY, upset).stream()
        .filter(f -> f.ruleId().equals("tone.minimizing")).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Optional.of(Severity.WARNING), checker.severity("tone.minimizing", Mood.UNKNOWN));
  }

  @Test
  void aBadPackThrowsAndTheCheckerBuiltBeforeKeepsWorking() {
    ToneChecker before = builtIns();
    List<Finding> expected = before.check(EASY_PEASY);
    RulePackException malformed = assertThrows(RulePackException.class, () -> RulePack.parse("""
        packs:
          - language: en
            rule: tone.minimizing
            phrases:
              - id: broken
                patterns: ["just (click"]
        """, "broken.yaml"));
    assertEquals("broken.yaml", malformed.source());
    assertEquals(6, malformed.line());
    assertEquals(expected, before.check(EASY_PEASY));
  }

  @Test
  void aPackThatDoesNotFitTheRulesFailsTheBuildAndLeavesTheBuilderUsable() {
    RulePack unknown = RulePack.parse("""
        disable: [tone.idoim]
        packs:
          - language: en
            rule: acme.nothing
            phrases:
              - id: x
                patterns: ["x"]
        """, "unknown.yaml");
    ToneChecker.Builder builder = ToneChecker.builder().builtInPacks().pack(unknown);
    RulePackException e = assertThrows(RulePackException.class, builder::build);
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("'acme.nothing' is not defined"), e.getMessage());
    assertTrue(e.problems().get(1).message().contains("did you mean 'tone.idiom'"), e.getMessage());
    assertEquals(1, e.problems().get(1).line());
    // Nothing of it was used; the same builder still fails the same way (it is not half-applied).
    assertThrows(RulePackException.class, builder::build);
  }

  @Test
  void phraseIdsAreUniquePerRuleAndLanguageAcrossPacks() {
    RulePack clash = RulePack.parse("""
        packs:
          - language: en
            rule: tone.minimizing
            phrases:
              - id: just-do-step
                patterns: ["zzz"]
        """, "clash.yaml");
    RulePackException e = assertThrows(RulePackException.class, () -> builtIns(clash));
    assertTrue(e.getMessage().contains("already used in dev/tact/rules/packs/en/"), e.getMessage());
  }

  @Test
  void aVendorCannotRedefineABuiltInRule() {
    RulePack redefine = RulePack.parse("""
        rules:
          - id: tone.minimizing
            severity: info
            summary: Mine now
            rationale: Because.
            requirements: [T1]
        """, "redefine.yaml");
    RulePackException e = assertThrows(RulePackException.class, () -> builtIns(redefine));
    assertTrue(e.getMessage().contains("already defined in dev/tact/rules/meta/tone.minimizing.yaml"),
        e.getMessage());
  }

  @Test
  void packsReadFromFilesInYamlOrJson(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("acme.json");
    Files.writeString(json, """
        {"packs": [{"language": "en", "rule": "tone.minimizing",
                    "phrases": [{"id": "acme-portal", "patterns": ["open the acme portal"]}]}]}
        """);
    RulePack pack = RulePack.read(json);
    assertEquals(json.toString(), pack.source());
    assertTrue(ids(builtIns(pack).check(ACME)).contains("tone.minimizing"));
    assertTrue(pack.toString().contains("tone.minimizing"));
  }

  @Test
  void theRuleListShowsPackLanguagesAndExamples() {
    ToneChecker checker = builtIns();
    RuleMetadata minimizing = checker.rules().stream()
        .filter(rule -> rule.id().equals("tone.minimizing")).findFirst().orElseThrow();
    assertTrue(minimizing.languages().contains("en"), minimizing.languages().toString());
    assertTrue(minimizing.examples().stream().anyMatch(e -> e.language().equals("en") && !e.flagged().isEmpty()));
    assertTrue(checker.languages().contains("en"));
    assertTrue(checker.toString().startsWith("ToneChecker["));
  }
}

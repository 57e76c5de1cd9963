package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.PackModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a rule is not documented or not tested: an id off the pattern, metadata
 * without summary, rationale or requirements, a contract id without metadata, a (rule, language)
 * without a flagged and a clean example, or an id used twice.
 */
class RuleMetadataMetaTest {
  /** The tone rule ids of DESIGN.md (contract). */
  static final List<String> CONTRACT_IDS = List.of(
      "tone.minimizing", "tone.blame", "tone.over-apology", "tone.non-apology",
      "tone.humor-when-upset", "tone.negative-phrasing", "tone.sales-pitch",
      "tone.unkeepable-promise", "tone.idiom", "tone.channel-switch", "tone.no-reply",
      "tone.bot-disclosure", "tone.no-acknowledgement", "tone.impersonal", "tone.register-mix");

  /** The requirement ids of REQUIREMENTS.md. */
  static final Set<String> REQUIREMENT_IDS = requirementIds();

  private static Set<String> requirementIds() {
    Set<String> ids = new HashSet<>();
    for (int i = 1; i <= 14; i++) {
      ids.add("T" + i);
    }
    for (int i = 1; i <= 7; i++) {
      ids.add("E" + i);
    }
    for (int i = 1; i <= 6; i++) {
      ids.add("L" + i);
    }
    for (int i = 1; i <= 4; i++) {
      ids.add("H" + i);
    }
    return Set.copyOf(ids);
  }

  @Test
  void everyContractIdHasAMetadataFileNamedAfterIt() {
    Set<String> ids = new TreeSet<>();
    for (PackModel.Meta meta : BuiltIns.load().metadata()) {
      assertTrue(ids.add(meta.metadata().id()), "two metadata files for " + meta.metadata().id());
      assertEquals(BuiltIns.ROOT + "meta/" + meta.metadata().id() + ".yaml", meta.source());
    }
    for (String id : CONTRACT_IDS) {
      assertTrue(ids.contains(id), "no dev/tact/rules/meta/" + id + ".yaml");
    }
  }

  @Test
  void everyRuleIsDocumented() {
    List<RuleMetadata> all = new ArrayList<>(ToneChecker.builder().builtInPacks().build().rules());
    for (String name : RuleExamplesTest.TEST_PACKS) {
      RulePack pack = RulePack.parse(RuleExamplesTest.resource(name), name);
      all.addAll(ToneChecker.builder().pack(pack).build().rules());
    }
    Set<String> ids = new HashSet<>();
    for (RuleMetadata rule : all) {
      assertTrue(RuleMetadata.isValidId(rule.id()), rule.id());
      assertTrue(ids.add(rule.id()), "rule id used twice: " + rule.id());
      assertFalse(rule.summary().isBlank(), rule.id() + " has no summary");
      assertFalse(rule.summary().endsWith("."), rule.id() + ": a summary has no final period");
      assertFalse(rule.rationale().isBlank(), rule.id() + " has no rationale");
      assertFalse(rule.requirements().isEmpty(), rule.id() + " names no requirement");
      for (String requirement : rule.requirements()) {
        assertTrue(REQUIREMENT_IDS.contains(requirement),
            rule.id() + " names " + requirement + ", which REQUIREMENTS.md does not have");
      }
    }
  }

  @Test
  void everyRuleAndLanguageHasAFlaggedAndACleanExample() {
    Map<String, int[]> counts = new HashMap<>();
    List<PackModel.PackFile> files = new ArrayList<>(BuiltIns.load().packs());
    for (String name : RuleExamplesTest.TEST_PACKS) {
      files.add(RulePack.parse(RuleExamplesTest.resource(name), name).file());
    }
    Set<String> phraseIds = new HashSet<>();
    for (PackModel.PackFile file : files) {
      for (PackModel.PhrasePack pack : file.packs()) {
        int[] count = counts.computeIfAbsent(pack.rule() + " (" + pack.language() + ")", k -> new int[2]);
        count[0] += pack.examples().flagged().size();
        count[1] += pack.examples().clean().size();
        for (PackModel.Phrase phrase : pack.phrases()) {
          assertTrue(phraseIds.add(pack.rule() + "/" + pack.language() + "/" + phrase.id()),
              file.source() + ": phrase id " + phrase.id() + " used twice");
        }
      }
    }
    for (PackModel.Meta meta : BuiltIns.load().metadata()) {
      for (RuleExamples examples : meta.metadata().examples()) {
        int[] count = counts.computeIfAbsent(
            meta.metadata().id() + " (" + examples.language() + ")", k -> new int[2]);
        count[0] += examples.flagged().size();
        count[1] += examples.clean().size();
      }
    }
    for (Rule rule : ServiceLoader.load(Rule.class, Rule.class.getClassLoader())) {
      for (RuleExamples examples : rule.metadata().examples()) {
        int[] count = counts.computeIfAbsent(
            rule.metadata().id() + " (" + examples.language() + ")", k -> new int[2]);
        count[0] += examples.flagged().size();
        count[1] += examples.clean().size();
      }
      assertFalse(rule.metadata().examples().isEmpty(), rule.metadata().id() + " has no examples");
    }
    assertFalse(counts.isEmpty());
    counts.forEach((ruleAndLanguage, count) -> {
      assertTrue(count[0] > 0, ruleAndLanguage + " has no flagged example");
      assertTrue(count[1] > 0, ruleAndLanguage + " has no clean example");
    });
  }
}

package dev.tact.rules.docs;

import org.junit.jupiter.api.Test;

/**
 * The rule reference in {@code docs/rules/} is generated from the rule metadata and packs; this test
 * fails when a committed page differs from what the rules say now (a rule added, renamed or changed,
 * a phrase or example edited), and names the command that rewrites the pages:
 *
 * <pre>
 * mvn -B -q -pl sdk-rules test -Dtact.docs.write=true -Dtest=RuleReferenceTest
 * </pre>
 */
class RuleReferenceTest {
  @Test
  void committedRulePagesMatchTheRules() {
    GeneratedDocs.checkOrWrite(RuleReference.generate(), RuleReference::owns, RuleReference.COMMAND);
  }
}

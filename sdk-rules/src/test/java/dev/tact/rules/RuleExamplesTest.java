package dev.tact.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.Marks;
import dev.tact.rules.internal.PackModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every rule: each flagged draft must give exactly its ⟦marked⟧ spans as
 * findings of that rule, each clean draft none. The examples come from every built-in pack, from the
 * test packs under {@code src/test/resources/dev/tact/rules/testpacks/}, from the built-in metadata
 * files, and from the metadata of every code rule that {@link ServiceLoader} finds. An example set
 * with {@code automated: true} is checked as drafts a bot wrote ({@link Draft#automated}). A failure prints the draft with the expected and
 * the actual spans marked.
 */
class RuleExamplesTest {
  static final List<String> TEST_PACKS = List.of("dev/tact/rules/testpacks/acme-tone.yaml");

  /** One example draft, where it comes from, and the checker that must get it right. */
  record Case(
      ToneChecker checker, String where, String rule, String language, @Nullable String inbound,
      boolean automated, boolean flagged, String written) {}

  @TestFactory
  Stream<DynamicTest> everyExampleOfEveryRule() {
    List<Case> cases = allCases();
    assertFalse(cases.isEmpty(), "no examples found at all");
    return cases.stream().map(c -> DynamicTest.dynamicTest(name(c), () -> run(c)));
  }

  static List<Case> allCases() {
    List<Case> cases = new ArrayList<>();
    ToneChecker builtIn = ToneChecker.builder().builtInPacks().build();
    for (PackModel.PackFile file : BuiltIns.load().packs()) {
      addPackCases(builtIn, file, cases);
    }
    for (String name : TEST_PACKS) {
      RulePack pack = RulePack.parse(resource(name), name);
      addPackCases(ToneChecker.builder().pack(pack).build(), pack.file(), cases);
    }
    List<RuleMetadata> metadata = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (PackModel.Meta meta : BuiltIns.load().metadata()) {
      metadata.add(meta.metadata());
      sources.add(meta.source());
    }
    for (Rule rule : ServiceLoader.load(Rule.class, Rule.class.getClassLoader())) {
      metadata.add(rule.metadata());
      sources.add(rule.getClass().getName());
    }
    for (int i = 0; i < metadata.size(); i++) {
      RuleMetadata rule = metadata.get(i);
      String where = sources.get(i);
      for (RuleExamples examples : rule.examples()) {
        for (String written : examples.flagged()) {
          cases.add(new Case(builtIn, where, rule.id(), examples.language(),
              examples.inbound(), examples.automated(), true, written));
        }
        for (String written : examples.clean()) {
          cases.add(new Case(builtIn, where, rule.id(), examples.language(),
              examples.inbound(), examples.automated(), false, written));
        }
      }
    }
    // A code rule whose metadata comes from its file would otherwise run its examples twice.
    Set<List<Object>> seen = new HashSet<>();
    cases.removeIf(c -> !seen.add(List.of(c.checker(), c.rule(), c.language(),
        String.valueOf(c.inbound()), c.automated(), c.flagged(), c.written())));
    return cases;
  }

  private static void addPackCases(ToneChecker checker, PackModel.PackFile file, List<Case> cases) {
    for (PackModel.PhrasePack pack : file.packs()) {
      PackModel.Examples examples = pack.examples();
      for (PackModel.Example example : examples.flagged()) {
        cases.add(new Case(checker, file.source() + ":" + example.location().line(), pack.rule(),
            pack.language(), examples.inbound(), examples.automated(), true, example.written()));
      }
      for (PackModel.Example example : examples.clean()) {
        cases.add(new Case(checker, file.source() + ":" + example.location().line(), pack.rule(),
            pack.language(), examples.inbound(), examples.automated(), false, example.written()));
      }
    }
  }

  private static void run(Case c) {
    Marks.Marked marked = Marks.parse(c.written());
    Locale locale = c.language().equals("*") ? Locale.ROOT : Locale.forLanguageTag(c.language());
    Conversation conversation = c.inbound() == null
        ? Conversation.empty()
        : Conversation.of(Message.fromCustomer(c.inbound()));
    Draft draft = c.automated()
        ? Draft.automated(marked.text(), locale, Channel.PUBLIC)
        : new Draft(marked.text(), locale, Channel.PUBLIC);
    List<Finding> all = c.checker().check(draft, conversation);
    List<Span> actual = new ArrayList<>();
    for (Finding finding : all) {
      if (finding.ruleId().equals(c.rule())) {
        actual.add(finding.span());
      }
    }
    if (!actual.equals(marked.spans())) {
      StringBuilder message = new StringBuilder()
          .append(c.where()).append(": ").append(c.rule()).append(" (").append(c.language()).append(") ")
          .append(c.automated() ? "automated " : "").append(c.flagged() ? "flagged" : "clean").append(" example")
          .append("\n  expected: ").append(Marks.mark(marked.text(), marked.spans()))
          .append("\n  actual:   ").append(Marks.mark(marked.text(), actual));
      if (c.inbound() != null) {
        message.append("\n  answering: ").append(c.inbound());
      }
      message.append("\n  all findings:");
      for (Finding finding : all) {
        message.append("\n    ").append(finding.ruleId()).append(' ').append(finding.severity())
            .append(' ').append(finding.span()).append(" '").append(finding.span().in(marked.text()))
            .append("': ").append(finding.message());
      }
      throw new AssertionError(message.toString());
    }
  }

  private static String name(Case c) {
    String text = c.written().length() > 70 ? c.written().substring(0, 69) + "…" : c.written();
    return c.language() + " " + c.rule() + " " + (c.flagged() ? "flagged" : "clean") + ": " + text;
  }

  static String resource(String name) {
    String text = BuiltIns.resource(name);
    if (text == null) {
      throw new AssertionError(name + " is not on the test class path");
    }
    return text;
  }
}

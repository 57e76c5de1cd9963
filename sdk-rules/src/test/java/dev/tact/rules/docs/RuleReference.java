package dev.tact.rules.docs;

import static dev.tact.rules.docs.GeneratedDocs.code;
import static dev.tact.rules.docs.GeneratedDocs.md;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Severity;
import dev.tact.rules.Mood;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleExamples;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.ToneChecker;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.Marks;
import dev.tact.rules.internal.PackModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates the rule reference in {@code docs/rules/}: an index ({@code README.md}) and one page per
 * built-in rule ({@code <id>.md}), from the rule metadata ({@code meta/<id>.yaml} or a code rule's
 * {@link RuleMetadata}), the built-in phrase packs (messages, suggestions, examples per language) and
 * the code rules that {@link ServiceLoader} finds. Nothing on the pages is written by hand, so the
 * docs cannot drift from the rules; {@link RuleReferenceTest} fails the build when they do.
 *
 * <p>Regenerate from the repository root: {@value #COMMAND}
 */
final class RuleReference {
  static final String COMMAND =
      "mvn -B -q -pl sdk-rules test -Dtact.docs.write=true -Dtest=RuleReferenceTest";

  private static final String STAMP = "> Generated from rule metadata by `RuleReference`"
      + " (sdk-rules/src/test/java/dev/tact/rules/docs/) — do not edit. Regenerate with\n> `"
      + COMMAND + "`.\n";

  /** From {@code docs/rules/} to the module's main sources and resources. */
  private static final String MAIN = "../../sdk-rules/src/main/";

  /** REQUIREMENTS.md lives in the project's shared folder, beside the repository. */
  private static final String REQUIREMENTS = "../../../shared/REQUIREMENTS.md";

  /** The section of REQUIREMENTS.md that holds each kind of requirement id. */
  private static final Map<Character, String> SECTIONS = Map.of(
      'T', "#1-tone-of-a-reply-sdk-rules-tone",
      'E', "#2-public-or-private-sdk-rules-escalation",
      'L', "#3-templates-and-languages-sdk-i18n",
      'H', "#4-support-hours-and-response-times-sdk-core-hours");

  /** Everything the pages are generated from. */
  private record Rules(
      List<RuleMetadata> rules,
      Map<String, String> codeRules,
      Map<String, Map<String, List<PackModel.PhrasePack>>> packs,
      ToneChecker checker) {}

  private RuleReference() {}

  /** Every page, file name in {@code docs/rules/} to text. */
  static Map<String, String> generate() {
    Rules rules = load();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("README.md", index(rules));
    for (RuleMetadata rule : rules.rules()) {
      pages.put(rule.id() + ".md", page(rule, rules));
    }
    return pages;
  }

  /** Whether {@code name} in {@code docs/rules/} is a page of this generator. */
  static boolean owns(String name) {
    return name.endsWith(".md") && !name.equals(QualityReport.PAGE);
  }

  private static Rules load() {
    BuiltIns.Files files = BuiltIns.load();
    Set<String> builtInIds = new TreeSet<>();
    for (PackModel.Meta meta : files.metadata()) {
      builtInIds.add(meta.metadata().id());
    }
    ToneChecker checker = ToneChecker.builder().builtInPacks().build();
    List<RuleMetadata> rules = new ArrayList<>();
    for (RuleMetadata rule : checker.rules()) {
      // The test class path also holds test rules (test.shouting); the reference is of Tact's own.
      if (builtInIds.contains(rule.id())) {
        rules.add(rule);
      }
    }
    Map<String, String> codeRules = new TreeMap<>();
    for (Rule rule : ServiceLoader.load(Rule.class, Rule.class.getClassLoader())) {
      if (builtInIds.contains(rule.metadata().id())) {
        codeRules.put(rule.metadata().id(), rule.getClass().getName());
      }
    }
    Map<String, Map<String, List<PackModel.PhrasePack>>> packs = new TreeMap<>();
    for (PackModel.PackFile file : files.packs()) {
      for (PackModel.PhrasePack pack : file.packs()) {
        packs.computeIfAbsent(pack.rule(), id -> new TreeMap<>())
            .computeIfAbsent(pack.language(), language -> new ArrayList<>())
            .add(pack);
      }
    }
    return new Rules(rules, codeRules, packs, checker);
  }

  private static String index(Rules rules) {
    StringBuilder out = new StringBuilder();
    out.append(STAMP).append('\n');
    out.append("# Tone rules\n\n");
    out.append("Every `tone.*` rule Tact ships, one page each, generated from the rule metadata in\n")
        .append("[`sdk-rules/src/main/resources/dev/tact/rules/meta/`](").append(MAIN)
        .append("resources/dev/tact/rules/meta/), the phrase packs beside it and the code rules.\n")
        .append("How well each rule does on the labelled test sets (precision and recall per language) is in\n")
        .append("[quality.md](quality.md). Requirement ids refer to the project's shared `REQUIREMENTS.md`.\n\n");
    out.append("| id | summary | default severity | moods | languages | requirements | kind |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (RuleMetadata rule : rules.rules()) {
      out.append("| [").append(rule.id()).append("](").append(rule.id()).append(".md) | ")
          .append(md(rule.summary())).append(" | ")
          .append(key(rule.severity())).append(" | ")
          .append(moods(rule)).append(" | ")
          .append(languages(rule, rules)).append(" | ")
          .append(requirementLinks(rule)).append(" | ")
          .append(kindShort(rule, rules)).append(" |\n");
    }
    out.append("\n\"moods\" lists the moods of the customer (see `dev.tact.rules.Mood`) for which a rule's\n")
        .append("severity differs from its default, or \"off\" where it reports nothing; \"all\" means the\n")
        .append("default applies whatever the mood.\n");
    return out.toString();
  }

  private static String page(RuleMetadata rule, Rules rules) {
    StringBuilder out = new StringBuilder();
    out.append(STAMP).append('\n');
    out.append("# ").append(rule.id()).append("\n\n");
    out.append(md(rule.summary())).append(".\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| kind | ").append(kindLong(rule, rules)).append(" |\n");
    out.append("| default severity | ").append(key(rule.severity())).append(" |\n");
    out.append("| languages | ").append(languages(rule, rules)).append(" |\n");
    out.append("| requirements | ").append(requirementLinks(rule)).append(" |\n");
    out.append("| metadata | [meta/").append(rule.id()).append(".yaml](").append(MAIN)
        .append("resources/dev/tact/rules/meta/").append(rule.id()).append(".yaml) |\n\n");

    out.append("## Severity by the customer's mood\n\n");
    out.append("| customer mood | severity |\n|---|---|\n");
    for (Mood mood : Mood.values()) {
      Optional<Severity> severity = rule.severityFor(mood);
      out.append("| ").append(mood.key()).append(" | ")
          .append(severity.map(RuleReference::key).orElse("off (no finding)")).append(" |\n");
    }
    out.append('\n');

    out.append("## Why\n\n").append(md(rule.rationale().strip())).append("\n\n");

    out.append("## Messages\n\n");
    messages(rule, rules, out);

    out.append("## Examples\n\n");
    examples(rule, out);
    return out.toString();
  }

  private static void messages(RuleMetadata rule, Rules rules, StringBuilder out) {
    Map<String, List<PackModel.PhrasePack>> byLanguage = rules.packs().getOrDefault(rule.id(), Map.of());
    String codeRule = rules.codeRules().get(rule.id());
    if (byLanguage.isEmpty() && codeRule == null) {
      out.append("No phrase pack or code rule reports this rule yet.\n\n");
      return;
    }
    if (!byLanguage.isEmpty()) {
      out.append("A phrase finding reads its phrase's message, or the summary when the phrase has none.\n\n");
    }
    for (Map.Entry<String, List<PackModel.PhrasePack>> language : byLanguage.entrySet()) {
      out.append("### ").append(languageName(language.getKey())).append("\n\n");
      for (PackModel.PhrasePack pack : language.getValue()) {
        out.append("Phrases of [").append(pack.source().substring(BuiltIns.ROOT.length())).append("](")
            .append(MAIN).append("resources/").append(pack.source()).append("):\n\n");
        out.append("| phrase | message | suggestions |\n|---|---|---|\n");
        for (PackModel.Phrase phrase : pack.phrases()) {
          out.append("| ").append(code(phrase.id())).append(" | ")
              .append(phrase.message() == null ? "(the summary)" : md(phrase.message())).append(" | ")
              .append(phrase.suggestions().isEmpty() ? "—" : md(String.join(" · ", phrase.suggestions())))
              .append(" |\n");
        }
        out.append('\n');
      }
    }
    if (codeRule != null) {
      Set<String> seen = codeRuleMessages(rule, rules.checker());
      out.append("The code rule writes its own messages; on the flagged examples below it says:\n\n");
      if (seen.isEmpty()) {
        out.append("- (no finding on its examples)\n");
      }
      for (String message : seen) {
        out.append("- ").append(md(message)).append('\n');
      }
      out.append('\n');
    }
  }

  /** The distinct messages a code rule gives on its own flagged examples, in example order. */
  private static Set<String> codeRuleMessages(RuleMetadata rule, ToneChecker checker) {
    Set<String> messages = new LinkedHashSet<>();
    for (RuleExamples examples : rule.examples()) {
      Locale locale = examples.language().equals("*") ? Locale.ROOT : Locale.forLanguageTag(examples.language());
      Conversation conversation = examples.inbound() == null
          ? Conversation.empty()
          : Conversation.of(Message.fromCustomer(examples.inbound()));
      for (String written : examples.flagged()) {
        String text = Marks.parse(written).text();
        Draft draft = examples.automated()
            ? Draft.automated(text, locale, Channel.PUBLIC)
            : new Draft(text, locale, Channel.PUBLIC);
        for (Finding finding : checker.check(draft, conversation)) {
          if (finding.ruleId().equals(rule.id())) {
            messages.add(finding.message());
          }
        }
      }
    }
    return messages;
  }

  private static void examples(RuleMetadata rule, StringBuilder out) {
    if (rule.examples().isEmpty()) {
      out.append("None yet.\n");
      return;
    }
    out.append("⟦Marked⟧ words are exactly what the rule finds in a flagged draft; a clean draft gets no\n")
        .append("finding of this rule. `RuleExamplesTest` runs every one of them.\n\n");
    Map<String, List<RuleExamples>> byLanguage = new TreeMap<>((a, b) ->
        a.equals(b) ? 0 : a.equals("*") ? -1 : b.equals("*") ? 1 : a.compareTo(b));
    for (RuleExamples examples : rule.examples()) {
      byLanguage.computeIfAbsent(examples.language(), language -> new ArrayList<>()).add(examples);
    }
    for (Map.Entry<String, List<RuleExamples>> language : byLanguage.entrySet()) {
      out.append("### ").append(languageName(language.getKey())).append("\n\n");
      for (RuleExamples examples : language.getValue()) {
        if (examples.automated()) {
          out.append("Drafts written by a bot (`Draft.automated`):\n\n");
        }
        if (examples.inbound() != null) {
          out.append("Answering the customer message \"").append(md(examples.inbound())).append("\":\n\n");
        }
        if (!examples.flagged().isEmpty()) {
          out.append("Flagged:\n\n");
          for (String written : examples.flagged()) {
            out.append("- ").append(md(written)).append('\n');
          }
          out.append('\n');
        }
        if (!examples.clean().isEmpty()) {
          out.append("Clean:\n\n");
          for (String written : examples.clean()) {
            out.append("- ").append(md(written)).append('\n');
          }
          out.append('\n');
        }
      }
    }
  }

  private static String kindShort(RuleMetadata rule, Rules rules) {
    boolean phrases = rules.packs().containsKey(rule.id());
    boolean codeRule = rules.codeRules().containsKey(rule.id());
    if (phrases && codeRule) {
      return "code + phrases";
    }
    return phrases ? "phrases" : codeRule ? "code" : "not implemented yet";
  }

  private static String kindLong(RuleMetadata rule, Rules rules) {
    boolean phrases = rules.packs().containsKey(rule.id());
    String codeRule = rules.codeRules().get(rule.id());
    String codeLink = codeRule == null ? "" : "code rule [`" + codeRule.substring(codeRule.lastIndexOf('.') + 1)
        + "`](" + MAIN + "java/" + codeRule.replace('.', '/').replaceFirst("\\$.*", "") + ".java)";
    if (phrases && codeRule != null) {
      return codeLink + " with phrase packs";
    }
    if (phrases) {
      return "phrase rule (data: one phrase pack per language)";
    }
    if (codeRule != null) {
      return codeLink;
    }
    return "not implemented yet: metadata only, no phrase pack or code rule reports it";
  }

  private static String moods(RuleMetadata rule) {
    List<String> parts = new ArrayList<>();
    for (Mood mood : Mood.values()) {
      Optional<Severity> severity = rule.severityFor(mood);
      if (severity.isEmpty()) {
        parts.add(mood.key() + ": off");
      } else if (severity.get() != rule.severity()) {
        parts.add(mood.key() + ": " + key(severity.get()));
      }
    }
    return parts.isEmpty() ? "all" : String.join(", ", parts);
  }

  private static String languages(RuleMetadata rule, Rules rules) {
    if (!rule.languages().isEmpty()) {
      return String.join(", ", new TreeSet<>(rule.languages()));
    }
    return rules.codeRules().containsKey(rule.id()) ? "any" : "none yet";
  }

  private static String requirementLinks(RuleMetadata rule) {
    List<String> links = new ArrayList<>();
    for (String id : rule.requirements()) {
      links.add("[" + id + "](" + REQUIREMENTS + SECTIONS.getOrDefault(id.charAt(0), "") + ")");
    }
    return links.isEmpty() ? "—" : String.join(", ", links);
  }

  private static String languageName(String language) {
    if (language.equals("*")) {
      return "Any language";
    }
    return Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " (" + language + ")";
  }

  private static String key(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }
}

package dev.tact.rules.docs;

import static dev.tact.rules.docs.GeneratedDocs.md;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.Mood;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.ToneChecker;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.Marks;
import dev.tact.rules.internal.PackModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@code docs/rules/quality.md}: precision and recall of every built-in rule per language,
 * measured by running {@link ToneChecker} (every built-in pack and code rule) over two kinds of
 * set: the labelled sets {@code src/test/resources/dev/tact/rules/labelled/<lang>.jsonl}, written
 * while the rules were built and tuned, and the held-out sets {@code …/heldout/<lang>.jsonl},
 * written afterwards from the rules' documented intent and never used for tuning. The misses are
 * listed so that a person can judge each one. The targets (issue 3) are precision ≥ 0.95 and
 * recall ≥ 0.9; this report states whether each is met and changes nothing to meet them.
 * {@link QualityReportTest} fails the build when the committed page is stale; {@code HeldOutSetTest}
 * keeps the held-out sets from shrinking.
 *
 * <p>A line reads {@code {"text": …, "mood": "upset", "inbound": …, "expect": ["tone.blame"]}}: the
 * draft, the customer's mood it is judged against, the customer message it answers (optional) and
 * every rule that should report on it; {@code "automated": true} marks a draft a bot wrote (for
 * {@code tone.bot-disclosure}). Counting is per line and rule: a true positive when the rule
 * is expected and reports at least one finding, a false positive when it reports without being
 * expected, a false negative when it is expected and stays silent. Spans are not compared (the
 * labels name rules, not words); the misses show the spans found.
 *
 * <p>Regenerate from the repository root: {@value #COMMAND}
 */
final class QualityReport {
  static final String PAGE = "quality.md";
  static final String COMMAND =
      "mvn -B -q -pl sdk-rules test -Dtact.docs.write=true -Dtest=QualityReportTest";
  static final String LABELLED = "dev/tact/rules/labelled";
  static final String HELD_OUT = "dev/tact/rules/heldout";
  /** What a person wrote about the held-out results, shown on the page as it is. */
  static final String HELD_OUT_NOTES = HELD_OUT + "/NOTES.md";
  /**
   * The second held-out sets, written after the rules were last generalized (by people who had seen
   * the first held-out sets' results) and never tuned against.
   */
  static final String HELD_OUT_V2 = "dev/tact/rules/heldout-v2";
  static final String HELD_OUT_V2_TITLE = "Held-out v2 (written after the rules were last changed; not used for tuning)";
  private static final String SETS_LINK = "../../sdk-rules/src/test/resources/";

  static final double PRECISION_TARGET = 0.95;
  static final double RECALL_TARGET = 0.9;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One labelled line.
   *
   * @param file the set's file as the page names it, such as {@code en.jsonl} or {@code heldout/en.jsonl}
   */
  record Line(
      String file, String language, int number, String text, Mood mood, @Nullable String inbound,
      boolean automated, Set<String> expect) {
    String where() {
      return file + ":" + number;
    }
  }

  /** The lines of every language of one kind of set, and the scores the rules get on them. */
  record Evaluation(
      Map<String, List<Line>> sets,
      Map<String, Map<String, Score>> scores,
      Map<String, List<String>> unknownLabels) {}

  /** One line's findings. */
  record Checked(Line line, List<Finding> findings) {
    Set<String> rules() {
      Set<String> ids = new TreeSet<>();
      findings.forEach(finding -> ids.add(finding.ruleId()));
      return ids;
    }

    List<Span> spans(String rule) {
      List<Span> spans = new ArrayList<>();
      for (Finding finding : findings) {
        if (finding.ruleId().equals(rule)) {
          spans.add(finding.span());
        }
      }
      return spans;
    }
  }

  /** The counts of one rule in one language, and the lines it got wrong. */
  static final class Score {
    int truePositives;
    final List<Checked> falsePositives = new ArrayList<>();
    final List<Checked> falseNegatives = new ArrayList<>();

    int labelled() {
      return truePositives + falseNegatives.size();
    }

    int reported() {
      return truePositives + falsePositives.size();
    }

    @Nullable Double precision() {
      return reported() == 0 ? null : (double) truePositives / reported();
    }

    @Nullable Double recall() {
      return labelled() == 0 ? null : (double) truePositives / labelled();
    }
  }

  private QualityReport() {}

  /** The page, {@value #PAGE} to its text. */
  static Map<String, String> generate() {
    ToneChecker checker = ToneChecker.builder().builtInPacks().build();
    Map<String, RuleMetadata> rules = builtInRules(checker);
    Evaluation tuned = evaluate(readLabelledSets(), checker, rules);
    Evaluation heldOut = evaluate(readHeldOutSets(), checker, rules);
    Evaluation heldOutV2 = evaluate(readHeldOutV2Sets(), checker, rules);

    StringBuilder out = new StringBuilder();
    out.append("> Generated from the labelled and held-out sets by `QualityReport`"
            + " (sdk-rules/src/test/java/dev/tact/rules/docs/) — do not edit. Regenerate with\n> `")
        .append(COMMAND).append("`.\n\n");
    out.append("# Quality of the tone rules\n\n");
    out.append("Precision and recall of every built-in rule ([reference](README.md)), per language, on two kinds\n")
        .append("of labelled set. Targets (issue 3): **precision ≥ ").append(PRECISION_TARGET)
        .append("** and **recall ≥ ").append(RECALL_TARGET).append("** per rule and language.\n\n")
        .append("- The **labelled sets** in [`labelled/`](").append(SETS_LINK).append(LABELLED)
        .append("/) were written while the rules were\n")
        .append("  built and tuned. They show what the rules were built to do, and they flatter the rules.\n")
        .append("- The **held-out sets** in [`heldout/`](").append(SETS_LINK).append(HELD_OUT)
        .append("/) were written afterwards, from the\n")
        .append("  rules' documented intent (messages, rationale, examples) rather than their phrase lists, and\n")
        .append("  labelled by what a senior care lead would say, not by what the rules do. They are **not used\n")
        .append("  for tuning**: a rule changed to pass one of their lines makes them worthless. Their figures are\n")
        .append("  a fairer estimate of how the rules do on replies nobody tuned them to. Since they were\n")
        .append("  written, though, the rules were generalized by people who had seen their results.\n")
        .append("- The **held-out v2 sets** in [`heldout-v2/`](").append(SETS_LINK).append(HELD_OUT_V2)
        .append("/) were written after that, the same way,\n")
        .append("  by a writer who had not seen the packs, the labelled sets, the v1 sets or this page. Nobody\n")
        .append("  has tuned against them, so they are the fairest estimate here.\n\n")
        .append("The numbers are what the rules do on the sets as they are; neither the rules nor the sets are\n")
        .append("tuned to this page.\n\n");
    out.append("How it is measured: each line is checked by a `ToneChecker` with every built-in pack and code\n")
        .append("rule, as a draft in the set's language on a public channel (written by a bot when the line\n")
        .append("says `\"automated\": true`), answering the line's `inbound` customer message if it has one,\n")
        .append("for the line's labelled `mood` (the mood reader is not involved, so its mistakes do not\n")
        .append("count against the rules). Per line and rule: **TP** when the rule is in `expect` and reports,\n")
        .append("**FP** when it reports without being expected, **FN** when it is expected and silent. Spans\n")
        .append("are not compared, because the labels name rules, not words; the false positives below mark\n")
        .append("⟦the words the rule found⟧ so that a person can judge each one, and every miss names what was\n")
        .append("expected and what was found. \"—\" means no line expects the rule and it reported nothing: the\n")
        .append("set says nothing about it.\n\n");

    out.append("## Summary\n\n");
    out.append("### Labelled sets (used while tuning)\n\n");
    summaryTable(tuned, out);
    out.append("### Held-out sets v1 (not used for tuning, but seen while the rules were generalized)\n\n");
    summaryTable(heldOut, out);
    out.append("### ").append(HELD_OUT_V2_TITLE).append("\n\n");
    summaryTable(heldOutV2, out);

    heldOutFindings(tuned, heldOut, out);

    for (Map.Entry<String, Map<String, Score>> language : tuned.scores().entrySet()) {
      languageSection(language.getKey(), tuned.sets().get(language.getKey()), language.getValue(), out);
    }
    heldOutSection("Held-out (not used for tuning)", HELD_OUT, heldOut, "held-out, ", out);
    heldOutV2Section(tuned, heldOutV2, out);

    Map<String, List<String>> unknownLabels = new TreeMap<>(tuned.unknownLabels());
    for (Evaluation held : List.of(heldOut, heldOutV2)) {
      held.unknownLabels().forEach((id, where) ->
          unknownLabels.computeIfAbsent(id, k -> new ArrayList<>()).addAll(where));
    }
    if (!unknownLabels.isEmpty()) {
      out.append("## Labels that name no built-in rule\n\n");
      unknownLabels.forEach((id, where) ->
          out.append("- `").append(id).append("`: ").append(String.join(", ", where)).append('\n'));
      out.append('\n');
    }
    return Map.of(PAGE, out.toString());
  }

  /** The built-in rules of {@code checker} (every built-in pack and code rule), by id. */
  static Map<String, RuleMetadata> builtInRules(ToneChecker checker) {
    Set<String> builtInIds = new TreeSet<>();
    for (PackModel.Meta meta : BuiltIns.load().metadata()) {
      builtInIds.add(meta.metadata().id());
    }
    Map<String, RuleMetadata> rules = new TreeMap<>();
    for (RuleMetadata rule : checker.rules()) {
      if (builtInIds.contains(rule.id())) {
        rules.put(rule.id(), rule);
      }
    }
    return rules;
  }

  /** Runs the checker over every line of {@code sets} and scores each rule per language. */
  static Evaluation evaluate(Map<String, List<Line>> sets, ToneChecker checker, Map<String, RuleMetadata> rules) {
    Map<String, Map<String, Score>> scores = new TreeMap<>();
    Map<String, List<String>> unknownLabels = new TreeMap<>();
    for (Map.Entry<String, List<Line>> set : sets.entrySet()) {
      String language = set.getKey();
      Map<String, Score> byRule = new TreeMap<>();
      for (RuleMetadata rule : rules.values()) {
        if (rule.covers(language)) {
          byRule.put(rule.id(), new Score());
        }
      }
      for (Line line : set.getValue()) {
        Checked result = check(line, checker, rules.keySet());
        Set<String> found = result.rules();
        for (String id : line.expect()) {
          if (!rules.containsKey(id)) {
            unknownLabels.computeIfAbsent(id, k -> new ArrayList<>()).add(line.where());
          }
        }
        Set<String> involved = new TreeSet<>(found);
        involved.addAll(line.expect());
        involved.retainAll(rules.keySet());
        for (String id : involved) {
          Score score = byRule.computeIfAbsent(id, k -> new Score());
          boolean expected = line.expect().contains(id);
          boolean reported = found.contains(id);
          if (expected && reported) {
            score.truePositives++;
          } else if (reported) {
            score.falsePositives.add(result);
          } else {
            score.falseNegatives.add(result);
          }
        }
      }
      scores.put(language, byRule);
    }
    return new Evaluation(sets, scores, unknownLabels);
  }

  private static Checked check(Line line, ToneChecker checker, Set<String> ruleIds) {
    Conversation conversation = line.inbound() == null
        ? Conversation.empty()
        : Conversation.of(Message.fromCustomer(line.inbound()));
    Locale locale = Locale.forLanguageTag(line.language());
    Draft draft = line.automated()
        ? Draft.automated(line.text(), locale, Channel.PUBLIC)
        : new Draft(line.text(), locale, Channel.PUBLIC);
    List<Finding> findings = new ArrayList<>();
    for (Finding finding : checker.check(draft, conversation, line.mood())) {
      if (ruleIds.contains(finding.ruleId())) {
        findings.add(finding);
      }
    }
    return new Checked(line, findings);
  }

  private static void summaryTable(Evaluation evaluation, StringBuilder out) {
    out.append("| language | lines | lines expecting a finding | clean lines | TP | FP | FN | precision | recall |"
        + " rules meeting both targets |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Map<String, Score>> language : evaluation.scores().entrySet()) {
      summaryRow(language.getKey(), evaluation.sets().get(language.getKey()), language.getValue(), out);
    }
    Totals all = Totals.of(evaluation.scores().values());
    out.append("| all | | | | ").append(all.tp).append(" | ").append(all.fp).append(" | ").append(all.fn)
        .append(" | ").append(ratio(all.tp, all.tp + all.fp)).append(" | ").append(ratio(all.tp, all.tp + all.fn))
        .append(" | ").append(all.meeting).append(" of ").append(all.measured).append(" |\n\n");
  }

  private static void summaryRow(String language, List<Line> lines, Map<String, Score> byRule, StringBuilder out) {
    int flagged = 0;
    for (Line line : lines) {
      if (!line.expect().isEmpty()) {
        flagged++;
      }
    }
    Totals totals = Totals.of(List.of(byRule));
    out.append("| ").append(languageName(language)).append(" | ").append(lines.size()).append(" | ")
        .append(flagged).append(" | ").append(lines.size() - flagged).append(" | ")
        .append(totals.tp).append(" | ").append(totals.fp).append(" | ").append(totals.fn).append(" | ")
        .append(ratio(totals.tp, totals.tp + totals.fp)).append(" | ").append(ratio(totals.tp, totals.tp + totals.fn))
        .append(" | ").append(totals.meeting).append(" of ").append(totals.measured).append(" |\n");
  }

  /** Counts summed over rules (and languages), and how many measured rules meet both targets. */
  private static final class Totals {
    int tp;
    int fp;
    int fn;
    int meeting;
    int measured;

    static Totals of(Iterable<Map<String, Score>> byLanguage) {
      Totals totals = new Totals();
      for (Map<String, Score> byRule : byLanguage) {
        for (Score score : byRule.values()) {
          totals.tp += score.truePositives;
          totals.fp += score.falsePositives.size();
          totals.fn += score.falseNegatives.size();
          if (score.reported() + score.labelled() > 0) {
            totals.measured++;
            if (meetsBoth(score)) {
              totals.meeting++;
            }
          }
        }
      }
      return totals;
    }
  }

  private static boolean meetsBoth(Score score) {
    return meets(score.precision(), PRECISION_TARGET) && meets(score.recall(), RECALL_TARGET);
  }

  /**
   * "What the held-out set shows": the figures that compare the two kinds of set, precision and
   * recall of every rule and language on the held-out set, and the notes a person wrote about the
   * misses.
   */
  private static void heldOutFindings(Evaluation tuned, Evaluation heldOut, StringBuilder out) {
    out.append("## What the held-out set shows\n\n");
    comparison(tuned, heldOut, "Held-out", "#held-out-not-used-for-tuning", out);
    String notes = readNotes(HELD_OUT).strip();
    if (!notes.isEmpty()) {
      out.append(notes).append("\n\n");
    }
  }

  /**
   * The "## Held-out v2" section: how its figures compare with the labelled sets, precision and
   * recall per rule and language, the notes its writer left, the counts and every miss.
   */
  private static void heldOutV2Section(Evaluation tuned, Evaluation heldOutV2, StringBuilder out) {
    out.append("## ").append(HELD_OUT_V2_TITLE).append("\n\n");
    comparison(tuned, heldOutV2, "Per rule (held-out v2)", "#per-rule-held-out-v2", out);
    String notes = readNotes(HELD_OUT_V2).strip();
    if (!notes.isEmpty()) {
      out.append(notes.replaceAll("(?m)^# ", "### ")).append("\n\n");
    }
    heldOutSection("Per rule (held-out v2)", HELD_OUT_V2, heldOutV2, "held-out v2, ", out);
  }

  /**
   * The overall figures of {@code heldOut} against the labelled sets, and its grid of pairs; the
   * grid points to the counts under {@code countsHeading}.
   */
  private static void comparison(
      Evaluation tuned, Evaluation heldOut, String countsHeading, String countsAnchor, StringBuilder out) {
    Totals before = Totals.of(tuned.scores().values());
    Totals after = Totals.of(heldOut.scores().values());
    out.append("Over all languages, precision is ").append(ratio(after.tp, after.tp + after.fp))
        .append(" held-out against ").append(ratio(before.tp, before.tp + before.fp))
        .append(" on the labelled sets, and recall ").append(ratio(after.tp, after.tp + after.fn))
        .append(" against ").append(ratio(before.tp, before.tp + before.fn)).append("; ")
        .append(after.meeting).append(" of ").append(after.measured)
        .append(" measured rule and language pairs meet both targets held-out (")
        .append(before.meeting).append(" of ").append(before.measured).append(" on the labelled sets).\n\n");
    out.append("Precision / recall per rule and language on the held-out sets; **bold** is below a target,\n")
        .append("\"—\" not measured, n/a not a language of the rule (the counts and the lines are under [")
        .append(countsHeading)
        .append("](").append(countsAnchor).append(")):\n\n");
    out.append("| rule |");
    heldOut.scores().keySet().forEach(language -> out.append(' ').append(language).append(" |"));
    out.append("\n|---|");
    heldOut.scores().keySet().forEach(language -> out.append("---|"));
    out.append('\n');
    for (Map.Entry<String, Map<String, Score>> rule : byRule(heldOut).entrySet()) {
      out.append("| ").append(rule.getKey()).append(" |");
      for (String language : heldOut.scores().keySet()) {
        Score score = rule.getValue().get(language);
        out.append(' ').append(score == null ? "n/a" : pair(score)).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  /** The scores of an evaluation by rule, then language. */
  private static Map<String, Map<String, Score>> byRule(Evaluation evaluation) {
    Map<String, Map<String, Score>> byRule = new TreeMap<>();
    evaluation.scores().forEach((language, scores) -> scores.forEach((rule, score) ->
        byRule.computeIfAbsent(rule, k -> new TreeMap<>()).put(language, score)));
    return byRule;
  }

  /** "precision / recall" with two decimals, each in bold when below its target. */
  private static String pair(Score score) {
    return rounded(score.precision(), PRECISION_TARGET) + " / " + rounded(score.recall(), RECALL_TARGET);
  }

  private static String rounded(@Nullable Double value, double target) {
    if (value == null) {
      return "—";
    }
    String figure = String.format(Locale.ROOT, "%.2f", value);
    return value >= target ? figure : "**" + figure + "**";
  }

  private static void heldOutSection(
      String title, String resource, Evaluation heldOut, String qualifier, StringBuilder out) {
    String dir = Path.of(resource).getFileName().toString();
    boolean v2 = !resource.equals(HELD_OUT);
    out.append(v2 ? "### " : "## ").append(title).append("\n\n");
    out.append("Per rule and language on the held-out sets in [`").append(dir).append("/`](").append(SETS_LINK)
        .append(resource).append("/):");
    for (Map.Entry<String, List<Line>> set : heldOut.sets().entrySet()) {
      out.append(" [`").append(set.getKey()).append(".jsonl`](").append(SETS_LINK).append(resource).append('/')
          .append(set.getKey()).append(".jsonl) ").append(set.getValue().size()).append(" lines;");
    }
    out.setLength(out.length() - 1);
    out.append(".\n\n");
    out.append("| rule | language | lines expecting it | TP | FP | FN | precision (≥ ").append(PRECISION_TARGET)
        .append(") | recall (≥ ").append(RECALL_TARGET).append(") |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Map<String, Score>> rule : byRule(heldOut).entrySet()) {
      for (Map.Entry<String, Score> language : rule.getValue().entrySet()) {
        out.append("| [").append(rule.getKey()).append("](").append(rule.getKey()).append(".md) | ")
            .append(language.getKey()).append(" | ");
        scoreCells(language.getValue(), out);
      }
    }
    out.append('\n');
    out.append(v2 ? "#### Held-out v2 misses\n\n" : "### Held-out misses\n\n");
    boolean anyMiss = false;
    for (Map.Entry<String, Map<String, Score>> language : heldOut.scores().entrySet()) {
      anyMiss |= misses(language.getKey(), language.getValue(), qualifier, v2 ? "##### " : "#### ", out);
    }
    if (!anyMiss) {
      out.append("No misses.\n\n");
    }
  }

  private static void languageSection(String language, List<Line> lines, Map<String, Score> byRule, StringBuilder out) {
    out.append("## ").append(languageName(language)).append("\n\n");
    out.append("[`labelled/").append(language).append(".jsonl`](").append(SETS_LINK).append(LABELLED).append('/')
        .append(language).append(".jsonl): ").append(lines.size()).append(" lines.\n\n");
    out.append("| rule | lines expecting it | TP | FP | FN | precision (≥ ").append(PRECISION_TARGET)
        .append(") | recall (≥ ").append(RECALL_TARGET).append(") |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Score> entry : byRule.entrySet()) {
      out.append("| [").append(entry.getKey()).append("](").append(entry.getKey()).append(".md) | ");
      scoreCells(entry.getValue(), out);
    }
    out.append('\n');
    StringBuilder missed = new StringBuilder();
    if (misses(language, byRule, "", "#### ", missed)) {
      out.append("### Misses (").append(language).append(")\n\n").append(missed);
    } else {
      out.append("No misses.\n\n");
    }
  }

  private static void scoreCells(Score score, StringBuilder out) {
    out.append(score.labelled()).append(" | ");
    if (score.labelled() + score.reported() == 0) {
      out.append("0 | 0 | 0 | — | — |\n");
      return;
    }
    out.append(score.truePositives).append(" | ").append(score.falsePositives.size()).append(" | ")
        .append(score.falseNegatives.size()).append(" | ")
        .append(judged(score.precision(), score.truePositives, score.reported(), PRECISION_TARGET)).append(" | ")
        .append(judged(score.recall(), score.truePositives, score.labelled(), RECALL_TARGET)).append(" |\n");
  }

  /** Lists every rule's false positives and negatives in one language; false when there are none. */
  private static boolean misses(
      String language, Map<String, Score> byRule, String qualifier, String heading, StringBuilder out) {
    boolean anyMiss = false;
    for (Map.Entry<String, Score> entry : byRule.entrySet()) {
      Score score = entry.getValue();
      if (score.falsePositives.isEmpty() && score.falseNegatives.isEmpty()) {
        continue;
      }
      anyMiss = true;
      String rule = entry.getKey();
      out.append(heading).append(rule).append(" (").append(qualifier).append(language).append(")\n\n");
      if (score.labelled() == 0) {
        out.append("No line of this set expects the rule, so every finding counts as a false positive;\n")
            .append("the set may simply not be labelled for it yet.\n\n");
      }
      if (!score.falsePositives.isEmpty()) {
        out.append("False positives (reported, not expected; ⟦found⟧):\n\n");
        for (Checked checked : score.falsePositives) {
          item(checked, Marks.mark(checked.line().text(), checked.spans(rule)), out);
        }
        out.append('\n');
      }
      if (!score.falseNegatives.isEmpty()) {
        out.append("False negatives (expected, not reported):\n\n");
        for (Checked checked : score.falseNegatives) {
          item(checked, checked.line().text(), out);
        }
        out.append('\n');
      }
    }
    return anyMiss;
  }

  private static void item(Checked checked, String marked, StringBuilder out) {
    Line line = checked.line();
    out.append("- `").append(line.where()).append("` (").append(line.mood().key())
        .append(line.automated() ? ", automated" : "").append(") ").append(md(marked));
    if (line.inbound() != null) {
      out.append(" — answering \"").append(md(line.inbound())).append('"');
    }
    Set<String> expected = new TreeSet<>(line.expect());
    Set<String> found = checked.rules();
    out.append(" — expects ").append(expected.isEmpty() ? "nothing" : String.join(", ", expected))
        .append("; found ").append(found.isEmpty() ? "nothing" : String.join(", ", found)).append('\n');
  }

  private static boolean meets(@Nullable Double value, double target) {
    return value == null || value >= target;
  }

  private static String judged(@Nullable Double value, int numerator, int denominator, double target) {
    String figure = figure(value, numerator, denominator);
    if (value == null) {
      return figure;
    }
    return value >= target ? figure + " met" : "**" + figure + " missed**";
  }

  private static String figure(@Nullable Double value, int numerator, int denominator) {
    return value == null
        ? "— (0/0)"
        : String.format(Locale.ROOT, "%.3f (%d/%d)", value, numerator, denominator);
  }

  private static String ratio(int numerator, int denominator) {
    return denominator == 0 ? "—" : String.format(Locale.ROOT, "%.3f", (double) numerator / denominator);
  }

  private static String languageName(String language) {
    return Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " (" + language + ")";
  }

  /** Every {@code labelled/<lang>.jsonl} on the test class path, by language. */
  static Map<String, List<Line>> readLabelledSets() {
    return readSets(LABELLED, "");
  }

  /** Every {@code heldout/<lang>.jsonl} on the test class path, by language. */
  static Map<String, List<Line>> readHeldOutSets() {
    return readSets(HELD_OUT, "heldout/");
  }

  /** Every {@code heldout-v2/<lang>.jsonl} on the test class path, by language. */
  static Map<String, List<Line>> readHeldOutV2Sets() {
    return readSets(HELD_OUT_V2, "heldout-v2/");
  }

  private static Map<String, List<Line>> readSets(String resource, String filePrefix) {
    Path dir = resourcePath(resource);
    Map<String, List<Line>> sets = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl")) {
          String language = name.substring(0, name.length() - ".jsonl".length());
          sets.put(language, readLines(filePrefix + name, language, Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sets in " + dir, e);
    }
    return sets;
  }

  /** The {@code NOTES.md} a person wrote beside a held-out set, or "" when there is none. */
  private static String readNotes(String resource) {
    Path file = resourcePath(resource).resolve(Path.of(HELD_OUT_NOTES).getFileName());
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Path resourcePath(String resource) {
    URL url = QualityReport.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new AssertionError(resource + " is not on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("cannot read " + url, e);
    }
  }

  private static List<Line> readLines(String fileName, String language, List<String> rows) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      String where = fileName + ":" + (i + 1);
      JsonNode node = JSON.readTree(row);
      JsonNode text = node.get("text");
      JsonNode mood = node.get("mood");
      if (text == null || !text.isTextual() || mood == null || Mood.ofKey(mood.asText()).isEmpty()) {
        throw new AssertionError(where + ": a labelled line has a \"text\" and a \"mood\""
            + " (upset, serious, light or unknown): " + row);
      }
      JsonNode automated = node.get("automated");
      if (automated != null && !automated.isBoolean()) {
        throw new AssertionError(where + ": \"automated\" is true or false: " + row);
      }
      JsonNode inbound = node.get("inbound");
      Set<String> expect = new LinkedHashSet<>();
      JsonNode expected = node.get("expect");
      if (expected != null) {
        expected.forEach(id -> expect.add(id.asText()));
      }
      lines.add(new Line(fileName, language, i + 1, text.asText(), Mood.ofKey(mood.asText()).orElseThrow(),
          inbound == null || inbound.isNull() ? null : inbound.asText(),
          automated != null && automated.booleanValue(), expect));
    }
    return lines;
  }
}

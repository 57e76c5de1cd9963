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
 * measured by running {@link ToneChecker} (every built-in pack and code rule) over the labelled sets
 * {@code src/test/resources/dev/tact/rules/labelled/<lang>.jsonl}, with the misses listed so that a
 * person can judge each one. The targets (issue 3) are precision ≥ 0.95 and recall ≥ 0.9; this
 * report states whether each is met and changes nothing to meet them. {@link QualityReportTest}
 * fails the build when the committed page is stale.
 *
 * <p>A line reads {@code {"text": …, "mood": "upset", "inbound": …, "expect": ["tone.blame"]}}: the
 * draft, the customer's mood it is judged against, the customer message it answers (optional) and
 * every rule that should report on it. Counting is per line and rule: a true positive when the rule
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

  static final double PRECISION_TARGET = 0.95;
  static final double RECALL_TARGET = 0.9;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled line. */
  record Line(
      String language, int number, String text, Mood mood, @Nullable String inbound, Set<String> expect) {
    String where() {
      return language + ".jsonl:" + number;
    }
  }

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
    Set<String> builtInIds = new TreeSet<>();
    for (PackModel.Meta meta : BuiltIns.load().metadata()) {
      builtInIds.add(meta.metadata().id());
    }
    ToneChecker checker = ToneChecker.builder().builtInPacks().build();
    Map<String, RuleMetadata> rules = new TreeMap<>();
    for (RuleMetadata rule : checker.rules()) {
      if (builtInIds.contains(rule.id())) {
        rules.put(rule.id(), rule);
      }
    }
    Map<String, List<Line>> sets = readLabelledSets();

    StringBuilder out = new StringBuilder();
    out.append("> Generated from the labelled sets by `QualityReport`"
            + " (sdk-rules/src/test/java/dev/tact/rules/docs/) — do not edit. Regenerate with\n> `")
        .append(COMMAND).append("`.\n\n");
    out.append("# Quality of the tone rules\n\n");
    out.append("Precision and recall of every built-in rule ([reference](README.md)), per language, on the\n")
        .append("labelled sets in [`sdk-rules/src/test/resources/dev/tact/rules/labelled/`]")
        .append("(../../sdk-rules/src/test/resources/dev/tact/rules/labelled/). Targets (issue 3):\n")
        .append("**precision ≥ ").append(PRECISION_TARGET).append("** and **recall ≥ ").append(RECALL_TARGET)
        .append("** per rule and language. The numbers are what the rules do on\n")
        .append("the sets as they are; neither the rules nor the sets are tuned to this page.\n\n");
    out.append("How it is measured: each line is checked by a `ToneChecker` with every built-in pack and code\n")
        .append("rule, as a draft in the set's language on a public channel, answering the line's `inbound`\n")
        .append("customer message if it has one, for the line's labelled `mood` (the mood reader is not\n")
        .append("involved, so its mistakes do not count against the rules). Per line and rule: **TP** when the\n")
        .append("rule is in `expect` and reports, **FP** when it reports without being expected, **FN** when it\n")
        .append("is expected and silent. Spans are not compared, because the labels name rules, not words; the\n")
        .append("false positives below mark ⟦the words the rule found⟧ so that a person can judge each one,\n")
        .append("and every miss names what was expected and what was found. \"—\" means no line\n")
        .append("expects the rule and it reported nothing: the set says nothing about it.\n\n");

    out.append("## Summary\n\n");
    out.append("| language | lines | lines expecting a finding | clean lines | TP | FP | FN | precision | recall |"
        + " rules meeting both targets |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|\n");
    Map<String, Map<String, Score>> scores = new TreeMap<>();
    Map<String, List<Checked>> checkedByLanguage = new TreeMap<>();
    Map<String, List<String>> unknownLabels = new TreeMap<>();
    for (Map.Entry<String, List<Line>> set : sets.entrySet()) {
      String language = set.getKey();
      Map<String, Score> byRule = new TreeMap<>();
      for (RuleMetadata rule : rules.values()) {
        if (rule.covers(language)) {
          byRule.put(rule.id(), new Score());
        }
      }
      List<Checked> checked = new ArrayList<>();
      for (Line line : set.getValue()) {
        Conversation conversation = line.inbound() == null
            ? Conversation.empty()
            : Conversation.of(Message.fromCustomer(line.inbound()));
        Draft draft = new Draft(line.text(), Locale.forLanguageTag(language), Channel.PUBLIC);
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : checker.check(draft, conversation, line.mood())) {
          if (rules.containsKey(finding.ruleId())) {
            findings.add(finding);
          }
        }
        Checked result = new Checked(line, findings);
        checked.add(result);
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
      checkedByLanguage.put(language, checked);
      summaryRow(language, set.getValue(), byRule, out);
    }
    out.append('\n');

    for (Map.Entry<String, Map<String, Score>> language : scores.entrySet()) {
      languageSection(language.getKey(), sets.get(language.getKey()), language.getValue(), out);
    }
    if (!unknownLabels.isEmpty()) {
      out.append("## Labels that name no built-in rule\n\n");
      unknownLabels.forEach((id, where) ->
          out.append("- `").append(id).append("`: ").append(String.join(", ", where)).append('\n'));
      out.append('\n');
    }
    return Map.of(PAGE, out.toString());
  }

  private static void summaryRow(String language, List<Line> lines, Map<String, Score> byRule, StringBuilder out) {
    int flagged = 0;
    for (Line line : lines) {
      if (!line.expect().isEmpty()) {
        flagged++;
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int meeting = 0;
    int measured = 0;
    for (Score score : byRule.values()) {
      tp += score.truePositives;
      fp += score.falsePositives.size();
      fn += score.falseNegatives.size();
      if (score.reported() + score.labelled() > 0) {
        measured++;
        if (meets(score.precision(), PRECISION_TARGET) && meets(score.recall(), RECALL_TARGET)) {
          meeting++;
        }
      }
    }
    out.append("| ").append(languageName(language)).append(" | ").append(lines.size()).append(" | ")
        .append(flagged).append(" | ").append(lines.size() - flagged).append(" | ")
        .append(tp).append(" | ").append(fp).append(" | ").append(fn).append(" | ")
        .append(ratio(tp, tp + fp)).append(" | ").append(ratio(tp, tp + fn)).append(" | ")
        .append(meeting).append(" of ").append(measured).append(" |\n");
  }

  private static void languageSection(String language, List<Line> lines, Map<String, Score> byRule, StringBuilder out) {
    out.append("## ").append(languageName(language)).append("\n\n");
    out.append("[`labelled/").append(language).append(".jsonl`](../../sdk-rules/src/test/resources/dev/tact/rules/labelled/")
        .append(language).append(".jsonl): ").append(lines.size()).append(" lines.\n\n");
    out.append("| rule | lines expecting it | TP | FP | FN | precision (≥ ").append(PRECISION_TARGET)
        .append(") | recall (≥ ").append(RECALL_TARGET).append(") |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Score> entry : byRule.entrySet()) {
      Score score = entry.getValue();
      out.append("| [").append(entry.getKey()).append("](").append(entry.getKey()).append(".md) | ")
          .append(score.labelled()).append(" | ");
      if (score.labelled() + score.reported() == 0) {
        out.append("0 | 0 | 0 | — | — |\n");
        continue;
      }
      out.append(score.truePositives).append(" | ").append(score.falsePositives.size()).append(" | ")
          .append(score.falseNegatives.size()).append(" | ")
          .append(judged(score.precision(), score.truePositives, score.reported(), PRECISION_TARGET)).append(" | ")
          .append(judged(score.recall(), score.truePositives, score.labelled(), RECALL_TARGET)).append(" |\n");
    }
    out.append('\n');

    boolean anyMiss = false;
    for (Map.Entry<String, Score> entry : byRule.entrySet()) {
      Score score = entry.getValue();
      if (score.falsePositives.isEmpty() && score.falseNegatives.isEmpty()) {
        continue;
      }
      if (!anyMiss) {
        out.append("### Misses (").append(language).append(")\n\n");
        anyMiss = true;
      }
      String rule = entry.getKey();
      out.append("#### ").append(rule).append(" (").append(language).append(")\n\n");
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
    if (!anyMiss) {
      out.append("No misses.\n\n");
    }
  }

  private static void item(Checked checked, String marked, StringBuilder out) {
    Line line = checked.line();
    out.append("- `").append(line.where()).append("` (").append(line.mood().key()).append(") ")
        .append(md(marked));
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
    if (value == null) {
      return "— (0/0)";
    }
    String figure = String.format(Locale.ROOT, "%.3f (%d/%d)", value, numerator, denominator);
    return value >= target ? figure + " met" : "**" + figure + " missed**";
  }

  private static String ratio(int numerator, int denominator) {
    return denominator == 0 ? "—" : String.format(Locale.ROOT, "%.3f", (double) numerator / denominator);
  }

  private static String languageName(String language) {
    return Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " (" + language + ")";
  }

  /** Every {@code labelled/<lang>.jsonl} on the test class path, by language. */
  static Map<String, List<Line>> readLabelledSets() {
    URL url = QualityReport.class.getClassLoader().getResource(LABELLED);
    if (url == null) {
      throw new AssertionError(LABELLED + " is not on the test class path");
    }
    Path dir;
    try {
      dir = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("cannot read " + url, e);
    }
    Map<String, List<Line>> sets = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl")) {
          String language = name.substring(0, name.length() - ".jsonl".length());
          sets.put(language, readLines(language, Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the labelled sets in " + dir, e);
    }
    return sets;
  }

  private static List<Line> readLines(String language, List<String> rows) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      String where = language + ".jsonl:" + (i + 1);
      JsonNode node = JSON.readTree(row);
      JsonNode text = node.get("text");
      JsonNode mood = node.get("mood");
      if (text == null || !text.isTextual() || mood == null || Mood.ofKey(mood.asText()).isEmpty()) {
        throw new AssertionError(where + ": a labelled line has a \"text\" and a \"mood\""
            + " (upset, serious, light or unknown): " + row);
      }
      JsonNode inbound = node.get("inbound");
      Set<String> expect = new LinkedHashSet<>();
      JsonNode expected = node.get("expect");
      if (expected != null) {
        expected.forEach(id -> expect.add(id.asText()));
      }
      lines.add(new Line(language, i + 1, text.asText(), Mood.ofKey(mood.asText()).orElseThrow(),
          inbound == null || inbound.isNull() ? null : inbound.asText(), expect));
    }
    return lines;
  }
}

package dev.tact.lint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tact.core.Severity;
import dev.tact.lint.LintRule;
import dev.tact.rules.RuleExamples;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.ToneChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The metadata of every rule lint can report: the tone rules from the rule SPI (the checker's
 * {@link RuleMetadata}, whose examples come from the packs), and lint's own rules from
 * {@code lint-rules.yaml}. Help links point into the docs: {@code rules/<id>.md} for tone rules.
 */
public final class LintRules {
  private final Map<String, LintRule> byId;

  private LintRules(Map<String, LintRule> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** The rules of {@code checker} and lint's own, with help links under {@code docs}. */
  public static LintRules of(ToneChecker checker, URI docs) {
    Map<String, LintRule> rules = new TreeMap<>();
    for (RuleMetadata meta : checker.rules()) {
      rules.put(meta.id(), toneRule(meta, docs));
    }
    for (JsonNode node : ownRules()) {
      String id = node.path("id").asText();
      rules.put(id, new LintRule(id, Severity.valueOf(node.path("severity").asText().toUpperCase(Locale.ROOT)),
          node.path("summary").asText(), node.path("rationale").asText(), texts(node.path("bad")),
          texts(node.path("good")), docs.resolve(node.path("docs").asText())));
    }
    return new LintRules(rules);
  }

  /** The rule with this id, if lint knows it. */
  public Optional<LintRule> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The rule with this id. */
  public LintRule get(String id) {
    LintRule rule = byId.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("lint has no rule " + id);
    }
    return rule;
  }

  /** Every rule, sorted by id. */
  public List<LintRule> all() {
    return List.copyOf(new TreeMap<>(byId).values());
  }

  private static LintRule toneRule(RuleMetadata meta, URI docs) {
    List<String> bad = new ArrayList<>();
    List<String> good = new ArrayList<>();
    RuleExamples english = null;
    for (RuleExamples set : meta.examples()) {
      if (english == null || (set.language().equals("en") && !english.language().equals("en"))) {
        english = set;
      }
    }
    if (english != null) {
      bad.addAll(english.flagged().subList(0, Math.min(2, english.flagged().size())));
      good.addAll(english.clean().subList(0, Math.min(2, english.clean().size())));
    }
    return new LintRule(meta.id(), meta.severity(), meta.summary(), meta.rationale().strip(), bad,
        good, docs.resolve("rules/" + meta.id() + ".md"));
  }

  private static List<JsonNode> ownRules() {
    try (InputStream in = LintRules.class.getResourceAsStream("lint-rules.yaml")) {
      if (in == null) {
        throw new IllegalStateException("lint-rules.yaml is missing from the class path");
      }
      List<JsonNode> rules = new ArrayList<>();
      new ObjectMapper(new YAMLFactory()).readTree(in).forEach(rules::add);
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lint-rules.yaml", e);
    }
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}

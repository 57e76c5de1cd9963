package dev.tact.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The findings a project has accepted for now, so that a catalog can adopt lint without fixing
 * everything on day one: a baselined finding is reported but does not fail the run; a new one
 * does. Findings are matched by rule, file, key, locale and a fingerprint of the offending text,
 * never by line, so moving lines keeps them matched; fixing one and adding the same words again
 * elsewhere in the same template matches too (each entry matches one finding).
 *
 * <pre>{@code
 * Baseline.of(report).write(Path.of("tact-baseline.json"));          // tact lint --write-baseline
 * Linter linter = Linter.builder().baseline(Baseline.read(Path.of("tact-baseline.json"))).build();
 * }</pre>
 */
public final class Baseline {
  private static final int FORMAT = 1;
  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
      .thenComparing(Entry::key).thenComparing(Entry::locale).thenComparing(Entry::rule)
      .thenComparing(Entry::fingerprint);

  private record Entry(String rule, String file, String key, String locale, String fingerprint) {
    static Entry of(LintFinding finding) {
      return new Entry(finding.ruleId(), finding.file(), finding.key().orElse(""),
          finding.locale().orElse(""), finding.fingerprint());
    }
  }

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = List.copyOf(sorted);
  }

  /** A baseline that lists nothing. */
  public static Baseline empty() {
    return new Baseline(List.of());
  }

  /** A baseline of every finding of {@code report} that is not suppressed. */
  public static Baseline of(LintReport report) {
    List<Entry> entries = new ArrayList<>();
    for (LintFinding finding : report.findings()) {
      if (finding.suppression().isEmpty()) {
        entries.add(Entry.of(finding));
      }
    }
    return new Baseline(entries);
  }

  /**
   * Reads a baseline file written by {@link #write}.
   *
   * @throws LintException if it cannot be read or is not a baseline
   */
  public static Baseline read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new LintException("no such baseline file; write one with --write-baseline",
          file.toString(), 0, 0);
    } catch (IOException | RuntimeException e) {
      throw new LintException("cannot read the baseline (" + e.getMessage() + ")", file.toString(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Reads a baseline from its JSON text.
   *
   * @throws LintException if the text is not a baseline
   */
  public static Baseline parse(String json, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new LintException("not valid JSON: " + e.getOriginalMessage(), source, 0, 0);
    }
    if (root == null || root.path("tact-baseline").asInt() != FORMAT || !root.path("findings").isArray()) {
      throw new LintException("not a Tact baseline (an object with \"tact-baseline\": " + FORMAT
          + " and \"findings\"); write one with --write-baseline", source, 0, 0);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode item : root.path("findings")) {
      String rule = item.path("rule").asText("");
      String fingerprint = item.path("fingerprint").asText("");
      if (rule.isEmpty() || fingerprint.isEmpty()) {
        throw new LintException("every baseline entry has a rule and a fingerprint", source, 0, 0);
      }
      entries.add(new Entry(rule, item.path("file").asText(""), item.path("key").asText(""),
          item.path("locale").asText(""), fingerprint));
    }
    return new Baseline(entries);
  }

  /** How many findings the baseline lists. */
  public int size() {
    return entries.size();
  }

  /** The baseline as JSON, entries sorted, one per line: small diffs when it changes. */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("tact-baseline", FORMAT);
    ArrayNode findings = root.putArray("findings");
    for (Entry entry : entries) {
      findings.addObject().put("rule", entry.rule()).put("file", entry.file())
          .put("key", entry.key()).put("locale", entry.locale())
          .put("fingerprint", entry.fingerprint());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }

  /**
   * Writes {@link #toJson()} to {@code file}.
   *
   * @throws LintException if the file cannot be written
   */
  public void write(Path file) {
    try {
      Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LintException("cannot write the baseline (" + e.getMessage() + ")", file.toString(), e);
    }
  }

  /** The findings, those the baseline lists marked baselined; each entry matches one finding. */
  List<LintFinding> apply(List<LintFinding> findings) {
    Map<Entry, Integer> left = new HashMap<>();
    for (Entry entry : entries) {
      left.merge(entry, 1, Integer::sum);
    }
    List<LintFinding> marked = new ArrayList<>(findings.size());
    for (LintFinding finding : findings) {
      Entry entry = Entry.of(finding);
      Integer count = left.get(entry);
      if (count != null && count > 0 && finding.suppression().isEmpty()) {
        left.put(entry, count - 1);
        marked.add(finding.asBaselined());
      } else {
        marked.add(finding);
      }
    }
    return marked;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Baseline that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries);
  }

  /** {@code Baseline[12 findings]}. */
  @Override
  public String toString() {
    return "Baseline[" + entries.size() + " findings]";
  }
}

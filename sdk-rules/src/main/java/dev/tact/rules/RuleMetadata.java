package dev.tact.rules;

import dev.tact.core.Severity;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.PackReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of how it checks: its id, how severe its findings are (in general and
 * by the customer's {@link Mood}), the languages it covers, a one-line summary, the rationale, the
 * requirements it serves and its examples. Phrase rules keep this in
 * {@code dev/tact/rules/meta/<id>.yaml}; code rules return it from {@link Rule#metadata()}. Docs and
 * tests are generated from it.
 *
 * <pre>{@code
 * RuleMetadata shouting = RuleMetadata.builder("acme.shouting")
 *     .severity(Severity.WARNING)
 *     .severity(Mood.UPSET, Severity.ERROR)
 *     .off(Mood.LIGHT)
 *     .summary("A reply in capitals reads as shouting")
 *     .rationale("Capitals read as anger in writing; an upset customer hears it loudest.")
 *     .requirements("T6")
 *     .build();
 * }</pre>
 *
 * @param id stable, dotted, lower-case, such as {@code tone.minimizing}; the same pattern as
 *     {@link dev.tact.core.Finding#ruleId()}
 * @param severity the severity of a finding when no mood says otherwise
 * @param severityByMood the severity for particular moods; an empty value means the rule is off
 *     (reports nothing) for that mood
 * @param languages the ISO 639 languages the rule covers; empty for a rule that works in any
 *     language
 * @param summary one line, no final period: what the rule finds
 * @param rationale why it matters, in a few sentences
 * @param requirements the ids of the requirements it serves, such as {@code T1}
 * @param examples example drafts, in sets per language
 */
public record RuleMetadata(
    String id,
    Severity severity,
    Map<Mood, Optional<Severity>> severityByMood,
    Set<String> languages,
    String summary,
    String rationale,
    List<String> requirements,
    List<RuleExamples> examples) {

  private static final Pattern ID = Pattern.compile("[a-z]+(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern REQUIREMENT = Pattern.compile("[A-Z][0-9]+");

  /** Validates every field and copies the collections. */
  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    if (!isValidId(id)) {
      throw new IllegalArgumentException(
          "a rule id is dotted lower-case words such as 'tone.over-apology', got '" + id + "'");
    }
    Objects.requireNonNull(severity, "severity");
    EnumMap<Mood, Optional<Severity>> moods = new EnumMap<>(Mood.class);
    moods.putAll(severityByMood);
    severityByMood = Collections.unmodifiableMap(moods);
    for (String language : languages) {
      if (!LANGUAGE.matcher(language).matches()) {
        throw new IllegalArgumentException(
            "rule " + id + ": a language is an ISO 639 code such as 'en' or 'ja', got '" + language + "'");
      }
    }
    languages = Collections.unmodifiableSet(new LinkedHashSet<>(languages));
    Objects.requireNonNull(summary, "summary");
    if (summary.isBlank() || summary.endsWith(".")) {
      throw new IllegalArgumentException(
          "rule " + id + ": the summary is one line with no final period, got '" + summary + "'");
    }
    Objects.requireNonNull(rationale, "rationale");
    if (rationale.isBlank()) {
      throw new IllegalArgumentException("rule " + id + ": the rationale says why the rule matters");
    }
    for (String requirement : requirements) {
      if (!REQUIREMENT.matcher(requirement).matches()) {
        throw new IllegalArgumentException(
            "rule " + id + ": a requirement id is a letter and a number such as 'T1', got '"
                + requirement + "'");
      }
    }
    requirements = List.copyOf(requirements);
    examples = List.copyOf(examples);
  }

  /**
   * The metadata Tact ships for {@code id}, read from {@code dev/tact/rules/meta/<id>.yaml} on the
   * class path: how a built-in code rule gets the same metadata as the docs. Reads a resource, so
   * call it once (in a static field), not per check.
   *
   * <pre>{@code
   * private static final RuleMetadata META = RuleMetadata.builtIn("tone.over-apology");
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no such file
   * @throws RulePackException if the file is malformed
   */
  public static RuleMetadata builtIn(String id) {
    String name = BuiltIns.ROOT + "meta/" + id + ".yaml";
    if (BuiltIns.class.getClassLoader().getResource(name) == null) {
      throw new IllegalArgumentException("no built-in metadata for '" + id + "': " + name
          + " is not on the class path");
    }
    return PackReader.readMeta(BuiltIns.document(name), name).metadata();
  }

  /** Whether {@code id} is a well-formed rule id such as {@code tone.over-apology}. */
  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** Starts metadata for the rule {@code id}; the summary and rationale are required. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * The severity of this rule's findings when the customer's mood is {@code mood}: the mood's own
   * severity if one is set, else {@link #severity()}; empty when the rule is off for that mood.
   */
  public Optional<Severity> severityFor(Mood mood) {
    Optional<Severity> byMood = severityByMood.get(mood);
    return byMood != null ? byMood : Optional.of(severity);
  }

  /** Whether the rule covers {@code language}: it lists it, or it lists none (any language). */
  public boolean covers(String language) {
    return languages.isEmpty() || languages.contains(language);
  }

  /** This metadata with other languages and examples (the rest unchanged). */
  public RuleMetadata withLanguagesAndExamples(Set<String> languages, List<RuleExamples> examples) {
    return new RuleMetadata(
        id, severity, severityByMood, languages, summary, rationale, requirements, examples);
  }

  /** Builds {@link RuleMetadata}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private Severity severity = Severity.WARNING;
    private final Map<Mood, Optional<Severity>> moods = new EnumMap<>(Mood.class);
    private final Set<String> languages = new LinkedHashSet<>();
    private String summary = "";
    private String rationale = "";
    private final List<String> requirements = new ArrayList<>();
    private final List<RuleExamples> examples = new ArrayList<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** The default severity; {@link Severity#WARNING} unless set. */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** The severity when the customer's mood is {@code mood}. */
    public Builder severity(Mood mood, Severity severity) {
      moods.put(Objects.requireNonNull(mood, "mood"), Optional.of(severity));
      return this;
    }

    /** No findings at all when the customer's mood is {@code mood}. */
    public Builder off(Mood mood) {
      moods.put(Objects.requireNonNull(mood, "mood"), Optional.empty());
      return this;
    }

    /** The languages covered; none means any language. */
    public Builder languages(String... languages) {
      this.languages.addAll(List.of(languages));
      return this;
    }

    /** One line, no final period. */
    public Builder summary(String summary) {
      this.summary = Objects.requireNonNull(summary, "summary");
      return this;
    }

    /** Why the rule matters. */
    public Builder rationale(String rationale) {
      this.rationale = Objects.requireNonNull(rationale, "rationale");
      return this;
    }

    /** Requirement ids such as {@code T1}. */
    public Builder requirements(String... requirements) {
      this.requirements.addAll(List.of(requirements));
      return this;
    }

    /** One more set of examples. */
    public Builder examples(RuleExamples examples) {
      this.examples.add(Objects.requireNonNull(examples, "examples"));
      return this;
    }

    /**
     * Builds the metadata.
     *
     * @throws IllegalArgumentException if the id is malformed or the summary or rationale is missing
     */
    public RuleMetadata build() {
      return new RuleMetadata(
          id, severity, moods, languages, summary, rationale, requirements, examples);
    }
  }
}

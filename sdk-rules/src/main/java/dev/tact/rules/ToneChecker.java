package dev.tact.rules;

import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.CompiledPacks;
import dev.tact.rules.internal.MoodReader;
import dev.tact.rules.internal.Node;
import dev.tact.rules.internal.PackModel;
import dev.tact.rules.internal.PhraseMatcher;
import dev.tact.rules.internal.Problems;
import dev.tact.rules.internal.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks the tone of a draft reply: phrase rules (all phrases of the draft's language in one
 * automaton, one pass over the normalized text) and code rules, with severities that depend on the
 * customer's {@link Mood}. Built once, then used from any number of threads.
 *
 * <pre>{@code
 * ToneChecker checker = ToneChecker.builder()
 *     .builtInPacks()                       // Tact's packs, metadata, mood lists and code rules
 *     .pack(RulePack.read(Path.of("acme-tone.yaml")))
 *     .disable("tone.idiom")
 *     .severity("tone.sales-pitch", Severity.ERROR)
 *     .build();
 * List<Finding> findings = checker.check(
 *     new Draft("Please just restart the app.", Locale.ENGLISH, Channel.X_REPLY),
 *     Conversation.of(Message.fromCustomer("Third time asking!! Still broken")));
 * // [tone.minimizing ERROR [7, 19) "just restart" ...]
 * }</pre>
 *
 * <p>The draft's language is its locale's language subtag ({@code de-AT} reads as {@code de}). A
 * language without packs gets no phrase findings; code rules that work in any language still run.
 * Findings come sorted by span, then by rule id.
 */
public final class ToneChecker {
  private static final Comparator<PhraseMatcher.Match> BY_RULE_START_LONGEST =
      Comparator.comparingInt(PhraseMatcher.Match::rule)
          .thenComparingInt(PhraseMatcher.Match::start)
          .thenComparing(Comparator.comparingInt(PhraseMatcher.Match::end).reversed());
  private static final Comparator<Finding> BY_SPAN_RULE =
      Comparator.comparing(Finding::span).thenComparing(Finding::ruleId);
  private final List<String> ruleIds;
  private final Map<String, RuleMetadata> rules;
  /** Severity per mood ordinal and rule index; null when the rule reports nothing. */
  private final Severity[][] severities;
  private final boolean[][] active;
  private final Map<String, PhraseMatcher> matchers;
  private final List<Rule> codeRules;
  private final int[] codeRuleIndex;
  private final MoodReader moodReader;
  private final boolean matchCustomerRegister;

  private ToneChecker(Compiler compiler, boolean matchCustomerRegister) {
    this.matchCustomerRegister = matchCustomerRegister;
    this.ruleIds = List.copyOf(compiler.ruleIds);
    this.rules = compiler.view();
    this.severities = compiler.severities;
    this.active = compiler.active;
    this.matchers = Map.copyOf(compiler.matchers);
    this.codeRules = List.copyOf(compiler.enabledCodeRules);
    this.codeRuleIndex = compiler.codeRuleIndex();
    this.moodReader = compiler.moodReader;
  }

  /** Starts a checker with no rules; add {@link Builder#builtInPacks()} for Tact's own. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The findings of every enabled rule on {@code draft}, as a reply to {@code conversation}, sorted by
   * span and then rule id. Never throws on any text; a code rule that throws or returns a span
   * outside the draft is a bug in that rule and propagates.
   */
  public List<Finding> check(Draft draft, Conversation conversation) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(conversation, "conversation");
    Mood mood = moodReader.read(conversation, draft.locale());
    return check(draft, conversation, mood);
  }

  /** The findings on a draft that answers no message (the customer's mood is unknown). */
  public List<Finding> check(Draft draft) {
    return check(draft, Conversation.empty());
  }

  /**
   * The findings on {@code draft} for a customer whose mood is already known, as {@link dev.tact.Tact}
   * does after reading it once.
   */
  public List<Finding> check(Draft draft, Conversation conversation, Mood mood) {
    return check(draft, conversation, mood, TextView.of(draft.text(), draft.locale()));
  }

  /**
   * The findings on {@code draft} as {@link #check(Draft, Conversation, Mood)} finds them, reading the
   * draft through {@code view}, a view of its text in its locale that the caller made once and shares
   * with other checks (as {@link dev.tact.Tact} does with the escalation), so that the text is
   * normalized once.
   *
   * <pre>{@code
   * TextView view = TextView.of(draft.text(), draft.locale());
   * List<Finding> findings = checker.check(draft, conversation, mood, view);
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code view} is not of the draft's text and locale
   */
  public List<Finding> check(Draft draft, Conversation conversation, Mood mood, TextView view) {
    Objects.requireNonNull(draft, "draft");
    if (!view.isViewOf(draft.text(), draft.locale())) {
      throw new IllegalArgumentException("the view is of another text or locale than the draft ("
          + draft.locale() + "); make it with TextView.of(draft.text(), draft.locale())");
    }
    String language = view.language();
    Severity[] severity = severities[mood.ordinal()];
    boolean[] on = active[mood.ordinal()];
    List<Finding> findings = new ArrayList<>();
    @Nullable PhraseMatcher matcher = matchers.get(language);
    if (matcher != null) {
      for (PhraseMatcher.Match match : longestPerRule(matcher.match(view, on))) {
        PackModel.Phrase phrase = match.phrase();
        String id = ruleIds.get(match.rule());
        String message = phrase.message() != null ? phrase.message() : rules.get(id).summary();
        findings.add(new Finding(id, severity[match.rule()], view.toOriginal(match.start(), match.end()),
            message, phrase.suggestions(), null));
      }
    }
    for (int i = 0; i < codeRules.size(); i++) {
      int index = codeRuleIndex[i];
      Rule rule = codeRules.get(i);
      if (!on[index] || !rule.metadata().covers(language)) {
        continue;
      }
      String id = ruleIds.get(index);
      RuleContext context = new RuleContext(
          draft, conversation, mood, view, id, severity[index], matchCustomerRegister);
      for (Finding finding : rule.check(context)) {
        findings.add(checked(rule, id, severity[index], finding, draft.text()));
      }
    }
    if (findings.isEmpty()) {
      return List.of();
    }
    if (findings.size() > 1) {
      findings.sort(BY_SPAN_RULE);
    }
    return List.copyOf(findings);
  }

  /**
   * The customer's mood in {@code conversation}, read with the word lists of {@code language} (see
   * {@link Mood}).
   */
  public Mood mood(Conversation conversation, Locale language) {
    return moodReader.read(conversation, language);
  }

  /**
   * Every rule this checker knows, sorted by id, with the languages it covers here and the examples
   * of every pack loaded; disabled rules included (see {@link #severity}).
   */
  public List<RuleMetadata> rules() {
    return List.copyOf(rules.values());
  }

  /** The languages that have phrase rules, sorted. */
  public Set<String> languages() {
    return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(matchers.keySet()));
  }

  /**
   * The severity the rule's findings carry for a customer in {@code mood}, after the vendor's
   * overrides; empty when the rule is unknown, disabled or off for that mood.
   */
  public Optional<Severity> severity(String ruleId, Mood mood) {
    int index = ruleIds.indexOf(ruleId);
    return index < 0 ? Optional.empty() : Optional.ofNullable(severities[mood.ordinal()][index]);
  }

  /** The number of rules and phrase languages, for logs. */
  @Override
  public String toString() {
    return "ToneChecker[" + rules.size() + " rules, phrase languages " + languages() + "]";
  }

  /** Per rule, the leftmost-longest matches that do not overlap one another. */
  private static List<PhraseMatcher.Match> longestPerRule(List<PhraseMatcher.Match> matches) {
    if (matches.size() <= 1) {
      return matches;
    }
    List<PhraseMatcher.Match> sorted = new ArrayList<>(matches);
    sorted.sort(BY_RULE_START_LONGEST);
    List<PhraseMatcher.Match> kept = new ArrayList<>();
    int rule = -1;
    int keptEnd = -1;
    for (PhraseMatcher.Match match : sorted) {
      if (match.rule() != rule) {
        rule = match.rule();
        keptEnd = -1;
      }
      if (match.start() >= keptEnd) {
        kept.add(match);
        keptEnd = match.end();
      }
    }
    return kept;
  }

  private static Finding checked(Rule rule, String id, Severity severity, Finding finding, String text) {
    if (!finding.ruleId().equals(id)) {
      throw new IllegalStateException(rule.getClass().getName() + " reported a finding of '"
          + finding.ruleId() + "' but its id is '" + id + "'; use RuleContext.finding(...)");
    }
    Span span = finding.span();
    if (span.end() > text.length()) {
      throw new IllegalStateException(rule.getClass().getName() + " reported " + span
          + ", outside a draft of length " + text.length());
    }
    return finding.severity() == severity
        ? finding
        : new Finding(id, severity, span, finding.message(), finding.suggestions(), finding.replacement());
  }

  /**
   * Builds a {@link ToneChecker}. Not thread-safe; the checker it builds is. Packs, rules and
   * overrides apply in the order they are given: for one rule id, the last {@link #disable} or
   * {@link #severity} (from a call or from a pack's {@code disable:} / {@code severity:}) wins.
   */
  public static final class Builder {
    private boolean builtIns;
    private boolean matchCustomerRegister;
    private final List<Object> steps = new ArrayList<>();

    private Builder() {}

    /**
     * Adds everything Tact ships: the phrase packs and rule metadata under {@code dev/tact/rules/}
     * and the code rules that {@link ServiceLoader} finds for {@link Rule}. Vendor packs added before
     * or after merge over them. (The word lists that read the customer's mood are always loaded.)
     */
    public Builder builtInPacks() {
      this.builtIns = true;
      return this;
    }

    /** Adds a vendor pack: its phrases, rules, {@code disable:} and {@code severity:} entries. */
    public Builder pack(RulePack pack) {
      steps.add(Objects.requireNonNull(pack, "pack"));
      return this;
    }

    /** Adds a code rule. */
    public Builder rule(Rule rule) {
      steps.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Turns a rule off: it reports nothing. The id must name a rule of this checker. */
    public Builder disable(String ruleId) {
      steps.add(new PackModel.Directive("<builder>", new Node.Location(0, 0, -1),
          Objects.requireNonNull(ruleId, "ruleId"), null));
      return this;
    }

    /**
     * Sets a rule's severity for every mood in which it reports (a rule that is off for a mood stays
     * off, so humor rules stay quiet with a light-hearted customer). Enables a disabled rule.
     */
    public Builder severity(String ruleId, Severity severity) {
      steps.add(new PackModel.Directive("<builder>", new Node.Location(0, 0, -1),
          Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity")));
      return this;
    }

    /**
     * Whether replies must use the register the customer used (off by default). When on,
     * {@code tone.register-mix} also reports a draft that addresses the customer in another register
     * than their unanswered messages: du against Sie (de), tu against vous (fr), tú against usted
     * (es), tu against o senhor / a senhora (pt; você is neutral), plain form against です・ます (ja).
     * Each marker of the draft in the other register is reported, and the message names the
     * customer's register. A customer whose messages show no register (or as many markers of each)
     * sets no expectation, and the rule reports only mixes within the draft, as when the option is
     * off. Code rules read the option from {@link RuleContext#matchCustomerRegister()}.
     *
     * <pre>{@code
     * ToneChecker checker = ToneChecker.builder()
     *     .builtInPacks()
     *     .matchCustomerRegister(true)
     *     .build();
     * checker.check(
     *     new Draft("Können Sie uns die Bestellnummer schicken?", Locale.GERMAN, Channel.X_REPLY),
     *     Conversation.of(Message.fromCustomer("Hey, kannst du mal nach meiner Bestellung schauen?")));
     * // [tone.register-mix WARNING [7, 10) "Sie": "Die Person duzt: in derselben Anrede ..."]
     * }</pre>
     */
    public Builder matchCustomerRegister(boolean on) {
      this.matchCustomerRegister = on;
      return this;
    }

    /**
     * Builds the checker: a language with vendor phrases is compiled here; the built-in languages'
     * automata, compiled when sdk-rules was built, are read the first time a draft in that language
     * is checked.
     *
     * @throws RulePackException if a pack names an unknown rule, repeats a phrase id, or a
     *     {@code disable} / {@code severity} names no rule; the builder is unchanged and may be fixed
     * @throws IllegalArgumentException if two code rules share an id
     */
    public ToneChecker build() {
      return new ToneChecker(new Compiler(builtIns, steps), matchCustomerRegister);
    }
  }

  /** Merges metadata, packs, code rules and overrides, then compiles one matcher per language. */
  private static final class Compiler {
    final List<String> ruleIds = new ArrayList<>();
    final Map<String, RuleMetadata> metadata = new HashMap<>();
    final Map<String, String> definedAt = new HashMap<>();
    final Map<String, Rule> codeRules = new LinkedHashMap<>();
    final List<PackModel.PhrasePack> packs = new ArrayList<>();
    final Map<String, Optional<Severity>> overrides = new HashMap<>();
    final Map<String, PhraseMatcher> matchers = new HashMap<>();
    final List<Rule> enabledCodeRules = new ArrayList<>();
    final Problems problems = new Problems();
    Severity[][] severities = new Severity[0][];
    boolean[][] active = new boolean[0][];
    MoodReader moodReader;
    CompiledPacks compiled = CompiledPacks.none();

    Compiler(boolean builtIns, List<Object> steps) {
      moodReader = CompiledPacks.moodReader();
      if (builtIns) {
        compiled = CompiledPacks.load();
        for (PackModel.Meta meta : BuiltIns.metadata()) {
          define(meta);
        }
        packs.addAll(compiled.packs());
        try {
          for (Rule rule : ServiceLoader.load(Rule.class, ToneChecker.class.getClassLoader())) {
            addCodeRule(rule);
          }
        } catch (ServiceConfigurationError e) {
          throw new IllegalStateException("a code rule listed in META-INF/services/"
              + Rule.class.getName() + " cannot be loaded: " + e.getMessage(), e);
        }
      }
      List<PackModel.Directive> directives = new ArrayList<>();
      for (Object step : steps) {
        if (step instanceof RulePack pack) {
          pack.file().rules().forEach(this::define);
          packs.addAll(pack.file().packs());
          directives.addAll(pack.file().directives());
        } else if (step instanceof Rule rule) {
          addCodeRule(rule);
        } else {
          directives.add((PackModel.Directive) step);
        }
      }
      List<String> sortedIds = new ArrayList<>(metadata.keySet());
      sortedIds.sort(null);
      ruleIds.addAll(sortedIds);
      checkPacks();
      for (PackModel.Directive directive : directives) {
        if (!metadata.containsKey(directive.rule())) {
          problems.add(directive.source(), directive.location(), "'" + directive.rule()
              + "' names no rule" + hint(directive.rule()));
        } else {
          overrides.put(directive.rule(), Optional.ofNullable(directive.severity()));
        }
      }
      problems.throwIfAny();
      computeSeverities();
      compileMatchers();
      for (Rule rule : codeRules.values()) {
        if (isEnabled(rule.metadata().id())) {
          enabledCodeRules.add(rule);
        }
      }
    }

    private void define(PackModel.Meta meta) {
      String id = meta.metadata().id();
      String earlier = definedAt.get(id);
      if (earlier != null) {
        problems.add(meta.source(), meta.location(), "the rule '" + id + "' is already defined in "
            + earlier + "; a pack may add phrases to it but not define it again");
        return;
      }
      metadata.put(id, meta.metadata());
      definedAt.put(id, meta.source() + ":" + meta.location().line());
    }

    private void addCodeRule(Rule rule) {
      RuleMetadata meta = Objects.requireNonNull(rule.metadata(), "metadata() of " + rule.getClass());
      if (codeRules.containsKey(meta.id())) {
        throw new IllegalArgumentException("two code rules have the id '" + meta.id() + "': "
            + codeRules.get(meta.id()).getClass().getName() + " and " + rule.getClass().getName());
      }
      codeRules.put(meta.id(), rule);
      metadata.put(meta.id(), meta);
      definedAt.putIfAbsent(meta.id(), rule.getClass().getName());
    }

    private void checkPacks() {
      Map<String, String> phraseIds = new HashMap<>();
      for (PackModel.PhrasePack pack : packs) {
        RuleMetadata meta = metadata.get(pack.rule());
        if (meta == null) {
          problems.add(pack.source(), pack.location(), "the rule '" + pack.rule() + "' is not defined"
              + hint(pack.rule()) + "; use a built-in rule id or define the rule under 'rules:'");
          continue;
        }
        if (!meta.languages().isEmpty() && !meta.languages().contains(pack.language())
            && !codeRules.containsKey(pack.rule())) {
          problems.add(pack.source(), pack.location(), "the rule '" + pack.rule() + "' covers "
              + meta.languages() + ", not '" + pack.language() + "'; add the language to its metadata");
        }
        for (PackModel.Phrase phrase : pack.phrases()) {
          String key = pack.rule() + "/" + pack.language() + "/" + phrase.id();
          String earlier = phraseIds.putIfAbsent(key, pack.source() + ":" + phrase.location().line());
          if (earlier != null) {
            problems.add(pack.source(), phrase.location(), "the phrase id '" + phrase.id()
                + "' of " + pack.rule() + " (" + pack.language() + ") is already used in " + earlier
                + "; give this phrase another id");
          }
        }
      }
    }

    private String hint(String id) {
      String best = Suggestions.closest(id, metadata.keySet());
      return best != null ? " (did you mean '" + best + "'?)" : "";
    }

    private boolean isEnabled(String id) {
      Optional<Severity> override = overrides.get(id);
      return override == null || override.isPresent();
    }

    private void computeSeverities() {
      Mood[] moods = Mood.values();
      severities = new Severity[moods.length][ruleIds.size()];
      active = new boolean[moods.length][ruleIds.size()];
      for (int r = 0; r < ruleIds.size(); r++) {
        String id = ruleIds.get(r);
        RuleMetadata meta = metadata.get(id);
        Optional<Severity> override = overrides.get(id);
        for (Mood mood : moods) {
          Optional<Severity> level = meta.severityFor(mood);
          if (override != null) {
            level = override.isEmpty() ? Optional.empty() : level.map(ignored -> override.get());
          }
          severities[mood.ordinal()][r] = level.orElse(null);
          active[mood.ordinal()][r] = level.isPresent();
        }
      }
    }

    private void compileMatchers() {
      matchers.putAll(compiled.matchers(packs, ruleIds::indexOf, this::isEnabled));
    }

    int[] codeRuleIndex() {
      int[] indexes = new int[enabledCodeRules.size()];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = ruleIds.indexOf(enabledCodeRules.get(i).metadata().id());
      }
      return indexes;
    }

    /** The metadata of every rule with the languages and examples of its packs, sorted by id. */
    Map<String, RuleMetadata> view() {
      Map<String, RuleMetadata> result = new LinkedHashMap<>();
      for (String id : ruleIds) {
        RuleMetadata meta = metadata.get(id);
        Set<String> languages = new LinkedHashSet<>(meta.languages());
        List<RuleExamples> examples = new ArrayList<>(meta.examples());
        for (PackModel.PhrasePack pack : packs) {
          if (pack.rule().equals(id)) {
            if (!codeRules.containsKey(id) || !meta.languages().isEmpty()) {
              languages.add(pack.language());
            }
            if (!pack.examples().isEmpty()) {
              examples.add(pack.examples().toPublic(pack.language()));
            }
          }
        }
        result.put(id, meta.withLanguagesAndExamples(languages, examples));
      }
      return java.util.Collections.unmodifiableMap(result);
    }
  }
}

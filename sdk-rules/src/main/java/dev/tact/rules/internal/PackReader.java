package dev.tact.rules.internal;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.tact.core.Severity;
import dev.tact.rules.Mood;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.RulePackException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads phrase packs, vendor packs and rule metadata files (the format of {@code docs/rule-packs.md})
 * into {@link PackModel} values, validating everything and compiling every pattern. All problems of a
 * file are collected and thrown together as one {@link RulePackException}.
 */
public final class PackReader {
  static final Set<String> PACK_KEYS = Set.of("language", "rule", "phrases", "examples");
  static final Set<String> VENDOR_KEYS = Set.of("packs", "disable", "severity", "rules");
  static final Set<String> PHRASE_KEYS =
      Set.of("id", "patterns", "regex", "unlessAfter", "unlessBefore", "message", "suggestions");
  static final Set<String> EXAMPLE_KEYS = Set.of("flagged", "clean", "inbound", "automated");
  static final Set<String> META_KEYS =
      Set.of("id", "severity", "moods", "languages", "summary", "rationale", "requirements", "examples");
  static final Set<String> META_EXAMPLE_KEYS = Set.of("language", "flagged", "clean", "inbound", "automated");

  private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");
  private static final java.util.regex.Pattern PHRASE_ID =
      java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private final String source;
  private final Problems problems = new Problems();
  /** Folded pattern literals of this file, for spaced and for unspaced languages. */
  private final Map<String, String> foldedSpaced = new HashMap<>();
  private final Map<String, String> foldedUnspaced = new HashMap<>();

  private PackReader(String source) {
    this.source = source;
  }

  /**
   * A phrase pack or vendor pack.
   *
   * @param builtIn whether the file is a built-in pack, which holds one phrase pack and nothing else
   * @throws RulePackException with every problem found
   */
  public static PackModel.PackFile readPack(String text, String source, boolean builtIn) {
    return readPack(NodeReader.read(text, source), source, builtIn);
  }

  /**
   * As {@link #readPack(String, String, boolean)}, from the document already parsed.
   *
   * @throws RulePackException with every problem found
   */
  public static PackModel.PackFile readPack(Node root, String source, boolean builtIn) {
    PackReader reader = new PackReader(source);
    PackModel.PackFile file = reader.packFile(root, builtIn);
    reader.problems.throwIfAny();
    return file;
  }

  /**
   * A rule metadata file.
   *
   * @throws RulePackException with every problem found
   */
  public static PackModel.Meta readMeta(String text, String source) {
    return readMeta(NodeReader.read(text, source), source);
  }

  /**
   * As {@link #readMeta(String, String)}, from the document already parsed.
   *
   * @throws RulePackException with every problem found
   */
  public static PackModel.Meta readMeta(Node root, String source) {
    PackReader reader = new PackReader(source);
    PackModel.@Nullable Meta meta = reader.meta(root);
    reader.problems.throwIfAny();
    if (meta == null) {
      throw new IllegalStateException("no metadata and no problem in " + source);
    }
    return meta;
  }

  // ---------------------------------------------------------------- files

  private PackModel.PackFile packFile(Node root, boolean builtIn) {
    List<PackModel.PhrasePack> packs = new ArrayList<>();
    List<PackModel.Meta> rules = new ArrayList<>();
    List<PackModel.Directive> directives = new ArrayList<>();
    Node.@Nullable Mapping map = mapping(root, "a pack");
    if (map == null) {
      return new PackModel.PackFile(source, packs, rules, directives);
    }
    Set<String> allowed = new HashSet<>(PACK_KEYS);
    if (!builtIn) {
      allowed.addAll(VENDOR_KEYS);
    }
    checkKeys(map, allowed, builtIn ? "a built-in pack" : "a pack");
    boolean single = map.entries().keySet().stream().anyMatch(PACK_KEYS::contains);
    if (single || builtIn) {
      PackModel.@Nullable PhrasePack pack = phrasePack(map);
      if (pack != null) {
        packs.add(pack);
      }
    }
    Node.@Nullable Entry packList = map.entries().get("packs");
    if (packList != null) {
      for (Node item : sequence(packList.value(), "'packs'")) {
        Node.@Nullable Mapping packMap = mapping(item, "a pack in 'packs'");
        if (packMap != null) {
          checkKeys(packMap, PACK_KEYS, "a pack");
          PackModel.@Nullable PhrasePack pack = phrasePack(packMap);
          if (pack != null) {
            packs.add(pack);
          }
        }
      }
    }
    Node.@Nullable Entry ruleList = map.entries().get("rules");
    if (ruleList != null) {
      for (Node item : sequence(ruleList.value(), "'rules'")) {
        PackModel.@Nullable Meta meta = meta(item);
        if (meta != null) {
          rules.add(meta);
        }
      }
    }
    Node.@Nullable Entry disable = map.entries().get("disable");
    if (disable != null) {
      for (Node.Scalar id : scalars(disable.value(), "'disable'")) {
        if (checkRuleId(id)) {
          directives.add(new PackModel.Directive(source, id.location(), id.text(), null));
        }
      }
    }
    Node.@Nullable Entry severity = map.entries().get("severity");
    if (severity != null) {
      Node.@Nullable Mapping severities = mapping(severity.value(), "'severity' (rule id: level)");
      if (severities != null) {
        for (Node.Entry entry : severities.entries().values()) {
          if (!RuleMetadata.isValidId(entry.key())) {
            problems.add(source, entry.keyLocation(), "'" + entry.key() + "' is not a rule id;"
                + " rule ids are dotted lower-case words such as 'tone.sales-pitch'");
            continue;
          }
          Node.@Nullable Scalar level = scalar(entry.value(), "the severity of " + entry.key());
          if (level != null) {
            Optional<Optional<Severity>> parsed = level(level, true);
            parsed.ifPresent(value -> directives.add(new PackModel.Directive(
                source, entry.keyLocation(), entry.key(), value.orElse(null))));
          }
        }
      }
    }
    if (!single && !builtIn && packList == null && ruleList == null && disable == null
        && severity == null) {
      problems.add(source, map.location(), "the pack is empty; a pack has 'language', 'rule' and"
          + " 'phrases', or 'packs', 'rules', 'disable' or 'severity'");
    }
    return new PackModel.PackFile(source, packs, rules, directives);
  }

  private PackModel.@Nullable PhrasePack phrasePack(Node.Mapping map) {
    int before = problemCount();
    @Nullable String language = requiredString(map, "language", "a pack");
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      problems.add(source, map.entries().get("language").value().location(),
          "'" + language + "' is not a language; write an ISO 639 code in lower case such as 'en' or 'ja'");
      language = null;
    }
    @Nullable String rule = requiredString(map, "rule", "a pack");
    if (rule != null && !RuleMetadata.isValidId(rule)) {
      problems.add(source, map.entries().get("rule").value().location(),
          "'" + rule + "' is not a rule id; rule ids are dotted lower-case words such as 'tone.minimizing'");
      rule = null;
    }
    boolean spaced = language == null || Words.usesSpaces(language);
    List<PackModel.Phrase> phrases = new ArrayList<>();
    Node.@Nullable Entry phraseList = map.entries().get("phrases");
    if (phraseList == null) {
      problems.add(source, map.location(), "a pack needs 'phrases': the phrases the rule looks for");
    } else {
      Set<String> ids = new HashSet<>();
      for (Node item : sequence(phraseList.value(), "'phrases'")) {
        PackModel.@Nullable Phrase phrase = phrase(item, spaced);
        if (phrase != null && !ids.add(phrase.id())) {
          problems.add(source, phrase.location(),
              "the phrase id '" + phrase.id() + "' appears twice in this pack; ids are unique per rule and language");
        } else if (phrase != null) {
          phrases.add(phrase);
        }
      }
    }
    PackModel.Examples examples = examples(map);
    if (language == null || rule == null || problemCount() > before) {
      return null;
    }
    return new PackModel.PhrasePack(source, map.location(), language, rule, phrases, examples);
  }

  private PackModel.@Nullable Phrase phrase(Node node, boolean spaced) {
    Node.@Nullable Mapping map = mapping(node, "a phrase");
    if (map == null) {
      return null;
    }
    checkKeys(map, PHRASE_KEYS, "a phrase");
    @Nullable String id = requiredString(map, "id", "a phrase");
    if (id != null && !PHRASE_ID.matcher(id).matches()) {
      problems.add(source, map.entries().get("id").value().location(),
          "'" + id + "' is not a phrase id; use lower-case words joined by '-', such as 'just-do-it'");
    }
    Node.@Nullable Entry patterns = map.entries().get("patterns");
    Node.@Nullable Entry regex = map.entries().get("regex");
    List<PhrasePattern.Expansion> expansions = new ArrayList<>();
    List<Pattern> regexes = new ArrayList<>();
    if (patterns == null && regex == null) {
      problems.add(source, map.location(),
          "a phrase needs 'patterns' (in the pattern language) or 'regex' (RE2 expressions)");
    } else if (patterns != null && regex != null) {
      problems.add(source, regex.keyLocation(),
          "a phrase has either 'patterns' or 'regex', not both; put the regular expressions in a phrase of their own");
    }
    if (patterns != null) {
      for (Node.Scalar pattern : scalars(patterns.value(), "'patterns'")) {
        try {
          expansions.addAll(PhrasePattern.expand(pattern.text(), spaced, spaced ? foldedSpaced : foldedUnspaced));
        } catch (PatternSyntaxError e) {
          problems.add(source, pattern.location().line(), columnOf(pattern, e.offset()),
              "pattern '" + pattern.text() + "': " + e.getMessage());
        }
      }
    }
    if (regex != null) {
      for (Node.Scalar expression : scalars(regex.value(), "'regex'")) {
        try {
          Pattern compiled = Pattern.compile(expression.text());
          if (compiled.matcher("").find()) {
            problems.add(source, expression.location(), "regex '" + expression.text()
                + "' matches the empty text, so it would flag every draft; make it match at least one character");
          } else {
            regexes.add(compiled);
          }
        } catch (PatternSyntaxException e) {
          problems.add(source, expression.location(), "regex '" + expression.text()
              + "' is not an RE2 regular expression: " + e.getDescription()
              + " (RE2 has no backreferences or lookaround; see github.com/google/re2/wiki/Syntax)");
        }
      }
    }
    List<String> unlessAfter = words(map, "unlessAfter", spaced);
    List<String> unlessBefore = words(map, "unlessBefore", spaced);
    @Nullable String message = optionalString(map, "message");
    List<String> suggestions = new ArrayList<>();
    Node.@Nullable Entry suggestionList = map.entries().get("suggestions");
    if (suggestionList != null) {
      for (Node.Scalar suggestion : scalars(suggestionList.value(), "'suggestions'")) {
        suggestions.add(suggestion.text());
      }
    }
    if (id == null) {
      return null;
    }
    return new PackModel.Phrase(
        id, map.location(), expansions, regexes, unlessAfter, unlessBefore, message, suggestions);
  }

  private List<String> words(Node.Mapping map, String key, boolean spaced) {
    List<String> result = new ArrayList<>();
    Node.@Nullable Entry entry = map.entries().get(key);
    if (entry == null) {
      return result;
    }
    for (Node.Scalar word : scalars(entry.value(), "'" + key + "'")) {
      String folded = Folding.fold(word.text()).strip();
      if (!spaced) {
        folded = folded.replace(" ", "");
      }
      if (folded.isEmpty()) {
        problems.add(source, word.location(), "an empty entry in '" + key + "'; remove it");
      } else {
        result.add(folded);
      }
    }
    return result;
  }

  private PackModel.Examples examples(Node.Mapping pack) {
    Node.@Nullable Entry entry = pack.entries().get("examples");
    if (entry == null) {
      return new PackModel.Examples(List.of(), List.of(), null, false, pack.location());
    }
    Node.@Nullable Mapping map = mapping(entry.value(), "'examples' (flagged, clean)");
    if (map == null) {
      return new PackModel.Examples(List.of(), List.of(), null, false, entry.keyLocation());
    }
    checkKeys(map, EXAMPLE_KEYS, "'examples'");
    return examplesOf(map);
  }

  /** The flagged and clean examples and the inbound message of a mapping whose keys are checked. */
  private PackModel.Examples examplesOf(Node.Mapping map) {
    List<PackModel.Example> flagged = new ArrayList<>();
    List<PackModel.Example> clean = new ArrayList<>();
    Node.@Nullable Entry flaggedList = map.entries().get("flagged");
    if (flaggedList != null) {
      for (Node.Scalar example : scalars(flaggedList.value(), "'flagged'")) {
        PackModel.@Nullable Example parsed = example(example);
        if (parsed != null && parsed.marks().isEmpty()) {
          problems.add(source, example.location(),
              "a flagged example marks what the rule must find with ⟦ and ⟧, such as 'Please ⟦just click⟧ Reset'");
        } else if (parsed != null) {
          flagged.add(parsed);
        }
      }
    }
    Node.@Nullable Entry cleanList = map.entries().get("clean");
    if (cleanList != null) {
      for (Node.Scalar example : scalars(cleanList.value(), "'clean'")) {
        PackModel.@Nullable Example parsed = example(example);
        if (parsed != null && !parsed.marks().isEmpty()) {
          problems.add(source, example.location(),
              "a clean example has no ⟦marks⟧: the rule must find nothing in it");
        } else if (parsed != null) {
          clean.add(parsed);
        }
      }
    }
    return new PackModel.Examples(flagged, clean, optionalString(map, "inbound"),
        optionalBoolean(map, "automated"), map.location());
  }

  private PackModel.@Nullable Example example(Node.Scalar scalar) {
    try {
      Marks.Marked marked = Marks.parse(scalar.text());
      return new PackModel.Example(scalar.text(), marked.text(), marked.spans(), scalar.location());
    } catch (IllegalArgumentException e) {
      problems.add(source, scalar.location(), "example '" + scalar.text() + "': " + e.getMessage());
      return null;
    }
  }

  private PackModel.@Nullable Meta meta(Node node) {
    Node.@Nullable Mapping map = mapping(node, "rule metadata");
    if (map == null) {
      return null;
    }
    int before = problemCount();
    checkKeys(map, META_KEYS, "rule metadata");
    @Nullable String id = requiredString(map, "id", "rule metadata");
    if (id != null && !RuleMetadata.isValidId(id)) {
      problems.add(source, map.entries().get("id").value().location(),
          "'" + id + "' is not a rule id; rule ids are dotted lower-case words such as 'tone.minimizing'");
    }
    RuleMetadata.Builder builder = RuleMetadata.builder(id == null ? "invalid.id" : id);
    Node.@Nullable Entry severity = map.entries().get("severity");
    if (severity == null) {
      problems.add(source, map.location(), "rule metadata needs 'severity': error, warning or info");
    } else {
      Node.@Nullable Scalar level = scalar(severity.value(), "'severity'");
      if (level != null) {
        level(level, false).flatMap(value -> value).ifPresent(builder::severity);
      }
    }
    Node.@Nullable Entry moods = map.entries().get("moods");
    if (moods != null) {
      Node.@Nullable Mapping moodMap = mapping(moods.value(), "'moods' (mood: level)");
      if (moodMap != null) {
        for (Node.Entry entry : moodMap.entries().values()) {
          Optional<Mood> mood = Mood.ofKey(entry.key());
          if (mood.isEmpty()) {
            problems.add(source, entry.keyLocation(), "'" + entry.key()
                + "' is not a mood; the moods are upset, serious, light and unknown");
            continue;
          }
          Node.@Nullable Scalar level = scalar(entry.value(), "the severity for " + entry.key());
          if (level != null) {
            level(level, true).ifPresent(value -> {
              if (value.isPresent()) {
                builder.severity(mood.get(), value.get());
              } else {
                builder.off(mood.get());
              }
            });
          }
        }
      }
    }
    Node.@Nullable Entry languages = map.entries().get("languages");
    if (languages != null) {
      for (Node.Scalar language : scalars(languages.value(), "'languages'")) {
        if (LANGUAGE.matcher(language.text()).matches()) {
          builder.languages(language.text());
        } else {
          problems.add(source, language.location(), "'" + language.text()
              + "' is not a language; write an ISO 639 code in lower case such as 'en' or 'ja'");
        }
      }
    }
    @Nullable String summary = requiredString(map, "summary", "rule metadata");
    if (summary != null) {
      builder.summary(summary.strip());
      if (summary.strip().endsWith(".") || summary.strip().contains("\n")) {
        problems.add(source, map.entries().get("summary").value().location(),
            "the summary is one line with no final period, like a headline");
      }
    }
    @Nullable String rationale = requiredString(map, "rationale", "rule metadata");
    if (rationale != null) {
      builder.rationale(rationale.strip());
    }
    Node.@Nullable Entry requirements = map.entries().get("requirements");
    if (requirements != null) {
      for (Node.Scalar requirement : scalars(requirements.value(), "'requirements'")) {
        if (requirement.text().matches("[A-Z][0-9]+")) {
          builder.requirements(requirement.text());
        } else {
          problems.add(source, requirement.location(), "'" + requirement.text()
              + "' is not a requirement id; write a letter and a number such as T1 (see REQUIREMENTS.md)");
        }
      }
    }
    Node.@Nullable Entry examples = map.entries().get("examples");
    if (examples != null) {
      for (Node item : sequence(examples.value(), "'examples' (one entry per language)")) {
        Node.@Nullable Mapping set = mapping(item, "an example set (language, flagged, clean)");
        if (set == null) {
          continue;
        }
        checkKeys(set, META_EXAMPLE_KEYS, "an example set");
        @Nullable String language = requiredString(set, "language", "an example set");
        PackModel.Examples parsed = examplesOf(set);
        if (language != null && !LANGUAGE.matcher(language).matches() && !language.equals("*")) {
          problems.add(source, set.entries().get("language").value().location(), "'" + language
              + "' is not a language; write an ISO 639 code such as 'en', or '*' for any language");
        } else if (language != null) {
          builder.examples(parsed.toPublic(language));
        }
      }
    }
    if (problemCount() > before) {
      return null;
    }
    try {
      return new PackModel.Meta(source, map.location(), builder.build());
    } catch (IllegalArgumentException e) {
      problems.add(source, map.location(), e.getMessage());
      return null;
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A severity: {@code error}, {@code warning} or {@code info}, or {@code off} where allowed. Empty
   * when the value is wrong (a problem is recorded); an empty inner value means off.
   */
  private Optional<Optional<Severity>> level(Node.Scalar scalar, boolean offAllowed) {
    String text = scalar.text().strip().toLowerCase(Locale.ROOT);
    switch (text) {
      case "error":
        return Optional.of(Optional.of(Severity.ERROR));
      case "warning":
        return Optional.of(Optional.of(Severity.WARNING));
      case "info":
        return Optional.of(Optional.of(Severity.INFO));
      case "off":
      case "false":
        if (offAllowed) {
          return Optional.of(Optional.empty());
        }
        break;
      default:
        break;
    }
    problems.add(source, scalar.location(), "'" + scalar.text() + "' is not a severity; write error,"
        + " warning or info" + (offAllowed ? ", or off for no findings" : ""));
    return Optional.empty();
  }

  private boolean checkRuleId(Node.Scalar id) {
    if (RuleMetadata.isValidId(id.text())) {
      return true;
    }
    problems.add(source, id.location(), "'" + id.text()
        + "' is not a rule id; rule ids are dotted lower-case words such as 'tone.idiom'");
    return false;
  }

  private int columnOf(Node.Scalar scalar, int offset) {
    int column = scalar.location().column() + (scalar.quoted() ? 1 : 0) + offset;
    return scalar.text().indexOf('\n') >= 0 ? scalar.location().column() : column;
  }

  private int problemCount() {
    return problems.size();
  }

  private Node.@Nullable Mapping mapping(Node node, String what) {
    if (node instanceof Node.Mapping map) {
      return map;
    }
    problems.add(source, node.location(), "expected " + what + " (keys and values), found " + Node.kind(node));
    return null;
  }

  private List<Node> sequence(Node node, String what) {
    if (node instanceof Node.Sequence list) {
      return list.items();
    }
    problems.add(source, node.location(), "expected a list for " + what + ", found " + Node.kind(node)
        + "; write each entry on its own line starting with '- '");
    return List.of();
  }

  private Node.@Nullable Scalar scalar(Node node, String what) {
    if (node instanceof Node.Scalar scalar && !scalar.isNull()) {
      return scalar;
    }
    problems.add(source, node.location(), "expected a single value for " + what + ", found " + Node.kind(node));
    return null;
  }

  /** A list of values, or one value standing for a list of one. */
  private List<Node.Scalar> scalars(Node node, String what) {
    List<Node.Scalar> result = new ArrayList<>();
    if (node instanceof Node.Scalar scalar && !scalar.isNull()) {
      result.add(scalar);
      return result;
    }
    for (Node item : sequence(node, what)) {
      Node.@Nullable Scalar scalar = scalar(item, "an entry of " + what);
      if (scalar != null) {
        result.add(scalar);
      }
    }
    return result;
  }

  private @Nullable String requiredString(Node.Mapping map, String key, String what) {
    Node.@Nullable Entry entry = map.entries().get(key);
    if (entry == null) {
      problems.add(source, map.location(), what + " needs '" + key + "'");
      return null;
    }
    Node.@Nullable Scalar scalar = scalar(entry.value(), "'" + key + "'");
    if (scalar == null) {
      return null;
    }
    if (scalar.text().isBlank()) {
      problems.add(source, scalar.location(), "'" + key + "' is empty");
      return null;
    }
    return scalar.text();
  }

  private @Nullable String optionalString(Node.Mapping map, String key) {
    Node.@Nullable Entry entry = map.entries().get(key);
    if (entry == null) {
      return null;
    }
    Node.@Nullable Scalar scalar = scalar(entry.value(), "'" + key + "'");
    return scalar == null ? null : scalar.text();
  }

  /** {@code true} or {@code false}; false when absent, and a problem when it is anything else. */
  private boolean optionalBoolean(Node.Mapping map, String key) {
    Node.@Nullable Entry entry = map.entries().get(key);
    if (entry == null) {
      return false;
    }
    Node.@Nullable Scalar scalar = scalar(entry.value(), "'" + key + "'");
    if (scalar == null) {
      return false;
    }
    return switch (scalar.text()) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problems.add(source, scalar.location(), "'" + key + "' is true or false, got '" + scalar.text() + "'");
        yield false;
      }
    };
  }

  private void checkKeys(Node.Mapping map, Set<String> allowed, String what) {
    for (Map.Entry<String, Node.Entry> entry : map.entries().entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        String closest = Suggestions.closest(entry.getKey(), allowed);
        problems.add(source, entry.getValue().keyLocation(), "unknown key '" + entry.getKey() + "' in "
            + what + (closest != null ? "; did you mean '" + closest + "'?" : "")
            + " (known keys: " + String.join(", ", new LinkedHashSet<>(sorted(allowed))) + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    list.sort(null);
    return list;
  }
}

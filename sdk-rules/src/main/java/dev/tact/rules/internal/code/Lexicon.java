package dev.tact.rules.internal.code;

import dev.tact.rules.RulePackException;
import dev.tact.rules.TextView;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.Folding;
import dev.tact.rules.internal.Node;
import dev.tact.rules.internal.NodeReader;
import dev.tact.rules.internal.PackModel;
import dev.tact.rules.internal.PatternSyntaxError;
import dev.tact.rules.internal.PhraseMatcher;
import dev.tact.rules.internal.PhrasePattern;
import dev.tact.rules.internal.Problems;
import dev.tact.rules.internal.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The word lists of one code rule, read from {@code dev/tact/rules/code/<name>.yaml}: per language,
 * named lists of <em>patterns</em> (the pattern language of phrase packs, matched in one pass with
 * {@link PhraseMatcher}) and of plain <em>words</em> (folded, for set look-ups); and, under
 * {@code messages}, the wording of each finding the rule reports, in that language.
 *
 * <pre>{@code
 * en:
 *   apology: [sorry, "(apologize|apologise)"]
 *   ack:
 *     - "thanks for letting us know"
 *     - {pattern: understand, unlessAfter: ["don't"]}   # a pattern with cancelling words
 *   messages:
 *     again: {message: "Apology number {count} in one reply", suggestions: ["Keep one apology"]}
 * ja:
 *   apology: [申し訳(ございません|ありません)]
 *   messages:
 *     again: {message: "1通の返信で{count}回目のお詫びです", suggestions: ["お詫びは一度にとどめてください"]}
 * }</pre>
 *
 * <p>A list name the rule does not declare is an error (so that a typo never silently empties a
 * list), and so is a malformed pattern; so is a language whose {@code messages} lack a finding the
 * rule declares, or a message without a suggestion. All name the file, line and column. Immutable
 * and thread-safe.
 */
public final class Lexicon {
  /**
   * A match of a pattern list in a text's normalized form.
   *
   * @param list the name of the list whose pattern matched
   * @param start the start in the normalized text
   * @param end the end in the normalized text
   */
  public record Hit(String list, int start, int end) {}

  /**
   * How a finding is worded in one language: what is wrong, and what to do instead.
   *
   * @param message the finding's message; may hold placeholders such as {@code {count}}
   * @param suggestions what to do instead, at least one
   */
  public record Wording(String message, List<String> suggestions) {
    /** Keeps an immutable copy of the suggestions. */
    public Wording {
      suggestions = List.copyOf(suggestions);
    }

    /** This wording with {@code {name}} in the message replaced by {@code value}. */
    public Wording with(String name, String value) {
      return new Wording(message.replace("{" + name + "}", value), suggestions);
    }
  }

  /** The key, in each language's mapping, of the wordings of the rule's findings. */
  static final String MESSAGES = "messages";

  private static final Comparator<PhraseMatcher.Match> BY_LIST_START_LONGEST =
      Comparator.comparingInt(PhraseMatcher.Match::rule)
          .thenComparingInt(PhraseMatcher.Match::start)
          .thenComparing(Comparator.comparingInt(PhraseMatcher.Match::end).reversed());
  private static final Comparator<Hit> BY_START_END =
      Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end);

  private static final Set<String> ENTRY_KEYS = Set.of("pattern", "unlessAfter", "unlessBefore");
  private static final Set<String> WORDING_KEYS = Set.of("message", "suggestions");

  private final String source;
  private final List<String> patternLists;
  private final List<String> messages;
  /** Every pattern list on (never written after construction). */
  private final boolean[] all;
  /** Reads the lists; called once, on first use (see {@link #lists()}). */
  private final Supplier<Lists> reader;
  /** The lists once read; null before. */
  private volatile @Nullable Lists lists;

  /**
   * The compiled lists of every language.
   *
   * @param matchers per language, the pattern lists in one matcher
   * @param words per language and list name, the folded words
   * @param anchors per language with a pre-filter: short literal anchors, one of which occurs in
   *     every text where any pattern of the language can match (each automaton key starts with one).
   *     A text that holds none of them has no hits, and {@link #find} skips the automaton scan;
   *     {@code String.indexOf} on a few short anchors costs a fraction of a scan. Languages with too
   *     many anchors have none here.
   * @param wordings per language and finding, its wording
   */
  private record Lists(
      Map<String, PhraseMatcher> matchers, Map<String, Map<String, Set<String>>> words,
      Map<String, String[]> anchors, Map<String, Map<String, Wording>> wordings) {
    Lists {
      matchers = Map.copyOf(matchers);
      words = Map.copyOf(words);
      anchors = Map.copyOf(anchors);
      wordings = Map.copyOf(wordings);
    }
  }

  private Lexicon(
      String source, List<String> patternLists, List<String> messages, Supplier<Lists> reader) {
    this.source = source;
    this.patternLists = List.copyOf(patternLists);
    this.messages = List.copyOf(messages);
    this.all = new boolean[this.patternLists.size()];
    Arrays.fill(all, true);
    this.reader = reader;
  }

  /**
   * The word lists of {@code dev/tact/rules/code/<name>.yaml} on the class path, read on first use
   * (the first review that needs them), not here: a code rule holds its lexicon in a static field,
   * and building a {@code Tact} loads every code rule. Safe from any number of threads: the first
   * use reads the file under a lock; every later one reads a volatile field only.
   *
   * @param patternLists the names of the lists that hold patterns
   * @param wordLists the names of the lists that hold plain words
   * @param messages the names of the findings the rule reports, each worded under
   *     {@code messages} in every language of the file
   * @throws IllegalStateException on first use, if the file is missing
   * @throws RulePackException on first use, if the file is malformed or a language lacks the
   *     wording of a finding
   */
  public static Lexicon load(
      String name, List<String> patternLists, List<String> wordLists, List<String> messages) {
    String source = BuiltIns.ROOT + "code/" + name + ".yaml";
    return new Lexicon(source, patternLists, messages,
        () -> read(BuiltIns.document(source), source, patternLists, wordLists, messages));
  }

  /** The lists, read on first use. */
  private Lists lists() {
    Lists read = lists;
    if (read == null) {
      synchronized (this) {
        read = lists;
        if (read == null) {
          read = reader.get();
          lists = read;
        }
      }
    }
    return read;
  }

  /**
   * Reads a lexicon from {@code text} at once; {@code source} names it in problems.
   *
   * @throws RulePackException if the text is malformed
   */
  static Lexicon parse(
      String text, String source, List<String> patternLists, List<String> wordLists,
      List<String> messages) {
    Lists lists =
        read(NodeReader.read(text, source), source, patternLists, wordLists, messages);
    return new Lexicon(source, patternLists, messages, () -> lists);
  }

  private static Lists read(
      Node root, String source, List<String> patternLists, List<String> wordLists,
      List<String> messages) {
    Problems problems = new Problems();
    Map<String, PhraseMatcher> matchers = new HashMap<>();
    Map<String, Map<String, Set<String>>> words = new HashMap<>();
    Map<String, String[]> anchors = new HashMap<>();
    Map<String, Map<String, Wording>> wordings = new HashMap<>();
    if (!(root instanceof Node.Mapping languages)) {
      throw new RulePackException("a code rule's word lists are a mapping from language to lists",
          source, root.location().line(), root.location().column());
    }
    for (Node.Entry language : languages.entries().values()) {
      if (!language.key().matches("[a-z]{2,3}")) {
        problems.add(source, language.keyLocation(),
            "'" + language.key() + "' is not an ISO 639 language code such as 'en'");
        continue;
      }
      if (!(language.value() instanceof Node.Mapping lists)) {
        problems.add(source, language.value().location(), "the lists of '" + language.key()
            + "' are a mapping from list name to entries");
        continue;
      }
      boolean spaced = Words.usesSpaces(language.key());
      List<PhraseMatcher.Entry> entries = new ArrayList<>();
      Map<String, Set<String>> wordSets = new HashMap<>();
      Node.@Nullable Entry worded = lists.entries().get(MESSAGES);
      if (worded == null) {
        problems.add(source, language.keyLocation(), "'" + language.key() + "' has no '"
            + MESSAGES + "': word each finding of the rule (" + String.join(", ", messages)
            + ") in this language");
      } else {
        wordings.put(language.key(), wordings(worded, language.key(), messages, source, problems));
      }
      for (Node.Entry list : lists.entries().values()) {
        if (list.key().equals(MESSAGES)) {
          continue;
        }
        int index = patternLists.indexOf(list.key());
        boolean isWords = wordLists.contains(list.key());
        if (index < 0 && !isWords) {
          List<String> known = new ArrayList<>(patternLists);
          known.addAll(wordLists);
          problems.add(source, list.keyLocation(), "unknown list '" + list.key() + "' (known: "
              + String.join(", ", new TreeSet<>(known)) + ")");
          continue;
        }
        if (!(list.value() instanceof Node.Sequence items)) {
          problems.add(source, list.value().location(), "'" + list.key() + "' is a list");
          continue;
        }
        Set<String> set = new HashSet<>();
        for (Node item : items.items()) {
          if (isWords) {
            if (item instanceof Node.Scalar word && !word.isNull() && !word.text().isBlank()) {
              set.add(Folding.fold(word.text()));
            } else {
              problems.add(source, item.location(), "an entry of '" + list.key() + "' is a word");
            }
          } else {
            PackModel.@Nullable Phrase phrase = phrase(item, list.key(), spaced, source, problems);
            if (phrase != null) {
              entries.add(new PhraseMatcher.Entry(index, phrase));
            }
          }
        }
        if (isWords) {
          wordSets.put(list.key(), Set.copyOf(set));
        }
      }
      matchers.put(language.key(), PhraseMatcher.compile(language.key(), entries));
      String @Nullable [] languageAnchors = anchors(entries);
      if (languageAnchors != null) {
        anchors.put(language.key(), languageAnchors);
      }
      words.put(language.key(), Map.copyOf(wordSets));
    }
    problems.throwIfAny();
    return new Lists(matchers, words, anchors, wordings);
  }

  /** The wordings under {@code messages} of one language; each problem is added to problems. */
  private static Map<String, Wording> wordings(
      Node.Entry worded, String language, List<String> messages, String source,
      Problems problems) {
    Map<String, Wording> wordings = new HashMap<>();
    if (!(worded.value() instanceof Node.Mapping findings)) {
      problems.add(source, worded.value().location(), "'" + MESSAGES + "' of '" + language
          + "' is a mapping from finding (" + String.join(", ", messages) + ") to its wording");
      return wordings;
    }
    for (Node.Entry finding : findings.entries().values()) {
      if (!messages.contains(finding.key())) {
        problems.add(source, finding.keyLocation(), "unknown finding '" + finding.key()
            + "' (known: " + String.join(", ", new TreeSet<>(messages)) + ")");
        continue;
      }
      Wording wording = wording(finding, language, source, problems);
      if (wording != null) {
        wordings.put(finding.key(), wording);
      }
    }
    for (String message : messages) {
      if (!findings.entries().containsKey(message)) {
        problems.add(source, worded.keyLocation(), "'" + MESSAGES + "' of '" + language
            + "' lacks the finding '" + message + "': add its message and suggestions");
      }
    }
    return wordings;
  }

  private static @Nullable Wording wording(
      Node.Entry finding, String language, String source, Problems problems) {
    String where = "'" + finding.key() + "' (" + language + ")";
    if (!(finding.value() instanceof Node.Mapping map)) {
      problems.add(source, finding.value().location(),
          where + " is a mapping with 'message' and 'suggestions'");
      return null;
    }
    for (Node.Entry entry : map.entries().values()) {
      if (!WORDING_KEYS.contains(entry.key())) {
        problems.add(source, entry.keyLocation(),
            "unknown key '" + entry.key() + "' (known: message, suggestions)");
      }
    }
    Node.@Nullable Entry message = map.entries().get("message");
    @Nullable String text = null;
    if (message != null && message.value() instanceof Node.Scalar scalar && !scalar.isNull()
        && !scalar.text().isBlank()) {
      text = scalar.text();
    } else {
      problems.add(source, message == null ? finding.keyLocation() : message.value().location(),
          where + " needs a 'message': a sentence saying what is wrong");
    }
    Node.@Nullable Entry suggestions = map.entries().get("suggestions");
    List<String> said = new ArrayList<>();
    if (suggestions != null && suggestions.value() instanceof Node.Sequence items) {
      for (Node item : items.items()) {
        if (item instanceof Node.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
          said.add(scalar.text());
        } else {
          problems.add(source, item.location(), "a suggestion of " + where + " is a sentence");
        }
      }
    }
    if (said.isEmpty()) {
      problems.add(source,
          suggestions == null ? finding.keyLocation() : suggestions.value().location(),
          where + " needs 'suggestions': a list of at least one thing to do instead");
    }
    return text == null || said.isEmpty() ? null : new Wording(text, said);
  }

  /** At most this many anchors per language; with more, the scan runs on every text. */
  static final int MAX_ANCHORS = 8;
  /** Anchors are the keys' first {@value} units (or whole keys when shorter). */
  static final int ANCHOR_LENGTH = 4;

  /**
   * The anchors of a language's entries (see {@link Lists}), or null when there would be more
   * than {@link #MAX_ANCHORS}. Every verified match contains its expansion's key piece (the literal
   * the automaton scans for), so it contains that key's prefix; an anchor that contains another
   * anchor is dropped, since the shorter one occurs wherever the longer one does.
   */
  static String @Nullable [] anchors(List<PhraseMatcher.Entry> entries) {
    TreeSet<String> prefixes = new TreeSet<>();
    for (PhraseMatcher.Entry entry : entries) {
      if (!entry.phrase().regexes().isEmpty()) {
        return null; // a regular expression needs no literal key
      }
      for (PhrasePattern.Expansion expansion : entry.phrase().expansions()) {
        if (expansion.keyPiece() < 0) {
          return null;
        }
        String key = expansion.pieces().get(expansion.keyPiece());
        prefixes.add(key.substring(0, Math.min(ANCHOR_LENGTH, key.length())));
        if (prefixes.size() > 4 * MAX_ANCHORS) {
          return null;
        }
      }
    }
    if (!entries.isEmpty() && prefixes.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String prefix : prefixes) {
      boolean covered = false;
      for (String other : prefixes) {
        if (!other.equals(prefix) && prefix.contains(other)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        kept.add(prefix);
      }
    }
    return kept.size() <= MAX_ANCHORS ? kept.toArray(new String[0]) : null;
  }

  /** The anchors of {@code language}, or null when it has none (for tests). */
  String @Nullable [] anchorsOf(String language) {
    return lists().anchors().get(language);
  }

  /** Whether {@code text} holds one of {@code anchors}. */
  private static boolean holdsAny(String text, String[] anchors) {
    for (String anchor : anchors) {
      if (text.indexOf(anchor) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static PackModel.@Nullable Phrase phrase(
      Node item, String list, boolean spaced, String source, Problems problems) {
    Node.@Nullable Scalar pattern = null;
    List<String> unlessAfter = new ArrayList<>();
    List<String> unlessBefore = new ArrayList<>();
    if (item instanceof Node.Scalar scalar && !scalar.isNull()) {
      pattern = scalar;
    } else if (item instanceof Node.Mapping map) {
      for (Node.Entry entry : map.entries().values()) {
        if (!ENTRY_KEYS.contains(entry.key())) {
          problems.add(source, entry.keyLocation(), "unknown key '" + entry.key()
              + "' (known: pattern, unlessAfter, unlessBefore)");
        } else if (entry.key().equals("pattern") && entry.value() instanceof Node.Scalar scalar) {
          pattern = scalar;
        } else if (entry.value() instanceof Node.Sequence words) {
          for (Node word : words.items()) {
            if (word instanceof Node.Scalar scalar && !scalar.isNull()) {
              (entry.key().equals("unlessAfter") ? unlessAfter : unlessBefore)
                  .add(Folding.fold(scalar.text()).strip());
            } else {
              problems.add(source, word.location(), "'" + entry.key() + "' is a list of words");
            }
          }
        } else {
          problems.add(source, entry.value().location(), "'" + entry.key() + "' has the wrong form");
        }
      }
    }
    if (pattern == null) {
      problems.add(source, item.location(), "an entry of '" + list
          + "' is a pattern, or a mapping with 'pattern' and optional 'unlessAfter' / 'unlessBefore'");
      return null;
    }
    try {
      List<PhrasePattern.Expansion> expansions = PhrasePattern.expand(pattern.text(), spaced);
      return new PackModel.Phrase(list, pattern.location(), expansions, List.of(), unlessAfter,
          unlessBefore, null, List.of());
    } catch (PatternSyntaxError e) {
      problems.add(source, pattern.location(), "'" + pattern.text() + "': " + e.getMessage());
      return null;
    }
  }

  /** The languages that have lists. */
  public Set<String> languages() {
    return lists().matchers().keySet();
  }

  /** Whether {@code language} has lists. */
  public boolean covers(String language) {
    return lists().matchers().containsKey(language);
  }

  /**
   * Every match of the pattern lists of the view's language in its normalized text, sorted by start:
   * per list, the leftmost, then longest, matches that do not overlap one another; matches that lie
   * inside a quotation ({@link TextView#isQuoted}) are left out, since the reply is repeating
   * someone else's words there. Empty for a language without lists.
   */
  public List<Hit> find(TextView view) {
    return find(view, false);
  }

  /**
   * Every match as {@link #find} returns them, quotations included: for lists of words that count
   * wherever they stand, such as a command to type ({@code reply 'agent'}) or a button's name.
   */
  public List<Hit> findAnywhere(TextView view) {
    return find(view, true);
  }

  private List<Hit> find(TextView view, boolean anywhere) {
    Lists read = lists();
    @Nullable PhraseMatcher matcher = read.matchers().get(view.language());
    if (matcher == null) {
      return List.of();
    }
    String @Nullable [] languageAnchors = read.anchors().get(view.language());
    if (languageAnchors != null && !holdsAny(view.normalized(), languageAnchors)) {
      return List.of();
    }
    List<PhraseMatcher.Match> matches =
        anywhere ? matcher.matchAnywhere(view, all) : matcher.match(view, all);
    if (matches.isEmpty()) {
      return List.of();
    }
    if (matches.size() > 1) {
      matches = new ArrayList<>(matches);
      matches.sort(BY_LIST_START_LONGEST);
    }
    List<Hit> hits = new ArrayList<>(matches.size());
    int list = -1;
    int keptEnd = -1;
    for (PhraseMatcher.Match match : matches) {
      if (match.rule() != list) {
        list = match.rule();
        keptEnd = -1;
      }
      if (match.start() >= keptEnd) {
        hits.add(new Hit(patternLists.get(list), match.start(), match.end()));
        keptEnd = match.end();
      }
    }
    if (hits.size() > 1) {
      hits.sort(BY_START_END);
    }
    return hits;
  }

  /** The names of the findings the rule words under {@code messages}. */
  public List<String> messages() {
    return messages;
  }

  /**
   * How {@code finding} is worded in {@code language}, or in English when the file does not cover
   * {@code language}.
   *
   * @throws IllegalArgumentException if the rule does not declare {@code finding}
   * @throws IllegalStateException if the file covers neither {@code language} nor English
   */
  public Wording wording(String language, String finding) {
    if (!messages.contains(finding)) {
      throw new IllegalArgumentException("unknown finding '" + finding + "' of " + source
          + " (known: " + String.join(", ", messages) + ")");
    }
    Map<String, Map<String, Wording>> wordings = lists().wordings();
    Map<String, Wording> worded = wordings.get(language);
    if (worded == null) {
      worded = wordings.get("en");
    }
    if (worded == null) {
      throw new IllegalStateException(source + " words its findings neither in '" + language
          + "' nor in 'en'; add a '" + MESSAGES + "' section for '" + language + "'");
    }
    return worded.get(finding);
  }

  /** The folded words of {@code list} for {@code language}; empty when there are none. */
  public Set<String> words(String language, String list) {
    Map<String, Set<String>> named = lists().words().get(language);
    if (named == null) {
      return Set.of();
    }
    return named.getOrDefault(list, Set.of());
  }
}

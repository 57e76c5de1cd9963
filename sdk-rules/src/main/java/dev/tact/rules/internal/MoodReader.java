package dev.tact.rules.internal;

import dev.tact.core.Conversation;
import dev.tact.core.Message;
import dev.tact.rules.Mood;
import dev.tact.rules.RulePackException;
import dev.tact.rules.TextView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the customer's {@link Mood} from the messages a reply answers.
 *
 * <p>Signals, per language from {@code dev/tact/rules/mood/<lang>.yaml} (the same pattern language as
 * phrase packs): {@code complaint} words (2 points toward upset each: "unacceptable", "third time",
 * 「何度も」), {@code repeated}-attempt words (1 point: "still", "again", 「まだ」), {@code serious}
 * words (a problem without anger: "refund", 「届かない」) and {@code light} words ("lol", 「笑」).
 * Signals in every language: runs of exclamation marks (1 point), words in capitals (1 point for two
 * or more, 2 when the whole message shouts), angry emoji (2 points: 😡🤬😠💢👿), laughing emoji
 * (light: 😂🤣😄😆😁😅😉😜🙃) and emoticons such as {@code :)}.
 *
 * <p>Decision: 2 points or more is {@link Mood#UPSET}; otherwise light signals with no complaint,
 * repeated attempt, angry emoji or serious word is {@link Mood#LIGHT}; otherwise any point or serious
 * word is {@link Mood#SERIOUS}; otherwise {@link Mood#UNKNOWN}.
 */
public final class MoodReader {
  private static final int COMPLAINT = 0;
  private static final int REPEATED = 1;
  private static final int SERIOUS = 2;
  private static final int LIGHT = 3;
  private static final List<String> CATEGORIES = List.of("complaint", "repeated", "serious", "light");
  private static final boolean[] ALL = {true, true, true, true};

  private static final Set<Integer> ANGRY_EMOJI =
      Set.of(0x1F621, 0x1F92C, 0x1F620, 0x1F4A2, 0x1F47F, 0x1F624, 0x1F595);
  private static final Set<Integer> LIGHT_EMOJI =
      Set.of(0x1F602, 0x1F923, 0x1F604, 0x1F606, 0x1F601, 0x1F605, 0x1F609, 0x1F61C, 0x1F61D,
          0x1F643, 0x1F600, 0x1F603, 0x1F973, 0x1F92A, 0x1F639);
  private static final List<String> EMOTICONS = List.of(":)", ":-)", ";)", ";-)", ":d", ":p", "xd", "^^", "^_^");

  private final Map<String, PhraseMatcher> byLanguage;

  private MoodReader(Map<String, PhraseMatcher> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  /** A reader with no word lists: only the signals shared by every language. */
  public static MoodReader universal() {
    return new MoodReader(Map.of());
  }

  /** A reader with these word lists (file name to parsed document). */
  public static MoodReader of(Map<String, Node> files) {
    Map<String, PhraseMatcher> matchers = new HashMap<>();
    lists(files).forEach(
        (language, entries) -> matchers.put(language, PhraseMatcher.compile(language, entries)));
    return new MoodReader(matchers);
  }

  /** A reader with these compiled word lists, per language (see {@link CompiledPacks}). */
  public static MoodReader from(Map<String, PhraseMatcher> matchers) {
    return new MoodReader(matchers);
  }

  /**
   * The word lists of these files (file name to parsed document), per language sorted: one entry
   * per category that the file lists, numbered complaint 0, repeated 1, serious 2, light 3.
   *
   * @throws RulePackException with the problems of every file
   */
  static Map<String, List<PhraseMatcher.Entry>> lists(Map<String, Node> files) {
    Problems problems = new Problems();
    Map<String, List<PhraseMatcher.Entry>> lists = new TreeMap<>();
    for (Map.Entry<String, Node> file : files.entrySet()) {
      try {
        Lexicon lexicon = readLexicon(file.getValue(), file.getKey());
        if (lists.containsKey(lexicon.language)) {
          problems.add(file.getKey(), 1, 1, "a second mood file for '" + lexicon.language + "'");
        }
        lists.put(lexicon.language, lexicon.entries);
      } catch (RulePackException e) {
        problems.addAll(e);
      }
    }
    problems.throwIfAny();
    return lists;
  }

  /** The languages that have word lists. */
  public Set<String> languages() {
    return byLanguage.keySet();
  }

  /**
   * The mood of the customer's unanswered messages (or, when the brand spoke last, of the customer's
   * latest message), read with the word lists of {@code language} and the signals of every language.
   */
  public Mood read(Conversation conversation, Locale language) {
    List<Message> messages = conversation.unansweredFromCustomer();
    if (messages.isEmpty()) {
      messages = conversation.latestFromCustomer().map(List::of).orElse(List.of());
    }
    if (messages.isEmpty()) {
      return Mood.UNKNOWN;
    }
    int[] counts = new int[4];
    int points = 0;
    int angry = 0;
    int lightSignals = 0;
    @Nullable PhraseMatcher matcher = byLanguage.get(language.getLanguage());
    for (Message message : messages) {
      TextView view = TextView.of(message.text(), language);
      if (matcher != null) {
        for (PhraseMatcher.Match match : matcher.match(view, ALL)) {
          counts[match.rule()]++;
        }
      }
      String text = view.normalized();
      points += exclamationPoints(text);
      points += capitalPoints(message.text());
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (ANGRY_EMOJI.contains(cp)) {
          angry++;
        } else if (LIGHT_EMOJI.contains(cp)) {
          lightSignals++;
        }
        i += Character.charCount(cp);
      }
      for (String emoticon : EMOTICONS) {
        if (containsToken(text, emoticon)) {
          lightSignals++;
        }
      }
    }
    points += 2 * counts[COMPLAINT] + counts[REPEATED] + 2 * angry;
    lightSignals += counts[LIGHT];
    if (points >= 2) {
      return Mood.UPSET;
    }
    boolean complaining = counts[COMPLAINT] > 0 || counts[REPEATED] > 0 || angry > 0;
    if (lightSignals > 0 && !complaining && counts[SERIOUS] == 0) {
      return Mood.LIGHT;
    }
    if (points > 0 || counts[SERIOUS] > 0) {
      return Mood.SERIOUS;
    }
    return Mood.UNKNOWN;
  }

  /** 1 point for any run of two or more exclamation marks (full-width ones are folded already). */
  private static int exclamationPoints(String text) {
    int at = text.indexOf("!!");
    if (at < 0) {
      at = Math.max(text.indexOf("!?"), text.indexOf("?!"));
    }
    return at >= 0 ? 1 : 0;
  }

  /**
   * Shouting: 2 points when at least 8 letters are cased and 80% of them are capitals; otherwise 1
   * point for two or more words of three letters or more in capitals ("NOT WORKING"), which leaves
   * acronyms such as "TV" or "ID" alone.
   */
  private static int capitalPoints(String text) {
    int upper = 0;
    int cased = 0;
    int capsWords = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int letters = 0;
      boolean allUpper = true;
      boolean anyCased = false;
      while (i < n && Character.isLetter(cp = text.codePointAt(i))) {
        letters++;
        if (Character.isUpperCase(cp)) {
          upper++;
          cased++;
          anyCased = true;
        } else if (Character.isLowerCase(cp)) {
          cased++;
          anyCased = true;
          allUpper = false;
        }
        i += Character.charCount(cp);
      }
      if (letters >= 3 && anyCased && allUpper) {
        capsWords++;
      }
    }
    if (cased >= 8 && upper * 5 >= cased * 4) {
      return 2;
    }
    return capsWords >= 2 ? 1 : 0;
  }

  private static boolean containsToken(String text, String token) {
    int from = 0;
    while (true) {
      int at = text.indexOf(token, from);
      if (at < 0) {
        return false;
      }
      int end = at + token.length();
      boolean startOk = at == 0 || !Words.isWordChar(text.codePointBefore(at))
          || !Words.isWordChar(token.codePointAt(0));
      boolean endOk = end == text.length() || !Words.isWordChar(text.codePointAt(end))
          || !Words.isWordChar(token.codePointBefore(token.length()));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  private record Lexicon(String language, List<PhraseMatcher.Entry> entries) {}

  private static final Set<String> KEYS = Set.of("language", "complaint", "repeated", "serious", "light");

  private static Lexicon readLexicon(Node root, String source) {
    Problems problems = new Problems();
    if (!(root instanceof Node.Mapping map)) {
      throw new RulePackException("a mood file is a mapping with 'language' and word lists", source,
          root.location().line(), root.location().column());
    }
    for (Node.Entry entry : map.entries().values()) {
      if (!KEYS.contains(entry.key())) {
        problems.add(source, entry.keyLocation(), "unknown key '" + entry.key()
            + "' in a mood file (known keys: complaint, language, light, repeated, serious)");
      }
    }
    Node.@Nullable Entry languageEntry = map.entries().get("language");
    String language = languageEntry != null && languageEntry.value() instanceof Node.Scalar scalar
        ? scalar.text() : "";
    if (!language.matches("[a-z]{2,3}")) {
      problems.add(source, map.location(), "a mood file needs 'language', an ISO 639 code such as 'en'");
    }
    boolean spaced = Words.usesSpaces(language);
    List<PhraseMatcher.Entry> entries = new ArrayList<>();
    Map<String, String> folded = new HashMap<>();
    for (int category = 0; category < CATEGORIES.size(); category++) {
      Node.@Nullable Entry list = map.entries().get(CATEGORIES.get(category));
      if (list == null) {
        continue;
      }
      if (!(list.value() instanceof Node.Sequence sequence)) {
        problems.add(source, list.value().location(), "'" + list.key() + "' is a list of words");
        continue;
      }
      List<PhrasePattern.Expansion> expansions = new ArrayList<>();
      for (Node item : sequence.items()) {
        if (!(item instanceof Node.Scalar word) || word.isNull()) {
          problems.add(source, item.location(), "an entry of '" + list.key() + "' is a word or phrase");
          continue;
        }
        try {
          expansions.addAll(PhrasePattern.expand(word.text(), spaced, folded));
        } catch (PatternSyntaxError e) {
          problems.add(source, word.location(), "'" + word.text() + "': " + e.getMessage());
        }
      }
      PackModel.Phrase phrase = new PackModel.Phrase(CATEGORIES.get(category), list.keyLocation(),
          expansions, List.of(), List.of(), List.of(), null, List.of());
      entries.add(new PhraseMatcher.Entry(category, phrase));
    }
    problems.throwIfAny();
    return new Lexicon(language, entries);
  }
}

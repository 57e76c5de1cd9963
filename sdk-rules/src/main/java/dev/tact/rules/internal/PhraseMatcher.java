package dev.tact.rules.internal;

import com.google.re2j.Matcher;
import dev.tact.rules.TextView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every phrase of every rule of one language, compiled: all expansions of all patterns in one
 * {@link AhoCorasick} automaton keyed on each expansion's longest literal piece, and the phrases'
 * regular expressions beside it. {@link #match} scans the normalized text once, then verifies each
 * hit: the other literal pieces, the wildcards (one word each), word boundaries (languages with spaces
 * only) and the {@code unlessAfter} / {@code unlessBefore} words. A match that lies entirely inside
 * a quotation ({@link TextView#isQuoted}) is dropped unless asked for: the agent is quoting words,
 * not using them.
 * Immutable and thread-safe.
 */
public final class PhraseMatcher {
  /** A phrase of rule number {@code rule} (the caller's numbering). */
  public record Entry(int rule, PackModel.Phrase phrase) {}

  /** A verified match of a phrase, in offsets into the normalized text. */
  public record Match(int rule, PackModel.Phrase phrase, int start, int end) {}

  private record Regex(Entry entry, com.google.re2j.Pattern pattern) {}

  /** Reads the tables on first use; null once read, or for a matcher compiled at once. */
  private @Nullable Supplier<PhraseMatcher> loader;
  /** The tables once read (never written after that). */
  private volatile @Nullable Tables tables;

  private PhraseMatcher(Tables tables) {
    this.tables = tables;
  }

  private PhraseMatcher(Supplier<PhraseMatcher> loader) {
    this.loader = loader;
  }

  /**
   * A matcher whose tables {@code loader} reads the first time the matcher is used (a match or
   * {@link #keyCount}), not now: building a {@code Tact} then reads no automaton, and a language
   * nobody reviews is never read. Safe from any number of threads: the first use reads the tables
   * under a lock; every later one reads a volatile field only.
   *
   * @param loader the matcher to take the tables from; it may throw (on first use) if they are
   *     missing or damaged
   */
  public static PhraseMatcher onFirstUse(Supplier<PhraseMatcher> loader) {
    return new PhraseMatcher(Objects.requireNonNull(loader, "loader"));
  }

  private Tables tables() {
    Tables read = tables;
    if (read == null) {
      synchronized (this) {
        read = tables;
        if (read == null) {
          Supplier<PhraseMatcher> load = Objects.requireNonNull(loader);
          read = load.get().tables();
          tables = read;
          loader = null;
        }
      }
    }
    return read;
  }

  /** Compiles the phrases of one language, in order: earlier phrases win ties. */
  public static PhraseMatcher compile(String language, List<Entry> entries) {
    Map<String, Integer> keyIds = new HashMap<>();
    Map<String, String> shared = new HashMap<>();
    List<String> keys = new ArrayList<>();
    // Candidates in entry order, each with its key id; grouped by key below (stable).
    int total = 0;
    for (Entry entry : entries) {
      total += entry.phrase().expansions().size();
    }
    int[] keyOf = new int[total];
    int[] entryOf = new int[total];
    String[][] piecesOf = new String[total][];
    int[] keyPieceOf = new int[total];
    int[] entryRule = new int[entries.size()];
    PackModel.Phrase[] entryPhrase = new PackModel.Phrase[entries.size()];
    List<Regex> regexes = new ArrayList<>();
    int c = 0;
    for (int e = 0; e < entries.size(); e++) {
      Entry entry = entries.get(e);
      PackModel.Phrase phrase = entry.phrase();
      PackModel.Phrase kept = new PackModel.Phrase(phrase.id(), phrase.location(), List.of(),
          phrase.regexes(), phrase.unlessAfter(), phrase.unlessBefore(), phrase.message(),
          phrase.suggestions());
      entryRule[e] = entry.rule();
      entryPhrase[e] = kept;
      for (PhrasePattern.Expansion expansion : phrase.expansions()) {
        List<String> list = expansion.pieces();
        int n = list.size();
        int keyPiece = expansion.keyPiece();
        String key = list.get(keyPiece);
        Integer id = keyIds.get(key);
        if (id == null) {
          id = keys.size();
          keyIds.put(key, id);
          keys.add(key);
        }
        keyOf[c] = id;
        entryOf[c] = e;
        if (n > 1) {
          String[] pieces = new String[n];
          for (int i = 0; i < n; i++) {
            if (!expansion.isWildcard(i)) {
              String piece = list.get(i);
              String known = shared.putIfAbsent(piece, piece);
              pieces[i] = known != null ? known : piece;
            }
          }
          piecesOf[c] = pieces;
          keyPieceOf[c] = keyPiece;
        }
        c++;
      }
      for (com.google.re2j.Pattern pattern : phrase.regexes()) {
        regexes.add(new Regex(new Entry(entry.rule(), kept), pattern));
      }
    }
    int[] candFirst = new int[keys.size() + 1];
    for (int i = 0; i < total; i++) {
      candFirst[keyOf[i] + 1]++;
    }
    for (int k = 0; k < keys.size(); k++) {
      candFirst[k + 1] += candFirst[k];
    }
    int[] fill = Arrays.copyOf(candFirst, keys.size());
    int[] candEntry = new int[total];
    String[][] candPieces = new String[total][];
    int[] candKey = new int[total];
    for (int i = 0; i < total; i++) {
      int at = fill[keyOf[i]]++;
      candEntry[at] = entryOf[i];
      candPieces[at] = piecesOf[i];
      candKey[at] = keyPieceOf[i];
    }
    return new PhraseMatcher(new Tables(Words.usesSpaces(language), AhoCorasick.of(keys), candFirst,
        candEntry, candPieces, candKey, entryRule, entryPhrase, regexes.toArray(new Regex[0])));
  }

  /**
   * Writes the compiled tables and each entry's rule, to be read back by {@link #read}; the entries'
   * phrases (and so their regular expressions) are not written: the caller stores them, as {@link
   * CompiledPacks} does.
   */
  void write(TableOutput out) {
    tables().write(out);
  }

  /**
   * The matcher {@link #write} wrote, for {@code language}.
   *
   * @param phrases the entries' phrases, in entry order (their expansions are not needed)
   * @param rules the rule number of each rule number written (the caller's numbering may differ
   *     from the one the tables were written with)
   * @throws IllegalStateException if the tables are damaged or do not fit the phrases
   */
  static PhraseMatcher read(TableInput in, String language, List<PackModel.Phrase> phrases,
      java.util.function.IntUnaryOperator rules) {
    int entries = in.integer();
    if (entries != phrases.size()) {
      throw in.damaged(entries + " entries for " + phrases.size() + " phrases");
    }
    int[] entryRule = in.ints();
    if (entryRule.length != entries) {
      throw in.damaged("a rule for each of " + entryRule.length + " entries");
    }
    for (int e = 0; e < entries; e++) {
      entryRule[e] = rules.applyAsInt(entryRule[e]);
    }
    PackModel.Phrase[] entryPhrase = new PackModel.Phrase[entries];
    for (int e = 0; e < entries; e++) {
      PackModel.Phrase phrase = phrases.get(e);
      entryPhrase[e] = phrase.expansions().isEmpty() ? phrase : new PackModel.Phrase(phrase.id(),
          phrase.location(), List.of(), phrase.regexes(), phrase.unlessAfter(),
          phrase.unlessBefore(), phrase.message(), phrase.suggestions());
    }
    AhoCorasick automaton = AhoCorasick.read(in);
    int[] candFirst = in.ints();
    int[] candEntry = in.ints();
    int[] candKey = in.ints();
    List<String> strings = in.texts();
    int[] counts = in.ints();
    int[] refs = in.ints();
    int total = candEntry.length;
    if (candFirst.length != automaton.keyCount() + 1 || candFirst[candFirst.length - 1] != total
        || candKey.length != total || counts.length != total) {
      throw in.damaged("candidate tables of inconsistent sizes");
    }
    String[][] candPieces = new String[total][];
    int r = 0;
    for (int c = 0; c < total; c++) {
      if (counts[c] >= 0) {
        if (r + counts[c] > refs.length) {
          throw in.damaged("too few piece references");
        }
        String[] pieces = new String[counts[c]];
        for (int p = 0; p < pieces.length; p++) {
          int ref = refs[r++];
          pieces[p] = ref < 0 ? null : strings.get(ref);
        }
        candPieces[c] = pieces;
      }
      if (candEntry[c] < 0 || candEntry[c] >= entries) {
        throw in.damaged("candidate " + c + " of entry " + candEntry[c]);
      }
    }
    if (r != refs.length) {
      throw in.damaged("too many piece references");
    }
    // As compile() lists them: the phrases' regular expressions in entry order.
    List<Regex> regexes = new ArrayList<>();
    for (int e = 0; e < entries; e++) {
      for (com.google.re2j.Pattern pattern : entryPhrase[e].regexes()) {
        regexes.add(new Regex(new Entry(entryRule[e], entryPhrase[e]), pattern));
      }
    }
    return new PhraseMatcher(new Tables(Words.usesSpaces(language), automaton, candFirst, candEntry,
        candPieces, candKey, entryRule, entryPhrase, regexes.toArray(new Regex[0])));
  }

  /** The number of distinct literal keys in the automaton. */
  public int keyCount() {
    return tables().automaton.keyCount();
  }

  /**
   * Every verified match in {@code view}'s normalized text of a rule for which {@code active[rule]}
   * is true, in no particular order, except those that lie entirely inside a quotation ({@link
   * TextView#isQuoted}); one phrase may match the same range once.
   */
  public List<Match> match(TextView view, boolean[] active) {
    return tables().match(view, active, false);
  }

  /**
   * Every verified match as {@link #match} finds them, quotations included: for words that count
   * wherever they stand, such as the name of a button or a command to type ({@code reply 'agent'}).
   */
  public List<Match> matchAnywhere(TextView view, boolean[] active) {
    return tables().match(view, active, true);
  }

  /** The compiled tables of one language's phrases. */
  private static final class Tables {
    private final boolean spaced;
    private final AhoCorasick automaton;
    /**
     * The expansions keyed on automaton key {@code k} are candidates {@code candFirst[k] ..
     * candFirst[k + 1])}; candidate {@code c} is of entry {@code candEntry[c]} and, unless it is its key
     * alone ({@code candPieces[c] == null}), has the literal pieces {@code candPieces[c]} (shared
     * strings; null for a wildcard) with its key at {@code candKey[c]}.
     */
    private final int[] candFirst;
    private final int[] candEntry;
    private final String[] @Nullable [] candPieces;
    private final int[] candKey;
    /** Per entry: its rule, and its phrase without the expansions (which only the automaton needs). */
    private final int[] entryRule;
    private final PackModel.Phrase[] entryPhrase;
    private final Regex[] regexes;

    private Tables(boolean spaced, AhoCorasick automaton, int[] candFirst, int[] candEntry,
        String[] @Nullable [] candPieces, int[] candKey, int[] entryRule,
        PackModel.Phrase[] entryPhrase, Regex[] regexes) {
      this.spaced = spaced;
      this.automaton = automaton;
      this.candFirst = candFirst;
      this.candEntry = candEntry;
      this.candPieces = candPieces;
      this.candKey = candKey;
      this.entryRule = entryRule;
      this.entryPhrase = entryPhrase;
      this.regexes = regexes;
    }

    private void write(TableOutput out) {
      out.integer(entryRule.length);
      out.ints(entryRule);
      automaton.write(out);
      out.ints(candFirst);
      out.ints(candEntry);
      out.ints(candKey);
      // Literal pieces: each distinct string once, then per candidate its piece count (-1: none) and
      // the index of each piece's string (-1: a wildcard).
      Map<String, Integer> ids = new HashMap<>();
      List<String> strings = new ArrayList<>();
      int[] counts = new int[candPieces.length];
      List<Integer> refs = new ArrayList<>();
      for (int c = 0; c < candPieces.length; c++) {
        String[] pieces = candPieces[c];
        counts[c] = pieces == null ? -1 : pieces.length;
        if (pieces != null) {
          for (String piece : pieces) {
            if (piece == null) {
              refs.add(-1);
            } else {
              refs.add(ids.computeIfAbsent(piece, p -> {
                strings.add(p);
                return strings.size() - 1;
              }));
            }
          }
        }
      }
      out.texts(strings);
      out.ints(counts);
      out.ints(refs.stream().mapToInt(Integer::intValue).toArray());
    }

    private List<Match> match(TextView view, boolean[] active, boolean anywhere) {
      String text = view.normalized();
      List<Match> matches = new ArrayList<>();
      automaton.scan(text, (key, end) -> {
        int keyStart = end - automaton.keyLength(key);
        for (int c = candFirst[key], last = candFirst[key + 1]; c < last; c++) {
          int entry = candEntry[c];
          if (active[entryRule[entry]]) {
            verify(view, text, c, entry, keyStart, end, matches);
          }
        }
      });
      for (Regex regex : regexes) {
        if (!active[regex.entry().rule()]) {
          continue;
        }
        Matcher m = regex.pattern().matcher(text);
        while (m.find()) {
          if (m.end() > m.start() && !cancelled(view, text, regex.entry().phrase(), m.start(), m.end())) {
            matches.add(new Match(regex.entry().rule(), regex.entry().phrase(), m.start(), m.end()));
          }
        }
      }
      if (!anywhere && !matches.isEmpty()) {
        matches.removeIf(match -> view.isQuoted(match.start(), match.end()));
      }
      return matches;
    }

    private void verify(TextView view, String text, int candidate, int entry, int keyStart, int keyEnd,
        List<Match> out) {
      int start = keyStart;
      int end = keyEnd;
      String[] pieces = candPieces[candidate];
      if (pieces != null) {
        int key = candKey[candidate];
        for (int p = key - 1; p >= 0; p--) {
          String literal = pieces[p];
          if (literal == null) {
            int wordStart = view.wordStartingBefore(start);
            if (wordStart == start) {
              return;
            }
            start = wordStart;
          } else {
            int from = start - literal.length();
            if (from < 0 || !text.startsWith(literal, from)) {
              return;
            }
            start = from;
          }
        }
        for (int p = key + 1; p < pieces.length; p++) {
          String literal = pieces[p];
          if (literal == null) {
            int wordEnd = view.wordEndingAfter(end);
            if (wordEnd == end) {
              return;
            }
            end = wordEnd;
          } else {
            if (!text.startsWith(literal, end)) {
              return;
            }
            end += literal.length();
          }
        }
      }
      if (spaced && (!view.isWordBoundary(start) || !view.isWordBoundary(end))) {
        return;
      }
      PackModel.Phrase phrase = entryPhrase[entry];
      if (cancelled(view, text, phrase, start, end)) {
        return;
      }
      out.add(new Match(entryRule[entry], phrase, start, end));
    }

    /** Whether an {@code unlessAfter} word ends just before the match or an {@code unlessBefore} word starts just after. */
    private boolean cancelled(TextView view, String text, PackModel.Phrase phrase, int start, int end) {
      if (!phrase.unlessAfter().isEmpty()) {
        int before = start > 0 && text.charAt(start - 1) == ' ' ? start - 1 : start;
        for (String word : phrase.unlessAfter()) {
          int from = before - word.length();
          if (from >= 0 && text.startsWith(word, from) && (!spaced || view.isWordBoundary(from))) {
            return true;
          }
        }
      }
      if (!phrase.unlessBefore().isEmpty()) {
        int after = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        for (String word : phrase.unlessBefore()) {
          int to = after + word.length();
          if (text.startsWith(word, after) && (!spaced || view.isWordBoundary(to))) {
            return true;
          }
        }
      }
      return false;
    }
  }
}

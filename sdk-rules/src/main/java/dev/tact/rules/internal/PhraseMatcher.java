package dev.tact.rules.internal;

import com.google.re2j.Matcher;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Span;
import dev.tact.rules.TextView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every phrase of every rule of one language, compiled: all expansions of all patterns in one
 * {@link AhoCorasick} automaton keyed on each expansion's longest literal piece, and the phrases'
 * regular expressions beside it. {@link #match} scans the normalized text once, then verifies each
 * hit: the other literal pieces, the wildcards (one word each), word boundaries (languages with spaces
 * only) and the {@code unlessAfter} / {@code unlessBefore} words. A match that lies entirely inside
 * a quotation (see {@link #quotations}) is dropped: the agent is quoting words, not using them.
 * Immutable and thread-safe.
 */
public final class PhraseMatcher {
  /** A phrase of rule number {@code rule} (the caller's numbering). */
  public record Entry(int rule, PackModel.Phrase phrase) {}

  /** A verified match of a phrase, in offsets into the normalized text. */
  public record Match(int rule, PackModel.Phrase phrase, int start, int end) {}

  private record Regex(Entry entry, com.google.re2j.Pattern pattern) {}

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

  private PhraseMatcher(boolean spaced, AhoCorasick automaton, int[] candFirst, int[] candEntry,
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
    return new PhraseMatcher(Words.usesSpaces(language), AhoCorasick.of(keys), candFirst, candEntry,
        candPieces, candKey, entryRule, entryPhrase, regexes.toArray(new Regex[0]));
  }

  /** The number of distinct literal keys in the automaton. */
  public int keyCount() {
    return automaton.keyCount();
  }

  /**
   * Every verified match in {@code view}'s normalized text of a rule for which {@code active[rule]}
   * is true, in no particular order; one phrase may match the same range once.
   */
  public List<Match> match(TextView view, boolean[] active) {
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
    if (!matches.isEmpty()) {
      int[] quoted = quotations(view);
      if (quoted.length > 0) {
        matches.removeIf(match -> isQuoted(quoted, match.start(), match.end()));
      }
    }
    return matches;
  }

  /** Whether {@code [start, end)} lies inside one of the quotations' inner ranges. */
  private static boolean isQuoted(int[] quoted, int start, int end) {
    for (int i = 0; i < quoted.length; i += 2) {
      if (start >= quoted[i] && end <= quoted[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quotations of {@code view}'s normalized text, as pairs of offsets {@code [start, end)} of
   * the text between the marks. A quotation is a balanced pair of marks within one sentence (ICU's
   * sentence break iterator, run on the original text so that case folding and folded line breaks
   * do not hide sentence ends): {@code "…"} (curly and low-9 double quotes fold to it, so
   * {@code “…”} and {@code „…“} are the same), {@code «…»}, {@code 「…」} and {@code 『…』}. The
   * straight double quote opens and closes in turn; the others nest. A mark left unmatched at the
   * end of its sentence quotes nothing. Single quotes are not quotations (they are apostrophes too).
   */
  static int[] quotations(TextView view) {
    String text = view.normalized();
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      if (quoteKind(text.charAt(i)) != 0) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return new int[0];
    }
    String original = view.original();
    BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLocale(view.locale()));
    sentences.setText(original);
    int[] out = new int[8];
    int count = 0;
    int[][] open = new int[4][4];
    int[] depth = new int[4];
    int sentenceEnd = -1;
    for (int i = first; i < text.length(); i++) {
      int kind = quoteKind(text.charAt(i));
      if (kind == 0) {
        continue;
      }
      Span at = view.toOriginal(i, i + 1);
      if (at.start() >= sentenceEnd) {
        // A new sentence: marks still open in the previous one quote nothing.
        sentenceEnd = at.start() >= original.length() ? Integer.MAX_VALUE
            : sentences.following(at.start());
        if (sentenceEnd == BreakIterator.DONE) {
          sentenceEnd = Integer.MAX_VALUE;
        }
        Arrays.fill(depth, 0);
      }
      int k = Math.abs(kind) - 1;
      boolean opens = kind > 0 && (k != 0 || depth[0] == 0);
      if (opens) {
        if (depth[k] == open[k].length) {
          open[k] = Arrays.copyOf(open[k], depth[k] * 2);
        }
        open[k][depth[k]++] = i;
      } else if (depth[k] > 0) {
        int from = open[k][--depth[k]] + 1;
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = from;
        out[count++] = i;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * The kind of quotation mark {@code c} is in normalized text: 1 for the straight double quote
   * (which both opens and closes), ±2 for « », ±3 for 「 」, ±4 for 『 』 (positive opens); 0 for
   * anything else.
   */
  private static int quoteKind(char c) {
    return switch (c) {
      case '"' -> 1;
      case '\u00ab' -> 2;
      case '\u00bb' -> -2;
      case '\u300c' -> 3;
      case '\u300d' -> -3;
      case '\u300e' -> 4;
      case '\u300f' -> -4;
      default -> 0;
    };
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

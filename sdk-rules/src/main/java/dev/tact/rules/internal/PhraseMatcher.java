package dev.tact.rules.internal;

import com.google.re2j.Matcher;
import dev.tact.rules.TextView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every phrase of every rule of one language, compiled: all expansions of all patterns in one
 * {@link AhoCorasick} automaton keyed on each expansion's longest literal piece, and the phrases'
 * regular expressions beside it. {@link #match} scans the normalized text once, then verifies each
 * hit: the other literal pieces, the wildcards (one word each), word boundaries (languages with spaces
 * only) and the {@code unlessAfter} / {@code unlessBefore} words. Immutable and thread-safe.
 */
public final class PhraseMatcher {
  /** A phrase of rule number {@code rule} (the caller's numbering). */
  public record Entry(int rule, PackModel.Phrase phrase) {}

  /** A verified match of a phrase, in offsets into the normalized text. */
  public record Match(int rule, PackModel.Phrase phrase, int start, int end) {}

  private record Compiled(Entry entry, String[] pieces, boolean[] wild, int key) {}

  private record Regex(Entry entry, com.google.re2j.Pattern pattern) {}

  private final boolean spaced;
  private final AhoCorasick automaton;
  private final Compiled[][] byKey;
  private final Regex[] regexes;

  private PhraseMatcher(boolean spaced, AhoCorasick automaton, Compiled[][] byKey, Regex[] regexes) {
    this.spaced = spaced;
    this.automaton = automaton;
    this.byKey = byKey;
    this.regexes = regexes;
  }

  /** Compiles the phrases of one language, in order: earlier phrases win ties. */
  public static PhraseMatcher compile(String language, List<Entry> entries) {
    Map<String, Integer> keyIds = new HashMap<>();
    List<String> keys = new ArrayList<>();
    List<List<Compiled>> byKey = new ArrayList<>();
    List<Regex> regexes = new ArrayList<>();
    for (Entry entry : entries) {
      for (PhrasePattern.Expansion expansion : entry.phrase().expansions()) {
        int n = expansion.pieces().size();
        String[] pieces = new String[n];
        boolean[] wild = new boolean[n];
        for (int i = 0; i < n; i++) {
          pieces[i] = expansion.pieces().get(i);
          wild[i] = expansion.isWildcard(i);
        }
        int keyPiece = expansion.keyPiece();
        String key = pieces[keyPiece];
        Integer id = keyIds.get(key);
        if (id == null) {
          id = keys.size();
          keyIds.put(key, id);
          keys.add(key);
          byKey.add(new ArrayList<>());
        }
        byKey.get(id).add(new Compiled(entry, pieces, wild, keyPiece));
      }
      for (com.google.re2j.Pattern pattern : entry.phrase().regexes()) {
        regexes.add(new Regex(entry, pattern));
      }
    }
    Compiled[][] table = new Compiled[byKey.size()][];
    for (int i = 0; i < table.length; i++) {
      table[i] = byKey.get(i).toArray(new Compiled[0]);
    }
    return new PhraseMatcher(
        Words.usesSpaces(language), AhoCorasick.of(keys), table, regexes.toArray(new Regex[0]));
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
      for (Compiled compiled : byKey[key]) {
        if (active[compiled.entry().rule()]) {
          verify(view, text, compiled, keyStart, end, matches);
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
    return matches;
  }

  private void verify(
      TextView view, String text, Compiled compiled, int keyStart, int keyEnd, List<Match> out) {
    String[] pieces = compiled.pieces();
    int start = keyStart;
    for (int p = compiled.key() - 1; p >= 0; p--) {
      if (compiled.wild()[p]) {
        int wordStart = view.wordStartingBefore(start);
        if (wordStart == start) {
          return;
        }
        start = wordStart;
      } else {
        String literal = pieces[p];
        int from = start - literal.length();
        if (from < 0 || !text.startsWith(literal, from)) {
          return;
        }
        start = from;
      }
    }
    int end = keyEnd;
    for (int p = compiled.key() + 1; p < pieces.length; p++) {
      if (compiled.wild()[p]) {
        int wordEnd = view.wordEndingAfter(end);
        if (wordEnd == end) {
          return;
        }
        end = wordEnd;
      } else {
        String literal = pieces[p];
        if (!text.startsWith(literal, end)) {
          return;
        }
        end += literal.length();
      }
    }
    if (spaced && (!view.isWordBoundary(start) || !view.isWordBoundary(end))) {
      return;
    }
    PackModel.Phrase phrase = compiled.entry().phrase();
    if (cancelled(view, text, phrase, start, end)) {
      return;
    }
    out.add(new Match(compiled.entry().rule(), phrase, start, end));
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

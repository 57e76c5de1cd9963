package dev.tact.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pattern language of phrase packs, compiled: every expansion of a pattern, normalized as texts
 * are (see {@link Folding}).
 *
 * <pre>
 * pattern  := sequence
 * sequence := (word-char | ' ' | group | optional | '…')*
 * group    := '(' sequence ('|' sequence)* ')'      one of the alternatives (an empty one is allowed)
 * optional := '[' sequence ('|' sequence)* ']'      one of the alternatives, or nothing
 * '…'                                              any one word
 * '\' c                                            the character c itself, for ( ) [ ] | … \
 * </pre>
 *
 * <p>Runs of spaces read as one space; spaces at either end are ignored. In languages written
 * without spaces (Japanese, Chinese) every space is ignored, so that a pattern may be spaced for
 * reading. Each expansion is a list of {@linkplain Expansion#pieces() pieces}: literal text, or
 * {@link #WILDCARD} for one word.
 */
public final class PhrasePattern {
  /** The piece that stands for one word. Compared by identity. */
  public static final String WILDCARD = new String("\u2026");

  /** More expansions than this from one pattern is an error: split the pattern instead. */
  public static final int MAX_EXPANSIONS = 10_000;

  /** One expansion: literal pieces (folded) and {@link #WILDCARD}s, in order. */
  public record Expansion(List<String> pieces) {
    /** Copies the pieces. */
    public Expansion {
      pieces = List.copyOf(pieces);
    }

    /** Whether piece {@code i} is the wildcard. */
    @SuppressWarnings("ReferenceEquality")
    public boolean isWildcard(int i) {
      return pieces.get(i) == WILDCARD;
    }

    /** The index of the longest literal piece: the one the automaton looks for. */
    public int keyPiece() {
      if (pieces.size() == 1) {
        return isWildcard(0) ? -1 : 0;
      }
      int best = -1;
      for (int i = 0; i < pieces.size(); i++) {
        if (!isWildcard(i) && (best < 0 || pieces.get(i).length() > pieces.get(best).length())) {
          best = i;
        }
      }
      return best;
    }

    /** The expansion written back in pattern form, for messages and tests. */
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < pieces.size(); i++) {
        text.append(isWildcard(i) ? "…" : pieces.get(i));
      }
      return text.toString();
    }
  }

  private PhrasePattern() {}

  /**
   * Every expansion of {@code pattern}, without duplicates, in the order the alternatives are written.
   *
   * @param spaced whether the language writes spaces between words
   * @throws PatternSyntaxError if the pattern is malformed, expands to nothing or to too much
   */
  public static List<Expansion> expand(String pattern, boolean spaced) throws PatternSyntaxError {
    return expand(pattern, spaced, new HashMap<>());
  }

  /**
   * As {@link #expand(String, boolean)}, folding literals through {@code folded}, a memo of raw
   * literal to folded literal that the caller shares between the patterns of one file (folding is a
   * pure function, so sharing changes nothing but the time). Use one memo per value of {@code
   * spaced}.
   */
  public static List<Expansion> expand(String pattern, boolean spaced, Map<String, String> folded)
      throws PatternSyntaxError {
    Parser parser = new Parser(pattern);
    List<List<Object>> raw = parser.parseAll();
    Set<String> seen = new HashSet<>();
    List<Expansion> result = new ArrayList<>();
    for (List<Object> tokens : raw) {
      Expansion expansion = normalize(tokens, spaced, folded);
      if (expansion.pieces().isEmpty()) {
        throw new PatternSyntaxError(
            "the pattern can match an empty text (everything in it is optional); make at least one"
                + " word required", 0);
      }
      if (expansion.keyPiece() < 0 || expansion.pieces().get(expansion.keyPiece()).isBlank()) {
        throw new PatternSyntaxError(
            "one expansion, '" + expansion + "', has no literal word, only '…'; a pattern needs at"
                + " least one word that is always there", 0);
      }
      List<String> pieces = expansion.pieces();
      if (seen.add(pieces.size() == 1 ? pieces.get(0) : expansion.toString())) {
        result.add(expansion);
      }
    }
    return result;
  }

  /** Joins the raw tokens (characters and wildcards) into folded pieces. */
  private static Expansion normalize(
      List<Object> tokens, boolean spaced, Map<String, String> foldedLiterals) {
    if (!tokens.contains(WILDCARD)) {
      // One literal (the common case): the same result as below without the piece lists.
      String text = foldedRun(tokens, 0, tokens.size(), spaced, foldedLiterals).strip();
      return new Expansion(text.isEmpty() ? List.of() : List.of(text));
    }
    // Fold each literal; spaces: one between words, none at the ends, none at all if unspaced.
    List<String> folded = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i) == WILDCARD) {
        folded.add(foldedRun(tokens, from, i, spaced, foldedLiterals));
        folded.add(WILDCARD);
        from = i + 1;
      }
    }
    folded.add(foldedRun(tokens, from, tokens.size(), spaced, foldedLiterals));
    trimEnds(folded);
    List<String> result = new ArrayList<>();
    for (String piece : folded) {
      if (piece != WILDCARD && piece.isEmpty()) {
        continue;
      }
      if (piece != WILDCARD && !result.isEmpty() && result.get(result.size() - 1) != WILDCARD) {
        result.set(result.size() - 1, collapse(result.get(result.size() - 1) + piece));
      } else {
        result.add(piece);
      }
    }
    return new Expansion(result);
  }

  /**
   * The folded form of the literal tokens {@code [from, to)} written one after another: each token
   * folded once per file (through the memo) and the foldings joined, which is the folding of the
   * joined text because every join lies on a normalization boundary (checked; a token that starts
   * with a combining mark or the like makes the whole run fold at once) and a space that ends one
   * folded token and starts the next is kept once, as {@link Folding} keeps one space of a run.
   */
  private static String foldedRun(
      List<Object> tokens, int from, int to, boolean spaced, Map<String, String> foldedLiterals) {
    if (to - from == 1) {
      return folded((String) tokens.get(from), spaced, foldedLiterals);
    }
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      String token = (String) tokens.get(i);
      if (i > from && !Folding.hasBoundaryBefore(token, 0)) {
        StringBuilder raw = new StringBuilder();
        for (int k = from; k < to; k++) {
          raw.append((String) tokens.get(k));
        }
        return folded(raw.toString(), spaced, foldedLiterals);
      }
      String folded = folded(token, spaced, foldedLiterals);
      int end = out.length();
      if (end > 0 && out.charAt(end - 1) == ' ' && folded.startsWith(" ")) {
        out.append(folded, 1, folded.length());
      } else {
        out.append(folded);
      }
    }
    return out.toString();
  }

  /** A literal folded (without spaces if the language is unspaced), through the memo. */
  private static String folded(String literal, boolean spaced, Map<String, String> foldedLiterals) {
    String text = foldedLiterals.get(literal);
    if (text == null) {
      text = Folding.fold(literal);
      if (!spaced) {
        text = text.replace(" ", "");
      }
      foldedLiterals.put(literal, text);
    }
    return text;
  }

  private static void trimEnds(List<String> pieces) {
    // Leading spaces before the first word and trailing after the last one are dropped.
    for (int i = 0; i < pieces.size() && pieces.get(i) != WILDCARD; i++) {
      String stripped = pieces.get(i).stripLeading();
      pieces.set(i, stripped);
      if (!stripped.isEmpty()) {
        break;
      }
    }
    for (int i = pieces.size() - 1; i >= 0 && pieces.get(i) != WILDCARD; i--) {
      String stripped = pieces.get(i).stripTrailing();
      pieces.set(i, stripped);
      if (!stripped.isEmpty()) {
        break;
      }
    }
  }

  private static String collapse(String text) {
    if (!text.contains("  ")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' || out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
        out.append(c);
      }
    }
    return text.length() == out.length() ? text : out.toString();
  }

  /** A recursive-descent parser that expands as it goes. */
  private static final class Parser {
    private final String pattern;
    private int pos;

    Parser(String pattern) {
      this.pattern = pattern;
    }

    List<List<Object>> parseAll() throws PatternSyntaxError {
      if (pattern.isBlank()) {
        throw new PatternSyntaxError("the pattern is empty; write the words to look for", 0);
      }
      List<List<Object>> result = sequence();
      if (pos < pattern.length()) {
        char c = pattern.charAt(pos);
        if (c == '|') {
          throw new PatternSyntaxError(
              "'|' outside parentheses; put the alternatives in a group: (a|b)", pos);
        }
        throw new PatternSyntaxError(
            "'" + c + "' without a matching '" + (c == ')' ? '(' : '[') + "'; escape it as \\" + c
                + " to match it literally", pos);
      }
      return result;
    }

    /** A sequence up to (not including) '|', ')', ']' or the end. */
    private List<List<Object>> sequence() throws PatternSyntaxError {
      List<List<Object>> result = new ArrayList<>();
      result.add(new ArrayList<>());
      while (pos < pattern.length()) {
        char c = pattern.charAt(pos);
        if (c == '|' || c == ')' || c == ']') {
          return result;
        }
        if (c == '(') {
          int open = pos++;
          List<List<Object>> alternatives = new ArrayList<>(sequence());
          while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            alternatives.addAll(sequence());
          }
          if (pos >= pattern.length() || pattern.charAt(pos) != ')') {
            throw new PatternSyntaxError(
                "'(' is never closed; add ')' after the last alternative"
                    + (pos < pattern.length() ? " (found '" + pattern.charAt(pos) + "')" : ""), open);
          }
          pos++;
          result = product(result, alternatives, open);
        } else if (c == '[') {
          int open = pos++;
          if (pos < pattern.length() && pattern.charAt(pos) == ']') {
            throw new PatternSyntaxError("'[]' is empty; write the optional words inside it", open);
          }
          List<List<Object>> inner = new ArrayList<>(sequence());
          while (pos < pattern.length() && pattern.charAt(pos) == '|') {
            pos++;
            inner.addAll(sequence());
          }
          if (pos >= pattern.length() || pattern.charAt(pos) != ']') {
            throw new PatternSyntaxError(
                "'[' is never closed; add ']' after the optional words", open);
          }
          pos++;
          inner.add(new ArrayList<>());
          result = product(result, inner, open);
        } else if (c == '\u2026') {
          pos++;
          for (List<Object> tokens : result) {
            tokens.add(WILDCARD);
          }
        } else if (c == '\\') {
          if (pos + 1 >= pattern.length()) {
            throw new PatternSyntaxError("'\\' at the end; write \\\\ for a backslash", pos);
          }
          char escaped = pattern.charAt(pos + 1);
          if ("()[]|\\\u2026".indexOf(escaped) < 0) {
            throw new PatternSyntaxError(
                "'\\" + escaped + "' is not an escape; only ( ) [ ] | … and \\ are escaped", pos);
          }
          appendAll(result, String.valueOf(escaped));
          pos += 2;
        } else {
          int start = pos;
          while (pos < pattern.length() && "()[]|\\\u2026".indexOf(pattern.charAt(pos)) < 0) {
            pos++;
          }
          appendAll(result, pattern.substring(start, pos));
        }
      }
      return result;
    }

    private static void appendAll(List<List<Object>> sequences, String text) {
      for (List<Object> tokens : sequences) {
        tokens.add(text);
      }
    }

    private static List<List<Object>> product(
        List<List<Object>> prefixes, List<List<Object>> suffixes, int at) throws PatternSyntaxError {
      long size = (long) prefixes.size() * suffixes.size();
      if (size > MAX_EXPANSIONS) {
        throw new PatternSyntaxError(
            "the pattern expands to more than " + MAX_EXPANSIONS + " phrases here; split it into"
                + " several patterns or use fewer optional parts", at);
      }
      List<List<Object>> result = new ArrayList<>((int) size);
      for (List<Object> prefix : prefixes) {
        for (List<Object> suffix : suffixes) {
          List<Object> joined = new ArrayList<>(prefix.size() + suffix.size());
          joined.addAll(prefix);
          joined.addAll(suffix);
          result.add(joined);
        }
      }
      return result;
    }
  }
}

package dev.tact.rules.internal.code;

import com.ibm.icu.lang.UScript;
import dev.tact.core.Finding;
import dev.tact.core.Span;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleContext;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.TextView;
import dev.tact.rules.internal.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code tone.humor-when-upset} (T5): laughter and jokes in a reply to a customer who is upset or
 * serious (the metadata turns the rule off for light and unknown moods, so the checker only calls
 * it then). Reports each of:
 *
 * <ul>
 *   <li>a joke marker of the language ("lol", "just kidding", « mdr », "jk"), from
 *       {@code dev/tact/rules/code/humor-when-upset.yaml};
 *   <li>a laughing word: a laughter syllable of the language said at least twice ("haha", "jajaja",
 *       "hihi", "rsrs"), or a run of a laughing letter ("kkkk" in Portuguese);
 *   <li>a laughing or teasing emoji in any language: 😂 🤣 😆 😹 😜 😝 🤪;
 *   <li>in Japanese, 「笑」 standing alone (「（笑）」「(爆笑)」, or 笑 ending a phrase), but not
 *       in a word such as 「笑顔」「微笑」「笑って」; and a run of 「w」 (「ｗ」) right after
 *       Japanese text, ending at a space, punctuation or the end (not 「www.example.jp」).
 * </ul>
 *
 * <p>Laughter inside a quotation ({@link TextView#isQuoted}) is someone else's and is not reported.
 */
public final class HumorWhenUpsetRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builtIn("tone.humor-when-upset");
  static final Lexicon WORDS =
      Lexicon.load("humor-when-upset", List.of("joke"),
      List.of("laughter", "laughing-letters"), List.of("humor"));
  private static final Set<Integer> EMOJI =
      Set.of(0x1F602, 0x1F923, 0x1F606, 0x1F639, 0x1F61C, 0x1F61D, 0x1F92A);
  /** Kanji before 笑 that make a word of it (微笑 a smile, 談笑 a chat), not laughter. */
  private static final String NOT_LAUGHTER_BEFORE = "微談可";
  /** Kanji before 笑 that belong to the laughter: (爆笑), 苦笑. */
  private static final String LAUGHTER_BEFORE = "爆苦";

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    TextView view = context.text();
    String text = view.normalized();
    String language = view.language();
    List<int[]> ranges = new ArrayList<>();
    for (Lexicon.Hit hit : WORDS.find(view)) {
      ranges.add(new int[] {hit.start(), hit.end()});
    }
    if (view.usesSpaces()) {
      laughingWords(text, WORDS.words(language, "laughter"),
          WORDS.words(language, "laughing-letters"), ranges);
    }
    if (language.equals("ja")) {
      japaneseLaughter(text, ranges);
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (EMOJI.contains(cp)) {
        ranges.add(new int[] {i, next});
      }
      i = next;
    }
    // Laughter quoted back ("you wrote 'haha, very funny'") is not the reply's own.
    ranges.removeIf(range -> view.isQuoted(range[0], range[1]));
    if (ranges.isEmpty()) {
      return List.of();
    }
    ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparing(r -> -r[1]));
    // Overlapping or touching ranges are one laugh: 「笑www」, "haha😂".
    List<int[]> merged = new ArrayList<>();
    for (int[] range : ranges) {
      if (!merged.isEmpty() && range[0] <= merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.add(new int[] {range[0], range[1]});
      }
    }
    List<Finding> findings = new ArrayList<>();
    Lexicon.Wording wording = WORDS.wording(language, "humor");
    for (int[] range : merged) {
      Span span = view.toOriginal(range[0], range[1]);
      findings.add(context.finding(span, wording.message(), wording.suggestions()));
    }
    return findings;
  }

  /** Words of one laughter syllable said twice or more, or of one laughing letter thrice or more. */
  private static void laughingWords(
      String text, Set<String> syllables, Set<String> letters, List<int[]> out) {
    if (syllables.isEmpty() && letters.isEmpty()) {
      return;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Words.isWordChar(cp) || (i > 0 && Words.isWordChar(text.codePointBefore(i)))) {
        i += Character.charCount(cp);
        continue;
      }
      int end = Words.wordEnd(text, i);
      String word = text.substring(i, end);
      if (isLaughter(word, syllables) || isRun(word, letters)) {
        out.add(new int[] {i, end});
      }
      i = Math.max(end, i + 1);
    }
  }

  /** "haha", "hahaha", "hahah": the syllable at least twice, then perhaps the start of it again. */
  static boolean isLaughter(String word, Set<String> syllables) {
    for (String syllable : syllables) {
      int k = syllable.length();
      if (k == 0 || word.length() < 2 * k) {
        continue;
      }
      int i = 0;
      while (i + k <= word.length() && word.startsWith(syllable, i)) {
        i += k;
      }
      if (i >= 2 * k && syllable.startsWith(word.substring(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRun(String word, Set<String> letters) {
    if (word.length() < 3 || !letters.contains(word.substring(0, 1))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (word.charAt(i) != word.charAt(0)) {
        return false;
      }
    }
    return true;
  }

  /** 「（笑）」「笑」 ending a phrase, and runs of 「w」 after Japanese text. */
  private static void japaneseLaughter(String text, List<int[]> out) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '笑') {
        int start = i;
        if (start > 0 && LAUGHTER_BEFORE.indexOf(text.charAt(start - 1)) >= 0) {
          start--;
        } else if (start > 0 && NOT_LAUGHTER_BEFORE.indexOf(text.charAt(start - 1)) >= 0) {
          continue;
        }
        int end = i + 1;
        if (end < n && text.charAt(end) == ')' && start > 0 && text.charAt(start - 1) == '(') {
          out.add(new int[] {start - 1, end + 1});
        } else if (end == n || text.charAt(end) == 'w' || text.charAt(end) == '笑'
            || !Words.isWordChar(text.codePointAt(end))) {
          out.add(new int[] {start, end});
        }
      } else if (c == 'w' && i > 0
          && (isJapanese(text.codePointBefore(i)) || "。、!?)".indexOf(text.charAt(i - 1)) >= 0)) {
        int end = i;
        while (end < n && text.charAt(end) == 'w') {
          end++;
        }
        if (end == n
            || (!Words.isWordChar(text.codePointAt(end)) && ".:/@-_".indexOf(text.charAt(end)) < 0)) {
          out.add(new int[] {i, end});
        }
        i = end - 1;
      }
    }
  }

  private static boolean isJapanese(int cp) {
    int script = UScript.getScript(cp);
    return script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.HAN
        || cp == 'ー';
  }
}

package dev.tact.rules.internal.code;

import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleContext;
import dev.tact.rules.RuleMetadata;
import dev.tact.rules.TextView;
import dev.tact.rules.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code tone.register-mix} (L3, T9): a reply that addresses the customer in two registers.
 *
 * <p>The markers of each register come from {@code dev/tact/rules/code/register-mix.yaml}:
 * {@code informal} (du/dich/dir/dein, tu/te/toi/ton, tú/te/tu, tu/teu/contigo) and {@code formal}
 * (vous/votre, usted, o senhor/a senhora) are counted wherever they appear; {@code capitalized}
 * markers (German Sie/Ihnen/Ihr) count only when written with a capital and not at the start of a
 * sentence, where „Sie“ may be "she" and „Ihr“ "her". Portuguese você is neutral (the ordinary
 * address in Brazil) and counts for neither. Japanese compares the endings of sentences: です・ます
 * ({@code polite}) against だ・である and plain verb forms ({@code plain}); the longest ending wins
 * (「しました」 is polite though it ends in 「した」; set phrases such as 「お見逃しなく」 are
 * {@code neutral}), final particles (ね, よ, か…) are skipped, and
 * quotations (「」『』"" and the like, see {@link TextView#isQuoted}), text in parentheses, list
 * items (「1. アプリを開く」「・再起動する」) and the title of a link (a line followed by a URL) are
 * not read: only the sentences of the reply's own running prose tell its register. In every
 * language, markers inside quotations do not count: a reply that quotes the customer's
 * « Tu peux pas faire mieux ? » is not mixing registers.
 *
 * <p>When both registers occur, the register with more markers is the reply's (on a tie, the one
 * used first) and every marker of the other is reported.
 *
 * <p>When the tenant asks for the customer's register
 * ({@link dev.tact.rules.ToneChecker.Builder#matchCustomerRegister(boolean)}, read from
 * {@link RuleContext#matchCustomerRegister()}), the same markers are read in the customer's messages
 * the draft answers (those since the brand last spoke, or the latest when the brand spoke last); the
 * register with more markers there is the customer's. If there is one, it is the register the reply
 * must use: every marker of the draft in the other register is reported (each one, since each must
 * change; a mix within the draft is then reported the same way, against the customer's register),
 * and the message names the register the customer used. A customer whose messages show neither
 * register, or as many markers of each, sets no expectation: only mixes within the draft are
 * reported, as when the option is off.
 */
public final class RegisterMixRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builtIn("tone.register-mix");
  static final Lexicon WORDS = Lexicon.load("register-mix",
      List.of("informal", "formal", "capitalized"), List.of("polite", "plain", "neutral"),
      List.of("informal-in-formal", "formal-in-informal", "customer-formal", "customer-informal"));
  private static final String CLOSE = "」』)";
  private static final String SENTENCE_END = "。!?.";
  private static final String BULLETS = "・-*•●■◆□◇○→※";
  private static final String KANJI_NUMERALS = "一二三四五六七八九十";
  private static final String FINAL_PARTICLES = "ねよなわぞぜかのさ";
  private static final String TRAILING = "ー~〜…・";

  /** One marker of a register, in normalized offsets. */
  private record Marker(boolean formal, int start, int end) {}

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    TextView view = context.text();
    List<Marker> markers = markers(view);
    if (markers.isEmpty()) {
      return List.of();
    }
    @Nullable Boolean customerIsFormal =
        context.matchCustomerRegister() ? customerRegister(context) : null;
    if (customerIsFormal != null) {
      Lexicon.Wording wording = WORDS.wording(view.language(),
          customerIsFormal ? "customer-formal" : "customer-informal");
      List<Finding> findings = new ArrayList<>();
      for (Marker marker : markers) {
        if (marker.formal() != customerIsFormal) {
          findings.add(context.finding(view.toOriginal(marker.start(), marker.end()),
              wording.message(), wording.suggestions()));
        }
      }
      return findings;
    }
    int formal = 0;
    int informal = 0;
    for (Marker marker : markers) {
      if (marker.formal()) {
        formal++;
      } else {
        informal++;
      }
    }
    if (formal == 0 || informal == 0) {
      return List.of();
    }
    boolean replyIsFormal = formal != informal ? formal > informal : markers.get(0).formal();
    Lexicon.Wording wording = WORDS.wording(view.language(),
        replyIsFormal ? "informal-in-formal" : "formal-in-informal");
    List<Finding> findings = new ArrayList<>();
    for (Marker marker : markers) {
      if (marker.formal() != replyIsFormal) {
        Span span = view.toOriginal(marker.start(), marker.end());
        findings.add(context.finding(span, wording.message(), wording.suggestions()));
      }
    }
    return findings;
  }

  private static List<Marker> markers(TextView view) {
    return view.language().equals("ja") ? japanese(view) : pronouns(view);
  }

  /**
   * Whether the customer's messages that the draft answers are formal (polite), read in the draft's
   * language with the same markers; null when they show neither register or as many of each.
   */
  private static @Nullable Boolean customerRegister(RuleContext context) {
    int formal = 0;
    int informal = 0;
    for (Message message : Replies.answered(context.conversation())) {
      for (Marker marker : markers(TextView.of(message.text(), context.draft().locale()))) {
        if (marker.formal()) {
          formal++;
        } else {
          informal++;
        }
      }
    }
    return formal == informal ? null : formal > informal;
  }

  /** The pronouns and verb forms of each register, in order. */
  private static List<Marker> pronouns(TextView view) {
    List<Marker> markers = new ArrayList<>();
    for (Lexicon.Hit hit : WORDS.find(view)) {
      switch (hit.list()) {
        case "informal" -> markers.add(new Marker(false, hit.start(), hit.end()));
        case "formal" -> markers.add(new Marker(true, hit.start(), hit.end()));
        default -> {
          if (isCapitalizedMidSentence(view, hit)) {
            markers.add(new Marker(true, hit.start(), hit.end()));
          }
        }
      }
    }
    return markers;
  }

  /**
   * Whether the original word is written with a capital and a lower-case rest ("Sie", not "sie" or
   * "SIE") and something other than the start of a sentence comes before it: a letter, a digit, a
   * comma or a semicolon.
   */
  private static boolean isCapitalizedMidSentence(TextView view, Lexicon.Hit hit) {
    String original = view.original();
    Span span = view.toOriginal(hit.start(), hit.end());
    String word = span.in(original);
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))
        || !word.substring(Character.charCount(word.codePointAt(0)))
            .equals(word.substring(Character.charCount(word.codePointAt(0))).toLowerCase(Locale.ROOT))) {
      return false;
    }
    int i = span.start();
    while (i > 0 && Character.isWhitespace(original.codePointBefore(i))) {
      i -= Character.charCount(original.codePointBefore(i));
    }
    if (i == 0) {
      return false;
    }
    int before = original.codePointBefore(i);
    return Character.isLetterOrDigit(before) || before == ',' || before == ';';
  }

  /**
   * The polite and plain endings of the sentences of the reply's running prose: sentences inside
   * quotations ({@link TextView#isQuoted}) or parentheses, list items and the titles of links are
   * not read.
   *
   * <p>A list item is not a sentence in either register: 「1. アプリを開く」「・設定を開く」 name
   * steps in the dictionary form whatever the register of the reply. An item starts at a bullet
   * (「・」「-」「●」…) or an enumerator (「1.」「2)」「(3)」「a.」「①」) at the start of a
   * sentence, and runs to the end of its line or the next 「。」「!」「?」.
   */
  private static List<Marker> japanese(TextView view) {
    String text = view.normalized();
    Set<String> polite = WORDS.words("ja", "polite");
    Set<String> plain = WORDS.words("ja", "plain");
    Set<String> neutral = WORDS.words("ja", "neutral");
    int longest = 0;
    for (String ending : polite) {
      longest = Math.max(longest, ending.length());
    }
    for (String ending : plain) {
      longest = Math.max(longest, ending.length());
    }
    for (String ending : neutral) {
      longest = Math.max(longest, ending.length());
    }
    List<Marker> markers = new ArrayList<>();
    int parentheses = 0;
    int n = text.length();
    int sentenceStart = 0;
    boolean item = false;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '。';
      if (c == '(') {
        parentheses++;
      } else if (c == ')') {
        parentheses = Math.max(0, parentheses - 1);
      } else if (parentheses == 0 && (SENTENCE_END.indexOf(c) >= 0 || c == ' ')
          && (i == n || !view.isQuoted(i, i + 1))) {
        boolean enumerator = c == '.' && isEnumerator(text, sentenceStart, i)
            && !(i + 1 < n && Character.isDigit(text.charAt(i + 1)));
        item |= startsItem(view, text, sentenceStart, i);
        boolean linkTitle =
            c == ' ' && (text.startsWith("http", i + 1) || text.startsWith("www.", i + 1));
        if (!item && !enumerator && !linkTitle) {
          @Nullable Marker marker = ending(text, i, polite, plain, neutral, longest);
          if (marker != null) {
            markers.add(marker);
          }
        }
        if (enumerator) {
          item = true; // "1." ends a sentence of its own; the item's text follows
        } else if (c != ' ' || (i < n && view.isLineBreak(i))) {
          item = false;
        }
        sentenceStart = i + 1;
      }
    }
    return markers;
  }

  /**
   * Whether the sentence {@code [start, end)} opens with a bullet, an enumerator followed by
   * 「)」 (「2)」「(3)」「a)」), or a circled number (「①」, folded to a digit). Not 「、」 or
   * 「:」: 「3、4日」 is three or four days, 「10:00」 a time.
   */
  private static boolean startsItem(TextView view, String text, int start, int end) {
    if (start >= end) {
      return false;
    }
    if (BULLETS.indexOf(text.charAt(start)) >= 0) {
      return true;
    }
    Span first = view.toOriginal(start, start + 1);
    if (Character.getType(view.original().codePointAt(first.start())) == Character.OTHER_NUMBER) {
      return true;
    }
    int from = text.charAt(start) == '(' ? start + 1 : start;
    int after = enumeratorEnd(text, from, end);
    return after > from && after < end && text.charAt(after) == ')';
  }

  /** Whether {@code [start, end)} is an enumerator alone: 「1」「12」「a」「一」, perhaps in "(". */
  private static boolean isEnumerator(String text, int start, int end) {
    int from = start < end && text.charAt(start) == '(' ? start + 1 : start;
    return from < end && enumeratorEnd(text, from, end) == end;
  }

  /**
   * The end of the enumerator at {@code start}: one to three ASCII digits, one ASCII letter or one
   * kanji numeral; {@code start} when there is none.
   */
  private static int enumeratorEnd(String text, int start, int end) {
    int i = start;
    while (i < end && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i > start) {
      return i;
    }
    char c = start < end ? text.charAt(start) : ' ';
    return (c >= 'a' && c <= 'z') || KANJI_NUMERALS.indexOf(c) >= 0 ? start + 1 : start;
  }

  /** The register of the sentence that ends just before {@code end}, if its ending tells. */
  private static @Nullable Marker ending(
      String text, int end, Set<String> polite, Set<String> plain, Set<String> neutral, int longest) {
    int e = end;
    while (e > 0 && isTrailing(text.charAt(e - 1))) {
      e--;
    }
    if (e == 0 || SENTENCE_END.indexOf(text.charAt(e - 1)) >= 0 || text.charAt(e - 1) == ' '
        || CLOSE.indexOf(text.charAt(e - 1)) >= 0) {
      return null;
    }
    for (int p = 0; p < 2 && e > 1 && FINAL_PARTICLES.indexOf(text.charAt(e - 1)) >= 0; p++) {
      e--;
    }
    for (int length = Math.min(longest, e); length > 0; length--) {
      String tail = text.substring(e - length, e);
      if (neutral.contains(tail)) {
        return null;
      }
      boolean isPolite = polite.contains(tail);
      if (isPolite || plain.contains(tail)) {
        int start = e - length;
        while (start > 0 && isHiragana(text.charAt(start - 1))) {
          start--;
        }
        return new Marker(isPolite, start, e);
      }
    }
    return null;
  }

  /** Long vowel marks, tildes and symbols (emoji) after the last word of a sentence. */
  private static boolean isTrailing(char c) {
    if (TRAILING.indexOf(c) >= 0) {
      return true;
    }
    return !Words.isWordChar(c) && c != ' ' && SENTENCE_END.indexOf(c) < 0 && CLOSE.indexOf(c) < 0;
  }

  private static boolean isHiragana(char c) {
    return c >= '\u3041' && c <= '\u309f';
  }
}

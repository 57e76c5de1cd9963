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
import java.util.Set;

/**
 * {@code tone.impersonal} (T10), defined narrowly so that it is almost never wrong. A draft is
 * reported when all of these hold:
 *
 * <ol>
 *   <li>it answers a customer message that has at least one content word (see {@link ContentWords});
 *   <li>it holds a canned phrase ("Dear valued customer", "Thank you for contacting us",
 *       「お問い合わせいただきありがとうございます」), from
 *       {@code dev/tact/rules/code/impersonal.yaml};
 *   <li>it shares no content word with the customer's message: nothing of their issue is named;
 *   <li>it names nobody: no {@code @handle}, no capitalized word after a greeting ("Hi Maria",
 *       "Hallo Frau Weber", "Bonjour Claire", "Olá João") other than generic ones ("Dear Customer"),
 *       no name before an opening comma ("Maria, …"), and in Japanese no 様・さま・さん・殿 after
 *       anything but お客・皆・担当者 (or the 様 of 同様, 仕様, 様々).
 * </ol>
 *
 * Each canned phrase is reported. A reply that says anything specific, or uses a name, is left
 * alone even if it starts with a canned phrase.
 */
public final class ImpersonalReplyRule implements Rule {
  private static final RuleMetadata META = RuleMetadata.builtIn("tone.impersonal");
  static final Lexicon WORDS =
      Lexicon.load("impersonal", List.of("canned"),
      List.of("greeting", "generic", "stop"), List.of("canned"));
  private static final List<String> HONORIFICS = List.of("様", "さま", "さん", "殿");
  /**
   * What may come before 様 without it being a name: お客様, 皆様, ご担当者様, 各位, and the 様 of
   * words (同様, 仕様, 多様, 模様, この様な).
   */
  private static final String NOT_A_NAME_BEFORE_HONORIFIC = "客皆者各同仕模多異一左有今外なのま";

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Message> answered = Replies.answered(context.conversation());
    String language = context.language();
    if (answered.isEmpty() || !WORDS.covers(language)) {
      return List.of();
    }
    TextView view = context.text();
    List<Lexicon.Hit> canned = WORDS.find(view);
    if (canned.isEmpty() || namesSomeone(view)) {
      return List.of();
    }
    Set<String> stop = WORDS.words(language, "stop");
    ContentWords reply = ContentWords.of(view.normalized(), view.usesSpaces(), stop);
    boolean anyContent = false;
    for (Message message : answered) {
      TextView inbound = TextView.of(message.text(), view.locale());
      ContentWords asked = ContentWords.of(inbound.normalized(), view.usesSpaces(), stop);
      if (!asked.isEmpty()) {
        anyContent = true;
        if (reply.sharesWith(asked)) {
          return List.of();
        }
      }
    }
    if (!anyContent) {
      return List.of();
    }
    Lexicon.Wording wording = WORDS.wording(language, "canned");
    List<Finding> findings = new ArrayList<>();
    for (Lexicon.Hit hit : canned) {
      findings.add(context.finding(view.toOriginal(hit.start(), hit.end()),
          wording.message(), wording.suggestions()));
    }
    return findings;
  }

  /** Whether the draft addresses or names a person. */
  private static boolean namesSomeone(TextView view) {
    String text = view.normalized();
    int n = text.length();
    for (int i = 0; i + 1 < n; i++) {
      if (text.charAt(i) == '@' && Words.isWordChar(text.codePointAt(i + 1))
          && (i == 0 || !Words.isWordChar(text.codePointBefore(i)))) {
        return true;
      }
    }
    if (!view.usesSpaces()) {
      for (int i = 1; i < n; i++) {
        for (String honorific : HONORIFICS) {
          int after = i + honorific.length();
          if (text.startsWith(honorific, i) && Words.isWordChar(text.codePointBefore(i))
              && NOT_A_NAME_BEFORE_HONORIFIC.indexOf(text.charAt(i - 1)) < 0
              && (after >= n || !(text.charAt(after) == '々' || isHan(text.codePointAt(after))))) {
            return true;
          }
        }
      }
      return false;
    }
    String language = view.language();
    Set<String> greetings = WORDS.words(language, "greeting");
    Set<String> generic = WORDS.words(language, "generic");
    Set<String> stop = WORDS.words(language, "stop");
    boolean first = true;
    boolean afterGreeting = false;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Words.isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = Math.max(Words.wordEnd(text, i), i + Character.charCount(cp));
      String word = text.substring(i, end);
      boolean candidate = !greetings.contains(word) && !generic.contains(word) && !stop.contains(word)
          && isCapitalized(view, i, end);
      if (candidate && afterGreeting) {
        return true;
      }
      if (candidate && first && end < n && text.charAt(end) == ',') {
        return true;
      }
      afterGreeting = greetings.contains(word) || (afterGreeting && generic.contains(word));
      first = false;
      i = end;
    }
    return false;
  }

  private static boolean isHan(int cp) {
    return com.ibm.icu.lang.UScript.getScript(cp) == com.ibm.icu.lang.UScript.HAN;
  }

  private static boolean isCapitalized(TextView view, int start, int end) {
    Span span = view.toOriginal(start, end);
    return span.end() > span.start() && Character.isUpperCase(view.original().codePointAt(span.start()));
  }
}

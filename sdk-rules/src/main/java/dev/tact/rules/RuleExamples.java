package dev.tact.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A set of a rule's example drafts in one language: drafts it must flag, with each expected span
 * marked {@code ⟦like this⟧}, and drafts it must leave alone, optionally answering one customer
 * message. One generic test runs every set; the rule reference in {@code docs/rules/} shows them.
 *
 * <pre>{@code
 * new RuleExamples("en",
 *     List.of("Please ⟦just click⟧ Reset and it will work."),
 *     List.of("We just shipped a fix for this."),
 *     "This is the third time I'm asking!!");
 * }</pre>
 *
 * @param language the ISO 639 language of the drafts, such as {@code en}; {@code *} for sets that
 *     hold for every language (language-independent code rules)
 * @param flagged drafts that must give exactly the marked findings of the rule; at least one mark each
 * @param clean drafts that must give no finding of the rule; no marks
 * @param inbound the customer message the drafts answer, for rules whose findings depend on the
 *     customer's mood; null when the drafts answer no message
 * @param automated whether the drafts are written by a bot ({@code Draft.automated(...)}), for rules
 *     such as {@code tone.bot-disclosure} that only check automated replies
 */
public record RuleExamples(
    String language, List<String> flagged, List<String> clean, @Nullable String inbound,
    boolean automated) {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}|\\*");

  /** Validates the language, copies the lists and checks the marks. */
  public RuleExamples {
    Objects.requireNonNull(language, "language");
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "a language is an ISO 639 code such as 'en' or 'ja' (or '*'), got '" + language + "'");
    }
    flagged = List.copyOf(flagged);
    clean = List.copyOf(clean);
    for (String example : flagged) {
      if (example.indexOf('\u27e6') < 0) {
        throw new IllegalArgumentException(
            "a flagged example marks what the rule must find with ⟦ and ⟧: " + example);
      }
    }
    for (String example : clean) {
      if (example.indexOf('\u27e6') >= 0 || example.indexOf('\u27e7') >= 0) {
        throw new IllegalArgumentException("a clean example has no ⟦marks⟧: " + example);
      }
    }
  }

  /** Examples of drafts a person wrote (not automated). */
  public RuleExamples(
      String language, List<String> flagged, List<String> clean, @Nullable String inbound) {
    this(language, flagged, clean, inbound, false);
  }
}

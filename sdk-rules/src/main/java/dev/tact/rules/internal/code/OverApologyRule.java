package dev.tact.rules.internal.code;

import dev.tact.core.Finding;
import dev.tact.rules.Rule;
import dev.tact.rules.RuleContext;
import dev.tact.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tone.over-apology} (T3): counts the apologies of one reply ("sorry", "we apologize",
 * 「申し訳ございません」, „tut uns leid“, « désolé », "lo sentimos", "pedimos desculpas", from
 * {@code dev/tact/rules/code/over-apology.yaml}) and reports every apology from the
 * {@value #ALLOWED}+1st on. One apology up front and one in closing is common and sincere enough;
 * a third is a string of apologies in place of help.
 */
public final class OverApologyRule implements Rule {
  /** Apologies a reply may hold before the next one is reported. */
  static final int ALLOWED = 2;

  private static final RuleMetadata META = RuleMetadata.builtIn("tone.over-apology");
  static final Lexicon WORDS = Lexicon.load("over-apology", List.of("apology"), List.of(), List.of("apology-again"));

  @Override
  public RuleMetadata metadata() {
    return META;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Lexicon.Hit> apologies = WORDS.find(context.text());
    if (apologies.size() <= ALLOWED) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = ALLOWED; i < apologies.size(); i++) {
      Lexicon.Hit hit = apologies.get(i);
      Lexicon.Wording wording = WORDS.wording(context.language(), "apology-again")
          .with("count", Integer.toString(i + 1));
      findings.add(context.finding(context.text().toOriginal(hit.start(), hit.end()),
          wording.message(), wording.suggestions()));
    }
    return findings;
  }
}

package dev.tact.rules;

import dev.tact.core.Finding;
import java.util.List;

/**
 * A rule written in Java, for checks that phrases cannot express: counting apologies, comparing the
 * draft's register with the customer's, noticing what a reply lacks. Phrase rules are data (see
 * {@link RulePack}); both kinds report {@link Finding}s with the same metadata.
 *
 * <p>Tact finds code rules with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.tact.rules.Rule} and {@link ToneChecker.Builder#builtInPacks()} picks
 * it up, or pass an instance to {@link ToneChecker.Builder#rule(Rule)}. A rule must be stateless or
 * immutable: one instance serves every thread. It is only called for drafts in a language it
 * {@linkplain RuleMetadata#covers(String) covers}, and not when it is off for the customer's mood or
 * disabled by the vendor. A code rule for an id that also has a metadata file returns that file's
 * metadata ({@link RuleMetadata#builtIn(String)}), so that docs, examples and code agree; its
 * metadata is what the checker uses.
 *
 * <pre>{@code
 * public final class Shouting implements Rule {
 *   private static final RuleMetadata META = RuleMetadata.builder("acme.shouting")
 *       .summary("A reply in capitals reads as shouting")
 *       .rationale("Capitals read as anger in writing.")
 *       .requirements("T6").build();
 *
 *   public RuleMetadata metadata() { return META; }
 *
 *   public List<Finding> check(RuleContext context) {
 *     String text = context.draft().text();
 *     boolean shouting = text.length() > 10 && text.equals(text.toUpperCase(Locale.ROOT));
 *     return shouting
 *         ? List.of(context.finding(new Span(0, text.length()), "Write in sentence case", List.of()))
 *         : List.of();
 *   }
 * }
 * }</pre>
 */
public interface Rule {
  /** The rule's id, severities, summary, rationale, requirements and examples. */
  RuleMetadata metadata();

  /**
   * Checks one draft.
   *
   * @param context the draft, the conversation it answers, the customer's mood and the normalized
   *     text; {@link RuleContext#finding} builds findings with this rule's id and severity
   * @return the findings, in any order; spans must lie inside the draft's text
   */
  List<Finding> check(RuleContext context);
}

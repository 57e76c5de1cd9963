/**
 * Tone rules for draft replies: the {@link dev.tact.rules.ToneChecker}, phrase rules as data
 * ({@link dev.tact.rules.RulePack}, format in {@code docs/rule-packs.md}), code rules behind the
 * {@link dev.tact.rules.Rule} SPI, their {@link dev.tact.rules.RuleMetadata}, the customer's
 * {@link dev.tact.rules.Mood}, and the {@link dev.tact.rules.TextView} every rule reads.
 *
 * <pre>{@code
 * ToneChecker checker = ToneChecker.builder().builtInPacks().build();
 * List<Finding> findings = checker.check(
 *     new Draft("Simply restart the router.", Locale.ENGLISH, Channel.X_REPLY));
 * }</pre>
 *
 * <p>Everything built here is immutable and safe to share between threads. Nothing is null unless it
 * is marked {@code @Nullable}. No Jackson, ICU4J or RE2/J type appears in a public signature.
 */
@NullMarked
package dev.tact.rules;

import org.jspecify.annotations.NullMarked;

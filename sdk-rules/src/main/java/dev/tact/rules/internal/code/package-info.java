/**
 * Tact's built-in code rules: the tone checks that phrases alone cannot express (counting
 * apologies, reading the customer's mood, comparing the draft with the customer's message, keeping
 * one register). One small stateless class per rule, listed in
 * {@code META-INF/services/dev.tact.rules.Rule}; each returns the metadata of its file
 * {@code dev/tact/rules/meta/<id>.yaml}. Their word lists are data, under
 * {@code dev/tact/rules/code/}, read with {@link dev.tact.rules.internal.code.Lexicon}. Not an API.
 */
@NullMarked
package dev.tact.rules.internal.code;

import org.jspecify.annotations.NullMarked;

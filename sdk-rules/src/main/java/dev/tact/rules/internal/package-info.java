/**
 * The engine behind {@code dev.tact.rules}: text folding, the pattern compiler, the Aho–Corasick
 * automaton, the pack reader and the mood reader. Not an API: anything here may change in any
 * release.
 */
@NullMarked
package dev.tact.rules.internal;

import org.jspecify.annotations.NullMarked;

package dev.tact.i18n.internal;

/**
 * A problem in one pattern, at a UTF-16 offset into the pattern.
 *
 * @param check the stable check id, such as {@code template.syntax}
 * @param offset where in the pattern
 * @param message what is wrong and what to do
 */
public record PatternProblem(String check, int offset, String message) {}

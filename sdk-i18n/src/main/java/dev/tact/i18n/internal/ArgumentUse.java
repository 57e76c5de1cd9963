package dev.tact.i18n.internal;

import dev.tact.i18n.ArgumentKind;

/**
 * How a pattern uses one argument: its kind and where it is first named.
 *
 * @param name the argument name
 * @param kind the kind, the most specific among its uses
 * @param offset the UTF-16 offset of the first use's opening brace in the pattern
 * @param inText whether some use shows the value itself (not only a select choosing by it)
 */
public record ArgumentUse(String name, ArgumentKind kind, int offset, boolean inText) {}

/** The machinery behind {@code dev.tact.i18n}; not an API, may change in any release. */
@NullMarked
package dev.tact.i18n.internal;

import org.jspecify.annotations.NullMarked;

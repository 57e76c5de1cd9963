/** The machinery behind {@code dev.tact.rules.escalation}; not an API, may change in any release. */
@NullMarked
package dev.tact.rules.escalation.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The business-time engine behind {@link dev.tact.hours.BusinessClock}: the rule model, the
 * {@code opening_hours} parser and printer, the per-day evaluator and the timelines that map wall
 * clocks to instants. Not an API: anything here may change in any release.
 */
@NullMarked
package dev.tact.hours.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The vocabulary every Tact module speaks: a {@link dev.tact.core.Draft} reply for a
 * {@link dev.tact.core.Channel}, the {@link dev.tact.core.Conversation} it answers, the
 * {@link dev.tact.core.Customer} it is for, and the {@link dev.tact.core.Finding}s a check reports
 * at a {@link dev.tact.core.Span} of the draft.
 *
 * <p>Every type here is immutable and safe to share between threads. Nothing is null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package dev.tact.core;

import org.jspecify.annotations.NullMarked;

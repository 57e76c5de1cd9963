/**
 * The facade: {@link dev.tact.Tact} bundles Tact's checks behind one object, and
 * {@link dev.tact.Tact#review(dev.tact.core.Draft, dev.tact.core.Conversation)} returns a
 * {@link dev.tact.Review} of a draft reply.
 *
 * <pre>{@code
 * Tact tact = Tact.builder().build();
 * Review review = tact.review(
 *     new Draft("Please just restart the app.", Locale.ENGLISH, Channel.X_REPLY),
 *     Conversation.of(Message.fromCustomer("Third time asking!! Still broken")));
 * review.findings();   // tone.minimizing at "just restart", an error for an upset customer
 * }</pre>
 *
 * <p>Every type here is immutable and safe to share between threads. Nothing is null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package dev.tact;

import org.jspecify.annotations.NullMarked;

/**
 * Tact embedded in a helpdesk's reply composer: one {@link dev.tact.examples.helpdesk.Helpdesk}
 * built at start-up, a {@link dev.tact.examples.helpdesk.ReplyComposer} that reviews the agent's
 * draft at every keystroke, and the automatic acknowledgement of each new message.
 */
@NullMarked
package dev.tact.examples.helpdesk;

import org.jspecify.annotations.NullMarked;

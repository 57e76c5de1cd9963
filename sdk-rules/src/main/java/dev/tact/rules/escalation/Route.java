package dev.tact.rules.escalation;

/** Where the conversation should go on (contract: these names appear in CLI output). */
public enum Route {
  /** The reply may go out where the customer wrote, in public. */
  PUBLIC,
  /** The conversation should move to a private channel (a DM on the same platform). */
  PRIVATE
}

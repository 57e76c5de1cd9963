package dev.tact.cli.internal;

import dev.tact.core.Customer;

/**
 * A public post of the demo that should move to a DM: the draft reply to it, and the customer the
 * handoff reply is addressed to (their name, language and zone).
 *
 * @param sample the brand, the customer's public message and the agent's public draft
 * @param customer who wrote it
 */
record SampleHandoff(SampleDraft sample, Customer customer) {}

package dev.tact.cli.internal;

import java.time.ZoneId;

/**
 * A customer of the demo, known by city and zone, whose clock the agent reads times in.
 *
 * @param city the customer's city, as shown to agents
 * @param zone the customer's zone
 */
record SampleCustomer(String city, ZoneId zone) {}

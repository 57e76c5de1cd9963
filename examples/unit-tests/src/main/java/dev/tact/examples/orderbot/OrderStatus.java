package dev.tact.examples.orderbot;

/** Where an order is; each status has its reply in the bot's catalog ({@code order.<status>}). */
public enum OrderStatus {
  /** Paid, being packed. */
  PROCESSING,
  /** Handed to the courier. */
  SHIPPED,
  /** Some items will arrive later than promised. */
  DELAYED,
  /** The courier lost the parcel: a person must arrange a replacement. */
  LOST
}

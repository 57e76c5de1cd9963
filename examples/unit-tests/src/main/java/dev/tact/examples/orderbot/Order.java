package dev.tact.examples.orderbot;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the shop's order system knows about an order, as the bot reads it.
 *
 * @param id the order number the customer sees, such as {@code A-1042}
 * @param status where the order is
 * @param lateItems how many items are late ({@link OrderStatus#DELAYED} only; 0 otherwise)
 * @param expected the expected delivery date (shipped or delayed orders)
 */
public record Order(String id, OrderStatus status, int lateItems, LocalDate expected) {
  /** Rejects nulls and a negative count. */
  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expected, "expected");
    if (lateItems < 0) {
      throw new IllegalArgumentException("lateItems must be >= 0, got " + lateItems);
    }
  }
}

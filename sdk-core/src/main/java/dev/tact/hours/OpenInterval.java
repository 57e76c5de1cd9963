package dev.tact.hours;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time when a schedule is open, {@code start} inclusive, {@code end} exclusive.
 *
 * @param start the first open instant
 * @param end the first instant after it that is closed (or the end of the period asked about)
 */
public record OpenInterval(Instant start, Instant end) {
  /** Validates that the interval is not empty. */
  public OpenInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("an open interval ends after it starts: " + start + " to " + end);
    }
  }

  /** How long the interval lasts. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Whether the instant is inside the interval. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}

package dev.tact.hours.internal;

/**
 * Open and closed stretches of time, in epoch seconds. Every boundary is a whole second, so an
 * instant with a fraction of a second behaves like its whole second.
 */
public interface Timeline {
  /** Returned by {@link #nextChange(long)} when nothing changes before the end of year 9999. */
  long NONE = Long.MAX_VALUE;

  /** Whether the second starting at {@code epochSecond} is open. */
  boolean isOpen(long epochSecond);

  /**
   * The first epoch second after {@code epochSecond} whose state differs from that of
   * {@code epochSecond}, or {@link #NONE}.
   */
  long nextChange(long epochSecond);
}

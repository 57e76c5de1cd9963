package dev.tact.hours.internal;

/**
 * An opening time range in minutes of a day. {@code end} may pass midnight (up to 48:00): the part
 * after 24:00 is the tail that falls on the next day.
 *
 * @param start minutes after midnight, {@code 0 <= start < 1440}
 * @param end minutes after midnight of the same day, {@code start < end <= 2880}
 */
public record TimeRange(int start, int end) implements Comparable<TimeRange> {
  public static final int DAY = 1440;
  public static final TimeRange WHOLE_DAY = new TimeRange(0, DAY);

  public TimeRange {
    if (start < 0 || start >= DAY || end <= start || end > 2 * DAY) {
      throw new IllegalArgumentException("invalid time range " + start + "-" + end);
    }
  }

  /** Whether part of the range falls on the next day. */
  public boolean hasTail() {
    return end > DAY;
  }

  /** The end of the part on the range's own day. */
  public int ownEnd() {
    return Math.min(end, DAY);
  }

  /** The end of the tail on the next day (the tail starts at 00:00); 0 if there is none. */
  public int tailEnd() {
    return Math.max(0, end - DAY);
  }

  @Override
  public int compareTo(TimeRange other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }
}

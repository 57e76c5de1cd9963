package dev.tact.hours.internal;

/**
 * The open minutes of one day while its rules are applied in order: a 1440-bit set with range
 * operations, turned into sorted, merged intervals at the end. Used on one thread, then dropped.
 */
final class MinuteSet {
  private static final int WORDS = (TimeRange.DAY + 63) / 64;

  private final long[] bits = new long[WORDS];

  void clear() {
    java.util.Arrays.fill(bits, 0L);
  }

  void add(int from, int to) {
    apply(from, to, true);
  }

  void remove(int from, int to) {
    apply(from, to, false);
  }

  private void apply(int from, int to, boolean set) {
    if (from >= to) {
      return;
    }
    int first = from >>> 6;
    int last = (to - 1) >>> 6;
    for (int word = first; word <= last; word++) {
      long mask = -1L;
      if (word == first) {
        mask &= -1L << (from & 63);
      }
      if (word == last) {
        mask &= -1L >>> (63 - ((to - 1) & 63));
      }
      bits[word] = set ? bits[word] | mask : bits[word] & ~mask;
    }
  }

  /** The set as sorted, merged {@code [start, end)} pairs of minutes: {@code [s0, e0, s1, e1, …]}. */
  int[] toIntervals() {
    int[] buffer = new int[16];
    int size = 0;
    int minute = nextSet(0);
    while (minute < TimeRange.DAY) {
      int end = nextClear(minute);
      if (size == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, size * 2);
      }
      buffer[size++] = minute;
      buffer[size++] = end;
      minute = nextSet(end);
    }
    return java.util.Arrays.copyOf(buffer, size);
  }

  private int nextSet(int from) {
    for (int word = from >>> 6; word < WORDS && (word << 6) < TimeRange.DAY; word++) {
      long w = bits[word];
      if (word == from >>> 6) {
        w &= -1L << (from & 63);
      }
      if (w != 0) {
        return Math.min(TimeRange.DAY, (word << 6) + Long.numberOfTrailingZeros(w));
      }
    }
    return TimeRange.DAY;
  }

  private int nextClear(int from) {
    for (int word = from >>> 6; word < WORDS; word++) {
      long w = ~bits[word];
      if (word == from >>> 6) {
        w &= -1L << (from & 63);
      }
      if (w != 0) {
        return Math.min(TimeRange.DAY, (word << 6) + Long.numberOfTrailingZeros(w));
      }
    }
    return TimeRange.DAY;
  }
}

package dev.tact.examples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Reviewing at every keystroke is cheap: after start-up nothing is read or built, so a keystroke
 * costs one review (tens of microseconds; see docs/performance.md) plus, for a private route, one
 * render of the handoff. The bound here is loose on purpose (the build machine is shared and
 * noisy): the median keystroke must stay far below one frame of a 60 Hz screen.
 */
class PerKeystrokeCostTest {
  static final long ONE_MILLISECOND = 1_000_000;

  @Test
  void theMedianKeystrokeCostsWellUnderAMillisecond() {
    for (ConcurrentThreadsTest.Typing typing : ConcurrentThreadsTest.AGENTS) {
      ConcurrentThreadsTest.type(typing);   // warm up: each language's tables are read on first use
    }
    int keystrokes = ConcurrentThreadsTest.AGENTS.stream().mapToInt(t -> t.draft().length()).sum();
    long[] perKeystroke = new long[20];
    for (int round = 0; round < perKeystroke.length; round++) {
      long start = System.nanoTime();
      for (ConcurrentThreadsTest.Typing typing : ConcurrentThreadsTest.AGENTS) {
        ConcurrentThreadsTest.type(typing);
      }
      perKeystroke[round] = (System.nanoTime() - start) / keystrokes;
    }
    Arrays.sort(perKeystroke);
    long median = perKeystroke[perKeystroke.length / 2];
    assertTrue(median < ONE_MILLISECOND,
        "a keystroke took " + median / 1000 + " µs (median over " + perKeystroke.length + " rounds)");
  }
}

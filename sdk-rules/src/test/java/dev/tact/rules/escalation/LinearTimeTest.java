package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Adversarial inputs of 1 MB: each is the worst repetition for one scanner. Time must grow with
 * the size like the size does (at most 10× for 4× the text, leaving room for a noisy machine: the
 * fastest of three runs, after every input has been seen once), and a megabyte must take well under
 * a few seconds.
 */
class LinearTimeTest {
  private static final int MEGABYTE = 1 << 20;
  private static final List<String> UNITS = List.of("a@", "a.", "@a.", "a.b@c.", "1 ", "1-", "1", "+1 (", "(1) ",
      "0", "1.", "4111 ", "DE89 ", "DE00", "〒", "〒100-000", "order # ", "order ", "ticket no 1-", "street 1 ",
      "st ", "straße", "password: ", "code 1 ", "DOB ", "1丁目", "丁目1", "パスワード", "注文番号", "０", "ー１");

  @Test
  void findTakesLinearTimeOnEveryAdversarialInput() {
    PersonalDataDetector detector = PersonalDataDetector.builder().orderNumberPattern("(a+)+b|CS-\\d{6}").build();
    for (String unit : UNITS) {
      detector.find(repeat(unit, MEGABYTE / 4), Locale.JAPANESE);
    }
    for (String unit : UNITS) {
      String small = repeat(unit, MEGABYTE / 4);
      String large = repeat(unit, MEGABYTE);
      long smallNanos = fastest(detector, small);
      long largeNanos = fastest(detector, large);
      assertTrue(largeNanos < 3_000_000_000L, () -> "'" + unit + "' × 1 MB took " + largeNanos / 1_000_000 + " ms");
      assertTrue(largeNanos <= 10 * Math.max(smallNanos, 5_000_000L),
          () -> "'" + unit + "': 256 KB took " + smallNanos / 1_000_000 + " ms, 1 MB took " + largeNanos / 1_000_000 + " ms");
    }
  }

  @Test
  void aMegabyteOfRandomTroubleIsFine() {
    String alphabet = "0123456789 -+().@#:〒ー０１abcDE\uD83D\uDE00\uDE00order code ";
    Random random = new Random(5);
    StringBuilder text = new StringBuilder(MEGABYTE);
    while (text.length() < MEGABYTE) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    long nanos = fastest(PersonalDataDetector.defaults(), text.toString());
    assertTrue(nanos < 3_000_000_000L, () -> "1 MB of random text took " + nanos / 1_000_000 + " ms");
  }

  private static long fastest(PersonalDataDetector detector, String text) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      detector.find(text, Locale.JAPANESE);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  private static String repeat(String unit, int length) {
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }
}

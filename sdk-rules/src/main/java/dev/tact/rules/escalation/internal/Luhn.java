package dev.tact.rules.escalation.internal;

/** The Luhn (mod 10) check that every payment card number passes. */
public final class Luhn {
  private Luhn() {}

  /** Whether the digits {@code digits[0..length)} (values 0–9) pass the Luhn check. */
  public static boolean valid(int[] digits, int length) {
    int sum = 0;
    boolean doubled = false;
    for (int i = length - 1; i >= 0; i--) {
      int d = digits[i];
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** Whether the ASCII digits of {@code number} pass the Luhn check (for tests and tools). */
  public static boolean valid(CharSequence number) {
    int[] digits = new int[number.length()];
    int length = 0;
    for (int i = 0; i < number.length(); i++) {
      int d = UnitScanner.digit(number.charAt(i));
      if (d >= 0) {
        digits[length++] = d;
      }
    }
    return length > 0 && valid(digits, length);
  }
}

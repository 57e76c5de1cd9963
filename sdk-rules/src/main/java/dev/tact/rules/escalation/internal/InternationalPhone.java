package dev.tact.rules.escalation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Phone numbers with a country calling code (ITU-T E.164): which digits are the calling code
 * (codes are prefix-free: 1 and 7, the assigned two-digit codes, else three digits) and how long
 * the national number after it may be in the countries Tact's customers write from most (other
 * codes: 6 to 12 digits). A national number written with its trunk {@code 0} after the code
 * ("+44 (0)20…", "+81 090…") counts without it, except in Italy where the 0 belongs to the number.
 */
public final class InternationalPhone {
  private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34",
      "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56",
      "57", "58", "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92",
      "93", "94", "95", "98");
  private static final String NATIONAL_LENGTHS = "1:10-10 7:10-10 20:8-10 27:9-9 30:10-10 31:9-9"
      + " 32:8-9 33:9-9 34:9-9 36:8-9 39:6-11 40:9-9 41:9-9 43:4-13 44:7-10 45:8-8 46:7-10 47:8-8"
      + " 48:9-9 49:6-13 51:8-9 52:10-10 54:10-11 55:10-11 56:9-9 57:8-10 60:7-10 61:9-9 62:7-12"
      + " 63:8-10 64:8-10 65:8-8 66:8-9 81:9-10 82:8-10 84:9-10 86:7-11 90:10-10 91:10-10 92:9-10"
      + " 351:9-9 352:4-11 353:7-9 852:8-8 853:8-8 886:8-9 966:9-9 971:8-9 972:8-9";
  private static final Map<Integer, int[]> LENGTHS = lengths();
  private static final int[] OTHER = {6, 12};

  private InternationalPhone() {}

  /**
   * Whether ASCII digits {@code d[from..length)} are a calling code and a national number of a
   * possible length.
   */
  public static boolean isValid(char[] d, int from, int length) {
    if (length - from < 8 || d[from] == '0') {
      return false;
    }
    int codeLength = d[from] == '1' || d[from] == '7' ? 1
        : TWO_DIGIT_CODES.contains(new String(d, from, 2)) ? 2 : 3;
    int code = Integer.parseInt(new String(d, from, codeLength));
    int national = from + codeLength;
    if (national < length && d[national] == '0' && code != 39) {
      national++;
    }
    int nationalLength = length - national;
    int[] bounds = LENGTHS.getOrDefault(code, OTHER);
    return nationalLength >= bounds[0] && nationalLength <= bounds[1] && codeLength + nationalLength <= 15
        && (code != 1 || d[national] >= '2' && d[national + 3] >= '2');
  }

  private static Map<Integer, int[]> lengths() {
    Map<Integer, int[]> lengths = new HashMap<>();
    for (String entry : NATIONAL_LENGTHS.split(" ")) {
      int colon = entry.indexOf(':');
      int dash = entry.indexOf('-');
      lengths.put(Integer.parseInt(entry.substring(0, colon)), new int[] {
          Integer.parseInt(entry.substring(colon + 1, dash)), Integer.parseInt(entry.substring(dash + 1))});
    }
    return Map.copyOf(lengths);
  }
}

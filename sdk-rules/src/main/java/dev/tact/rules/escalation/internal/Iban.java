package dev.tact.rules.escalation.internal;

import java.util.HashMap;
import java.util.Map;

/** IBAN lengths per country (ISO 13616 registry) and the mod-97 check (ISO 7064). */
public final class Iban {
  private static final String LENGTHS = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21"
      + " CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18"
      + " GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20"
      + " LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25"
      + " QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29"
      + " VA22 VG24 XK20";
  private static final Map<String, Integer> LENGTH = lengths();

  private Iban() {}

  /** The IBAN length of the country with upper-case code {@code country}, or 0 if it has none. */
  public static int length(String country) {
    return LENGTH.getOrDefault(country, 0);
  }

  /**
   * Whether the IBAN whose ASCII letters (either case) and digits are {@code chars[0..length)}
   * passes the mod-97 check: the first four characters moved to the end, letters as 10–35, the
   * number modulo 97 is 1.
   */
  public static boolean checks(char[] chars, int length) {
    int remainder = 0;
    for (int k = 0; k < length; k++) {
      char c = chars[(k + 4) % length];
      int value;
      if (c >= '0' && c <= '9') {
        value = c - '0';
        remainder = (remainder * 10 + value) % 97;
      } else {
        value = Character.toUpperCase(c) - 'A' + 10;
        if (value < 10 || value > 35) {
          return false;
        }
        remainder = (remainder * 100 + value) % 97;
      }
    }
    return remainder == 1;
  }

  private static Map<String, Integer> lengths() {
    Map<String, Integer> lengths = new HashMap<>();
    for (String entry : LENGTHS.split(" ")) {
      lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(lengths);
  }
}

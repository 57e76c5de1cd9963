package dev.tact.i18n.internal;

import dev.tact.i18n.TextLength.SmsEncoding;
import dev.tact.i18n.TextLength.SmsSegments;

/**
 * How many SMS segments a text takes. Text made only of GSM 03.38 characters is sent in the
 * GSM 7-bit alphabet: the basic table costs one septet a character, the extension table
 * ({@code ^ { } \ [ ~ ] | €} and form feed) two (escape plus character); one segment holds 160
 * septets, a longer message 153 per segment (the rest carries the concatenation header). Any
 * other character switches the whole message to UCS-2: 70 UTF-16 units in one segment, 67 per
 * segment in a longer message. A segment never ends between an escape and its character, nor
 * between the two halves of a surrogate pair: that unit moves to the next segment, as phones do.
 *
 * <pre>{@code
 * GsmSegmenter.segment("Your order has shipped.");  // 1 segment, GSM-7, 23 septets, 137 left
 * GsmSegmenter.segment("ご注文は発送されました。");       // 1 segment, UCS-2, 12 units, 58 left
 * }</pre>
 *
 * <p>An empty text takes no segment.
 */
public final class GsmSegmenter {
  /** Septets in a single-segment GSM-7 message. */
  public static final int GSM_SINGLE = 160;
  /** Septets per segment of a concatenated GSM-7 message. */
  public static final int GSM_MULTI = 153;
  /** UTF-16 units in a single-segment UCS-2 message. */
  public static final int UCS2_SINGLE = 70;
  /** UTF-16 units per segment of a concatenated UCS-2 message. */
  public static final int UCS2_MULTI = 67;

  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENSION = "\f^{}\\[~]|€";
  private static final int TABLE_SIZE = 0x3AA; // past Ω U+03A9, the highest character but €
  private static final byte[] SEPTETS = septets();

  private GsmSegmenter() {}

  /**
   * The segments, encoding and units of {@code text}.
   */
  public static SmsSegments segment(String text) {
    int septets = gsmSeptets(text);
    if (septets >= 0) {
      return pack(text, true, septets, GSM_SINGLE, GSM_MULTI);
    }
    return pack(text, false, text.length(), UCS2_SINGLE, UCS2_MULTI);
  }

  /** Septets of {@code text} in GSM-7, or -1 if it holds a character GSM-7 lacks. */
  public static int gsmSeptets(String text) {
    int total = 0;
    for (int i = 0; i < text.length(); i++) {
      int cost = septets(text.charAt(i));
      if (cost == 0) {
        return -1;
      }
      total += cost;
    }
    return total;
  }

  /** 1 for a basic-table character, 2 for an extension-table one, 0 if GSM-7 lacks it. */
  public static int septets(char c) {
    if (c < TABLE_SIZE) {
      return SEPTETS[c];
    }
    return c == '€' ? 2 : 0;
  }

  private static SmsSegments pack(String text, boolean gsm, int units, int single, int multi) {
    SmsEncoding encoding = gsm ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
    if (units <= single) {
      return new SmsSegments(units == 0 ? 0 : 1, encoding, units, single - units);
    }
    int segments = 1;
    int fill = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int cost;
      if (gsm) {
        cost = septets(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        cost = 2;
        i++;
      } else {
        cost = 1;
      }
      if (fill + cost > multi) {
        segments++;
        fill = 0;
      }
      fill += cost;
    }
    return new SmsSegments(segments, encoding, units, multi - fill);
  }

  private static byte[] septets() {
    byte[] table = new byte[TABLE_SIZE];
    for (int i = 0; i < BASIC.length(); i++) {
      table[BASIC.charAt(i)] = 1;
    }
    for (int i = 0; i < EXTENSION.length(); i++) {
      char c = EXTENSION.charAt(i);
      if (c < TABLE_SIZE) {
        table[c] = 2;
      }
    }
    return table;
  }
}

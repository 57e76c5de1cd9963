package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.LengthCounting;
import dev.tact.i18n.TextLength.SmsEncoding;
import dev.tact.i18n.TextLength.SmsSegments;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No string makes a measure throw, and SMS segments agree with a brute-force packer. */
class TextLengthProperties {
  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

  @Property(tries = 1000)
  void measureNeverThrowsOnAnyString(@ForAll("anyUtf16") String text) {
    for (LengthCounting counting : LengthCounting.values()) {
      TextLength.Measure measure = TextLength.of(counting, 100).measure(text);
      assertTrue(measure.length() >= 0);
    }
  }

  @Property(tries = 500)
  void weightedLengthIsAtMostTwoPerNormalizedCodePointWithoutUrls(@ForAll("noUrls") String text) {
    int length = TextLength.of(Channel.X_REPLY).length(text);
    // X counts after NFC, which may expand a character: U+FB2C becomes three code points.
    String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    int codePoints = normalized.codePointCount(0, normalized.length());
    assertTrue(length <= 2 * codePoints, () -> length + " for " + codePoints + " code points");
  }

  @Property(tries = 1000)
  void smsSegmentsAgreeWithABruteForcePacker(@ForAll("smsText") String text) {
    SmsSegments measured = TextLength.of(Channel.SMS).measure(text).sms().orElseThrow();
    assertEquals(pack(text), measured);
  }

  /**
   * Cuts the message into real segments, unit by unit: a GSM extension character is two septets
   * (escape, character) and a surrogate pair two units, neither split.
   */
  private static SmsSegments pack(String text) {
    boolean gsm = text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    List<List<String>> units = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (gsm) {
        units.add(GSM_EXTENSION.indexOf(c) >= 0 ? List.of("ESC", String.valueOf(c)) : List.of(String.valueOf(c)));
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        units.add(List.of(String.valueOf(c), String.valueOf(text.charAt(++i))));
      } else {
        units.add(List.of(String.valueOf(c)));
      }
    }
    int total = units.stream().mapToInt(List::size).sum();
    int single = gsm ? 160 : 70;
    int multi = gsm ? 153 : 67;
    SmsEncoding encoding = gsm ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
    if (total <= single) {
      return new SmsSegments(total == 0 ? 0 : 1, encoding, total, single - total);
    }
    List<List<String>> segments = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (List<String> unit : units) {
      if (current.size() + unit.size() > multi) {
        segments.add(current);
        current = new ArrayList<>();
      }
      current.addAll(unit);
    }
    segments.add(current);
    for (List<String> segment : segments) {
      assertTrue(segment.size() <= multi);
    }
    return new SmsSegments(segments.size(), encoding, total, multi - current.size());
  }

  @Provide
  Arbitrary<String> anyUtf16() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("h t p s : / . w x a c o m é あ 😀 \u200D \uFE0F \uD800 \uDC00 ( ) ? # @")
            .ofMaxLength(300));
  }

  @Provide
  Arbitrary<String> noUrls() {
    return Arbitraries.strings().all().ofMaxLength(200).filter(s -> s.indexOf('.') < 0 && s.indexOf(':') < 0);
  }

  @Provide
  Arbitrary<String> smsText() {
    Arbitrary<String> gsm = Arbitraries.strings().withChars(GSM_BASIC + GSM_EXTENSION).ofMaxLength(700);
    Arbitrary<String> mixed = Arbitraries.strings()
        .withChars("aé€{あ\uD83D\uDE00\uD800") // lone high surrogate included: one unit
        .ofMaxLength(400);
    Arbitrary<String> emoji = Arbitraries.of("a", "あ", "😀", "👍🏽").list().ofMaxSize(200)
        .map(parts -> String.join("", parts));
    return Arbitraries.oneOf(gsm, mixed, emoji);
  }
}

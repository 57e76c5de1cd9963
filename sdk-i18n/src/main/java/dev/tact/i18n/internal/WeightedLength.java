package dev.tact.i18n.internal;

import com.ibm.icu.text.Normalizer2;

/**
 * X's weighted length, following twitter-text's configuration v3 ({@code config/v3.json}) and
 * {@code TwitterTextParser}: scale 100; weight 100 for code points in U+0000–U+10FF,
 * U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, 200 for every other code point; an emoji
 * sequence ({@link WeightedEmoji}) weighs 200 as a whole; a URL ({@link UrlScanner}) weighs 2300
 * (23 characters) whatever its length. The text is NFC-normalised first, and text made only of
 * whitespace and control characters (up to U+0020) counts 0, as in twitter-text. The result is
 * the weight divided by the scale, rounded down.
 *
 * <pre>{@code
 * WeightedLength.of("Thanks!");               // 7
 * WeightedLength.of("ありがとう");              // 10
 * WeightedLength.of("See https://t.co/abc");  // 27
 * WeightedLength.of("🙋🏽");                    // 2: a skin-toned emoji is one emoji
 * }</pre>
 */
public final class WeightedLength {
  private static final int SCALE = 100;
  private static final int DEFAULT_WEIGHT = 200;
  private static final int LIGHT_WEIGHT = 100;
  private static final int URL_WEIGHT = 23 * SCALE;
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private WeightedLength() {}

  /** The weighted length of {@code text}, at most {@link Integer#MAX_VALUE}. */
  public static int of(String text) {
    if (isBlank(text)) {
      return 0;
    }
    String normalized = NFC.isNormalized(text) ? text : NFC.normalize(text);
    int n = normalized.length();
    long weight = 0;
    long url = UrlScanner.find(normalized, 0);
    int i = 0;
    while (i < n) {
      while (url != UrlScanner.NONE && UrlScanner.start(url) < i) {
        // an emoji sequence ran over the URL's start: twitter-text then drops the URL too
        url = UrlScanner.find(normalized, UrlScanner.end(url));
      }
      if (url != UrlScanner.NONE && UrlScanner.start(url) == i) {
        weight += URL_WEIGHT;
        i = UrlScanner.end(url);
        url = UrlScanner.find(normalized, i);
        continue;
      }
      int emoji = WeightedEmoji.sequenceAt(normalized, i);
      if (emoji > 0) {
        weight += DEFAULT_WEIGHT;
        i += emoji;
        continue;
      }
      int cp = normalized.codePointAt(i);
      weight += weight(cp);
      i += Character.charCount(cp);
    }
    return (int) Math.min(Integer.MAX_VALUE, weight / SCALE);
  }

  /** The weight of one code point outside emoji sequences and URLs: 100 or 200. */
  public static int weight(int codePoint) {
    boolean light = codePoint <= 0x10FF
        || (codePoint >= 0x2000 && codePoint <= 0x200D)
        || (codePoint >= 0x2010 && codePoint <= 0x201F)
        || (codePoint >= 0x2032 && codePoint <= 0x2037);
    return light ? LIGHT_WEIGHT : DEFAULT_WEIGHT;
  }

  /** twitter-text's {@code tweet.trim().length() == 0}: only characters up to U+0020. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }
}

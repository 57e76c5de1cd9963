package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Channel;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * twitter-text's own conformance cases for the v3 configuration: the inputs and expected
 * {@code weightedLength} of the {@code WeightedTweetsWithDiscountedEmojiCounterTest} and
 * {@code UnicodeDirectionalMarkerCounterTest} sections of {@code conformance/validate.yml} in
 * https://github.com/twitter/twitter-text (Apache License 2.0). Long inputs are rebuilt from their
 * repeated parts. Every case of those sections is here: the URL scanner supports all of them.
 */
class XWeightedConformanceTest {
  private static final TextLength X = TextLength.of(Channel.X_REPLY);
  private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
  private static final String POEM =
      "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。"
          + "旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。"
          + "泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。"
          + "遥知兄弟登高处，遍插茱萸少一人。";
  private static final String X11 = "xxxxxxxxxx-";
  private static final String KANA = "あいうえおかきくけこ";
  private static final String LONG_HOST = "somesuperlongurl".repeat(249);

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("Regular Tweet with url", "Hi http://test.co", 26),
        Arguments.of("Just url", "http://test.co", 23),
        Arguments.of("Long tweet, overflow at char index 280", "285 chars-" + X11.repeat(25), 285),
        Arguments.of("Long tweet with url in the middle",
            "285 chars- http://www.twitter.com/jack " + X11.repeat(24), 299),
        Arguments.of("Long tweet with url at the end",
            X11.repeat(24) + " http://www.twitter.com/jack ", 289),
        Arguments.of("10 url string, no overflow", "https://www.twitter.com/aloha ".repeat(10), 240),
        Arguments.of("160 CJK char", POEM, 320),
        Arguments.of("160 emoji char", "\uD83D\uDE37".repeat(160), 320),
        Arguments.of("3 latin char + 160 CJK char", "the" + POEM, 323),
        Arguments.of("'Á' is normalized into 1 char", "A\u0301B", 2),
        Arguments.of("שּׁ is normalized into 3 chars", "A\uFB2C", 4),
        Arguments.of("282 chars with a normalized character within valid range but outside 280",
            "282 chars-" + X11.repeat(24) + "xxxxxA\u0301x", 281),
        Arguments.of("Count a mix of single byte single word, and double word unicode characters",
            "H\uD83D\uDC31\u263A" + FAMILY, 7),
        Arguments.of("Count unicode emoji chars inside the basic multilingual plane",
            "\uD83D\uDE37\uD83D\uDC7E\uD83D\uDE21\uD83D\uDD25\uD83D\uDCA9", 10),
        Arguments.of("Count unicode emoji chars outside the BMP with skin tone modifiers",
            "\uD83D\uDE4B\uD83C\uDFFD\uD83D\uDC68\u200D\uD83C\uDFA4", 4),
        Arguments.of("Handle General Punctuation Characters with visible spaces, no ZWJ/ZWNJ",
            "This is a tweet with general punctuation characters: "
                + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B"
                + " \u2010 \u2011 \u2012 \u2013 \u2014 \u2015 \u2016  \u2017 \u2018 \u2019 \u201A"
                + " \u201B \u201C \u201D \u201E \u201F \u2032 \u2033 \u2034 \u2035 \u2036 \u2037",
            110),
        Arguments.of("Handle long url with invalid domain labels and short url",
            "Long url with invalid domain labels and a short url: "
                + ("https://" + LONG_HOST + ".com/foo ").repeat(3) + "https://validurl.com",
            12079),
        Arguments.of("Handle a 64 character domain without protocol", "randomurl".repeat(7) + "s.com", 68),
        Arguments.of("Do not allow > 140 CJK characters by virtue of CJK chars greater than 63"
                + " punycode encoded chars in the host",
            KANA.repeat(12) + " http://" + KANA.repeat(5) + "あいう.com", 358),
        Arguments.of("Allow > 140 CJK characters by virtue of CJK chars less than 63 punycode"
                + " encoded chars in the host",
            KANA.repeat(12) + " http://" + KANA.repeat(5) + "あい.com", 264),
        Arguments.of("140 family emoji", FAMILY.repeat(140), 280),
        Arguments.of("Unicode 10.0 emoji",
            "Unicode 10.0 emoji: \uD83E\uDD2A; \uD83E\uDDD5; \uD83E\uDDD5\uD83C\uDFFE; "
                + "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F",
            34),
        Arguments.of("Unicode 9.0 emoji",
            "Unicode 9.0 emoji: \uD83E\uDD20; \uD83D\uDC83; \uD83D\uDC83\uD83C\uDFFE", 29),
        Arguments.of("Handle invalid characters", "ABC\u202A\uFFFFABC\uFFFE", 12),
        Arguments.of("Tweet text containing directional characters should be considered valid",
            "\u2066\u202Ahttp://foobar.پاکستان/\u202C\u2069", 31));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void weightedLengthMatchesTwitterText(String description, String text, int expected) {
    assertEquals(expected, X.length(text), description);
  }
}

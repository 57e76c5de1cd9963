package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the prefilled text, the link is a valid URI whose {@code text} decodes back to it, and
 * it holds nothing an RFC 3986 query value must not (no space, no {@code +}, nothing beyond ASCII).
 */
class DmLinksProperties {
  private static final DmLinks LINKS = DmLinks.builder().x("783214").whatsApp("+15551234567")
      .build();

  @Property(tries = 1000)
  void theTextDecodesBackAndTheLinkIsAValidUri(@ForAll("texts") String text)
      throws URISyntaxException {
    for (Channel channel : List.of(Channel.X_REPLY, Channel.WHATSAPP)) {
      URI link = LINKS.link(channel, text).orElseThrow();
      String raw = link.toString();
      assertEquals(link, new URI(raw), "java.net.URI parses it strictly");
      assertTrue(raw.chars().allMatch(c -> c > 0x20 && c < 0x7F), raw);
      assertFalse(raw.contains("+"), raw);
      assertFalse(raw.endsWith(".") || raw.endsWith("~"), raw);
      assertEquals(text.isBlank() ? null : text, textParameter(link));
    }
  }

  @Property(tries = 300)
  void anyStringMakesAValidLink(@ForAll String anyUtf16) throws URISyntaxException {
    URI link = LINKS.link(Channel.X_REPLY, anyUtf16).orElseThrow();
    assertEquals(link, new URI(link.toString()));
  }

  /** The decoded value of the {@code text} parameter, by a decoder independent of the encoder. */
  private static String textParameter(URI link) {
    String query = link.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String parameter : query.split("&")) {
      if (parameter.startsWith("text=")) {
        return URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** Well-formed Unicode, rich in reserved characters, spaces, emoji and Japanese. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Integer> anyCodePoint = Arbitraries.integers().between(0, 0x10FFFF)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    Arbitrary<Integer> tricky = Arbitraries.of(" &=#?+/%~.'\"\n\t:;@!$()*,[]{}<>\\^`|-_"
        .codePoints().boxed().toList());
    Arbitrary<Integer> words = Arbitraries.of("注文番号 ありがとう 😀👍🏽👨‍👩‍👧 Grüße ça ¿qué? ação"
        .codePoints().boxed().toList());
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, anyCodePoint), net.jqwik.api.Tuple.of(3, tricky),
            net.jqwik.api.Tuple.of(3, words), net.jqwik.api.Tuple.of(3,
                Arbitraries.integers().between('a', 'z')))
        .list().ofMaxSize(60)
        .map(codePoints -> codePoints.stream().collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString());
  }
}

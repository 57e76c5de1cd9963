package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tact.i18n.OutputFormat;
import dev.tact.i18n.Renderer;
import dev.tact.i18n.TemplateCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a line holds, {@code tact render --jsonl} answers it with exactly one line of JSON: the
 * text or an error, never an exception, never an internal error; and no argument value, however
 * made, changes the structure of the reply or brings markup into an HTML one.
 */
class RenderResponderPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Writes every non-ASCII character as a JSON escape, so that lone surrogates reach the parser. */
  private static final ObjectMapper ESCAPING =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T19:30:00Z"), ZoneOffset.UTC);
  /** One responder per format, with the test catalog: as in a run, where one serves every line. */
  private static final Map<OutputFormat, RenderResponder> RESPONDERS = responders();

  @Property
  void anyTextGetsOneAnswerLine(@ForAll String line) throws IOException {
    String output = run(RequestLines.oneLine(line) + "\n");

    assertTrue(output.endsWith("\n"), output);
    assertEquals(1, output.lines().count(), output);
    assertValidAnswer(output.strip());
  }

  @Property(tries = 2000)
  void anyJsonObjectGetsOneValidAnswer(@ForAll("requests") Map<String, Object> request,
      @ForAll boolean escapeNonAscii, @ForAll OutputFormat format) throws IOException {
    String line = (escapeNonAscii ? ESCAPING : JSON).writeValueAsString(request);

    String answer = RESPONDERS.get(format).respond(line);

    assertFalse(answer.contains("\n") || answer.contains("\r"), answer);
    Statistics.label("answer").collect(answer.startsWith("{\"error\"") ? "error" : "text");
    Statistics.label("mode").collect(request.containsKey("key") ? "key" : "pattern");
    assertValidAnswer(answer);
  }

  @Property(tries = 1000)
  void noValueChangesTheStructureOfAnHtmlReply(@ForAll("values") String name, @ForAll("values") String orderId,
      @ForAll("supportedLocales") String locale) throws JsonProcessingException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("pattern", "<p>{customerName}: order <b>{orderId}</b>.</p>");
    request.put("locale", locale);
    request.put("args", Map.of("orderId", orderId));
    request.put("customer", Map.of("name", name));

    String answer = RESPONDERS.get(OutputFormat.HTML).respond(JSON.writeValueAsString(request));

    JsonNode node = JSON.readTree(answer);
    if (node.has("error")) {
      // Only a value that is blank once controls are removed is missing; nothing else fails.
      assertTrue(node.get("error").get("message").textValue().startsWith("template.missing-value"), answer);
      return;
    }
    String text = node.get("text").textValue();
    assertTrue(text.startsWith("<p>") && text.endsWith("</b>.</p>"), text);
    String values = text.substring("<p>".length(), text.length() - "</b>.</p>".length())
        .replaceFirst(": order <b>", "");
    assertFalse(values.contains("<") || values.contains(">") || values.contains("\""), text);
  }

  @Property(tries = 300)
  void aBatchOfAnyLinesGetsOneAnswerPerLine(@ForAll("batches") List<String> lines) throws IOException {
    String input = lines.stream().map(line -> line + "\n").collect(Collectors.joining());

    List<String> answers = run(input).lines().toList();

    assertEquals(lines.size(), answers.size());
    for (String answer : answers) {
      assertValidAnswer(answer);
    }
  }

  private static String run(String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
        RESPONDERS.get(OutputFormat.PLAIN)::respond);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** One JSON object: an error with a message, or the text. */
  private static void assertValidAnswer(String answer) throws JsonProcessingException {
    JsonNode node = JSON.readTree(answer);
    Set<String> fields = new HashSet<>();
    node.fieldNames().forEachRemaining(fields::add);
    if (fields.equals(Set.of("error"))) {
      JsonNode message = node.get("error").get("message");
      assertTrue(message.isTextual() && !message.textValue().isBlank(), answer);
      assertFalse(message.textValue().startsWith("internal error"), answer);
      assertEquals(1, node.get("error").size(), answer);
      return;
    }
    assertEquals(Set.of("text"), fields, answer);
    assertTrue(node.get("text").isTextual(), answer);
  }

  /**
   * Requests that are valid about half the time: a pattern built from pieces of MessageFormat
   * (mostly well formed) or a catalog key, a locale, arguments of every JSON kind, a customer, a
   * "now"; sometimes with a field dropped, replaced by a value of any kind, or an unknown field.
   */
  @Provide
  Arbitrary<Map<String, Object>> requests() {
    Arbitrary<Object> pattern = Arbitraries.frequencyOf(
        Tuple.of(6, patternLike()), Tuple.of(1, Arbitraries.strings().map(s -> (Object) s)));
    Arbitrary<Object> key = Arbitraries.of("welcome", "cart.items", "order.shipped", "ack.received",
        "seasonal.new-year", "welcom", "", "WELCOME");
    Arbitrary<Object> locale = locales().map(l -> (Object) l);
    Arbitrary<Object> args = Arbitraries.maps(
            Arbitraries.of("count", "n", "orderId", "shippedAt", "due", "summary", "topic", "d", "x", ""),
            argumentValue())
        .ofMaxSize(5).map(m -> (Object) m);
    Arbitrary<Object> customer = customers();
    Arbitrary<Object> now = instants().map(i -> (Object) i);
    Arbitrary<Map<String, Object>> valid = Combinators.combine(
            Arbitraries.integers().between(0, 3), pattern, key, locale, args.injectNull(0.2),
            customer.injectNull(0.2), now.injectNull(0.5))
        .as((mode, p, k, l, a, c, n) -> {
          Map<String, Object> request = new LinkedHashMap<>();
          if (mode == 0) {
            request.put("key", k);
          } else {
            request.put("pattern", p);
          }
          request.put("locale", l);
          request.put("args", a);
          request.put("customer", c);
          request.put("now", n);
          return request;
        });
    Arbitrary<String> field = Arbitraries.of("pattern", "key", "locale", "args", "customer", "now");
    Arbitrary<String> unknown = Arbitraries.oneOf(Arbitraries.of("costumer", "arguments", "Key", ""),
        Arbitraries.strings().ofMaxLength(8));
    return RequestLines.damaged(valid, field, anyValue(), unknown);
  }

  @Provide
  Arbitrary<List<String>> batches() {
    return RequestLines.batches(requests().map(RenderResponderPropertyTest::write));
  }

  @Provide
  Arbitrary<String> locales() {
    return Arbitraries.of("en", "ja", "de", "de-AT", "ar", "pt-BR", "fr", "ru", "pl", "he", "zh-Hant-TW",
        "en_US", "", "und", "x-private", "ja-JP-u-ca-japanese", "ar-EG-u-nu-arab");
  }

  @Provide
  Arbitrary<String> supportedLocales() {
    return Arbitraries.of("en", "ja", "de", "de-AT", "ar", "pt-BR", "fr", "he", "zh-Hant-TW");
  }

  /** Texts of every kind that a customer might send: markup, braces, quotes, bidi, controls. */
  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> piece = Arbitraries.of("Sam", "Maria Müller", "田中 由紀", "ليلى", "{0}", "'{'", "'", "}", "#",
        "<b>", "</p>", "&amp;", "\"", "\u202e", "\u2066", "\u0000", "\u0085", "\ud800", " ", "\u3000", "\n", "🙇‍♀️",
        "*", "[x](y)", "e\u0301");
    return Arbitraries.oneOf(piece.list().ofMaxSize(6).map(p -> String.join("", p)), Arbitraries.strings().ofMaxLength(12));
  }

  private Arbitrary<Object> patternLike() {
    Arbitrary<String> piece = Arbitraries.of(
        "Hi ", "{greeting}", ", ", "{customerName}", "!", "{orderId}", " {count, plural, one{# item} other{# items}}",
        "{n, plural, zero{none} one{one} two{two} few{few} many{many} other{#}}", "{d, date, long}",
        "{d, time, short}", "{formality, select, formal{Sie} other{du}}", "{x, number}", "{x, spellout}",
        "{x, ordinal}", "We're", "''", "'{'", "{", "}", "#", "{count}", "{x, foo}", "{0}", "<b>", "\n",
        "{topic, select, a{A} other{B}}", "{due, date}", "{summary}");
    return piece.list().ofMinSize(0).ofMaxSize(8).map(pieces -> String.join("", pieces));
  }

  private Arbitrary<Object> argumentValue() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
            .map(b -> (Object) b),
        values().map(s -> (Object) s),
        instants().map(s -> (Object) s),
        anyValue());
  }

  private Arbitrary<Object> customers() {
    Arbitrary<Object> zone = Arbitraries.of("Asia/Tokyo", "Europe/Berlin", "America/New_York", "America/Sao_Paulo",
        "Pacific/Kiritimati", "Etc/GMT+12", "+05:30", "UTC", "Europe/Berln", "");
    Arbitrary<Object> formality = Arbitraries.of("formal", "neutral", "casual", "FORMAL", "polite");
    return Combinators.combine(values(), values(), values(), zone, formality, Arbitraries.integers().between(0, 5))
        .as((name, given, family, z, f, shape) -> {
          Map<String, Object> customer = new LinkedHashMap<>();
          if (shape < 3) {
            customer.put("name", name);
          } else if (shape < 5) {
            customer.put("givenName", given);
            customer.put("familyName", family);
          }
          if (shape % 2 == 0) {
            customer.put("zone", z);
          }
          if (shape % 3 == 0) {
            customer.put("formality", f);
          }
          return (Object) customer;
        });
  }

  /** ISO instants across the whole supported range and a little beyond, and near misses. */
  private static Arbitrary<String> instants() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()).map(s -> Instant.ofEpochSecond(s).toString()),
        Arbitraries.longs().between(1_700_000_000L, 1_900_000_000L).map(s -> Instant.ofEpochSecond(s).toString()),
        Arbitraries.of("0001-01-02T00:00:00Z", "9999-12-30T23:59:59Z", "+10000-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z", "2026-11-26T19:30:00+14:00", "2026-11-26T19:30:00.123456789Z",
            "2026-11-26", "2026-11-26T19:30", "2026-02-30T00:00:00Z"));
  }

  private static Arbitrary<Object> anyValue() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s),
        Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(3).map(l -> (Object) l),
        Arbitraries.just(Map.of("nested", List.of(1, "two"))));
  }

  private static String write(Map<String, Object> request) {
    try {
      return JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<OutputFormat, RenderResponder> responders() {
    TemplateCatalog catalog = TemplateCatalog.load(catalogDirectory());
    Map<OutputFormat, RenderResponder> responders = new EnumMap<>(OutputFormat.class);
    for (OutputFormat format : OutputFormat.values()) {
      Renderer renderer = Renderer.builder().catalog(catalog).outputFormat(format).build();
      responders.put(format, new RenderResponder(renderer, catalog, Locale.ENGLISH, CLOCK));
    }
    return responders;
  }

  private static Path catalogDirectory() {
    URL readme = RenderResponderPropertyTest.class.getResource("/dev/tact/cli/render-catalog/README.md");
    try {
      return Path.of(Objects.requireNonNull(readme, "the test catalog").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

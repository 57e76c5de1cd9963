package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a line holds, {@code tact hours --jsonl} answers it with exactly one line of JSON: the
 * answer or an error, never an exception, never an internal error.
 */
class HoursResponderPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Property
  void anyTextGetsOneAnswerLine(@ForAll String line) throws IOException {
    assertOneValidAnswer(RequestLines.oneLine(line));
  }

  @Property(tries = 2000)
  void anyJsonObjectGetsOneAnswerLine(@ForAll("requests") Map<String, Object> request) throws IOException {
    assertOneValidAnswer(JSON.writeValueAsString(request));
  }

  @Property(tries = 300)
  void aBatchOfAnyLinesGetsOneAnswerPerLine(@ForAll("batches") List<String> lines) throws IOException {
    String input = lines.stream().map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long answered = JsonLines.run(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, new HoursResponder(Clock.systemUTC())::respond);

    List<String> answers = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(lines.size(), answered);
    assertEquals(lines.size(), answers.size());
  }

  private static void assertOneValidAnswer(String line) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.run(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), out,
        new HoursResponder(Clock.systemUTC())::respond);
    String output = out.toString(StandardCharsets.UTF_8);

    assertTrue(output.endsWith("\n"), output);
    assertEquals(1, output.lines().count(), output);
    assertValidAnswer(output.strip());
  }

  private static void assertValidAnswer(String answer) throws JsonProcessingException {
    JsonNode node = JSON.readTree(answer);
    Set<String> fields = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(fields::add);
    if (fields.equals(Set.of("error"))) {
      JsonNode message = node.get("error").get("message");
      assertTrue(message.isTextual() && !message.textValue().isBlank(), answer);
      assertFalse(message.textValue().startsWith("internal error"), answer);
      assertEquals(1, node.get("error").size(), answer);
    } else {
      assertEquals(Set.of("open", "nextChange"), fields, answer);
      assertTrue(node.get("open").isBoolean(), answer);
      JsonNode next = node.get("nextChange");
      assertTrue(next.isNull() || Instant.parse(next.textValue()).getNano() == 0, answer);
    }
  }

  @Provide
  Arbitrary<Map<String, Object>> requests() {
    Arbitrary<Object> hours = Arbitraries.oneOf(hoursLike(), Arbitraries.strings(), anyValue());
    Arbitrary<Object> zone = Arbitraries.oneOf(
        Arbitraries.of("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
            "Pacific/Kiritimati", "America/Sao_Paulo", "UTC", "+05:30", "GMT+1", "Z", "Europe/Berln", ""),
        Arbitraries.strings(), anyValue());
    Arbitrary<Object> at = Arbitraries.oneOf(
        Arbitraries.longs().between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()).map(s -> Instant.ofEpochSecond(s).toString()),
        Arbitraries.longs().between(1_700_000_000L, 1_900_000_000L).map(s -> Instant.ofEpochSecond(s).toString()),
        Arbitraries.strings(), anyValue());
    Arbitrary<Object> holidays = Arbitraries.oneOf(
        Arbitraries.of("2026-12-25", "2026-12-26", "2027-01-01", "0001-01-01", "9999-12-31", "2026-02-30")
            .list().ofMaxSize(5).map(list -> (Object) list),
        anyValue());
    Arbitrary<Map<String, Object>> fields = Combinators.combine(
            hours.injectNull(0.05), zone.injectNull(0.05), at.injectNull(0.05), holidays.injectNull(0.3))
        .as((h, z, a, d) -> {
          Map<String, Object> request = new LinkedHashMap<>();
          request.put("hours", h);
          request.put("zone", z);
          request.put("at", a);
          request.put("holidays", d);
          return request;
        });
    Arbitrary<Set<String>> dropped =
        Arbitraries.of("hours", "zone", "at", "holidays").set().ofMaxSize(2).injectNull(0.0);
    Arbitrary<Map<String, Object>> extra =
        Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), anyValue()).ofMaxSize(1);
    return Combinators.combine(fields, dropped, extra, Arbitraries.integers().between(0, 9))
        .as((request, drop, more, dice) -> {
          Map<String, Object> result = new LinkedHashMap<>(request);
          if (dice < 3) {
            result.keySet().removeAll(drop);
          }
          if (dice == 0) {
            more.forEach(result::putIfAbsent);
          }
          result.values().removeIf(value -> value == null && dice > 5);
          return result;
        });
  }

  @Provide
  Arbitrary<List<String>> batches() {
    return RequestLines.batches(requests().map(HoursResponderPropertyTest::write));
  }

  private static String write(Map<String, Object> request) {
    try {
      return JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Texts built from pieces of the hours syntax, mostly valid, sometimes not. */
  private static Arbitrary<Object> hoursLike() {
    Arbitrary<String> piece = Arbitraries.of(
        "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "-", ",", ";", " ", "09:00", "18:00", "00:00", "24:00",
        "22:00-02:00", "12:00-13:00", "24/7", "off", "closed", "PH", "Dec", "Jan", "24", "2026", ":", "+",
        "Mo-Fr 09:00-18:00", "Sa 10:00-14:00", "Dec 24-26 off", "PH off", "\"", "sunrise");
    return piece.list().ofMinSize(1).ofMaxSize(12).map(pieces -> String.join("", pieces));
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
}

package dev.tact.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Visibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.jspecify.annotations.Nullable;

/**
 * Whatever a line holds, {@code tact review --jsonl} answers it with exactly one line of JSON: the
 * findings and the escalation, or an error, never an exception, never an internal error; every
 * finding's span lies inside the draft, in UTF-16 units, without splitting a surrogate pair; the
 * escalation is PRIVATE exactly when it has reasons, blocking only on a public channel with a
 * {@code privacy.personal-data} finding; and with {@code --evidence} every signal's and every piece
 * of personal data's span lies inside the field it names.
 */
class ReviewResponderPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Stands for an explicit JSON null in a generated request (an Optional cannot hold null). */
  private static final Object NULL = new Object();
  /** Writes every non-ASCII character as a JSON escape, so that lone surrogates reach the parser. */
  private static final ObjectMapper ESCAPING =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  /** One Tact for every try: as in a run, where one serves every line. */
  private static final Tact TACT = Tact.builder().build();
  private static final ReviewResponder RESPONDER = new ReviewResponder(TACT, false);
  private static final ReviewResponder WITH_EVIDENCE = new ReviewResponder(TACT, true);
  private static final Set<String> REASONS = Set.of("ACCOUNT_DETAILS_NEEDED", "PERSONAL_DATA_IN_INBOUND",
      "PERSONAL_DATA_IN_DRAFT", "SENSITIVE_TOPIC", "LONG_THREAD", "CUSTOMER_ASKED_PRIVATE");

  @Property
  void anyTextGetsOneAnswerLine(@ForAll String line) throws IOException {
    String output = run(RequestLines.oneLine(line) + "\n");

    assertTrue(output.endsWith("\n"), output);
    assertEquals(1, output.lines().count(), output);
    assertValidAnswer(output.strip(), Map.of(), false);
  }

  @Property(tries = 2000)
  void anyJsonObjectGetsOneAnswerWithSpansInsideTheDraft(@ForAll("requests") Map<String, Object> request,
      @ForAll boolean escapeNonAscii, @ForAll boolean evidence) throws IOException {
    String line = (escapeNonAscii ? ESCAPING : JSON).writeValueAsString(request);

    String answer = (evidence ? WITH_EVIDENCE : RESPONDER).respond(line);

    assertFalse(answer.contains("\n"), answer);
    Statistics.label("answer").collect(
        answer.startsWith("{\"error\"") ? "error" : answer.startsWith("{\"findings\":[]") ? "clean" : "findings");
    Statistics.label("route").collect(answer.contains("\"route\":\"PRIVATE\"") ? "PRIVATE"
        : answer.contains("\"route\":\"PUBLIC\"") ? "PUBLIC" : "none");
    Statistics.label("blocking").collect(answer.contains("\"blocking\":true"));
    Object automated = request.get("automated");
    Statistics.label("automated").collect(!request.containsKey("automated") ? "absent"
        : automated == null || automated instanceof Boolean ? String.valueOf(automated) : "invalid");
    assertValidAnswer(answer, request, evidence);
    if (automated != null && !(automated instanceof Boolean)) {
      assertTrue(answer.startsWith("{\"error\""), "a non-boolean 'automated' is an error: " + answer);
    }
  }

  @Property(tries = 300)
  void aBatchOfAnyLinesGetsOneAnswerPerLine(@ForAll("batches") List<String> lines) throws IOException {
    String input = lines.stream().map(line -> line + "\n").collect(Collectors.joining());

    List<String> answers = run(input).lines().toList();

    assertEquals(lines.size(), answers.size());
    for (String answer : answers) {
      assertValidAnswer(answer, Map.of(), false);
    }
  }

  private static String run(String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLines.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, RESPONDER::respond);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * One JSON object: an error with a message, or findings whose spans fit the request's
   * {@code text} if known, and a consistent escalation, with evidence whose spans fit the fields
   * they name if {@code evidence}.
   */
  private static void assertValidAnswer(String answer, Map<String, Object> request, boolean evidence)
      throws JsonProcessingException {
    @Nullable String text = request.get("text") instanceof String string ? string : null;
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
    assertEquals(Set.of("findings", "escalation"), fields, answer);
    assertValidEscalation(node, request, evidence);
    for (JsonNode finding : node.get("findings")) {
      Set<String> keys = new HashSet<>();
      finding.fieldNames().forEachRemaining(keys::add);
      assertEquals(Set.of("rule", "severity", "start", "end", "message", "suggestions"), keys, answer);
      assertTrue(Set.of("error", "warning", "info").contains(finding.get("severity").textValue()), answer);
      int start = finding.get("start").intValue();
      int end = finding.get("end").intValue();
      assertTrue(0 <= start && start <= end, answer);
      if (text != null) {
        assertTrue(end <= text.length(), answer);
        assertFalse(splitsPair(text, start) || splitsPair(text, end), answer);
      }
    }
  }

  private static void assertValidEscalation(JsonNode answer, Map<String, Object> request, boolean evidence) {
    JsonNode escalation = answer.get("escalation");
    Set<String> keys = new HashSet<>();
    escalation.fieldNames().forEachRemaining(keys::add);
    assertEquals(evidence ? Set.of("route", "reasons", "sender", "blocking", "signals", "personalData")
        : Set.of("route", "reasons", "sender", "blocking"), keys, answer::toString);
    Set<String> reasons = new HashSet<>();
    escalation.get("reasons").forEach(reason -> reasons.add(reason.textValue()));
    assertTrue(REASONS.containsAll(reasons), answer::toString);
    assertEquals(escalation.get("reasons").size(), reasons.size(), () -> "each reason once: " + answer);
    assertEquals(reasons.isEmpty() ? "PUBLIC" : "PRIVATE", escalation.get("route").textValue(), answer::toString);
    assertTrue(Set.of("CUSTOMER", "LIKELY_TROLL", "UNSURE").contains(escalation.get("sender").textValue()),
        answer::toString);
    boolean leaks = false;
    for (JsonNode finding : answer.get("findings")) {
      leaks |= finding.get("rule").textValue().equals("privacy.personal-data");
    }
    assertEquals(leaks, escalation.get("blocking").booleanValue(), answer::toString);
    if (leaks) {
      assertTrue(reasons.contains("PERSONAL_DATA_IN_DRAFT"), answer::toString);
    }
    if (leaks && request.get("channel") instanceof String channel) {
      assertEquals(Visibility.PUBLIC, Channel.builtIn(channel).orElseThrow().visibility(),
          () -> "only a public draft blocks: " + answer);
    }
    if (!evidence) {
      return;
    }
    for (String list : List.of("signals", "personalData")) {
      for (JsonNode item : escalation.get(list)) {
        String source = item.get("source").textValue();
        assertTrue(source.equals("text") || source.equals("inbound"), answer::toString);
        String field = (String) request.get(source);
        int start = item.get("start").intValue();
        int end = item.get("end").intValue();
        assertTrue(0 <= start && start <= end && end <= field.length(), answer::toString);
        assertFalse(splitsPair(field, start) || splitsPair(field, end), answer::toString);
        if (list.equals("signals")) {
          assertEquals(field.substring(start, end), item.get("words").textValue(), answer::toString);
        }
      }
    }
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length()
        && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
  }

  /**
   * Requests that are valid six times in ten, so that most reach the rules; the others have fields
   * dropped, replaced by values of any kind (or by near misses), or an unknown field added. A valid
   * request leaves out the optional {@code automated} or sets it to true, false or null; an invalid
   * one may set it to anything else ("true", 1, a list…).
   */
  @Provide
  Arbitrary<Map<String, Object>> requests() {
    Arbitrary<Object> text = Arbitraries.frequencyOf(Tuple.of(5, draftLike()), Tuple.of(1, Arbitraries.strings()));
    Arbitrary<Object> locale = Arbitraries.of("en", "ja", "ja-JP", "en-GB", "EN", "de", "pt-BR", "zh-Hant-TW",
        "ja-JP-u-ca-japanese");
    Arbitrary<Object> channel = Arbitraries.of("public", "private", "x.reply", "x.dm", "email", "sms", "line");
    Arbitrary<Object> inbound = Arbitraries.frequencyOf(
        Tuple.of(5, inboundLike()), Tuple.of(1, Arbitraries.strings())).injectNull(0.3);
    Arbitrary<Object> thread = Arbitraries.oneOf(draftLike(), Arbitraries.strings()).list().ofMaxSize(4)
        .map(list -> (Object) list).injectNull(0.5);
    // Absent, or true, false or null (which means absent).
    Arbitrary<Optional<Object>> automated = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(Optional.<Object>empty())),
        Tuple.of(3, Arbitraries.of(true, false).map(b -> Optional.<Object>of(b))),
        Tuple.of(1, Arbitraries.just(Optional.<Object>of(NULL))));
    Arbitrary<Map<String, Object>> valid = Combinators.combine(text, locale, channel, inbound, thread, automated)
        .as((t, l, c, i, th, a) -> {
          Map<String, Object> request = new LinkedHashMap<>();
          request.put("text", t);
          request.put("locale", l);
          request.put("channel", c);
          if (i != null || th != null) {
            request.put("inbound", i);
          }
          if (th != null) {
            request.put("thread", th);
          }
          a.ifPresent(value -> request.put("automated", value == NULL ? null : value));
          return request;
        });
    Arbitrary<String> field = Arbitraries.of("text", "locale", "channel", "inbound", "thread", "automated");
    Arbitrary<Object> wrong = Arbitraries.oneOf(anyValue(), Arbitraries.strings().ofMaxLength(12).map(x -> (Object) x),
        Arbitraries.of("en_US", "", "und", "english", "x-private", "twitter", "X.reply", "x.reply ")
            .map(x -> (Object) x),
        Arbitraries.of("true", "false", "TRUE", "yes", 1, 0).map(x -> (Object) x));
    Arbitrary<String> unknown = Arbitraries.oneOf(Arbitraries.of("inbund", "escalation", "Text", "", "automatic", "Automated"),
        Arbitraries.strings().ofMaxLength(8));
    return RequestLines.damaged(valid, field, wrong, unknown);
  }

  @Provide
  Arbitrary<List<String>> batches() {
    return RequestLines.batches(requests().map(ReviewResponderPropertyTest::write));
  }

  private static String write(Map<String, Object> request) {
    try {
      return JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Drafts built from pieces of care replies in English and Japanese, with the phrases the rules
   * look for, emoji, combining marks, full-width forms and lone surrogates between them.
   */
  private static Arbitrary<Object> draftLike() {
    Arbitrary<String> word = Arbitraries.of(
        "Please ", "just ", "restart ", "the app", "simply ", "obviously ", "you must have ", "As I said", " lol",
        "Sorry! ", "We apologize. ", "Sam, ", "easy", ". ", "!", "😂", "🙇‍♀️", "👍🏽", "e\u0301", "ＪＵＳＴ", "\u00a0",
        "\ud800", "\udc00", "押す", "だけ", "で", "簡単に", "直ります", "お客様の操作ミス", "。", "笑", "w", "「同期」を",
        "ご不便をおかけしております", "just now", "not just you", "ただいま", "I'm a virtual assistant. ",
        "自動応答です。", "Can you send us your order number? ", "注文番号を教えていただけますか。",
        "jane.doe@example.com", " 4111 1111 1111 1111 ", "+44 20 7946 0958", "DM us", "ご登録のメールアドレス");
    Arbitrary<String> flagged = Arbitraries.of(
        "Please just restart the app. ", "As I said before, ", "you must have entered the wrong password. ",
        "Just click Settings, it's easy! ", "設定を押すだけで直ります。", "簡単にできます！", "お客様の操作ミスかと思われます。");
    Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(4, word), Tuple.of(1, flagged));
    return piece.list().ofMinSize(0).ofMaxSize(16).map(pieces -> String.join("", pieces));
  }

  private static Arbitrary<Object> inboundLike() {
    Arbitrary<String> piece = Arbitraries.of(
        "Third time asking", "!!", "!!!", " still broken", "STILL BROKEN", "😡", "lol", "😂", "何度も", "まだ",
        "直らない", "！", "Where is my refund?", " ", "\ud83d", "DM me", "DMでお願いします", "order #A-1042",
        "my email is sam@example.org", "you idiots", "worst company ever", "my account was hacked", "二重請求",
        "code: 483920", "〒150-0002", "I tried twice yesterday");
    return piece.list().ofMinSize(0).ofMaxSize(8).map(pieces -> String.join("", pieces));
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

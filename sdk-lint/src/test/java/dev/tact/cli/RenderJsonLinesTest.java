package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code tact render --jsonl}, the JSON-lines contract: one rendered text per request line, in
 * order, errors in place. The golden session in {@code render-jsonl-session.txt} reads as the
 * example; its {@code $} lines give each part's command line, where {@code render-catalog} is the
 * test catalog beside it.
 */
class RenderJsonLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JANE_IN_NEW_YORK =
      "{\"pattern\":\"{greeting}, {customerName}!\",\"locale\":\"en\","
          + "\"customer\":{\"name\":\"Jane Smith\",\"zone\":\"America/New_York\"}}";

  @Test
  void answersTheGoldenSessionLineByLine() {
    JsonLinesSession session = JsonLinesSession.load("render-jsonl-session.txt");
    int checked = 0;

    for (int start = 0; start < session.requests().size(); ) {
      String command = Objects.requireNonNull(session.commands().get(start), "a $ line before the first request");
      int end = start;
      while (end < session.requests().size() && command.equals(session.commands().get(end))) {
        end++;
      }
      List<String> requests = session.requests().subList(start, end);

      TactRun run = tact(String.join("\n", requests) + "\n", arguments(command));

      assertEquals(0, run.exitCode(), run.err());
      assertEquals("", run.err());
      List<String> answers = run.lines();
      assertEquals(requests.size(), answers.size(), "one answer per request after $ tact " + command);
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(session.answers().get(start + i), answers.get(i), "answer to " + requests.get(i));
        checked++;
      }
      start = end;
    }
    assertTrue(checked >= 60, "the session has " + checked + " requests");
  }

  @Test
  void withoutNowALineIsWrittenAtTheInjectedClock() {
    TactRun afternoon = tact(JANE_IN_NEW_YORK + "\n", "render", "--jsonl");
    TactRun morning = TactRun.tact((JANE_IN_NEW_YORK + "\n").getBytes(StandardCharsets.UTF_8),
        Clock.fixed(Instant.parse("2026-11-26T13:00:00Z"), ZoneOffset.UTC), "render", "--jsonl");

    assertEquals(List.of("{\"text\":\"Good afternoon, Jane!\"}"), afternoon.lines());
    assertEquals(List.of("{\"text\":\"Good morning, Jane!\"}"), morning.lines());
  }

  @Test
  void rightToLeftValuesAreIsolatedAndTheIsolatesWrittenAsEscapes() throws JsonProcessingException {
    TactRun run = tact("{\"key\":\"welcome\",\"locale\":\"ar\",\"customer\":{\"name\":\"ليلى حسن\"}}\n",
        "render", "--jsonl", "--catalog", catalog());

    String answer = run.lines().get(0);
    assertTrue(answer.contains("\\u2068ليلى حسن\\u2069"), answer);
    assertEquals("مرحبًا \u2068ليلى حسن\u2069، شكرًا لتواصلك معنا.", JSON.readTree(answer).get("text").textValue());
  }

  @Test
  void answersEveryLineEvenWithoutAFinalLineBreakOrWithWindowsLineBreaks() {
    TactRun run = tact(JANE_IN_NEW_YORK + "\r\n" + JANE_IN_NEW_YORK, "render", "--jsonl");

    assertEquals(List.of("{\"text\":\"Good afternoon, Jane!\"}", "{\"text\":\"Good afternoon, Jane!\"}"), run.lines());
  }

  @Test
  void emptyInputGivesNoAnswerAndSuccess() {
    TactRun run = tact("", "render", "--jsonl", "--catalog", catalog());

    assertEquals(0, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void aLineThatIsNotUtf8GetsAnErrorAndTheNextLineItsAnswer() {
    byte[] bad = {'{', '"', 'p', 'a', 't', 't', 'e', 'r', 'n', '"', ':', '"', (byte) 0xE3, (byte) 0x81, '"', '}', '\n'};
    byte[] good = (JANE_IN_NEW_YORK + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, input, 0, bad.length);
    System.arraycopy(good, 0, input, bad.length, good.length);

    TactRun run = TactRun.tact(input, Clock.fixed(TactRun.NOW, ZoneOffset.UTC), "render", "--jsonl");

    assertEquals(
        List.of("{\"error\":{\"message\":\"line is not valid UTF-8; send text encoded as UTF-8\"}}",
            "{\"text\":\"Good afternoon, Jane!\"}"),
        run.lines());
  }

  @Test
  void tenThousandLinesGetTenThousandAnswersInOrder() {
    int count = 10_000;
    String input = IntStream.range(0, count)
        .mapToObj(i -> i % 2 == 0
            ? "{\"key\":\"cart.items\",\"locale\":\"en\",\"args\":{\"count\":" + i + "}}"
            : "{\"pattern\":\"{n, plural, one{# reply} other{# replies}}\",\"locale\":\"en\",\"args\":{\"n\":" + i + "}}")
        .collect(Collectors.joining("\n", "", "\n"));

    TactRun run = tact(input, "render", "--jsonl", "--catalog", catalog());

    List<String> answers = run.lines();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(count, answers.size());
    assertEquals("{\"text\":\"0 items are waiting in your cart.\"}", answers.get(0));
    assertEquals("{\"text\":\"1 reply\"}", answers.get(1));
    assertEquals("{\"text\":\"9,998 items are waiting in your cart.\"}", answers.get(9_998));
    assertEquals("{\"text\":\"9,999 replies\"}", answers.get(9_999));
  }

  /** The arguments of a {@code $ tact ...} line, with {@code render-catalog} as the test catalog. */
  private static String[] arguments(String command) {
    List<String> arguments = new ArrayList<>();
    for (String argument : command.split(" ")) {
      arguments.add(argument.equals("render-catalog") ? catalog() : argument);
    }
    return arguments.toArray(String[]::new);
  }

  /** The test catalog's directory, {@code render-catalog} beside the session. */
  static String catalog() {
    URL readme = RenderJsonLinesTest.class.getResource("render-catalog/README.md");
    try {
      return Path.of(Objects.requireNonNull(readme, "the test catalog").toURI()).getParent().toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

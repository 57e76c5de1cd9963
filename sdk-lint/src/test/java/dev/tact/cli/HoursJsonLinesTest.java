package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code tact hours --jsonl}, the JSON-lines contract: one answer line per request line, in order,
 * errors in place. The golden session in {@code hours-jsonl-session.txt} reads as the example.
 */
class HoursJsonLinesTest {

  @Test
  void answersTheGoldenSessionLineByLine() {
    JsonLinesSession session = JsonLinesSession.load("hours-jsonl-session.txt");

    TactRun run = tact(session.input(), "hours", "--jsonl");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> answers = run.lines();
    assertEquals(session.answers().size(), answers.size(), "one answer per request");
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(session.answers().get(i), answers.get(i), "answer to " + session.requests().get(i));
    }
  }

  @Test
  void answersEveryLineEvenWithoutAFinalLineBreakOrWithWindowsLineBreaks() {
    String request = "{\"hours\":\"24/7\",\"zone\":\"UTC\",\"at\":\"2026-11-22T10:00:00Z\"}";
    String answer = "{\"open\":true,\"nextChange\":null}";

    assertEquals(List.of(answer, answer), tact(request + "\r\n" + request, "hours", "--jsonl").lines());
  }

  @Test
  void emptyInputGivesNoAnswerAndSuccess() {
    TactRun run = tact("", "hours", "--jsonl");

    assertEquals(0, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void aLineThatIsNotUtf8GetsAnErrorAndTheNextLineItsAnswer() {
    byte[] input = "\u00ff{}\n{\"hours\":\"off\",\"zone\":\"UTC\",\"at\":\"2026-11-22T10:00:00Z\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    TactRun run = TactRun.tact(input, java.time.Clock.systemUTC(), "hours", "--jsonl");

    assertEquals(
        List.of("{\"error\":{\"message\":\"line is not valid UTF-8; send text encoded as UTF-8\"}}",
            "{\"open\":false,\"nextChange\":null}"),
        run.lines());
  }

  @Test
  void aHundredThousandLinesGetAHundredThousandAnswersInOrder() {
    int count = 100_000;
    String input = IntStream.range(0, count)
        .mapToObj(i -> "{\"hours\":\"Mo-Fr 09:00-18:00; Sa 10:00-14:00\",\"zone\":\"Europe/Berlin\",\"at\":\""
            + java.time.Instant.parse("2026-11-23T00:00:00Z").plusSeconds(60L * i) + "\"}")
        .collect(Collectors.joining("\n", "", "\n"));

    TactRun run = tact(input, "hours", "--jsonl");

    List<String> answers = run.lines();
    assertEquals(0, run.exitCode());
    assertEquals(count, answers.size());
    assertEquals("{\"open\":false,\"nextChange\":\"2026-11-23T08:00:00Z\"}", answers.get(0));
    assertEquals("{\"open\":true,\"nextChange\":\"2026-11-23T17:00:00Z\"}", answers.get(9 * 60));
    assertTrue(answers.stream().noneMatch(answer -> answer.contains("error")), "no errors");
  }
}

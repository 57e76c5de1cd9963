package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tact review --jsonl}, the JSON-lines contract: one answer line per draft line, in order,
 * errors in place, findings with UTF-16 offsets into the draft. The golden session in
 * {@code review-jsonl-session.txt} reads as the example.
 */
class ReviewJsonLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UPSET_JUST_RESTART =
      "{\"text\":\"Sorry about the wait, Sam. Please just restart the app and tell us what you see.\","
          + "\"locale\":\"en\",\"channel\":\"x.reply\",\"inbound\":\"Third time asking!! still broken\"}";

  @TempDir Path folder;

  @Test
  void answersTheGoldenSessionLineByLine() {
    JsonLinesSession session = JsonLinesSession.load("review-jsonl-session.txt");

    TactRun run = tact(session.input(), "review", "--jsonl");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> answers = run.lines();
    assertEquals(session.answers().size(), answers.size(), "one answer per request");
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(session.answers().get(i), answers.get(i), "answer to " + session.requests().get(i));
    }
  }

  @Test
  void theGoldenFindingsMarkTheWordsTheirOffsetsPointAt() throws JsonProcessingException {
    JsonLinesSession session = JsonLinesSession.load("review-jsonl-session.txt");
    int checked = 0;

    for (int i = 0; i < session.requests().size(); i++) {
      JsonNode answer = JSON.readTree(session.answers().get(i));
      if (!answer.has("findings") || answer.get("findings").isEmpty()) {
        continue;
      }
      String text = JSON.readTree(session.requests().get(i)).get("text").textValue();
      @Nullable String expected = session.marked().get(i);
      assertTrue(expected != null, "an '=' line with the marked draft after " + session.answers().get(i));
      assertEquals(expected, marked(text, answer.get("findings")));
      checked++;
    }
    assertTrue(checked >= 4, "the session has drafts with findings");
  }

  @Test
  void aCleanDraftGetsAnEmptyListAndNoOtherField() {
    TactRun run = tact("{\"text\":\"Thanks, Ana: your refund went out today.\",\"locale\":\"en\",\"channel\":\"email\"}\n",
        "review", "--jsonl");

    assertEquals(List.of("{\"findings\":[]}"), run.lines());
  }

  @Test
  void answersEveryLineEvenWithoutAFinalLineBreakOrWithWindowsLineBreaks() {
    TactRun run = tact(UPSET_JUST_RESTART + "\r\n" + UPSET_JUST_RESTART, "review", "--jsonl");

    assertEquals(2, run.lines().size());
    assertEquals(run.lines().get(0), run.lines().get(1));
    assertTrue(run.lines().get(0).contains("\"rule\":\"tone.minimizing\",\"severity\":\"error\""), run.out());
  }

  @Test
  void emptyInputGivesNoAnswerAndSuccess() {
    TactRun run = tact("", "review", "--jsonl");

    assertEquals(0, run.exitCode());
    assertEquals("", run.out());
  }

  @Test
  void aLineThatIsNotUtf8GetsAnErrorAndTheNextLineItsAnswer() {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE3, (byte) 0x81, '"', '}', '\n'};
    byte[] good = "{\"text\":\"Thanks!\",\"locale\":\"en\",\"channel\":\"x.dm\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, input, 0, bad.length);
    System.arraycopy(good, 0, input, bad.length, good.length);

    TactRun run = TactRun.tact(input, Clock.systemUTC(), "review", "--jsonl");

    assertEquals(
        List.of("{\"error\":{\"message\":\"line is not valid UTF-8; send text encoded as UTF-8\"}}",
            "{\"findings\":[]}"),
        run.lines());
  }

  @Test
  void aVendorPackAddsPhrasesOverTheBuiltIns() throws IOException {
    Path pack = write("acme-tone.yaml", String.join("\n",
        "language: en",
        "rule: tone.minimizing",
        "phrases:",
        "  - id: acme-zap",
        "    patterns: [\"(zap|nuke) the cache\"]",
        "    suggestions: [\"Clearing the cache helps here: …\"]",
        ""));
    String request = "{\"text\":\"Then zap the cache, Sam.\",\"locale\":\"en\",\"channel\":\"x.reply\"}\n";

    TactRun run = tact(request + UPSET_JUST_RESTART + "\n", "review", "--jsonl", "--pack", pack.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode finding = null;
    for (JsonNode each : JSON.readTree(run.lines().get(0)).get("findings")) {
      if (each.get("rule").textValue().equals("tone.minimizing")) {
        finding = each;
      }
    }
    assertTrue(finding != null, run.lines().get(0));
    assertEquals("zap the cache", "Then zap the cache, Sam."
        .substring(finding.get("start").intValue(), finding.get("end").intValue()));
    assertEquals("[\"Clearing the cache helps here: …\"]", finding.get("suggestions").toString());
    assertTrue(run.lines().get(1).contains("tone.minimizing"), "the built-in phrases still apply");
  }

  @Test
  void packsApplyInOrderSoALaterPackCanDisableARule() throws IOException {
    Path severity = write("severity.yaml", "severity: {tone.minimizing: info}\n");
    Path disable = write("disable.json", "{\"disable\": [\"tone.minimizing\"]}\n");

    TactRun softened = tact(UPSET_JUST_RESTART + "\n", "review", "--jsonl", "--pack", severity.toString());
    TactRun disabled = tact(UPSET_JUST_RESTART + "\n", "review", "--jsonl",
        "--pack", severity.toString(), "--pack", disable.toString());

    assertTrue(softened.out().contains("\"severity\":\"info\""), softened.out());
    assertFalse(disabled.out().contains("tone.minimizing"), disabled.out());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The text with each finding's [start, end) between ⟦ and ⟧ (the findings do not overlap here). */
  private static String marked(String text, JsonNode findings) {
    List<int[]> spans = new ArrayList<>();
    for (JsonNode finding : findings) {
      int start = finding.get("start").intValue();
      int end = finding.get("end").intValue();
      assertTrue(0 <= start && start < end && end <= text.length(), finding::toString);
      assertFalse(Character.isLowSurrogate(text.charAt(start)), "a span never starts inside a surrogate pair");
      assertFalse(end < text.length() && Character.isLowSurrogate(text.charAt(end)), "nor ends inside one");
      spans.add(new int[] {start, end});
    }
    StringBuilder out = new StringBuilder();
    int written = 0;
    for (int[] span : spans) {
      out.append(text, written, span[0]).append('⟦').append(text, span[0], span[1]).append('⟧');
      written = span[1];
    }
    return out.append(text, written, text.length()).toString();
  }
}

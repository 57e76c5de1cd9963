package dev.tact.cli;

import static dev.tact.cli.TactRun.tact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tact review --jsonl}, the JSON-lines contract: one answer line per draft line, in order,
 * errors in place, findings with UTF-16 offsets into the draft and the escalation object; a
 * tenant's escalation configuration with {@code --escalation}, the evidence with
 * {@code --evidence}. The golden session in {@code review-jsonl-session.txt} reads as the example.
 */
class ReviewJsonLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUBLIC_NOTHING_TO_ESCALATE =
      "\"escalation\":{\"route\":\"PUBLIC\",\"reasons\":[],\"sender\":\"UNSURE\",\"blocking\":false}";
  private static final String UPSET_JUST_RESTART =
      "{\"text\":\"Sorry about the wait, Sam. Please just restart the app and tell us what you see.\","
          + "\"locale\":\"en\",\"channel\":\"x.reply\",\"inbound\":\"Third time asking!! still broken\"}";

  @TempDir Path folder;

  @Test
  void answersTheGoldenSessionLineByLine() {
    JsonLinesSession session = JsonLinesSession.load("review-jsonl-session.txt");
    int checked = 0;
    int commands = 0;

    for (int start = 0; start < session.requests().size(); commands++) {
      @Nullable String command = session.commands().get(start);
      int end = start;
      while (end < session.requests().size() && Objects.equals(command, session.commands().get(end))) {
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
    assertTrue(checked >= 40, "the session has " + checked + " requests");
    assertEquals(3, commands, "plain, --evidence and --escalation");
  }

  /** The arguments of a {@code $ tact ...} line, {@code review --jsonl} without one. */
  private static String[] arguments(@Nullable String command) {
    List<String> arguments = new ArrayList<>();
    for (String argument : (command == null ? "review --jsonl" : command).split(" ")) {
      arguments.add(argument.equals("review-escalation.yaml") ? resource(argument) : argument);
    }
    return arguments.toArray(String[]::new);
  }

  private static String resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(ReviewJsonLinesTest.class.getResource(name), name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
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
  void aCleanDraftGetsAnEmptyListAndAPublicEscalationWithNoReason() {
    TactRun run = tact("{\"text\":\"Thanks, Ana: the fix is live now.\",\"locale\":\"en\",\"channel\":\"email\"}\n",
        "review", "--jsonl");

    assertEquals(List.of("{\"findings\":[]," + PUBLIC_NOTHING_TO_ESCALATE + "}"), run.lines());
  }

  @Test
  void theEscalationObjectHasExactlyTheContractFieldsWithoutEvidence() throws IOException {
    TactRun run = tact("{\"text\":\"Please DM us your order number.\",\"locale\":\"en\",\"channel\":\"x.reply\","
        + "\"inbound\":\"My order never came, DM me\"}\n", "review", "--jsonl");

    JsonNode escalation = JSON.readTree(run.lines().get(0)).get("escalation");
    List<String> fields = new ArrayList<>();
    escalation.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("route", "reasons", "sender", "blocking"), fields);
    assertEquals("{\"route\":\"PRIVATE\",\"reasons\":[\"ACCOUNT_DETAILS_NEEDED\",\"CUSTOMER_ASKED_PRIVATE\"],"
        + "\"sender\":\"CUSTOMER\",\"blocking\":false}", escalation.toString());
  }

  @Test
  void evidenceOffsetsPointIntoTheFieldTheyName() throws IOException {
    String inbound = "😡 my email is sam@example.org, DM me";
    String text = "Sorry, Sam! Could you DM us your order number?";
    TactRun run = tact(JSON.writeValueAsString(Map.of(
        "text", text, "locale", "en", "channel", "x.reply", "inbound", inbound)) + "\n",
        "review", "--jsonl", "--evidence");

    JsonNode escalation = JSON.readTree(run.lines().get(0)).get("escalation");
    List<String> words = new ArrayList<>();
    for (JsonNode signal : escalation.get("signals")) {
      String field = signal.get("source").textValue().equals("text") ? text : inbound;
      assertEquals(signal.get("words").textValue(),
          field.substring(signal.get("start").intValue(), signal.get("end").intValue()));
      words.add(signal.get("source").textValue() + ":" + signal.get("words").textValue());
    }
    assertTrue(words.contains("inbound:DM me"), words::toString);
    assertTrue(words.contains("text:DM us your order number"), words::toString);
    JsonNode email = escalation.get("personalData").get(0);
    assertEquals("email", email.get("kind").textValue());
    assertEquals("inbound", email.get("source").textValue());
    assertEquals("sam@example.org", inbound.substring(email.get("start").intValue(), email.get("end").intValue()));
    assertFalse(run.out().contains("sam@example.org"), "the value itself is never written: " + run.out());
  }

  @Test
  void aBadEscalationFileIsWrongUsageNamingEveryProblemWithLineAndColumn() throws IOException {
    Path config = write("acme-escalation.yaml", "threadThreshold: 3\ntopics: [billing]\nthreadTreshold: 2\n");

    TactRun run = tact("{\"text\":\"Thanks!\",\"locale\":\"en\",\"channel\":\"x.reply\"}\n",
        "review", "--jsonl", "--escalation", config.toString());

    assertEquals(2, run.exitCode());
    assertEquals("", run.out(), "no line is answered");
    assertTrue(run.err().startsWith("Invalid value for option '--escalation': " + config + ":"), run.err());
    assertTrue(run.err().contains(config + ":2:10: unknown topic 'billing'"), run.err());
    assertTrue(run.err().contains(config + ":3:1: unknown key 'threadTreshold' (did you mean 'threadThreshold'?)"),
        run.err());
  }

  @Test
  void aMissingOrNonUtf8EscalationFileIsWrongUsage() throws IOException {
    Path missing = folder.resolve("missing.yaml");
    Path latin1 = Files.write(folder.resolve("latin1.yaml"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});

    TactRun absent = tact("", "review", "--jsonl", "--escalation", missing.toString());
    TactRun garbled = tact("", "review", "--jsonl", "--escalation", latin1.toString());

    assertEquals(2, absent.exitCode());
    assertTrue(absent.err().startsWith("Invalid value for option '--escalation': no file " + missing), absent.err());
    assertEquals(2, garbled.exitCode());
    assertTrue(garbled.err().startsWith("Invalid value for option '--escalation': " + latin1 + " is not UTF-8 text"),
        garbled.err());
  }

  @Test
  void anEscalationFileInJsonChangesTheThreadThreshold() throws IOException {
    Path config = write("acme.json", "{\"threadThreshold\": 1}\n");
    String request = "{\"text\":\"Could you try a reset, Sam?\",\"locale\":\"en\",\"channel\":\"x.reply\","
        + "\"inbound\":\"Still broken\",\"thread\":[\"Sorry to hear that! Which model is it?\"]}\n";

    TactRun defaults = tact(request, "review", "--jsonl");
    TactRun acme = tact(request, "review", "--jsonl", "--escalation", config.toString());

    assertEquals(0, acme.exitCode(), acme.err());
    assertTrue(defaults.out().contains("\"route\":\"PUBLIC\",\"reasons\":[]"), defaults.out());
    assertTrue(acme.out().contains("\"route\":\"PRIVATE\",\"reasons\":[\"LONG_THREAD\"]"), acme.out());
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
            "{\"findings\":[]," + PUBLIC_NOTHING_TO_ESCALATE + "}"),
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

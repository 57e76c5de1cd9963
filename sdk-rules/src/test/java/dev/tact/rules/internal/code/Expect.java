package dev.tact.rules.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.Mood;
import dev.tact.rules.ToneChecker;
import dev.tact.rules.internal.Marks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Example-style assertions for the code rules: a draft with its expected findings marked
 * {@code ⟦like this⟧}, checked with every built-in rule loaded; a failure shows the expected and
 * the actual marks.
 */
final class Expect {
  static final ToneChecker BUILT_IN = ToneChecker.builder().builtInPacks().build();

  private Expect() {}

  /** The rule's findings on the marked draft, for a customer in {@code mood}, are exactly the marks. */
  static void marks(String rule, String language, Mood mood, String marked) {
    marks(BUILT_IN, rule, language, Conversation.empty(), mood, marked);
  }

  /** The rule's findings on the marked draft, as a reply to {@code inbound}, are exactly the marks. */
  static void marksAnswering(String rule, String language, String inbound, String marked) {
    Conversation conversation = Conversation.of(Message.fromCustomer(inbound));
    Mood mood = BUILT_IN.mood(conversation, Locale.forLanguageTag(language));
    marks(BUILT_IN, rule, language, conversation, mood, marked);
  }

  static void marks(
      ToneChecker checker, String rule, String language, Conversation conversation, Mood mood,
      String marked) {
    Marks.Marked expected = Marks.parse(marked);
    Draft draft = new Draft(expected.text(), Locale.forLanguageTag(language), Channel.PUBLIC);
    List<Span> actual = new ArrayList<>();
    for (Finding finding : checker.check(draft, conversation, mood)) {
      if (finding.ruleId().equals(rule)) {
        actual.add(finding.span());
      }
    }
    assertEquals(Marks.mark(expected.text(), expected.spans()), Marks.mark(expected.text(), actual),
        rule + " (" + language + ", " + mood + ")");
  }
}

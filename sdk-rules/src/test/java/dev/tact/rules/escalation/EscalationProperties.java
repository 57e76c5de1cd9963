package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The policy on any input: never throws, every span lies inside its text and quotes it, the same
 * input always gives the same decision, from any number of threads at once.
 */
class EscalationProperties {
  private static final EscalationPolicy POLICY = SignalExamplesTest.POLICY;
  private static final List<String> LANGUAGES = List.of("en", "ja", "de", "fr", "es", "pt", "zh", "");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("DM me", "don't", "send us your order number", "refund",
        "hacked", "idiots", "my order", "?", "!!", "「DMで」", "注文番号を教えて", "per DM", "en privé",
        "por DM", "no privado", "12/03", "4111 1111 1111 1111", "a@b.co", " ", "\n", "\uD83D\uDE21", "ü",
        "\u0301", "\uD800", "＃", "ＤＭ", "'", "\"");
    Arbitrary<String> pieces = Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(12));
    return pieces.list().ofMaxSize(25).map(list -> String.join(" ", list));
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  private static Escalation decide(String draft, String inbound, String language, boolean isPublic, int replies) {
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < replies; i++) {
      messages.add(Message.fromCustomer("still broken"));
      messages.add(Message.fromBrand("Sorry, please try again."));
    }
    messages.add(Message.fromCustomer(inbound));
    return POLICY.decide(new Draft(draft, Locale.forLanguageTag(language), isPublic ? Channel.X_REPLY : Channel.X_DM),
        Conversation.of(messages));
  }

  @Property(tries = 400)
  void neverThrowsAndEverySpanQuotesItsText(@ForAll("texts") String draft, @ForAll("texts") String inbound,
      @ForAll("languages") String language, @ForAll boolean isPublic, @ForAll @IntRange(max = 5) int replies) {
    Escalation escalation = decide(draft, inbound, language, isPublic, replies);
    for (Signal signal : escalation.signals()) {
      String text = signal.source() == Source.DRAFT ? draft : inbound;
      assertTrue(signal.span().end() <= text.length(), signal.toString());
      assertEquals(signal.span().in(text), signal.words());
    }
    assertEquals(replies >= POLICY.threadThreshold(), escalation.has(Reason.LONG_THREAD));
    assertEquals(!escalation.reasons().isEmpty(), escalation.route() == Route.PRIVATE);
    assertEquals(isPublic && escalation.has(Reason.PERSONAL_DATA_IN_DRAFT), escalation.blocking());
    List<Reason> sorted = new ArrayList<>(Set.copyOf(escalation.reasons()));
    sorted.sort(null);
    assertEquals(sorted, escalation.reasons(), "reasons are sorted and unique");
  }

  @Property(tries = 200)
  void theSameInputGivesTheSameDecision(@ForAll("texts") String draft, @ForAll("texts") String inbound,
      @ForAll("languages") String language) {
    assertEquals(decide(draft, inbound, language, true, 1), decide(draft, inbound, language, true, 1));
  }

  @Property(tries = 20)
  void manyThreadsGetTheDecisionsOneThreadGets(@ForAll("texts") String draft, @ForAll("texts") String inbound)
      throws Exception {
    List<Escalation> expected = new ArrayList<>();
    for (String language : LANGUAGES) {
      expected.add(decide(draft, inbound, language, true, 2));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Escalation>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          List<Escalation> got = new ArrayList<>();
          for (String language : LANGUAGES) {
            got.add(decide(draft, inbound, language, true, 2));
          }
          return got;
        }));
      }
      for (Future<List<Escalation>> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

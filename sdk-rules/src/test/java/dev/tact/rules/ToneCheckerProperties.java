package dev.tact.rules;

import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.Message;
import dev.tact.core.Span;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.Marks;
import dev.tact.rules.internal.PackModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No text makes a check throw; every span lies inside the draft, covers something and splits no
 * surrogate pair; checks are deterministic and give the same answers from many threads at once.
 * Texts are built from the built-in examples (so that rules fire) cut and mixed with arbitrary
 * Unicode, lone surrogates and control characters.
 */
class ToneCheckerProperties {
  private static final ToneChecker CHECKER = ToneChecker.builder().builtInPacks().build();
  private static final List<String> FRAGMENTS = fragments();
  private static final Locale[] LOCALES = {
    Locale.ENGLISH, Locale.JAPANESE, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"),
    Locale.forLanguageTag("pt-BR"), Locale.CHINESE, Locale.forLanguageTag("th"), Locale.ROOT
  };

  private static List<String> fragments() {
    List<String> fragments = new ArrayList<>();
    for (PackModel.PackFile file : BuiltIns.load().packs()) {
      for (PackModel.PhrasePack pack : file.packs()) {
        pack.examples().flagged().forEach(example -> fragments.add(example.text()));
        pack.examples().clean().forEach(example -> fragments.add(example.text()));
      }
    }
    fragments.add("PLEASE RESTART THE ROUTER");
    fragments.add("just click");
    fragments.add("するだけです");
    return List.copyOf(fragments);
  }

  @Property(tries = 1500)
  void anyTextChecksWithoutThrowingAndSpansFit(
      @ForAll("drafts") String text, @ForAll("locales") Locale locale, @ForAll("inbound") String inbound) {
    Draft draft = new Draft(text, locale, Channel.X_REPLY);
    Conversation conversation = Conversation.of(Message.fromCustomer(inbound));
    List<Finding> findings = CHECKER.check(draft, conversation);
    Span previous = new Span(0, 0);
    for (Finding finding : findings) {
      Span span = finding.span();
      if (span.end() > text.length() || span.isEmpty()
          || TextViewProperties.splitsPair(text, span.start()) || TextViewProperties.splitsPair(text, span.end())) {
        throw new AssertionError(finding + " does not fit " + TextViewProperties.escape(text));
      }
      if (span.compareTo(previous) < 0) {
        throw new AssertionError("findings are not sorted by span: " + findings);
      }
      previous = span;
    }
    if (!findings.equals(CHECKER.check(draft, conversation))) {
      throw new AssertionError("two checks of " + TextViewProperties.escape(text) + " differ");
    }
  }

  @Property(tries = 4)
  void megabyteDraftsCheckWithoutThrowing(@ForAll("megabytes") String text, @ForAll("locales") Locale locale) {
    List<Finding> findings = CHECKER.check(new Draft(text, locale, Channel.EMAIL),
        Conversation.of(Message.fromCustomer(text)));
    for (Finding finding : findings) {
      if (finding.span().end() > text.length()) {
        throw new AssertionError(finding + " is outside a text of " + text.length());
      }
    }
  }

  @Example
  void manyThreadsGetTheSameAnswersAsOne() throws Exception {
    List<Draft> drafts = new ArrayList<>();
    List<List<Finding>> expected = new ArrayList<>();
    for (int i = 0; i < FRAGMENTS.size(); i++) {
      Draft draft = new Draft(FRAGMENTS.get(i) + " " + FRAGMENTS.get((i * 7) % FRAGMENTS.size()),
          LOCALES[i % 2], Channel.PUBLIC);
      drafts.add(draft);
      expected.add(CHECKER.check(draft));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < drafts.size(); i++) {
              int k = (i + offset * 13 + round) % drafts.size();
              if (!CHECKER.check(drafts.get(k)).equals(expected.get(k))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        if (!result.get(2, TimeUnit.MINUTES)) {
          throw new AssertionError("a check gave another answer on another thread");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(LOCALES);
  }

  @Provide
  Arbitrary<String> drafts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS),
        Arbitraries.of(FRAGMENTS).flatMap(f -> Arbitraries.integers().between(0, f.length())
            .map(cut -> f.substring(0, cut))),
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.strings().all().ofMaxLength(4),
        Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf),
        Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf),
        Arbitraries.of("😂", "😡", "👍🏽", "e\u0301", "ＪＵＳＴ", "ﾊﾟ", "’", "\r\n", " ", "!!", "⟦", "…"));
    return piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> inbound() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "Third time!! Unacceptable 😡", "lol 😂", "何度も連絡しています", "WHERE IS IT"),
        Arbitraries.strings().all().ofMaxLength(20));
  }

  @Provide
  Arbitrary<String> megabytes() {
    return Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS).list().ofMinSize(50).ofMaxSize(50).map(parts -> {
          String block = String.join(" ", parts) + " ";
          return block.repeat(1_048_576 / block.length() + 1).substring(0, 1_048_576);
        }),
        Arbitraries.of("just ", "just click ", "a", "\ud800", "😂", "するだけ", "!").map(unit ->
            unit.repeat(1_048_576 / unit.length())));
  }

  /** Marks survive as text: a draft may contain ⟦ and ⟧ without confusing anything. */
  @Example
  void markCharactersInDraftsAreJustText() {
    String text = Marks.OPEN + "just click" + Marks.CLOSE;
    CHECKER.check(new Draft(text, Locale.ENGLISH, Channel.PUBLIC));
  }
}

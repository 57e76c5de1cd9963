package dev.tact.benchmarks;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Review time grows linearly with the input, even for text built to hurt (issue 3: "an adversarial
 * 1 MB input, measured in a benchmark, not a test"). Read the result as µs per KB: it should stay
 * flat from 10 KB to 1 MB.
 *
 * <p>The English input repeats near-misses of the phrase patterns with no sentence end: "just" after
 * "just" and before non-verbs (every one a partial match whose negation and subject look-backs run),
 * "all you need", "as i", full-width letters and a decomposed "é" (so the normalized text's offset map
 * is not the identity), emoji (surrogate pairs), apologies in capitals and a 60-letter word. The
 * Japanese input repeats 「だけ」「簡単」「ご存知」 forms, 「まだ」「何度も」 and 「ｗ」 without any
 * punctuation or space, so the dictionary word breaker sees one run of up to a megabyte. Sizes are
 * UTF-8 bytes (the input is whole repetitions, within one repetition of the size).
 *
 * <p>Compared against {@link #bareScan}: lower-casing the same input once.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar AdversarialReviewBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AdversarialReviewBenchmark {
  static final String ENGLISH = "just just simply just the just need to all you need all you "
      + "as i as we as you know ｊｕｓｔ ｃｌｉｃｋ caf\u0301e\u0301 just 😂😂🙄 just "
      + "SORRY SORRY sorry!!! per our per our you should have just "
      + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa just ";

  static final String JAPANESE = "するだけするだけでただ押すだけ簡単簡単に簡単なご存知ご存知の通りご存じ"
      + "まだ何度もまだまだ何度も申し訳申し訳ございませんｗｗｗ笑だけでなくただいまだけだけ";

  /** The input's size in UTF-8 bytes. */
  @Param({"10240", "102400", "1048576"})
  public int bytes;

  /** Which adversarial input. */
  @Param({"en", "ja"})
  public String language;

  private Tact tact;
  private Draft draft;

  @Setup(Level.Trial)
  public void setUp() {
    tact = Tact.builder().build();
    String chunk = language.equals("ja") ? JAPANESE : ENGLISH;
    int chunkBytes = chunk.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder text = new StringBuilder(bytes);
    for (int size = 0; size < bytes; size += chunkBytes) {
      text.append(chunk);
    }
    draft = new Draft(text.toString(), Locale.forLanguageTag(language), Channel.EMAIL);
    int actual = draft.text().getBytes(StandardCharsets.UTF_8).length;
    Review review = tact.review(draft, Conversation.empty());
    System.out.printf(Locale.ROOT, "%n# %s input: %d UTF-8 bytes, %d chars, %d findings%n",
        language, actual, draft.text().length(), review.findings().size());
  }

  /** Tact: review the whole input as one draft. */
  @Benchmark
  public Review review() {
    return tact.review(draft, Conversation.empty());
  }

  /** The baseline: lower-case the whole input once. */
  @Benchmark
  public String bareScan() {
    return draft.text().toLowerCase(Locale.ROOT);
  }
}

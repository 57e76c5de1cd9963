package dev.tact.benchmarks.languagetool;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.benchmarks.Megabytes;
import dev.tact.benchmarks.ReviewCorpus;
import dev.tact.benchmarks.ReviewLatencyBenchmark;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * LanguageTool ({@code org.languagetool:language-en}, American English, its default rules) beside
 * Tact on the same English brand replies of the shared corpus, so that the ratio is on record
 * (issue 3). Not a target: LanguageTool checks grammar and style with hundreds of rules and a
 * tagger; Tact checks tone with one automaton pass. Only in the {@code languagetool} profile.
 *
 * <p>{@link #languageTool} and {@link #review} each take the next reply in turn (the same order and
 * texts as {@code ReviewThroughputBenchmark}, language {@code en}), and {@link Megabytes} reports
 * MB/s. {@link #languageTool280} and {@link #review280} check the 280-character reply of
 * {@link ReviewLatencyBenchmark}.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests -Planguagetool && java -jar
 * benchmarks/target/benchmarks.jar LanguageToolBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LanguageToolBenchmark {
  private Tact tact;
  private JLanguageTool languageTool;
  private ReviewCorpus.Reply[] replies;
  private Draft reply280;
  private int nextTact;
  private int nextLanguageTool;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    tact = Tact.builder().build();
    languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    List<ReviewCorpus.Reply> all = ReviewCorpus.brandReplies("en");
    replies = all.toArray(new ReviewCorpus.Reply[0]);
    reply280 = new Draft(ReviewLatencyBenchmark.REPLY, Locale.ENGLISH, Channel.X_REPLY);
    List<RuleMatch> matches = languageTool.check(reply280.text());
    System.out.printf(Locale.ROOT, "%n# %d en brand replies, %.3f MB; LanguageTool: %d active rules,"
            + " %d matches on the 280-char reply%n",
        replies.length, ReviewCorpus.bytes(all) / 1e6,
        languageTool.getAllActiveRules().size(), matches.size());
  }

  /** LanguageTool: check the next reply. */
  @Benchmark
  public List<RuleMatch> languageTool(Megabytes counted) throws IOException {
    ReviewCorpus.Reply reply = replies[nextLanguageTool];
    nextLanguageTool = nextLanguageTool + 1 == replies.length ? 0 : nextLanguageTool + 1;
    counted.add(reply.bytes());
    return languageTool.check(reply.draft().text());
  }

  /** Tact: review the next reply, as in {@code ReviewThroughputBenchmark}. */
  @Benchmark
  public Review review(Megabytes counted) {
    ReviewCorpus.Reply reply = replies[nextTact];
    nextTact = nextTact + 1 == replies.length ? 0 : nextTact + 1;
    counted.add(reply.bytes());
    return tact.review(reply.draft(), Conversation.empty());
  }

  /** LanguageTool on the 280-character reply. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<RuleMatch> languageTool280() throws IOException {
    return languageTool.check(reply280.text());
  }

  /** Tact on the 280-character reply (no customer message, unlike ReviewLatencyBenchmark). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Review review280() {
    return tact.review(reply280, Conversation.empty());
  }
}

package dev.tact.benchmarks;

import dev.tact.Review;
import dev.tact.Tact;
import dev.tact.core.Conversation;
import java.util.List;
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
 * Review throughput on real brand replies — target ≥ 20 MB/s per core for English, ≥ 5 MB/s for
 * Japanese, and at most 10× the time of a bare one-pass scan (DESIGN.md, Targets).
 *
 * <p>The replies are every brand reply ({@code "inbound": false}) of the wanted {@code "lang"} in the
 * project's shared corpus, read at run time by {@link ReviewCorpus} (never copied into the
 * repository; the benchmark fails with a "SKIPPED: no corpus" message when the folder is absent).
 * One operation reviews the next reply, in turn, with a {@link Tact} holding every built-in pack, as
 * a reply that answers no message (mood unknown). {@link Megabytes} adds up the UTF-8 bytes
 * reviewed, so JMH prints MB/s beside the operations per second.
 *
 * <p>Compared against {@link #bareScan}: the same replies, in the same order, lower-cased with
 * {@code String.toLowerCase(Locale.ROOT)} — one pass over the text, allocating the lower-cased copy,
 * and nothing else. Time ratio = bare scan MB/s ÷ review MB/s.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar ReviewThroughputBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ReviewThroughputBenchmark {
  /** The corpus {@code lang} tag: English or Japanese. */
  @Param({"en", "ja"})
  public String language;

  private Tact tact;
  private ReviewCorpus.Reply[] replies;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    tact = Tact.builder().build();
    List<ReviewCorpus.Reply> all = ReviewCorpus.brandReplies(language);
    replies = all.toArray(new ReviewCorpus.Reply[0]);
    System.out.printf(Locale.ROOT, "%n# %d %s brand replies, %.3f MB of UTF-8, from %s%n",
        replies.length, language, ReviewCorpus.bytes(all) / 1e6, ReviewCorpus.folder());
  }

  /** Tact: review the next reply with every built-in pack. */
  @Benchmark
  public Review review(Megabytes counted) {
    ReviewCorpus.Reply reply = next();
    counted.add(reply.bytes());
    return tact.review(reply.draft(), Conversation.empty());
  }

  /** The baseline: lower-case the next reply, one pass. */
  @Benchmark
  public String bareScan(Megabytes counted) {
    ReviewCorpus.Reply reply = next();
    counted.add(reply.bytes());
    return reply.draft().text().toLowerCase(Locale.ROOT);
  }

  private ReviewCorpus.Reply next() {
    ReviewCorpus.Reply reply = replies[next];
    next = next + 1 == replies.length ? 0 : next + 1;
    return reply;
  }
}

package dev.tact.benchmarks;

import dev.tact.Tact;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import java.lang.ref.Reference;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Building a {@link Tact} with every built-in pack — target ≤ 300 ms and ≤ 30 MB retained heap
 * (DESIGN.md, Targets).
 *
 * <p><b>Time.</b> {@link Mode#SingleShotTime}: each call of {@link #build} is one {@code
 * Tact.builder().build()} (read the rule metadata and the built-in packs as the sdk-rules build
 * compiled them, validate the merge, load the code rules); the automata of each language, the mood
 * word lists and the code rules' word lists are read the first time a draft in that language is
 * reviewed, so {@link #buildAndReviewEveryLanguage} times a build plus one review to an upset
 * customer in each of the six languages, which reads all of them. The setup below builds the first
 * Tact of the fork, so the JMH iterations time builds in a JVM that has loaded Tact's classes; the
 * very first build (class loading) is timed once by the setup and printed as "cold" (wall time;
 * {@link ColdBuild} also records main-thread CPU time over several fresh JVMs).
 *
 * <p><b>Retained heap</b>, measured in the setup without an agent: the heap in use after {@code
 * System.gc()} (repeated until it settles) before any Tact exists, after building one Tact, having
 * it review one draft in every language (so that it holds every automaton and word list) and keeping
 * it, and after doing the same with {@value #MORE} more and keeping them all. "First" is the growth
 * for the first Tact, which includes whatever it loads once per JVM (ICU data, interned strings, the
 * code rules' word lists, which are static); "each further" is the growth per additional Tact, i.e.
 * what one instance holds itself. The heap right after a build, before any review, is printed too.
 * The figures are printed to the JMH log as {@code # retained heap: …}. Heap in use after a full
 * collection is approximate (a few hundred KB of noise from JMH's own threads), so read it to the
 * megabyte.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar TactBuildBenchmark -f 3 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TactBuildBenchmark {
  static final int MORE = 8;

  /** Keeps the Tacts of the heap measurement reachable until the fork ends. */
  private Tact[] kept;

  @Setup(Level.Trial)
  public void measureColdBuildAndRetainedHeap() {
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    Tact first = Tact.builder().build();
    long cold = System.nanoTime() - start;
    long afterBuild = usedHeapAfterGc();
    reviewEveryLanguage(first);
    long afterFirst = usedHeapAfterGc();
    kept = new Tact[MORE + 1];
    kept[0] = first;
    for (int i = 1; i <= MORE; i++) {
      kept[i] = Tact.builder().build();
      reviewEveryLanguage(kept[i]);
    }
    long afterMore = usedHeapAfterGc();
    Reference.reachabilityFence(kept);
    System.out.printf(Locale.ROOT, "%n# cold build (first Tact in this JVM): %.1f ms%n", cold / 1e6);
    System.out.printf(Locale.ROOT,
        "# retained heap: first Tact %.2f MB (incl. once-per-JVM data; %.2f MB before its first"
            + " review), each further Tact %.2f MB (heap in use after GC: %.2f MB before, %.2f MB"
            + " with 1, %.2f MB with %d; every Tact has reviewed a draft in every language)%n",
        (afterFirst - before) / 1e6, (afterBuild - before) / 1e6, (afterMore - afterFirst) / 1e6 / MORE,
        before / 1e6, afterFirst / 1e6, afterMore / 1e6, MORE + 1);
  }

  /** One build of a Tact with every built-in pack. */
  @Benchmark
  public Tact build() {
    return Tact.builder().build();
  }

  /**
   * One build and one review to an upset customer in each of the six languages, which reads every
   * language's automata and mood word lists.
   */
  @Benchmark
  public int buildAndReviewEveryLanguage() {
    return reviewEveryLanguage(Tact.builder().build());
  }

  /** Drafts (a language, a reply, the customer's message), one per built-in language. */
  static final String[][] DRAFTS = {
    {"en", ReviewLatencyBenchmark.REPLY, ReviewLatencyBenchmark.INBOUND},
    {"ja", "お手数ですが、設定からアプリを再起動するだけで直ります。簡単ですので、ぜひお試しください。",
        "何度も問い合わせているのに、まだ直らない！！"},
    {"de", "Starten Sie einfach den Router neu, das ist ganz leicht.",
        "Schon wieder kein Internet!! Zum dritten Mal!"},
    {"es", "Simplemente reinicia el router, es muy fácil.", "¡¡Otra vez sin internet!! Es la tercera vez"},
    {"fr", "Il suffit de redémarrer la box, c'est très simple.", "Encore une panne !! C'est la troisième fois"},
    {"pt", "É só reiniciar o modem, é bem fácil.", "De novo sem internet!! Terceira vez"},
  };

  /** Reviews one draft of {@link #DRAFTS} in each language; the number of findings. */
  static int reviewEveryLanguage(Tact tact) {
    int findings = 0;
    for (String[] draft : DRAFTS) {
      findings += tact.review(
          new Draft(draft[1], Locale.forLanguageTag(draft[0]), Channel.X_REPLY),
          Conversation.of(Message.fromCustomer(draft[2]))).findings().size();
    }
    return findings;
  }

  /** Heap in use after full collections, once it stops shrinking. */
  static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long now = runtime.totalMemory() - runtime.freeMemory();
      if (now >= used - 64 * 1024 && i >= 2) {
        return Math.min(now, used);
      }
      used = Math.min(used, now);
    }
    return used;
  }
}

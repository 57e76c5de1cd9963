package dev.tact.benchmarks;

import dev.tact.hours.BusinessClock;
import java.time.Instant;
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
 * {@link BusinessClock#isOpen(Instant)} — target ≤ 0.2 µs (DESIGN.md, Targets).
 *
 * <p>Measures one is-open question for {@link Fixtures#BERLIN_HOURS} in Europe/Berlin with 20
 * holidays, at 1,024 pre-generated instants spread over 2027 (weekends, holidays, Christmas and
 * both DST changes included), taken in turn so that nothing is constant-folded.
 *
 * <p>Compares against {@link MinuteSteppingOracle#isOpen(Instant)} on the same instants: a
 * {@code LocalDateTime} conversion, two set look-ups and a per-minute boolean table. Setup checks
 * that both give the same answer at every instant.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar BusinessClockIsOpenBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BusinessClockIsOpenBenchmark {
  private static final int COUNT = 1024;
  private static final int MASK = COUNT - 1;

  private BusinessClock tact;
  private MinuteSteppingOracle oracle;
  private Instant[] instants;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    tact = Fixtures.berlinClock();
    oracle = Fixtures.berlinOracle();
    instants = Fixtures.instantsAcrossYear(COUNT, 0x15_0FE7L);
    for (Instant at : instants) {
      Fixtures.requireSame("isOpen", at, tact.isOpen(at), oracle.isOpen(at));
    }
  }

  /** Tact's engine. */
  @Benchmark
  public boolean tact() {
    return tact.isOpen(instants[next++ & MASK]);
  }

  /** The brute-force baseline: wall clock by java.time, then a minute table. */
  @Benchmark
  public boolean bruteForce() {
    return oracle.isOpen(instants[next++ & MASK]);
  }
}

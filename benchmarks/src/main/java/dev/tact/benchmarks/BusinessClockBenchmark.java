package dev.tact.benchmarks;

import dev.tact.hours.BusinessClock;
import java.time.Duration;
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
 * The business-time targets of DESIGN.md, each beside its brute-force baseline in the same run:
 * {@link BusinessClock#isOpen(Instant)} ≤ 0.2 µs, {@link BusinessClock#nextChange(Instant)} ≤ 1 µs,
 * {@link BusinessClock#deadline(Instant, Duration)} of 8 business hours ≤ 5 µs.
 *
 * <p>The schedule is {@link Fixtures#BERLIN_HOURS} in Europe/Berlin with 20 holidays; the queries
 * are 1,024 pre-generated instants spread over 2027 (weekends, holidays, Christmas and both DST
 * changes included), taken in turn so that nothing is constant-folded. An 8-hour deadline typically
 * spans one to two working days and crosses 4 to 12 open or closed stretches.
 *
 * <p>The baseline is {@link MinuteSteppingOracle}: a {@code LocalDateTime} conversion, two set
 * look-ups and a per-minute table for {@code isOpen}; asking that at every following minute for
 * {@code nextChange} and {@code deadline}. Setup checks that Tact and the baseline agree on every
 * query of every operation before anything is timed.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar BusinessClockBenchmark -f 1 -wi 5 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BusinessClockBenchmark {
  private static final int COUNT = 1024;
  private static final int MASK = COUNT - 1;
  private static final Duration SLA = Duration.ofHours(8);

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
      Fixtures.requireSame("nextChange", at, tact.nextChange(at), oracle.nextChange(at));
      Fixtures.requireSame("deadline", at, tact.deadline(at, SLA), oracle.deadline(at, SLA));
    }
  }

  /** Tact: the wall clock's day intervals, from the weekly table or the day's rules. */
  @Benchmark
  public boolean isOpenTact() {
    return tact.isOpen(instants[next++ & MASK]);
  }

  /** Baseline: wall clock by java.time, then a minute table. */
  @Benchmark
  public boolean isOpenBruteForce() {
    return oracle.isOpen(instants[next++ & MASK]);
  }

  /** Tact: one step per open interval or zone transition crossed. */
  @Benchmark
  public Instant nextChangeTact() {
    return tact.nextChange(instants[next++ & MASK]);
  }

  /** Baseline: one wall-clock evaluation per minute until the state flips. */
  @Benchmark
  public Instant nextChangeBruteForce() {
    return oracle.nextChange(instants[next++ & MASK]);
  }

  /** Tact: one step per open or closed stretch crossed. */
  @Benchmark
  public Instant deadlineTact() {
    return tact.deadline(instants[next++ & MASK], SLA);
  }

  /** Baseline: one wall-clock evaluation per minute until 480 open minutes have passed. */
  @Benchmark
  public Instant deadlineBruteForce() {
    return oracle.deadline(instants[next++ & MASK], SLA);
  }
}

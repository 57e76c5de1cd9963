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
 * {@link BusinessClock#nextChange(Instant)} — target ≤ 1 µs (DESIGN.md, Targets).
 *
 * <p>Measures the next opening or closing after each of 1,024 random instants across 2027 for
 * {@link Fixtures#BERLIN_HOURS} in Europe/Berlin with 20 holidays. From a Friday evening the answer
 * is Saturday 10:00; from Saturday afternoon, Monday 09:00 (or later after a holiday or Christmas).
 *
 * <p>Compares against {@link MinuteSteppingOracle#nextChange(Instant)}: asking the minute-table
 * evaluator every following minute until the state flips, a cost that grows with the closed or
 * open minutes crossed. Setup checks that both give the same instant for every query.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar BusinessClockNextChangeBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BusinessClockNextChangeBenchmark {
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
    instants = Fixtures.instantsAcrossYear(COUNT, 0xC4A_46EL);
    for (Instant at : instants) {
      Fixtures.requireSame("nextChange", at, tact.nextChange(at), oracle.nextChange(at));
    }
  }

  /** Tact's engine: one step per open interval or zone transition crossed. */
  @Benchmark
  public Instant tact() {
    return tact.nextChange(instants[next++ & MASK]);
  }

  /** The brute-force baseline: one wall-clock evaluation per minute until the state flips. */
  @Benchmark
  public Instant bruteForce() {
    return oracle.nextChange(instants[next++ & MASK]);
  }
}

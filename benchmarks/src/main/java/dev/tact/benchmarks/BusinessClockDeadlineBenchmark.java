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
 * {@link BusinessClock#deadline(Instant, Duration)} of 8 business hours — target ≤ 5 µs
 * (DESIGN.md, Targets).
 *
 * <p>Measures the SLA deadline 8 business hours after each of 1,024 random instants across 2027
 * for {@link Fixtures#BERLIN_HOURS} in Europe/Berlin with 20 holidays: typically one to two working
 * days, crossing lunch breaks, evenings, weekends, holidays and Christmas (about 4 to 12 open or
 * closed stretches).
 *
 * <p>Compares against {@link MinuteSteppingOracle#deadline(Instant, Duration)}: walking minute by
 * minute, evaluating the minute table at each and adding up open minutes until 480 have passed.
 * Setup checks that both give the same deadline for every query.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar BusinessClockDeadlineBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BusinessClockDeadlineBenchmark {
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
    instants = Fixtures.instantsAcrossYear(COUNT, 0xDEAD_11EL);
    for (Instant at : instants) {
      Fixtures.requireSame("deadline", at, tact.deadline(at, SLA), oracle.deadline(at, SLA));
    }
  }

  /** Tact's engine: one step per open or closed stretch crossed. */
  @Benchmark
  public Instant tact() {
    return tact.deadline(instants[next++ & MASK], SLA);
  }

  /** The brute-force baseline: one wall-clock evaluation per minute until 480 open minutes. */
  @Benchmark
  public Instant bruteForce() {
    return oracle.deadline(instants[next++ & MASK], SLA);
  }
}

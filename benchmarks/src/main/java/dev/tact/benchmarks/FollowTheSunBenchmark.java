package dev.tact.benchmarks;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.FollowTheSun;
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
 * {@link BusinessClock#isOpen(Instant)} and {@link BusinessClock#nextChange(Instant)} for a
 * {@link FollowTheSun} union of three teams — for information; DESIGN.md sets no separate target.
 *
 * <p>Measures both questions at 1,024 random instants across 2027 for Tokyo ({@code Mo-Fr
 * 09:00-18:00}), Dublin ({@code Mo-Fr 09:00-12:30,13:30-17:30}) and Austin ({@code Mo-Fr
 * 08:00-17:00; Sa 10:00-14:00}, America/Chicago), each with {@code PH off} and its own holidays.
 * The union's next change must look past the hand-overs between teams, so it crosses several
 * teams' intervals.
 *
 * <p>Compares against a {@link MinuteSteppingOracle} of the same three minute tables: open when any
 * team's table is, next change by asking every minute. Setup checks that both agree everywhere.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar FollowTheSunBenchmark -f 1 -wi 3 -w 1 -i 5 -r 1 -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FollowTheSunBenchmark {
  private static final int COUNT = 1024;
  private static final int MASK = COUNT - 1;

  private BusinessClock tact;
  private MinuteSteppingOracle oracle;
  private Instant[] instants;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    tact = Fixtures.followTheSunClock();
    oracle = Fixtures.followTheSunOracle();
    instants = Fixtures.instantsAcrossYear(COUNT, 0x5_0_1L);
    for (Instant at : instants) {
      Fixtures.requireSame("isOpen", at, tact.isOpen(at), oracle.isOpen(at));
      Fixtures.requireSame("nextChange", at, tact.nextChange(at), oracle.nextChange(at));
    }
  }

  /** Tact's union: each team's timeline in turn. */
  @Benchmark
  public boolean isOpenTact() {
    return tact.isOpen(instants[next++ & MASK]);
  }

  /** The brute-force baseline: each team's wall clock and minute table in turn. */
  @Benchmark
  public boolean isOpenBruteForce() {
    return oracle.isOpen(instants[next++ & MASK]);
  }

  /** Tact's union: jumps from team change to team change. */
  @Benchmark
  public Instant nextChangeTact() {
    return tact.nextChange(instants[next++ & MASK]);
  }

  /** The brute-force baseline: every minute until the union's state flips. */
  @Benchmark
  public Instant nextChangeBruteForce() {
    return oracle.nextChange(instants[next++ & MASK]);
  }
}

package dev.tact.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the text a throughput benchmark has processed, in megabytes (10⁶ UTF-8 bytes). JMH reports
 * the counter as a rate beside the benchmark's operations, in the benchmark's time unit: with
 * {@code @OutputTimeUnit(SECONDS)} the line {@code …:megabytes thrpt … ops/s} reads as MB/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Megabytes {
  /** Megabytes processed in this iteration. */
  public double megabytes;

  /** Starts each iteration at zero. */
  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
  }

  /** Adds {@code bytes} UTF-8 bytes. */
  public void add(int bytes) {
    megabytes += bytes * 1e-6;
  }
}

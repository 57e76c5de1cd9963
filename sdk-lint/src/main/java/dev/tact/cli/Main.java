package dev.tact.cli;

import dev.tact.cli.internal.StandardStreams;
import dev.tact.cli.internal.TactCli;
import java.time.Clock;

/**
 * Runs the {@code tact} command line with the process's standard streams and the system clock, then
 * exits with the command's exit code: 0 success, 1 an I/O failure, 2 wrong usage or unreadable
 * input.
 *
 * <pre>{@code
 * java -jar sdk-lint/target/tact.jar hours "Mo-Fr 09:00-18:00" --zone Europe/Berlin
 * ./tact demo --now 2026-11-23T16:30:00Z
 * }</pre>
 */
public final class Main {
  private Main() {}

  /** Runs {@code tact} with these arguments and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(TactCli.run(StandardStreams.system(), Clock.systemUTC(), args));
  }
}

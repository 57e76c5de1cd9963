package dev.tact.cli;

import dev.tact.cli.internal.StandardStreams;
import dev.tact.cli.internal.TactCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One in-process run of {@code tact}: what it printed and how it exited. Standard input is a
 * string, standard output and error are captured, and "now" is {@link #NOW} unless given.
 *
 * <pre>{@code
 * TactRun run = TactRun.tact("", "demo");
 * assertEquals(0, run.exitCode());
 * }</pre>
 */
record TactRun(int exitCode, String out, String err) {
  /** The "now" of every run: Thursday 2026-11-26 19:30 UTC, Thanksgiving in Austin. */
  static final Instant NOW = Instant.parse("2026-11-26T19:30:00Z");

  static TactRun tact(String stdin, String... args) {
    return tact(stdin.getBytes(StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC), args);
  }

  static TactRun tact(byte[] stdin, Clock clock, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StandardStreams streams = new StandardStreams(new ByteArrayInputStream(stdin), out, err);
    int exitCode = TactCli.run(streams, clock, args);
    return new TactRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Standard output, line by line. */
  List<String> lines() {
    return out.lines().toList();
  }
}

package dev.tact.cli.internal;

import java.time.Clock;
import picocli.CommandLine;

/**
 * Assembles the {@code tact} command tree around injected streams and a clock. {@code Main} runs it
 * on the process's streams; tests run it on byte arrays and a fixed clock.
 *
 * <pre>{@code
 * int exitCode = TactCli.run(streams, Clock.fixed(now, ZoneOffset.UTC), "demo");
 * }</pre>
 */
public final class TactCli {
  private TactCli() {}

  /**
   * The command line, ready to {@link CommandLine#execute(String...) execute}. Help, usage errors
   * and the commands' text go to UTF-8 writers on {@code streams}; wrong usage exits with 2.
   */
  public static CommandLine commandLine(StandardStreams streams, Clock clock) {
    CommandLine tact = new CommandLine(new TactCommand());
    tact.addSubcommand(new CommandLine.HelpCommand());
    tact.addSubcommand(new HoursCommand(streams, clock));
    tact.addSubcommand(new ReviewCommand(streams));
    tact.addSubcommand(new RenderCommand(streams, clock));
    tact.addSubcommand(new DemoCommand(clock));
    tact.addSubcommand(new LintCommand(streams));
    tact.setOut(streams.outWriter());
    tact.setErr(streams.errWriter());
    tact.setParameterExceptionHandler(new UsageErrorHandler());
    return tact;
  }

  /** Runs {@code tact} with these arguments, flushes its output, and returns the exit code. */
  public static int run(StandardStreams streams, Clock clock, String... args) {
    CommandLine tact = commandLine(streams, clock);
    try {
      return tact.execute(args);
    } finally {
      tact.getOut().flush();
      tact.getErr().flush();
    }
  }
}

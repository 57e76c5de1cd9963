package dev.tact.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top of the command tree: {@code tact} alone is wrong usage and shows the subcommands. */
@Command(
    name = "tact",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Tact, the customer-care reply toolkit, on the command line.",
      "Support hours, reply review (tone and escalation), template rendering and catalog lint."
    },
    footer = {"", "Exit codes: 0 success, 1 I/O failure, 2 wrong usage or unreadable input.",
        "Reference: docs/cli.md"})
final class TactCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'tact demo' or 'tact hours --help'");
  }
}

package dev.tact.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wrong usage: the problem, any "did you mean" suggestion, then the usage of the command that was
 * called, all on standard error; exit code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException problem, String[] args) {
    CommandLine command = problem.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getColorScheme().errorText(problem.getMessage()));
    UnmatchedArgumentException.printSuggestions(problem, err);
    err.print(command.getUsageMessage(command.getColorScheme()));
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}

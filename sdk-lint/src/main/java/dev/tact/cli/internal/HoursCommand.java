package dev.tact.cli.internal;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.HoursSyntaxException;
import dev.tact.hours.SupportHours;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tact hours}: is a team open, and when does that change? One schedule from the arguments
 * for a person, or one request per line with {@code --jsonl} for a program.
 */
@Command(
    name = "hours",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Is a team open at an instant, and when does that change?",
    footer = {
      "",
      "Examples:",
      "  tact hours \"Mo-Fr 09:00-18:00; PH off\" --zone Europe/Berlin \\",
      "      --holiday 2026-12-25 --at 2026-12-24T08:00:00Z",
      "  tact hours --jsonl < requests.jsonl > answers.jsonl",
      "",
      "With --jsonl, each input line is one request, optionally with \"holidays\":",
      "  {\"hours\":\"Mo-Fr 09:00-18:00\",\"zone\":\"Europe/Berlin\",\"at\":\"...\"}",
      "and each output line the answer or the line's error, in input order:",
      "  {\"open\":false,\"nextChange\":\"2026-11-23T08:00:00Z\"}",
      "  {\"error\":{\"message\":\"missing field 'zone'\"}}",
      "",
      "Exit codes: 0 done, 1 I/O failure, 2 wrong usage or unreadable hours.",
      "Reference: docs/cli.md"
    })
final class HoursCommand implements Callable<Integer> {
  private final StandardStreams streams;
  private final Clock clock;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "HOURS",
      description = "Support hours such as \"Mo-Fr 09:00-18:00; PH off\".")
  @Nullable String hours;

  @Option(
      names = "--jsonl",
      description = "Answer one JSON request per line of standard input.")
  boolean jsonl;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneIdConverter.class,
      description = "The hours' IANA zone, e.g. Europe/Berlin (required with HOURS).")
  @Nullable ZoneId zone;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "The instant asked about, e.g. 2026-11-23T08:00:00Z (default: now).")
  @Nullable Instant at;

  @Option(
      names = "--holiday",
      paramLabel = "DATE",
      converter = LocalDateConverter.class,
      description = "A public holiday for PH rules, e.g. 2026-12-25; repeatable.")
  List<LocalDate> holidays = new ArrayList<>();

  HoursCommand(StandardStreams streams, Clock clock) {
    this.streams = streams;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (jsonl) {
      if (hours != null) {
        throw usage("--jsonl reads the hours from standard input; give either HOURS or --jsonl");
      }
      if (zone != null || at != null || !holidays.isEmpty()) {
        throw usage("--jsonl takes zone, at and holidays from each input line; drop --zone, --at and --holiday");
      }
      return answerLines();
    }
    String text = hours;
    ZoneId hoursZone = zone;
    if (text == null) {
      throw usage("Missing HOURS: give support hours such as \"Mo-Fr 09:00-18:00\", or --jsonl");
    }
    if (hoursZone == null) {
      throw usage("Missing required option: '--zone=ZONE'");
    }
    return report(text, hoursZone);
  }

  private int answerLines() {
    try {
      JsonLines.run(streams.in(), streams.out(), new HoursResponder(clock)::respond);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("tact hours: " + e.getMessage());
      return 1;
    }
  }

  private int report(String text, ZoneId hoursZone) {
    SupportHours schedule;
    try {
      schedule = SupportHours.parse(text, hoursZone, HolidayCalendar.of(holidays));
    } catch (HoursSyntaxException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("tact hours: " + e.problem());
      err.println("  " + text);
      err.println("  " + " ".repeat(Math.max(0, e.position())) + "^");
      return 2;
    }
    Instant instant = at != null ? at : clock.instant().truncatedTo(ChronoUnit.SECONDS);
    try {
      new HoursReport(schedule, BusinessClock.of(schedule, clock), instant).print(spec.commandLine().getOut());
    } catch (IllegalArgumentException e) {
      throw usage("Invalid value for option '--at': " + e.getMessage());
    }
    return 0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

package dev.tact.cli.internal;

import dev.tact.Tact;
import dev.tact.rules.RulePack;
import dev.tact.rules.RulePackException;
import dev.tact.rules.escalation.EscalationConfig;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tact review --jsonl}: the tone findings and the escalation (public or DM, why, who the
 * sender looks like, whether the draft leaks personal data) on one draft reply per line of standard
 * input, for a program. One {@link Tact} (the built-in packs, then the {@code --pack} files in
 * order, and the {@code --escalation} configuration) is built before the first line is read and
 * serves every line.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tone findings and escalation (public or DM) on draft replies, one JSON request per line.",
    footer = {
      "",
      "Examples:",
      "  tact review --jsonl < drafts.jsonl > findings.jsonl",
      "  tact review --jsonl --pack acme-tone.yaml < drafts.jsonl",
      "  tact review --jsonl --escalation acme-escalation.yaml --evidence < drafts.jsonl",
      "",
      "Each input line is one draft, optionally with the customer's message (\"inbound\")",
      "and the brand's earlier public replies (\"thread\", an array of strings):",
      "  {\"text\":\"Please just restart the app\",\"locale\":\"en\",\"channel\":\"x.reply\",",
      "   \"inbound\":\"Third time asking!! still broken\"}",
      "and each output line its findings (UTF-16 offsets into text) and escalation,",
      "or its error:",
      "  {\"findings\":[{\"rule\":\"tone.minimizing\",\"severity\":\"error\",\"start\":7,...}],",
      "   \"escalation\":{\"route\":\"PUBLIC\",\"reasons\":[],\"sender\":\"CUSTOMER\",...}}",
      "  {\"error\":{\"message\":\"missing field 'locale'\"}}",
      "",
      "Exit codes: 0 done, 1 I/O failure, 2 wrong usage or an unusable pack or",
      "escalation file.",
      "Reference: docs/cli.md"
    })
final class ReviewCommand implements Callable<Integer> {
  private final StandardStreams streams;

  @Spec CommandSpec spec;

  @Option(
      names = "--jsonl",
      description = "Review one JSON request per line of standard input (required).")
  boolean jsonl;

  @Option(
      names = "--pack",
      paramLabel = "FILE",
      description = "A vendor rule pack (YAML, or JSON if named *.json) merged over the built-in packs;"
          + " repeatable, later packs win.")
  List<Path> packs = new ArrayList<>();

  @Option(
      names = "--escalation",
      paramLabel = "FILE",
      description = "The tenant's escalation configuration (YAML, or JSON if named *.json):"
          + " thread threshold, topics, personal-data kinds, phone region, own patterns and phrases.")
  @Nullable Path escalation;

  @Option(
      names = "--evidence",
      description = "Also list the escalation's signals and personal data (kind, source field, UTF-16"
          + " offsets), so that a program can show why.")
  boolean evidence;

  ReviewCommand(StandardStreams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (!jsonl) {
      throw usage("Missing --jsonl: tact review reads one JSON request per line of standard input");
    }
    Tact tact = tact();
    try {
      JsonLines.run(streams.in(), streams.out(), new ReviewResponder(tact, evidence)::respond);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("tact review: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The built-in packs and the vendor's, and the tenant's escalation configuration, or wrong usage
   * naming the vendor's file and the place in it. A problem in the built-in packs themselves is a
   * bug and propagates.
   */
  private Tact tact() {
    Tact.Builder builder = Tact.builder();
    for (Path file : packs) {
      try {
        builder.rulePacks(RulePack.read(file));
      } catch (NoSuchFileException e) {
        throw usage("Invalid value for option '--pack': no file " + file);
      } catch (CharacterCodingException e) {
        throw usage("Invalid value for option '--pack': " + file + " is not UTF-8 text");
      } catch (IOException e) {
        throw usage("Invalid value for option '--pack': cannot read " + file + " (" + e + ")");
      } catch (RulePackException e) {
        throw usage("Invalid value for option '--pack': " + e.getMessage());
      }
    }
    if (escalation != null) {
      builder.escalation(escalationConfig(escalation));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      if (escalation == null) {
        throw e;
      }
      throw usage("Invalid value for option '--escalation': " + escalation + ": " + e.getMessage());
    } catch (RulePackException e) {
      if (!isFromAVendorPack(e)) {
        throw e; // the built-in packs are broken: a bug, not wrong usage
      }
      throw usage("Invalid value for option '--pack': " + e.getMessage());
    }
  }

  /** The {@code --escalation} file, or wrong usage naming its problems with line and column. */
  private EscalationConfig escalationConfig(Path file) {
    String option = "Invalid value for option '--escalation': ";
    try {
      return EscalationConfig.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw usage(option + "no file " + file);
    } catch (CharacterCodingException e) {
      throw usage(option + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw usage(option + "cannot read " + file + " (" + e + ")");
    } catch (RulePackException e) {
      throw usage(option + e.getMessage());
    }
  }

  /** Whether the problems are in a {@code --pack} file rather than in Tact's own packs. */
  private boolean isFromAVendorPack(RulePackException e) {
    for (RulePackException.Problem problem : e.problems()) {
      for (Path file : packs) {
        if (problem.source().equals(file.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

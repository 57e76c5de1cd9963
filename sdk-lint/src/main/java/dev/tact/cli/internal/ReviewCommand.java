package dev.tact.cli.internal;

import dev.tact.Tact;
import dev.tact.rules.RulePack;
import dev.tact.rules.RulePackException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tact review --jsonl}: the tone findings on one draft reply per line of standard input, for a
 * program. One {@link Tact} (the built-in packs, then the {@code --pack} files in order) is built
 * before the first line is read and serves every line.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tone findings on draft replies, one JSON request per line.",
    footer = {
      "",
      "Examples:",
      "  tact review --jsonl < drafts.jsonl > findings.jsonl",
      "  tact review --jsonl --pack acme-tone.yaml < drafts.jsonl",
      "",
      "Each input line is one draft, optionally with the customer's message (\"inbound\")",
      "and the brand's earlier public replies (\"thread\", an array of strings):",
      "  {\"text\":\"Please just restart the app\",\"locale\":\"en\",\"channel\":\"x.reply\",",
      "   \"inbound\":\"Third time asking!! still broken\"}",
      "and each output line its findings (UTF-16 offsets into text) or its error:",
      "  {\"findings\":[{\"rule\":\"tone.minimizing\",\"severity\":\"error\",\"start\":7,...}]}",
      "  {\"error\":{\"message\":\"missing field 'locale'\"}}",
      "",
      "Exit codes: 0 done, 1 I/O failure, 2 wrong usage or an unusable rule pack.",
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
      JsonLines.run(streams.in(), streams.out(), new ReviewResponder(tact)::respond);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("tact review: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The built-in packs and the vendor's, or wrong usage naming the vendor's pack and the place in
   * it. A problem in the built-in packs themselves is a bug and propagates.
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
    try {
      return builder.build();
    } catch (RulePackException e) {
      if (!isFromAVendorPack(e)) {
        throw e; // the built-in packs are broken: a bug, not wrong usage
      }
      throw usage("Invalid value for option '--pack': " + e.getMessage());
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

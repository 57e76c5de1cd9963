package dev.tact.cli.internal;

import dev.tact.i18n.OutputFormat;
import dev.tact.i18n.Renderer;
import dev.tact.i18n.TemplateCatalog;
import dev.tact.i18n.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tact render --jsonl}: replies rendered from ICU MessageFormat patterns or catalog keys,
 * one JSON request per line of standard input, for a program. The {@code --catalog} is loaded and
 * checked completely before the first line is read, and one {@link Renderer} serves every line.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Replies rendered from templates for each customer, one JSON request per line.",
    footer = {
      "",
      "Examples:",
      "  tact render --jsonl < requests.jsonl > replies.jsonl",
      "  tact render --jsonl --catalog templates --format html < requests.jsonl",
      "",
      "Each input line is one reply: an ICU MessageFormat \"pattern\" or a catalog",
      "\"key\", the \"locale\", argument values (\"args\"), the \"customer\" (name, zone,",
      "formality) and optionally when it is written (\"now\", default: the current time):",
      "  {\"pattern\":\"{greeting}, {customerName}!\",\"locale\":\"en\",",
      "   \"customer\":{\"name\":\"Jane Smith\",\"zone\":\"America/New_York\"}}",
      "  {\"key\":\"cart.items\",\"locale\":\"ja\",\"args\":{\"count\":3}}",
      "and each output line the rendered text or the line's error, in input order:",
      "  {\"text\":\"Good afternoon, Jane!\"}",
      "  {\"text\":\"カートに3点の商品があります。\"}",
      "  {\"error\":{\"message\":\"field 'key': the catalog has no template 'cart.itmes'\"}}",
      "",
      "Exit codes: 0 done, 1 I/O failure, 2 wrong usage or an unusable catalog.",
      "Reference: docs/cli.md"
    })
final class RenderCommand implements Callable<Integer> {
  private final StandardStreams streams;
  private final Clock clock;

  @Spec CommandSpec spec;

  @Option(
      names = "--jsonl",
      description = "Render one JSON request per line of standard input (required).")
  boolean jsonl;

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = "A template catalog: a directory of per-locale files (en.yaml, ja.yaml, pt-BR.json …)"
          + " whose keys the lines may render.")
  @Nullable Path catalogDirectory;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = OutputFormatConverter.class,
      description = "How argument values are escaped: " + OutputFormatConverter.VALUES + " (default: plain).")
  OutputFormat format = OutputFormat.PLAIN;

  @Option(
      names = "--default-locale",
      paramLabel = "TAG",
      converter = LocaleConverter.class,
      description = "The locale of lines without one, and the catalog's fallback before root (default: en).")
  Locale defaultLocale = Locale.ENGLISH;

  RenderCommand(StandardStreams streams, Clock clock) {
    this.streams = streams;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (!jsonl) {
      throw usage("Missing --jsonl: tact render reads one JSON request per line of standard input");
    }
    @Nullable TemplateCatalog catalog = catalog();
    Renderer.Builder renderer = Renderer.builder().outputFormat(format).defaultLocale(defaultLocale);
    if (catalog != null) {
      renderer.catalog(catalog);
    }
    try {
      JsonLines.run(streams.in(), streams.out(),
          new RenderResponder(renderer.build(), catalog, defaultLocale, clock)::respond);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("tact render: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The {@code --catalog}, loaded and checked; null without the option; wrong usage, listing every
   * problem at its file, line and column, if it cannot be used.
   */
  private @Nullable TemplateCatalog catalog() {
    Path directory = catalogDirectory;
    if (directory == null) {
      return null;
    }
    if (!Files.isDirectory(directory)) {
      throw usage("Invalid value for option '--catalog': no directory " + directory);
    }
    try {
      return TemplateCatalog.builder().defaultLocale(defaultLocale).directory(directory).build();
    } catch (TemplateException e) {
      StringBuilder message = new StringBuilder("Invalid value for option '--catalog': ")
          .append(directory).append(" has ").append(e.problems().size())
          .append(e.problems().size() == 1 ? " problem" : " problems");
      for (TemplateException.Problem problem : e.problems()) {
        message.append(System.lineSeparator()).append("  ").append(problem);
      }
      throw usage(message.toString());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

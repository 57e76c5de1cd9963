package dev.tact.lint;

import dev.tact.core.Severity;
import dev.tact.lint.internal.CatalogLint;
import dev.tact.lint.internal.LintContext;
import dev.tact.lint.internal.LintInputs;
import dev.tact.lint.internal.LintRules;
import dev.tact.lint.internal.PackLint;
import dev.tact.lint.internal.SampleValues;
import dev.tact.rules.RulePack;
import dev.tact.rules.RulePackException;
import dev.tact.rules.ToneChecker;
import dev.tact.rules.escalation.PersonalDataDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lints template catalogs and rule packs. Catalogs get every {@code template.*} check; every
 * variant of every template (each plural and select branch, each formality, in its own locale)
 * is rendered with sample values and checked by every {@code tone.*} rule, by
 * {@code privacy.personal-data} when it is for a public channel, and against its channel's length
 * ({@code template.too-long}). Findings point at the offending words inside the source file. Packs
 * get their schema and pattern errors.
 *
 * <p>Build one linter (it loads the tone rules once) and use it for any number of runs, from any
 * thread.
 *
 * <pre>{@code
 * Linter linter = Linter.builder()
 *     .config(LintConfig.read(Path.of(".tact.yaml")))
 *     .baseline(Baseline.read(Path.of("tact-baseline.json")))
 *     .build();
 * LintReport report = linter.lint(List.of(Path.of("src/main/templates"), Path.of("acme-tone.yaml")));
 * for (LintFinding finding : report.findings()) {
 *   System.out.println(finding);   // src/main/templates/en.yaml:12:18: warning tone.minimizing: ...
 * }
 * boolean fail = report.exceeds(FailOn.ERROR);
 * }</pre>
 */
public final class Linter {
  private final LintContext context;
  private final Optional<Baseline> baseline;
  private final Optional<Path> baseDirectory;

  private Linter(LintContext context, Optional<Baseline> baseline, Optional<Path> baseDirectory) {
    this.context = context;
    this.baseline = baseline;
    this.baseDirectory = baseDirectory;
  }

  /** Starts a linter with the default configuration and no baseline. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Lints the catalogs and packs under {@code paths} (directories are walked); relative paths are
   * read against the {@linkplain Builder#baseDirectory base directory} when one is set.
   *
   * @throws LintException if a path does not exist or cannot be read
   */
  public LintReport lint(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    LintInputs inputs = LintInputs.read(baseDirectory
        .map(base -> paths.stream().map(path -> base.resolve(path).normalize()).toList())
        .orElse(paths));
    List<LintFinding> found = new ArrayList<>();
    CatalogLint catalogs = new CatalogLint(context);
    for (LintInputs.Catalog catalog : inputs.catalogs()) {
      found.addAll(catalogs.lint(catalog));
    }
    for (LintInputs.SourceFile pack : inputs.packs()) {
      found.addAll(PackLint.lint(pack));
    }
    List<LintFinding> configured = new ArrayList<>(found.size());
    for (LintFinding named : found) {
      LintFinding finding = baseDirectory.map(base -> relativeTo(base, named)).orElse(named);
      Optional<Optional<Severity>> override = context.config().severity(finding.ruleId());
      if (override.isEmpty()) {
        configured.add(finding);
      } else if (override.get().isPresent()) {
        configured.add(withSeverity(finding, override.get().get()));
      }
    }
    List<LintFinding> marked = baseline.map(b -> b.apply(configured)).orElse(configured);
    return new LintReport(marked, context.rules().all(), inputs.files(), baseline.isPresent());
  }

  /** Every rule this linter can report, sorted by id. */
  public List<LintRule> rules() {
    return context.rules().all();
  }

  /** The finding with its file named relative to {@code base} when it is under it. */
  private static LintFinding relativeTo(Path base, LintFinding f) {
    Path file = Path.of(f.file());
    if (!file.isAbsolute() || !file.startsWith(base)) {
      return f;
    }
    return new LintFinding(f.ruleId(), f.severity(), base.relativize(file).toString(), f.line(),
        f.column(), f.endLine(), f.endColumn(), f.message(), f.suggestions(), f.key(), f.locale(),
        f.variant(), f.fingerprint(), f.baselined(), f.suppression());
  }

  private static LintFinding withSeverity(LintFinding f, Severity severity) {
    return new LintFinding(f.ruleId(), severity, f.file(), f.line(), f.column(), f.endLine(),
        f.endColumn(), f.message(), f.suggestions(), f.key(), f.locale(), f.variant(),
        f.fingerprint(), f.baselined(), f.suppression());
  }

  /** Configures a linter. Not thread-safe; the linter it builds is. */
  public static final class Builder {
    private LintConfig config = LintConfig.defaults();
    private Optional<Baseline> baseline = Optional.empty();
    private Optional<Path> baseDirectory = Optional.empty();

    private Builder() {}

    /** The project's configuration; {@link LintConfig#defaults()} unless set. */
    public Builder config(LintConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** Findings this baseline lists are reported as baselined and do not fail the run. */
    public Builder baseline(Baseline baseline) {
      this.baseline = Optional.of(Objects.requireNonNull(baseline, "baseline"));
      return this;
    }

    /**
     * The project directory, for build tools whose working directory is not the project's: relative
     * paths given to {@link Linter#lint} are read against it, and findings name the files under it
     * relative to it, as {@code tact lint} run in that directory does, so that a baseline written
     * there matches. Unless set, paths are used as given and findings name files as given.
     *
     * <pre>{@code
     * Linter.builder().baseDirectory(Path.of("/work/shop")).build()
     *     .lint(List.of(Path.of("src/main/templates")));   // findings in src/main/templates/en.yaml
     * }</pre>
     */
    public Builder baseDirectory(Path directory) {
      this.baseDirectory =
          Optional.of(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize());
      return this;
    }

    /**
     * Loads the tone rules (the built-in packs, then the configuration's packs) and builds.
     *
     * @throws LintException if a configured pack cannot be read or loaded, or the configuration
     *     names a rule that does not exist
     */
    public Linter build() {
      ToneChecker.Builder tone = ToneChecker.builder().builtInPacks();
      for (Path file : config.packs()) {
        try {
          tone.pack(RulePack.read(file));
        } catch (IOException e) {
          throw new LintException("cannot read the rule pack (" + e + ")", file.toString(), e);
        } catch (RulePackException e) {
          throw new LintException("the rule pack cannot be loaded: " + e.problem(),
              e.source(), e.line(), e.column());
        }
      }
      ToneChecker checker;
      try {
        checker = tone.build();
      } catch (RulePackException e) {
        throw new LintException("the rule packs cannot be loaded: " + e.problem(), e.source(),
            e.line(), e.column());
      }
      LintRules rules = LintRules.of(checker, config.docs());
      for (String id : config.configuredRules()) {
        if (rules.find(id).isEmpty()) {
          List<String> known = new ArrayList<>();
          rules.all().forEach(rule -> known.add(rule.id()));
          throw new LintException("the configuration names the rule '" + id + "', which lint does"
              + " not know; the rules are " + String.join(", ", known), ".tact.yaml", 0, 0);
        }
      }
      return new Linter(new LintContext(checker, PersonalDataDetector.defaults(), rules,
          new SampleValues(), config), baseline, baseDirectory);
    }
  }
}

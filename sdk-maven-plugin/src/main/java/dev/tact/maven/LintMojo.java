package dev.tact.maven;

import dev.tact.maven.internal.LintGoal;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code tact:lint}: lints the project's template catalogs and rule packs as {@code tact lint}
 * does. New findings are printed like a compiler's ({@code [ERROR] /path/en.yaml:12:18:
 * tone.minimizing: ...}), every finding is written as SARIF 2.1.0 to {@code target/tact/lint.sarif},
 * and the build fails when a new finding reaches {@code failOn}. Bound to {@code verify}.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.tact</groupId>
 *   <artifactId>sdk-maven-plugin</artifactId>
 *   <version>0.1.0</version>
 *   <configuration>
 *     <paths><path>src/main/templates</path></paths>
 *     <failOn>warning</failOn>
 *   </configuration>
 *   <executions><execution><goals><goal>lint</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {
  /** The project directory, which relative paths are read against. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private @Nullable File basedir;

  /**
   * Catalog directories, rule pack files, or directories to walk for both. Default:
   * {@code src/main/templates}, and nothing is linted when the project has no such directory.
   */
  @Parameter(property = "tact.paths")
  private @Nullable List<File> paths;

  /** The least severe new finding that fails the build: {@code error}, {@code warning} or {@code never}. */
  @Parameter(property = "tact.failOn", defaultValue = "error")
  private String failOn = "error";

  /** How findings are shown in the build log: {@code text}, {@code json} or {@code sarif}. */
  @Parameter(property = "tact.format", defaultValue = "text")
  private String format = "text";

  /** The lint configuration. Default: {@code .tact.yaml} in the project directory, if there is one. */
  @Parameter(property = "tact.config")
  private @Nullable File config;

  /** The baseline file. Default: the configuration's {@code baseline}, if it names one. */
  @Parameter(property = "tact.baseline")
  private @Nullable File baseline;

  /** Write the current findings to the baseline file instead of failing on them. */
  @Parameter(property = "tact.writeBaseline", defaultValue = "false")
  private boolean writeBaseline;

  /** Where the SARIF report is written. */
  @Parameter(property = "tact.sarifFile", defaultValue = "${project.build.directory}/tact/lint.sarif")
  private @Nullable File sarifFile;

  /** Skip linting. */
  @Parameter(property = "tact.skip", defaultValue = "false")
  private boolean skip;

  /** Maven creates the goal and sets its parameters. */
  public LintMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Tact lint skipped (tact.skip)");
      return;
    }
    if (basedir == null || sarifFile == null) {
      throw new MojoExecutionException("tact:lint runs in a project; Maven did not give it one");
    }
    List<File> given = paths == null ? List.of() : paths;
    List<java.nio.file.Path> pathList = new ArrayList<>();
    given.forEach(file -> pathList.add(file.toPath()));
    new LintGoal(basedir.toPath(), pathList, failOn, format,
        config == null ? null : config.toPath(), baseline == null ? null : baseline.toPath(),
        writeBaseline, sarifFile.toPath()).execute(getLog());
  }
}

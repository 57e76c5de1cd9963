package dev.tact.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A base directory makes lint independent of the working directory, as a build tool needs: the
 * same files, named the same way, and a baseline written in the project directory still matches.
 */
class LinterBaseDirectoryTest {
  private static final Path PROJECT = project();

  private static Path project() {
    try {
      return Path.of(Objects.requireNonNull(
          LinterBaseDirectoryTest.class.getResource("catalog/en.yaml")).toURI())
          .getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> files(LintReport report) {
    Set<String> files = new TreeSet<>();
    report.findings().forEach(finding -> files.add(finding.file()));
    return files;
  }

  @Test
  void relativePathsAreReadAgainstTheBaseDirectoryAndFindingsNameFilesRelativeToIt() {
    LintReport report = Linter.builder().baseDirectory(PROJECT).build()
        .lint(List.of(Path.of("catalog")));

    assertFalse(report.findings().isEmpty());
    String sep = PROJECT.getFileSystem().getSeparator();
    assertEquals(Set.of("catalog" + sep + "de.yaml", "catalog" + sep + "en.yaml",
        "catalog" + sep + "fr.yaml", "catalog" + sep + "ja.yaml"), files(report));
  }

  @Test
  void anAbsolutePathUnderTheBaseDirectoryIsNamedRelativeToo() {
    LintReport relative = Linter.builder().baseDirectory(PROJECT).build()
        .lint(List.of(Path.of("catalog")));
    LintReport absolute = Linter.builder().baseDirectory(PROJECT).build()
        .lint(List.of(PROJECT.resolve("catalog")));

    assertEquals(relative.findings(), absolute.findings());
  }

  @Test
  void withoutABaseDirectoryFilesAreNamedAsGiven() {
    LintReport report = Linter.builder().build().lint(List.of(PROJECT.resolve("catalog")));

    assertTrue(files(report).stream().allMatch(file -> Path.of(file).isAbsolute()), files(report)::toString);
  }

  @Test
  void aBaselineOfRelativeNamesMatchesWhateverTheBaseDirectoryIsCalled() {
    Baseline baseline = Baseline.of(Linter.builder().baseDirectory(PROJECT).build()
        .lint(List.of(Path.of("catalog"))));
    Path sameProjectOtherSpelling = PROJECT.resolve("catalog").resolve("..");

    LintReport again = Linter.builder().baseDirectory(sameProjectOtherSpelling).baseline(baseline)
        .build().lint(List.of(Path.of("catalog")));

    assertEquals(again.findings().size(), again.baselined() + again.suppressed());
    assertFalse(again.exceeds(FailOn.WARNING));
  }
}

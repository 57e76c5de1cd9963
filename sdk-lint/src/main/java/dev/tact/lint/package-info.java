/**
 * Lint for template catalogs and rule packs, embeddable in build tools: {@link dev.tact.lint.Linter}
 * finds every problem with its file, line and column, {@link dev.tact.lint.ReportFormat} writes the
 * {@link dev.tact.lint.LintReport} as compiler-style text, JSON or SARIF 2.1.0.
 *
 * <pre>{@code
 * LintReport report = Linter.builder()
 *     .config(LintConfig.read(Path.of(".tact.yaml")))
 *     .build()
 *     .lint(List.of(Path.of("src/main/templates")));
 * ReportFormat.SARIF.write(report, writer);
 * if (report.exceeds(FailOn.ERROR)) { ... fail the build ... }
 * }</pre>
 */
@NullMarked
package dev.tact.lint;

import org.jspecify.annotations.NullMarked;

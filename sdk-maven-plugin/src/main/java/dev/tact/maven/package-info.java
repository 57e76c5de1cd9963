/**
 * The Tact Maven plugin: {@link dev.tact.maven.LintMojo} ({@code tact:lint}) lints template
 * catalogs and rule packs in the {@code verify} phase.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.tact</groupId>
 *   <artifactId>sdk-maven-plugin</artifactId>
 *   <version>0.1.0</version>
 *   <executions><execution><goals><goal>lint</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@NullMarked
package dev.tact.maven;

import org.jspecify.annotations.NullMarked;

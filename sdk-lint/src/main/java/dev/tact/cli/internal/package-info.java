/**
 * How the {@code tact} command line works inside: picocli commands that take their standard
 * streams and their {@link java.time.Clock} as values, so that tests run them in-process. Not an
 * API: anything here may change without notice.
 */
@NullMarked
package dev.tact.cli.internal;

import org.jspecify.annotations.NullMarked;

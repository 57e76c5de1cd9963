/**
 * The {@code tact} command line: {@link dev.tact.cli.Main} is the entry point of
 * {@code sdk-lint/target/tact.jar} and of the {@code ./tact} launcher. {@code docs/cli.md} is the
 * reference for the subcommands; the JSON-lines protocol of {@code tact hours --jsonl} is a contract.
 *
 * <p>Everything else lives in {@code dev.tact.cli.internal} and may change without notice.
 */
@NullMarked
package dev.tact.cli;

import org.jspecify.annotations.NullMarked;

package dev.tact.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The three streams a command talks through. Commands never touch {@code System.in/out/err}
 * themselves: {@link #system()} hands them the process's streams, tests hand them byte arrays.
 * Text is always UTF-8, whatever the platform's default charset.
 *
 * @param in standard input
 * @param out standard output; raw bytes, so that a closed pipe is an {@link java.io.IOException}
 * @param err standard error
 */
public record StandardStreams(InputStream in, OutputStream out, OutputStream err) {

  /** Checks that no stream is null. */
  public StandardStreams {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /** The process's standard input, output and error. */
  public static StandardStreams system() {
    return new StandardStreams(
        System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
  }

  /** A UTF-8 writer on standard output that flushes on every {@code println}. */
  PrintWriter outWriter() {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
  }

  /** A UTF-8 writer on standard error that flushes on every {@code println}. */
  PrintWriter errWriter() {
    return new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
  }
}

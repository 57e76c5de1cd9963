package dev.tact.cli.internal;

/**
 * A JSON-lines request that cannot be answered; its message becomes the line's
 * {@code {"error":{"message":...}}}. Cheap to throw: it has no stack trace.
 */
final class BadLineException extends Exception {
  private static final long serialVersionUID = 1L;

  BadLineException(String message) {
    super(message, null, false, false);
  }
}

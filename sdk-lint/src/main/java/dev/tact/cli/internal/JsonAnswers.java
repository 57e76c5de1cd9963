package dev.tact.cli.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The answer lines of {@code tact hours --jsonl}, written without a general JSON writer. */
final class JsonAnswers {
  private JsonAnswers() {}

  /** {@code {"open":true,"nextChange":"2026-11-23T09:00:00Z"}}, with null for "never changes". */
  static String hours(boolean open, @Nullable Instant nextChange) {
    return "{\"open\":" + open + ",\"nextChange\":" + (nextChange == null ? "null" : "\"" + nextChange + "\"") + "}";
  }

  /** {@code {"error":{"message":"..."}}}. */
  static String error(String message) {
    return "{\"error\":{\"message\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}}";
  }
}

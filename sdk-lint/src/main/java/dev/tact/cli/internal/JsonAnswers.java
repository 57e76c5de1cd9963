package dev.tact.cli.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.tact.core.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The answer lines of the {@code --jsonl} commands, written without a general JSON writer. */
final class JsonAnswers {
  private JsonAnswers() {}

  /** {@code {"open":true,"nextChange":"2026-11-23T09:00:00Z"}}, with null for "never changes". */
  static String hours(boolean open, @Nullable Instant nextChange) {
    return "{\"open\":" + open + ",\"nextChange\":" + (nextChange == null ? "null" : "\"" + nextChange + "\"") + "}";
  }

  /**
   * {@code {"findings":[{"rule":"tone.minimizing","severity":"error","start":7,"end":19,
   * "message":"...","suggestions":["..."]}]}}: the findings in the order given, severities in lower
   * case, offsets in UTF-16 units.
   */
  static String findings(List<Finding> findings) {
    StringBuilder json = new StringBuilder(64 + 256 * findings.size()).append("{\"findings\":[");
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      json.append(i == 0 ? "{" : ",{");
      json.append("\"rule\":");
      string(json, finding.ruleId());
      json.append(",\"severity\":\"").append(finding.severity().name().toLowerCase(Locale.ROOT)).append('"');
      json.append(",\"start\":").append(finding.span().start());
      json.append(",\"end\":").append(finding.span().end());
      json.append(",\"message\":");
      string(json, finding.message());
      json.append(",\"suggestions\":[");
      List<String> suggestions = finding.suggestions();
      for (int s = 0; s < suggestions.size(); s++) {
        if (s > 0) {
          json.append(',');
        }
        string(json, suggestions.get(s));
      }
      json.append("]}");
    }
    return json.append("]}").toString();
  }

  /**
   * {@code {"text":"..."}}, with the invisible bidi controls (marks, embeddings, overrides and the
   * isolates that wrap right-to-left values) written as JSON escapes such as
   * <code>&#92;u2068</code>: the same JSON value, but one that a terminal, a log or a transcript
   * shows visibly and without reordering it.
   */
  static String text(String text) {
    StringBuilder json = new StringBuilder(text.length() + 16).append("{\"text\":\"");
    int written = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBidiControl(c)) {
        JsonStringEncoder.getInstance().quoteAsString(text.substring(written, i), json);
        json.append(String.format("\\u%04x", (int) c));
        written = i + 1;
      }
    }
    JsonStringEncoder.getInstance().quoteAsString(text.substring(written), json);
    return json.append("\"}").toString();
  }

  /** ALM, LRM, RLM, LRE…RLO and LRI…PDI. */
  private static boolean isBidiControl(char c) {
    return c == '\u061c' || c == '\u200e' || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /** {@code {"error":{"message":"..."}}}. */
  static String error(String message) {
    StringBuilder json = new StringBuilder("{\"error\":{\"message\":");
    string(json, message);
    return json.append("}}").toString();
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, json);
    json.append('"');
  }
}

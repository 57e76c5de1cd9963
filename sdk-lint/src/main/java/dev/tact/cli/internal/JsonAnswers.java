package dev.tact.cli.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.tact.Review;
import dev.tact.core.Finding;
import dev.tact.core.Span;
import dev.tact.rules.escalation.Escalation;
import dev.tact.rules.escalation.EscalationConfig;
import dev.tact.rules.escalation.PersonalDataFound;
import dev.tact.rules.escalation.Reason;
import dev.tact.rules.escalation.Signal;
import dev.tact.rules.escalation.Source;
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
   * {@code {"findings":[...],"escalation":{"route":"PRIVATE","reasons":["ACCOUNT_DETAILS_NEEDED"],
   * "sender":"CUSTOMER","blocking":false}}}: the findings, then the contract's
   * escalation object; with {@code evidence}, the escalation also lists its {@code signals} and
   * {@code personalData}, each with {@code source} ({@code "inbound"} or {@code "text"}: the request
   * field its UTF-16 offsets index into).
   */
  static String review(Review review, boolean evidence) {
    StringBuilder json = new StringBuilder(256 + 256 * review.findings().size()).append('{');
    findings(json, review.findings());
    Escalation escalation = review.escalation();
    json.append(",\"escalation\":{\"route\":\"").append(escalation.route().name()).append("\",\"reasons\":[");
    List<Reason> reasons = escalation.reasons();
    for (int i = 0; i < reasons.size(); i++) {
      json.append(i == 0 ? "\"" : ",\"").append(reasons.get(i).name()).append('"');
    }
    json.append("],\"sender\":\"").append(escalation.sender().name())
        .append("\",\"blocking\":").append(escalation.blocking());
    if (evidence) {
      signals(json, escalation.signals());
      personalData(json, escalation.personalData());
    }
    return json.append("}}").toString();
  }

  /** {@code ,"signals":[{"kind":"SENSITIVE_TOPIC","topic":"billing-refunds","source":"inbound",...}]}. */
  private static void signals(StringBuilder json, List<Signal> signals) {
    json.append(",\"signals\":[");
    for (int i = 0; i < signals.size(); i++) {
      Signal signal = signals.get(i);
      json.append(i == 0 ? "{" : ",{").append("\"kind\":\"").append(signal.kind().name()).append('"');
      String topic = signal.topic();
      if (topic != null) {
        json.append(",\"topic\":");
        string(json, topic);
      }
      place(json, signal.source(), signal.span());
      json.append(",\"words\":");
      string(json, signal.words());
      json.append('}');
    }
    json.append(']');
  }

  /** {@code ,"personalData":[{"kind":"email","source":"inbound","start":9,"end":26}]}: never the value. */
  private static void personalData(StringBuilder json, List<PersonalDataFound> found) {
    json.append(",\"personalData\":[");
    for (int i = 0; i < found.size(); i++) {
      PersonalDataFound data = found.get(i);
      json.append(i == 0 ? "{" : ",{").append("\"kind\":\"")
          .append(EscalationConfig.key(data.data().kind())).append('"');
      place(json, data.source(), data.data().span());
      json.append('}');
    }
    json.append(']');
  }

  /** The request field the offsets index into, and the offsets. */
  private static void place(StringBuilder json, Source source, Span span) {
    json.append(",\"source\":\"").append(source == Source.DRAFT ? "text" : "inbound")
        .append("\",\"start\":").append(span.start()).append(",\"end\":").append(span.end());
  }

  /**
   * {@code "findings":[{"rule":"tone.minimizing","severity":"error","start":7,"end":19,
   * "message":"...","suggestions":["..."]}]}: the findings in the order given, severities in lower
   * case, offsets in UTF-16 units.
   */
  private static void findings(StringBuilder json, List<Finding> findings) {
    json.append("\"findings\":[");
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
    json.append(']');
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

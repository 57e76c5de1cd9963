package dev.tact.lint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tact.core.Severity;
import dev.tact.lint.LintFinding;
import dev.tact.lint.LintReport;
import dev.tact.lint.LintRule;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every finding with all its fields, then the counts, as one indented JSON object. */
public final class JsonReport {
  private JsonReport() {}

  /** Writes {@code report}. */
  public static void write(LintReport report, Writer out) throws IOException {
    Map<String, LintRule> rules = new HashMap<>();
    report.rules().forEach(rule -> rules.put(rule.id(), rule));
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      for (LintFinding f : report.findings()) {
        json.writeStartObject();
        json.writeStringField("rule", f.ruleId());
        json.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringField("file", f.file());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeNumberField("endLine", f.endLine());
        json.writeNumberField("endColumn", f.endColumn());
        json.writeStringField("message", f.message());
        json.writeArrayFieldStart("suggestions");
        for (String suggestion : f.suggestions()) {
          json.writeString(suggestion);
        }
        json.writeEndArray();
        optional(json, "key", f.key());
        optional(json, "locale", f.locale());
        optional(json, "variant", f.variant());
        json.writeStringField("fingerprint", f.fingerprint());
        json.writeBooleanField("baselined", f.baselined());
        optional(json, "suppressed", f.suppression());
        json.writeStringField("helpUri", rules.get(f.ruleId()).helpUri().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("files", report.files());
      json.writeNumberField("errors", report.count(Severity.ERROR));
      json.writeNumberField("warnings", report.count(Severity.WARNING));
      json.writeNumberField("info", report.count(Severity.INFO));
      json.writeNumberField("baselined", report.baselined());
      json.writeNumberField("suppressed", report.suppressed());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void optional(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }
}

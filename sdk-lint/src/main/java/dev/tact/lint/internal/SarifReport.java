package dev.tact.lint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tact.core.Severity;
import dev.tact.lint.LintFinding;
import dev.tact.lint.LintReport;
import dev.tact.lint.LintRule;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SARIF 2.1.0 log: one run whose driver lists one rule per rule id of the findings (summary as
 * short description, rationale as full description, examples as help, the rule's page as
 * helpUri); each finding a result with its region in UTF-16 columns, a partial fingerprint,
 * a {@code baselineState} when a baseline was applied, and an in-source suppression with its
 * reason when {@code tact-ignore} suppresses it.
 */
public final class SarifReport {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifReport() {}

  /** Writes {@code report}; {@code version} is the tool's, empty when unknown. */
  public static void write(LintReport report, String version, Writer out) throws IOException {
    List<LintRule> rules = report.rules();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "tact");
      if (!version.isEmpty()) {
        json.writeStringField("version", version);
      }
      json.writeStringField("informationUri", rules.isEmpty() ? "https://tact.dev/"
          : rules.get(0).helpUri().resolve("/").toString());
      json.writeArrayFieldStart("rules");
      for (LintRule rule : rules) {
        writeRule(json, rule);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeStringField("columnKind", "utf16CodeUnits");
      json.writeArrayFieldStart("results");
      for (LintFinding finding : report.findings()) {
        writeResult(json, finding, index.get(finding.ruleId()), report.baselineApplied());
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeRule(JsonGenerator json, LintRule rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeObjectFieldStart("shortDescription");
    json.writeStringField("text", rule.summary());
    json.writeEndObject();
    json.writeObjectFieldStart("fullDescription");
    json.writeStringField("text", rule.rationale());
    json.writeEndObject();
    StringBuilder text = new StringBuilder(rule.rationale());
    StringBuilder markdown = new StringBuilder(rule.rationale());
    if (!rule.bad().isEmpty()) {
      text.append("\n\nFlagged:");
      markdown.append("\n\nFlagged:\n");
      for (String bad : rule.bad()) {
        text.append("\n- ").append(bad);
        markdown.append("\n- `").append(bad.replace("`", "'")).append('`');
      }
    }
    if (!rule.good().isEmpty()) {
      text.append("\n\nFine:");
      markdown.append("\n\nFine:\n");
      for (String good : rule.good()) {
        text.append("\n- ").append(good);
        markdown.append("\n- `").append(good.replace("`", "'")).append('`');
      }
    }
    json.writeObjectFieldStart("help");
    json.writeStringField("text", text.toString());
    json.writeStringField("markdown", markdown.toString());
    json.writeEndObject();
    json.writeStringField("helpUri", rule.helpUri().toString());
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.severity()));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, LintFinding finding, int ruleIndex,
      boolean baselineApplied) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(finding.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", finding.message()
        + finding.variant().map(v -> " [" + v + "]").orElse(""));
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(finding.file()));
    json.writeEndObject();
    if (finding.line() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", finding.line());
      if (finding.column() > 0) {
        json.writeNumberField("startColumn", finding.column());
      }
      if (finding.endLine() > 0) {
        json.writeNumberField("endLine", finding.endLine());
        json.writeNumberField("endColumn", finding.endColumn());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField("tactFingerprint/v1", finding.fingerprint());
    json.writeEndObject();
    if (baselineApplied) {
      json.writeStringField("baselineState", finding.baselined() ? "unchanged" : "new");
    }
    if (finding.suppression().isPresent()) {
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", "inSource");
      json.writeStringField("justification", finding.suppression().get());
      json.writeEndObject();
      json.writeEndArray();
    }
    if (!finding.suggestions().isEmpty()) {
      json.writeObjectFieldStart("properties");
      json.writeArrayFieldStart("suggestions");
      for (String suggestion : finding.suggestions()) {
        json.writeString(suggestion);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A file name as a URI reference: relative paths stay relative, with {@code /} separators. */
  static String uri(String file) {
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.toUri().toString();
    }
    String slashed = file.replace(java.io.File.separatorChar, '/');
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return URI.create(slashed.replace(" ", "%20")).toASCIIString();
    }
  }
}

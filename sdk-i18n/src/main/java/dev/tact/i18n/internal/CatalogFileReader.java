package dev.tact.i18n.internal;

import dev.tact.core.Visibility;
import dev.tact.i18n.TemplateChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the templates of one catalog file: its structure (flat dotted keys, each a pattern or an
 * object with {@code text} and metadata), the metadata fields, and each pattern's analysis for
 * the file's locale. Problems go to a {@link CatalogProblems} with their file positions; the
 * templates that read well are returned for the checks across locales.
 */
final class CatalogFileReader {
  static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*");
  static final Pattern CHECK_ID = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+");
  private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");
  private static final Pattern ARGUMENT_NAME = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final List<String> FIELDS = List.of(
      "text", "description", "channel", "visibility", "maxLength", "arguments", "tact-ignore",
      "reason");
  private static final List<String> ARGUMENT_FIELDS = List.of("fallback", "required", "description");

  /** An argument declared under {@code arguments:}. */
  record Declaration(String name, int offset, @Nullable String fallback, int fallbackOffset,
      boolean required) {}

  /** A template that read well. */
  record Read(
      String key,
      int keyOffset,
      SourceScalar text,
      PatternAnalysis analysis,
      Map<String, Declaration> declarations,
      @Nullable String channel,
      @Nullable Visibility visibility,
      @Nullable String description,
      int maxLength,
      Set<String> ignored,
      @Nullable String reason) {}

  private final int fileIndex;
  private final String source;
  private final SourceLines lines;
  private final Locale locale;
  private final CatalogProblems problems;
  private boolean fieldsOk;

  CatalogFileReader(int fileIndex, String source, SourceLines lines, Locale locale,
      CatalogProblems problems) {
    this.fileIndex = fileIndex;
    this.source = source;
    this.lines = lines;
    this.locale = locale;
    this.problems = problems;
  }

  List<Read> read(@Nullable SourceNode root) {
    List<Read> templates = new ArrayList<>();
    if (root == null) {
      return templates;
    }
    if (!(root instanceof SourceNode.Mapping mapping)) {
      error(TemplateChecks.CATALOG, root.offset(), "a catalog file is a mapping of keys to"
          + " patterns, such as 'order.shipped: \"Your order has shipped\"'; found "
          + root.describe());
      return templates;
    }
    for (SourceNode.Entry entry : mapping.entries().values()) {
      Read read = template(entry);
      if (read != null) {
        templates.add(read);
      }
    }
    return templates;
  }

  private @Nullable Read template(SourceNode.Entry entry) {
    String key = entry.key();
    if (!KEY.matcher(key).matches()) {
      error(TemplateChecks.CATALOG, entry.keyOffset(), "'" + key + "' is not a template key; keys"
          + " are letters, digits, '_' and '-' in parts joined by '.', such as 'order.shipped'");
      return null;
    }
    SourceNode value = entry.value();
    if (value instanceof SourceNode.Scalar scalar) {
      return pattern(key, entry.keyOffset(), scalar, Map.of(), null, null, null, 0, Set.of(), null);
    }
    if (value instanceof SourceNode.Mapping object) {
      return object(key, entry.keyOffset(), object);
    }
    error(TemplateChecks.CATALOG, value.offset(), "'" + key + "' is " + value.describe()
        + "; a template is a pattern or an object with 'text'");
    return null;
  }

  private @Nullable Read object(String key, int keyOffset, SourceNode.Mapping object) {
    Map<String, SourceNode.Entry> fields = object.entries();
    if (!fields.containsKey("text")) {
      if (startsFlowMapping(object)) {
        error(TemplateChecks.CATALOG, object.offset(), "the pattern of '" + key + "' starts with"
            + " '{', which YAML reads as a mapping; quote the pattern: " + key
            + ": \"{...} ...\"");
      } else {
        error(TemplateChecks.CATALOG, object.offset(), "'" + key + "' has no 'text'; a template"
            + " object holds its pattern in 'text' (catalogs use flat dotted keys, such as"
            + " 'order.shipped', not nested namespaces)");
      }
      return null;
    }
    fieldsOk = true;
    for (SourceNode.Entry field : fields.values()) {
      if (!FIELDS.contains(field.key())) {
        error(TemplateChecks.CATALOG, field.keyOffset(), "unknown field '" + field.key()
            + "' in '" + key + "'" + suggestion(field.key(), FIELDS) + "; the fields are "
            + String.join(", ", FIELDS));
      }
    }
    SourceNode textNode = fields.get("text").value();
    String description = text(fields, "description", key);
    String channel = text(fields, "channel", key);
    if (channel != null && !CHANNEL_ID.matcher(channel).matches()) {
      error(TemplateChecks.CATALOG, fields.get("channel").value().offset(), "'" + channel
          + "' is not a channel id; use one such as x.reply, email or acme.kiosk-chat");
    }
    Visibility visibility = null;
    String visibilityText = text(fields, "visibility", key);
    if (visibilityText != null) {
      if (visibilityText.equals("public") || visibilityText.equals("private")) {
        visibility = Visibility.valueOf(visibilityText.toUpperCase(Locale.ROOT));
      } else {
        error(TemplateChecks.CATALOG, fields.get("visibility").value().offset(),
            "visibility is 'public' or 'private', not '" + visibilityText + "'");
      }
    }
    int maxLength = maxLength(fields);
    Set<String> ignored = ignored(fields, key);
    String reason = text(fields, "reason", key);
    if (!ignored.isEmpty() && reason == null) {
      error(TemplateChecks.CATALOG, fields.get("tact-ignore").keyOffset(), "'" + key
          + "' ignores " + String.join(", ", ignored) + " without a 'reason'; say why");
    } else if (!fields.containsKey("tact-ignore") && reason != null) {
      error(TemplateChecks.CATALOG, fields.get("reason").keyOffset(), "'reason' explains a"
          + " 'tact-ignore' list, and '" + key + "' has none");
    }
    Map<String, Declaration> declarations = declarations(fields, key);
    if (!(textNode instanceof SourceNode.Scalar scalar)) {
      error(TemplateChecks.CATALOG, textNode.offset(), "the text of '" + key + "' is "
          + textNode.describe() + "; it must be a pattern");
      return null;
    }
    Read read = pattern(key, keyOffset, scalar, declarations, channel, visibility, description,
        maxLength, ignored, reason);
    return fieldsOk ? read : null;
  }

  private boolean startsFlowMapping(SourceNode.Mapping object) {
    int at = object.offset();
    return at < lines.text().length() && lines.text().charAt(at) == '{';
  }

  private @Nullable Read pattern(String key, int keyOffset, SourceNode.Scalar scalar,
      Map<String, Declaration> declarations, @Nullable String channel,
      @Nullable Visibility visibility, @Nullable String description, int maxLength,
      Set<String> ignored, @Nullable String reason) {
    if (scalar.isNull() || scalar.text().isEmpty()) {
      error(TemplateChecks.CATALOG, scalar.offset(), "the pattern of '" + key + "' is empty;"
          + " write the reply's text, or remove the key");
      return null;
    }
    PatternAnalysis analysis = PatternAnalysis.of(scalar.text(), locale);
    for (PatternProblem problem : analysis.problems()) {
      error(problem.check(), scalar.scalar().offsetOf(problem.offset()),
          "'" + key + "': " + problem.message());
    }
    return new Read(key, keyOffset, scalar.scalar(), analysis, declarations, channel, visibility,
        description, maxLength, ignored, reason);
  }

  private @Nullable String text(Map<String, SourceNode.Entry> fields, String name, String key) {
    SourceNode.Entry field = fields.get(name);
    if (field == null) {
      return null;
    }
    if (field.value() instanceof SourceNode.Scalar scalar && !scalar.isNull()) {
      return scalar.text();
    }
    error(TemplateChecks.CATALOG, field.value().offset(), "'" + name + "' of '" + key
        + "' is " + field.value().describe() + "; it must be a text");
    return null;
  }

  private int maxLength(Map<String, SourceNode.Entry> fields) {
    SourceNode.Entry field = fields.get("maxLength");
    if (field == null) {
      return 0;
    }
    if (field.value() instanceof SourceNode.Scalar scalar && !scalar.isNull()) {
      try {
        int value = Integer.parseInt(scalar.text().strip());
        if (value > 0) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    error(TemplateChecks.CATALOG, field.value().offset(),
        "maxLength is a positive whole number, such as 280");
    return 0;
  }

  private Set<String> ignored(Map<String, SourceNode.Entry> fields, String key) {
    SourceNode.Entry field = fields.get("tact-ignore");
    if (field == null) {
      return Set.of();
    }
    if (!(field.value() instanceof SourceNode.Sequence list)) {
      error(TemplateChecks.CATALOG, field.value().offset(), "tact-ignore of '" + key
          + "' is a list of check ids, such as [template.too-long]");
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (SourceNode item : list.items()) {
      if (item instanceof SourceNode.Scalar scalar && CHECK_ID.matcher(scalar.text()).matches()) {
        ids.add(scalar.text());
      } else {
        error(TemplateChecks.CATALOG, item.offset(), "tact-ignore of '" + key + "' lists check"
            + " ids such as template.too-long; this is not one");
      }
    }
    return ids;
  }

  private Map<String, Declaration> declarations(Map<String, SourceNode.Entry> fields, String key) {
    SourceNode.Entry field = fields.get("arguments");
    if (field == null) {
      return Map.of();
    }
    if (!(field.value() instanceof SourceNode.Mapping arguments)) {
      error(TemplateChecks.CATALOG, field.value().offset(), "arguments of '" + key + "' map each"
          + " argument name to {fallback: ...} or {required: true}");
      return Map.of();
    }
    Map<String, Declaration> declarations = new LinkedHashMap<>();
    for (SourceNode.Entry argument : arguments.entries().values()) {
      String name = argument.key();
      if (!ARGUMENT_NAME.matcher(name).matches()) {
        error(TemplateChecks.CATALOG, argument.keyOffset(), "'" + name + "' is not an argument"
            + " name; names are letters, digits and '_', as in {orderId}");
        continue;
      }
      Declaration declaration = declaration(key, argument);
      if (declaration != null) {
        declarations.put(name, declaration);
      }
    }
    return declarations;
  }

  private @Nullable Declaration declaration(String key, SourceNode.Entry argument) {
    String name = argument.key();
    if (!(argument.value() instanceof SourceNode.Mapping spec)) {
      error(TemplateChecks.CATALOG, argument.value().offset(), "the argument '" + name + "' of '"
          + key + "' is declared as {fallback: ...} or {required: true}, not "
          + argument.value().describe());
      return null;
    }
    String fallback = null;
    int fallbackOffset = argument.keyOffset();
    boolean required = false;
    for (SourceNode.Entry field : spec.entries().values()) {
      SourceNode value = field.value();
      switch (field.key()) {
        case "fallback":
          if (value instanceof SourceNode.Scalar scalar && !scalar.isNull()
              && !scalar.text().isBlank()) {
            fallback = scalar.text();
            fallbackOffset = value.offset();
          } else {
            error(TemplateChecks.CATALOG, value.offset(), "the fallback of '" + name + "' in '"
                + key + "' must be a text that is not blank");
          }
          break;
        case "required":
          if (value instanceof SourceNode.Scalar scalar
              && (scalar.text().equals("true") || scalar.text().equals("false"))) {
            required = scalar.text().equals("true");
          } else {
            error(TemplateChecks.CATALOG, value.offset(), "required is true or false");
          }
          break;
        case "description":
          text(spec.entries(), "description", key);
          break;
        default:
          error(TemplateChecks.CATALOG, field.keyOffset(), "unknown field '" + field.key()
              + "' for the argument '" + name + "' of '" + key + "'"
              + suggestion(field.key(), ARGUMENT_FIELDS) + "; the fields are "
              + String.join(", ", ARGUMENT_FIELDS));
      }
    }
    if (required && fallback != null) {
      error(TemplateChecks.CATALOG, argument.keyOffset(), "the argument '" + name + "' of '" + key
          + "' is required and has a fallback; keep one of the two");
    }
    return new Declaration(name, argument.keyOffset(), fallback, fallbackOffset, required);
  }

  private void error(String check, int offset, String message) {
    if (check.equals(TemplateChecks.CATALOG)) {
      fieldsOk = false;
    }
    problems.error(check, fileIndex, source, lines, offset, message);
  }

  /** ", did you mean 'x'?" for a near miss among {@code known}, else nothing. */
  static String suggestion(String word, List<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : known) {
      int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

package dev.tact.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tact.core.Channel;
import dev.tact.core.Severity;
import dev.tact.rules.RuleMetadata;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How lint is set up for a project, usually from {@code .tact.yaml}: rules turned off or given
 * another severity, the locales every key must have, the channel of each key prefix, a baseline
 * file, vendor rule packs the tone rules use, and where the rule docs live.
 *
 * <pre>{@code
 * # .tact.yaml
 * rules:
 *   tone.idiom: off
 *   tone.minimizing: error
 * requiredLocales: [en, ja]        # template.missing-locale is an error for these
 * channels:                        # by key prefix, longest first; a template's own channel wins
 *   social.: x.reply
 *   sms.: sms
 * baseline: tact-baseline.json     # relative to this file
 * packs: [acme-tone.yaml]
 * }</pre>
 *
 * <pre>{@code
 * LintConfig config = LintConfig.read(Path.of(".tact.yaml"));
 * LintConfig same = LintConfig.builder().severity("tone.idiom", null).requiredLocale(Locale.JAPANESE).build();
 * }</pre>
 */
public final class LintConfig {
  /** Where help links point unless {@code docs:} says otherwise. */
  public static final URI DEFAULT_DOCS = URI.create("https://tact.dev/docs/");

  private static final Set<String> KEYS =
      Set.of("rules", "requiredLocales", "channels", "baseline", "packs", "docs");

  private final Map<String, Optional<Severity>> severities;
  private final Set<Locale> requiredLocales;
  private final Map<String, Channel> channels;
  private final Optional<Path> baseline;
  private final List<Path> packs;
  private final URI docs;

  private LintConfig(Builder builder) {
    this.severities = Map.copyOf(builder.severities);
    this.requiredLocales = Set.copyOf(builder.requiredLocales);
    Map<String, Channel> byPrefix = new TreeMap<>((a, b) ->
        a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
    byPrefix.putAll(builder.channels);
    this.channels = java.util.Collections.unmodifiableMap(byPrefix);
    this.baseline = Optional.ofNullable(builder.baseline);
    this.packs = List.copyOf(builder.packs);
    this.docs = builder.docs;
  }

  /** No overrides: every rule at its default severity, no required locale, no baseline. */
  public static LintConfig defaults() {
    return builder().build();
  }

  /** Starts a configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a {@code .tact.yaml}; relative {@code baseline} and {@code packs} paths are read against
   * the file's directory.
   *
   * @throws LintException if the file cannot be read or says something lint does not know
   */
  public static LintConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new LintException("no such configuration file; check the path", file.toString(), 0, 0);
    } catch (IOException | RuntimeException e) {
      throw new LintException("cannot read the configuration (" + e.getMessage() + ")",
          file.toString(), e);
    }
    Path parent = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), parent == null ? Path.of("") : parent);
  }

  /**
   * Reads configuration text.
   *
   * @param text the YAML (or JSON) text
   * @param source the name messages give it
   * @param base the directory relative paths in it are read against
   * @throws LintException if the text says something lint does not know
   */
  public static LintConfig parse(String text, String source, Path base) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new LintException("not valid YAML: " + e.getOriginalMessage(), source,
          at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()));
    }
    Builder builder = builder();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return builder.build();
    }
    if (!root.isObject()) {
      throw problem(source, "the configuration is a mapping with the keys " + new java.util.TreeSet<>(KEYS));
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw problem(source, "unknown key '" + name + "'; the keys are " + new java.util.TreeSet<>(KEYS));
      }
    }
    JsonNode rules = root.path("rules");
    if (!rules.isMissingNode()) {
      for (Map.Entry<String, JsonNode> rule : fields(rules, source, "rules")) {
        String value = rule.getValue().asText().toLowerCase(Locale.ROOT);
        Severity severity = switch (value) {
          case "error" -> Severity.ERROR;
          case "warning" -> Severity.WARNING;
          case "info" -> Severity.INFO;
          case "off", "false" -> null;
          default -> throw problem(source, "rules." + rule.getKey() + ": '" + rule.getValue().asText()
              + "' is not a severity; use error, warning, info or off");
        };
        builder.severity(rule.getKey(), severity);
      }
    }
    for (String tag : strings(root.path("requiredLocales"), source, "requiredLocales")) {
      Locale locale = Locale.forLanguageTag(tag);
      if (!locale.toLanguageTag().equals(tag) || tag.equals("und")) {
        throw problem(source, "requiredLocales: '" + tag + "' is not a BCP 47 language tag such as ja or pt-BR");
      }
      builder.requiredLocale(locale);
    }
    JsonNode channels = root.path("channels");
    if (!channels.isMissingNode()) {
      for (Map.Entry<String, JsonNode> entry : fields(channels, source, "channels")) {
        String id = entry.getValue().asText();
        Channel channel = Channel.builtIn(id).orElseThrow(() -> problem(source, "channels."
            + entry.getKey() + ": unknown channel '" + id + "'; use one of " + channelIds()));
        builder.channel(entry.getKey(), channel);
      }
    }
    JsonNode baseline = root.path("baseline");
    if (!baseline.isMissingNode() && !baseline.isNull()) {
      builder.baseline(base.resolve(baseline.asText()));
    }
    for (String pack : strings(root.path("packs"), source, "packs")) {
      builder.pack(base.resolve(pack));
    }
    JsonNode docs = root.path("docs");
    if (!docs.isMissingNode()) {
      String text2 = docs.asText().endsWith("/") ? docs.asText() : docs.asText() + "/";
      try {
        URI uri = new URI(text2);
        if (!uri.isAbsolute()) {
          throw problem(source, "docs: '" + docs.asText() + "' is not an absolute URL such as https://example.com/tact/docs/");
        }
        builder.docs(uri);
      } catch (URISyntaxException e) {
        throw problem(source, "docs: '" + docs.asText() + "' is not a URL (" + e.getReason() + ")");
      }
    }
    return builder.build();
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode node, String source, String key) {
    if (!node.isObject()) {
      throw problem(source, key + " is a mapping");
    }
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    node.fields().forEachRemaining(entries::add);
    for (Map.Entry<String, JsonNode> entry : entries) {
      if (!entry.getValue().isValueNode()) {
        throw problem(source, key + "." + entry.getKey() + " is a single value");
      }
    }
    return entries;
  }

  private static List<String> strings(JsonNode node, String source, String key) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw problem(source, key + " is a list, such as [en, ja]");
    }
    List<String> values = new ArrayList<>();
    node.forEach(item -> values.add(item.asText()));
    return values;
  }

  private static String channelIds() {
    List<String> ids = new ArrayList<>();
    Channel.builtIn().forEach(channel -> ids.add(channel.id()));
    return String.join(", ", ids);
  }

  private static LintException problem(String source, String message) {
    return new LintException(message, source, 0, 0);
  }

  /** The severity a rule's findings get, or empty when they are turned off; absent: the default. */
  public Optional<Optional<Severity>> severity(String ruleId) {
    return Optional.ofNullable(severities.get(ruleId));
  }

  /** The rule ids the configuration sets, for checking that they exist. */
  public Set<String> configuredRules() {
    return severities.keySet();
  }

  /** The locales every key must have. */
  public Set<Locale> requiredLocales() {
    return requiredLocales;
  }

  /** The channel for a key: the one of its longest configured prefix, if any. */
  public Optional<Channel> channelFor(String key) {
    for (Map.Entry<String, Channel> entry : channels.entrySet()) {
      if (key.startsWith(entry.getKey())) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The baseline file, if one is configured. */
  public Optional<Path> baseline() {
    return baseline;
  }

  /** Vendor rule packs the tone rules load over the built-in ones, in order. */
  public List<Path> packs() {
    return packs;
  }

  /** The root of the docs that rule help links point into. */
  public URI docs() {
    return docs;
  }

  /** Collects configuration. Not thread-safe; the configuration it builds is. */
  public static final class Builder {
    private final Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    private final Set<Locale> requiredLocales = new LinkedHashSet<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private Path baseline;
    private final List<Path> packs = new ArrayList<>();
    private URI docs = DEFAULT_DOCS;

    private Builder() {}

    /**
     * Gives a rule's findings another severity, or turns the rule off with {@code null}.
     *
     * @throws IllegalArgumentException if {@code ruleId} is not a well-formed rule id
     */
    public Builder severity(String ruleId, @org.jspecify.annotations.Nullable Severity severity) {
      if (!RuleMetadata.isValidId(Objects.requireNonNull(ruleId, "ruleId"))) {
        throw new IllegalArgumentException("'" + ruleId + "' is not a rule id such as tone.minimizing");
      }
      severities.put(ruleId, Optional.ofNullable(severity));
      return this;
    }

    /** Requires every key in {@code locale}: {@code template.missing-locale} is then an error. */
    public Builder requiredLocale(Locale locale) {
      requiredLocales.add(Objects.requireNonNull(locale, "locale"));
      return this;
    }

    /** The channel of keys that start with {@code prefix}, unless a template names its own. */
    public Builder channel(String prefix, Channel channel) {
      channels.put(Objects.requireNonNull(prefix, "prefix"), Objects.requireNonNull(channel, "channel"));
      return this;
    }

    /** The baseline file the command line reads; the API takes a {@link Baseline} instead. */
    public Builder baseline(Path file) {
      this.baseline = Objects.requireNonNull(file, "file");
      return this;
    }

    /** A vendor rule pack for the tone rules. */
    public Builder pack(Path file) {
      packs.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** The root of the docs that help links point into; absolute, ending in {@code /}. */
    public Builder docs(URI root) {
      this.docs = Objects.requireNonNull(root, "root");
      return this;
    }

    /** The configuration. */
    public LintConfig build() {
      return new LintConfig(this);
    }
  }
}

package dev.tact.i18n.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tact.core.Formality;
import dev.tact.i18n.Greeting.DayPeriod;
import dev.tact.i18n.Greeting.Phrases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the built-in greetings from {@code dev/tact/i18n/greetings/<language>.yaml}. Each file has
 * {@code anyTime} (the time-free greeting) and {@code periods} (one entry per CLDR day period of the
 * language, by its CLDR name); each greeting is a string for every formality or a map with
 * {@code formal}, and optionally {@code neutral} and {@code casual}.
 */
public final class GreetingResources {
  /** The languages Tact ships greetings for. */
  public static final List<String> LANGUAGES = List.of("en", "ja", "de", "fr", "es", "pt");

  private static final String FOLDER = "/dev/tact/i18n/greetings/";
  private static final Set<String> TOP_LEVEL = Set.of("anyTime", "periods");

  private GreetingResources() {}

  /** The built-in phrases by language. */
  public static Map<Locale, Phrases> builtIn() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<Locale, Phrases> phrases = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      String resource = FOLDER + language + ".yaml";
      phrases.put(Locale.forLanguageTag(language), read(yaml, resource));
    }
    return phrases;
  }

  private static Phrases read(ObjectMapper yaml, String resource) {
    JsonNode root;
    try (InputStream in = GreetingResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      root = yaml.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException(resource + ": expected a map with anyTime and periods");
    }
    root.fieldNames().forEachRemaining(name -> {
      if (!TOP_LEVEL.contains(name)) {
        throw new IllegalStateException(resource + ": unknown key '" + name
            + "'; expected anyTime and periods");
      }
    });
    Phrases.Builder builder = Phrases.builder();
    readGreeting(resource, "anyTime", root.path("anyTime"),
        (formality, text) -> builder.anyTime(formality, text));
    JsonNode periods = root.path("periods");
    if (!periods.isObject()) {
      throw new IllegalStateException(resource + ": 'periods' must map CLDR day periods to greetings");
    }
    periods.fields().forEachRemaining(entry -> {
      DayPeriod period = period(resource, entry.getKey());
      readGreeting(resource, entry.getKey(), entry.getValue(),
          (formality, text) -> builder.at(period, formality, text));
    });
    return builder.build();
  }

  private interface Sink {
    void accept(Formality formality, String text);
  }

  private static void readGreeting(String resource, String where, JsonNode node, Sink sink) {
    if (node.isTextual()) {
      sink.accept(Formality.FORMAL, node.textValue());
      return;
    }
    if (!node.isObject() || node.isEmpty()) {
      throw new IllegalStateException(resource + ": '" + where
          + "' must be a greeting or a map of formal, neutral and casual greetings");
    }
    node.fields().forEachRemaining(entry -> {
      Formality formality = switch (entry.getKey()) {
        case "formal" -> Formality.FORMAL;
        case "neutral" -> Formality.NEUTRAL;
        case "casual" -> Formality.CASUAL;
        default -> throw new IllegalStateException(resource + ": '" + where + "' has '"
            + entry.getKey() + "'; expected formal, neutral or casual");
      };
      if (!entry.getValue().isTextual()) {
        throw new IllegalStateException(resource + ": '" + where + "." + entry.getKey()
            + "' must be text");
      }
      sink.accept(formality, entry.getValue().textValue());
    });
  }

  private static DayPeriod period(String resource, String name) {
    for (DayPeriod period : DayPeriod.values()) {
      if (period.cldrName().equals(name)) {
        return period;
      }
    }
    throw new IllegalStateException(resource + ": '" + name + "' is not a CLDR day period; use "
        + "morning1, morning2, afternoon1, afternoon2, evening1, evening2, night1 or night2");
  }
}

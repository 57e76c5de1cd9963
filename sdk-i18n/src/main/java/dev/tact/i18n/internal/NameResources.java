package dev.tact.i18n.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tact.core.Formality;
import dev.tact.i18n.CustomerNames.Address;
import dev.tact.i18n.CustomerNames.Form;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the built-in name conventions from {@code dev/tact/i18n/names/<locale>.yaml}: for each of
 * {@code formal}, {@code neutral} and {@code casual} a {@code form} ({@code given}, {@code full}
 * or {@code honorific}), an {@code honorific} for the honorific form, and a {@code fallback}.
 */
public final class NameResources {
  /** The locales Tact ships name conventions for, as language tags. */
  public static final List<String> LOCALES = List.of("en", "ja", "de", "fr", "es", "pt", "pt-PT");

  private static final String FOLDER = "/dev/tact/i18n/names/";
  private static final Set<String> ADDRESS_KEYS = Set.of("form", "honorific", "fallback");

  private NameResources() {}

  /** The built-in conventions by locale and formality. */
  public static Map<Locale, Map<Formality, Address>> builtIn() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<Locale, Map<Formality, Address>> conventions = new LinkedHashMap<>();
    for (String tag : LOCALES) {
      conventions.put(Locale.forLanguageTag(tag), read(yaml, FOLDER + tag + ".yaml"));
    }
    return conventions;
  }

  private static Map<Formality, Address> read(ObjectMapper yaml, String resource) {
    JsonNode root;
    try (InputStream in = NameResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      root = yaml.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException(resource + ": expected a map with formal, neutral, casual");
    }
    Map<Formality, Address> addresses = new EnumMap<>(Formality.class);
    root.fields().forEachRemaining(entry -> {
      Formality formality = switch (entry.getKey()) {
        case "formal" -> Formality.FORMAL;
        case "neutral" -> Formality.NEUTRAL;
        case "casual" -> Formality.CASUAL;
        default -> throw new IllegalStateException(resource + ": unknown key '" + entry.getKey()
            + "'; expected formal, neutral or casual");
      };
      addresses.put(formality, address(resource + ": " + entry.getKey(), entry.getValue()));
    });
    if (addresses.size() != Formality.values().length) {
      throw new IllegalStateException(resource + ": needs formal, neutral and casual, has "
          + addresses.keySet());
    }
    return addresses;
  }

  private static Address address(String where, JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalStateException(where + ": expected form, honorific and fallback");
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!ADDRESS_KEYS.contains(name)) {
        throw new IllegalStateException(where + ": unknown key '" + name
            + "'; expected form, honorific and fallback");
      }
    });
    Form form = switch (text(where, node, "form")) {
      case "given" -> Form.GIVEN;
      case "full" -> Form.FULL;
      case "honorific" -> Form.HONORIFIC;
      default -> throw new IllegalStateException(where + ": form must be given, full or honorific");
    };
    String honorific = node.has("honorific") ? text(where, node, "honorific") : "";
    try {
      return new Address(form, honorific, text(where, node, "fallback"));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  private static String text(String where, JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual()) {
      throw new IllegalStateException(where + ": '" + key + "' must be text");
    }
    return value.textValue();
  }
}

package dev.tact.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code tact render --jsonl}: what to render, either {@code pattern} (an ICU
 * MessageFormat pattern) or {@code key} (a template of the {@code --catalog}); {@code locale}
 * (a BCP 47 tag; the {@code --default-locale} when missing or null); optional {@code args} (see
 * {@link RenderArguments}); optional {@code customer}, an object with {@code name} or
 * {@code givenName} and {@code familyName} (see {@link NameParts}), {@code zone} (an IANA id; the
 * greeting follows its clock) and {@code formality} ({@code formal}, {@code neutral} or
 * {@code casual}); and optional {@code now} (an ISO instant; the current time when missing). Null
 * means absent for the optional fields; any other field is an error, so that a misspelt
 * {@code costumer} is not silently rendered for nobody.
 *
 * @param pattern the pattern to render, or null when a key is given
 * @param key the catalog key to render, or null when a pattern is given
 * @param locale the language to render in
 * @param args the argument values by name
 * @param customer the customer, with the request's locale
 * @param now the instant the reply is written, or null for the current time
 */
record RenderRequest(@Nullable String pattern, @Nullable String key, Locale locale,
    Map<String, Object> args, Customer customer, @Nullable Instant now) {
  private static final Set<String> FIELDS = Set.of("pattern", "key", "locale", "args", "customer", "now");
  private static final String FIELD_LIST = "pattern, key, locale, args, customer and now";
  private static final Set<String> CUSTOMER_FIELDS = Set.of("name", "givenName", "familyName", "zone", "formality");
  private static final String CUSTOMER_FIELD_LIST = "name, givenName, familyName, zone and formality";
  private static final String EXAMPLE =
      "{\"pattern\":\"{greeting}, {customerName}!\",\"locale\":\"en\",\"customer\":{\"name\":\"Sam\"}}";

  /**
   * Reads a request from one line of JSON.
   *
   * @param defaultLocale the locale of a line without one
   * @throws BadLineException saying what is wrong with the line and how to fix it
   */
  static RenderRequest read(String line, ObjectMapper json, Locale defaultLocale) throws BadLineException {
    JsonNode request = JsonFields.object(line, json, EXAMPLE, FIELDS, FIELD_LIST);
    @Nullable String pattern = JsonFields.optionalString(request, "pattern");
    @Nullable String key = JsonFields.optionalString(request, "key");
    if (pattern == null && key == null) {
      throw new BadLineException("missing field 'pattern' or 'key': send an ICU MessageFormat pattern,"
          + " or the key of a template in the --catalog");
    }
    if (pattern != null && key != null) {
      throw new BadLineException("both 'pattern' and 'key' are given; send one of them");
    }
    @Nullable String tag = JsonFields.optionalString(request, "locale");
    Locale locale = tag == null ? defaultLocale : value("field 'locale'", tag, LocaleTags::locale);
    Map<String, Object> args = RenderArguments.read(request);
    Customer customer = customer(request.get("customer"), locale);
    @Nullable String nowText = JsonFields.optionalString(request, "now");
    @Nullable Instant now = nowText == null ? null
        : RenderArguments.inRange("field 'now'", value("field 'now'", nowText, TimeValues::instant));
    return new RenderRequest(pattern, key, locale, args, customer, now);
  }

  private static Customer customer(@Nullable JsonNode node, Locale locale) throws BadLineException {
    Customer.Builder customer = Customer.builder().locale(locale);
    if (node == null || node.isNull()) {
      return customer.build();
    }
    if (!node.isObject()) {
      throw new BadLineException("field 'customer' must be an object such as"
          + " {\"name\":\"Maria Müller\",\"zone\":\"Europe/Berlin\"}, got " + JsonFields.kind(node));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!CUSTOMER_FIELDS.contains(name)) {
        throw new BadLineException("unknown field " + TimeValues.quote("customer." + name)
            + "; the customer fields are " + CUSTOMER_FIELD_LIST);
      }
    }
    @Nullable String name = string(node, "name");
    @Nullable String given = string(node, "givenName");
    @Nullable String family = string(node, "familyName");
    if (name != null && (given != null || family != null)) {
      throw new BadLineException("field 'customer' has both 'name' and 'givenName' or 'familyName';"
          + " send the whole name in 'name', or its parts in 'givenName' and 'familyName'");
    }
    if (name != null) {
      NameParts parts = NameParts.split(name);
      given = parts.given();
      family = parts.family();
    }
    @Nullable String zone = string(node, "zone");
    @Nullable String formality = string(node, "formality");
    return customer
        .givenName(given)
        .familyName(family)
        .zone(zone == null ? null : value("field 'customer.zone'", zone, TimeValues::zone))
        .formality(formality == null ? null : formality(formality))
        .build();
  }

  private static @Nullable String string(JsonNode customer, String field) throws BadLineException {
    JsonNode node = customer.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new BadLineException("field 'customer." + field + "' must be a string, got " + JsonFields.kind(node));
    }
    return node.textValue();
  }

  private static Formality formality(String text) throws BadLineException {
    for (Formality formality : Formality.values()) {
      if (formality.name().toLowerCase(Locale.ROOT).equals(text)) {
        return formality;
      }
    }
    throw new BadLineException("field 'customer.formality': unknown formality " + TimeValues.quote(text)
        + "; use formal, neutral or casual (or leave it out for the language's default)");
  }

  private static <T> T value(String field, String text, Function<String, T> reader) throws BadLineException {
    try {
      return reader.apply(text);
    } catch (IllegalArgumentException e) {
      throw new BadLineException(field + ": " + e.getMessage());
    }
  }
}

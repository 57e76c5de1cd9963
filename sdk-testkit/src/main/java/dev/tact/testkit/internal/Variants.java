package dev.tact.testkit.internal;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.i18n.ArgumentKind;
import dev.tact.i18n.Renderer;
import dev.tact.i18n.Template;
import dev.tact.i18n.TemplateArgument;
import dev.tact.i18n.TemplateCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every text a template can render, each branch rendered once with sample values: each plural and
 * selectordinal category of the template's locale (and each explicit {@code =n} branch), each
 * select keyword, each choice range, times each {@link Formality} of the customer (which also
 * changes the greeting and the name), without repeats, in a stable order.
 *
 * <pre>{@code
 * // en.yaml: order.late: "{count, plural, one{One item is} other{# items are}} late, {customerName}."
 * Variants.of(catalog);
 * // [Text[order.late, en, One item is late, there.], Text[order.late, en, 0 items are late, there.]]
 * // (the three formalities render alike here, so each text is given once)
 * }</pre>
 *
 * <p>Sample values: a text argument renders its own name ({@code {orderId}} shows as {@code
 * orderId}), a number 3, a date or time {@link #SAMPLE_TIME}; a plural category CLDR's first
 * integer sample for it that no {@code =n} branch takes (else a number with a fraction, such as
 * 1.5 for Russian "other"). The customer is anonymous with no time zone, so
 * names and greetings are the locale's time-free fallbacks ("Hello", "there", 「お客様」).
 */
public final class Variants {
  /** The instant that date and time arguments render, and the render's "now". */
  public static final Instant SAMPLE_TIME = Instant.parse("2026-03-10T10:00:00Z");
  private static final int SAMPLE_NUMBER = 3;
  /** Tried for a category that no integer selects (CLDR's decimal samples have no stable API). */
  private static final double[] FRACTIONS = {1.5, 0.5, 2.5, 0.1, 1.1, 0.2, 2.1, 10.5};
  private static final List<String> CATEGORY_ORDER =
      List.of("zero", "one", "two", "few", "many", "other");

  private Variants() {}

  /**
   * One text of a catalog.
   *
   * @param key the template's key
   * @param locale the locale of the file it comes from ({@link Locale#ROOT} for root.yaml)
   * @param text one variant, rendered
   */
  public record Text(String key, Locale locale, String text) {}

  /**
   * The distinct texts of every template of the catalog, by key, then locale, then variant. An
   * argument that is a number or a date in any locale of a key gets a number or a date in all of
   * them ({@code {count}} in Japanese, {@code {count, plural, …}} in English).
   */
  public static List<Text> of(TemplateCatalog catalog) {
    Renderer renderer = Renderer.builder().catalog(catalog).build();
    Map<String, Map<String, ArgumentKind>> kinds = new HashMap<>();
    for (Template template : catalog.templates()) {
      Map<String, ArgumentKind> ofKey = kinds.computeIfAbsent(template.key(), k -> new HashMap<>());
      for (TemplateArgument argument : template.arguments()) {
        ofKey.merge(argument.name(), argument.kind(), (a, b) -> a == ArgumentKind.TEXT ? b : a);
      }
    }
    List<Text> texts = new ArrayList<>();
    for (Template template : catalog.templates()) {
      for (String text : of(template, kinds.get(template.key()), renderer)) {
        texts.add(new Text(template.key(), template.locale(), text));
      }
    }
    return texts;
  }

  private static List<String> of(Template template, Map<String, ArgumentKind> kinds,
      Renderer renderer) {
    Map<String, List<Object>> samples = samples(template, kinds);
    List<String> names = new ArrayList<>(samples.keySet());
    Set<String> texts = new LinkedHashSet<>();
    for (Formality formality : Formality.values()) {
      Customer customer = Customer.builder().formality(formality).build();
      render(template, renderer, customer, names, samples, 0, new HashMap<>(), texts);
    }
    return List.copyOf(texts);
  }

  private static void render(Template template, Renderer renderer, Customer customer,
      List<String> names, Map<String, List<Object>> samples, int next, Map<String, Object> args,
      Set<String> texts) {
    if (next == names.size()) {
      texts.add(renderer.render(template, template.locale(), customer, args, SAMPLE_TIME));
      return;
    }
    String name = names.get(next);
    for (Object value : samples.get(name)) {
      args.put(name, value);
      render(template, renderer, customer, names, samples, next + 1, args, texts);
    }
    args.remove(name);
  }

  /** The values to try for each argument the caller supplies (not the built-ins), in order. */
  private static Map<String, List<Object>> samples(Template template,
      Map<String, ArgumentKind> kinds) {
    MessagePattern parsed = new MessagePattern(template.pattern());
    Map<String, Set<Object>> branching = new HashMap<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      Part part = parsed.getPart(i);
      if (part.getType() == Part.Type.ARG_START && part.getArgType() != ArgType.NONE
          && part.getArgType() != ArgType.SIMPLE) {
        String name = parsed.getSubstring(parsed.getPart(i + 1));
        branchValues(parsed, i, template, branching.computeIfAbsent(name,
            n -> new LinkedHashSet<>()));
      }
    }
    Map<String, List<Object>> samples = new LinkedHashMap<>();
    for (TemplateArgument argument : template.arguments()) {
      if (argument.builtIn()) {
        continue; // greeting, customerName and formality come from the customer
      }
      Set<Object> values = branching.get(argument.name());
      ArgumentKind kind = kinds.getOrDefault(argument.name(), argument.kind());
      if (values != null && !values.isEmpty()) {
        samples.put(argument.name(), List.copyOf(values));
      } else if (kind.isTemporal()) {
        samples.put(argument.name(), List.of(SAMPLE_TIME));
      } else if (kind.isNumeric()) {
        samples.put(argument.name(), List.of(SAMPLE_NUMBER));
      } else {
        samples.put(argument.name(), List.of(argument.name()));
      }
    }
    return samples;
  }

  /** Adds a value for each branch of the plural, select or choice argument at part {@code start}. */
  private static void branchValues(MessagePattern parsed, int start, Template template,
      Set<Object> values) {
    ArgType type = parsed.getPart(start).getArgType();
    int limit = parsed.getLimitPartIndex(start);
    int j = start + 2;
    double offset = 0;
    if (type.hasPluralStyle() && parsed.getPart(j).getType().hasNumericValue()) {
      offset = parsed.getNumericValue(parsed.getPart(j++));
    }
    for (; j < limit; j++) {
      Part part = parsed.getPart(j);
      if (part.getType() == Part.Type.MSG_START) {
        j = parsed.getLimitPartIndex(j);
      } else if (part.getType() == Part.Type.ARG_SELECTOR && type == ArgType.SELECT) {
        values.add(parsed.getSubstring(part));
      } else if (part.getType() == Part.Type.ARG_SELECTOR
          && parsed.getSubstring(part).startsWith("=")) {
        values.add(number(parsed.getNumericValue(parsed.getPart(++j))));
      } else if (part.getType().hasNumericValue() && type == ArgType.CHOICE) {
        double bound = parsed.getNumericValue(part);
        values.add(number(bound));
        values.add(number(bound + 1)); // past a "<" bound
      }
    }
    if (type.hasPluralStyle()) {
      PluralRules rules = PluralRules.forLocale(template.locale(), type == ArgType.SELECTORDINAL
          ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL);
      for (String category : CATEGORY_ORDER) {
        if (rules.getKeywords().contains(category)) {
          Object sample = sample(rules, category, offset, values);
          if (sample != null) {
            values.add(sample);
          }
        }
      }
    }
  }

  /**
   * A value that selects the category, as a plain number, and that no explicit {@code =n} branch
   * (nor an earlier value) takes: CLDR's first such integer sample, else a number with a fraction
   * (Russian "other" is only for fractions); null if there is none.
   */
  private static @Nullable Object sample(PluralRules rules, String category, double offset,
      Set<Object> taken) {
    for (double sample : rules.getSamples(category)) {
      if (rules.select(sample).equals(category) && !taken.contains(number(sample + offset))) {
        return number(sample + offset);
      }
    }
    for (double sample : FRACTIONS) {
      if (rules.select(sample).equals(category) && !taken.contains(number(sample + offset))) {
        return number(sample + offset);
      }
    }
    return null;
  }

  /** A whole number as a {@code Long} (so it renders without decimals), any other as a double. */
  private static Object number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : value;
  }
}

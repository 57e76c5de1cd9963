package dev.tact.benchmarks;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.i18n.CustomerNames;
import dev.tact.i18n.DefaultFormality;
import dev.tact.i18n.Greeting;
import dev.tact.i18n.OutputFormat;
import dev.tact.i18n.Renderer;
import dev.tact.i18n.TemplateCatalog;
import java.text.Format;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The render target of DESIGN.md, beside raw ICU4J in the same run: rendering a compiled template
 * with a greeting and two arguments costs at most 1.3× {@link MessageFormat#format(Map)} on the
 * same pattern with the same values.
 *
 * <p>Two templates, each in en, ja and de, loaded once as a {@link TemplateCatalog}:
 *
 * <ul>
 *   <li>{@code order} (the target's shape: the built-in greeting, a text and a number):
 *       {@code "{greeting}! Your order {orderId} is on its way with {count, plural, one {# item}
 *       other {# items}}."}
 *   <li>{@code named} (richer: greeting, customer name, a text and a date):
 *       {@code "{greeting}, {customerName}! Your order {orderId} ships on {when, date, medium}."}
 * </ul>
 *
 * <p>Tact's side is {@link Renderer#render(String, Customer, Map, Instant)}: find the template
 * for the customer's locale, pick the greeting for the customer's local hour and formality, shape
 * and clean the name, check and clean each value (and escape it, with {@link OutputFormat#HTML}),
 * turn the instant into a calendar in the customer's zone, then format. The customer has a name
 * with a non-ASCII letter in ja and de ("田中 由紀", "Lukas Müller"), as real names do.
 *
 * <p>The baseline is what a caller of raw ICU4J would write: one cached {@link MessageFormat} per
 * pattern (its date format set to the customer's zone at setup) and {@code format(Map)} with a
 * {@link HashMap} of the values. <b>Raw ICU has no built-ins, so the baseline gets the greeting and
 * the name as precomputed strings</b> (computed once at setup with Tact's {@link Greeting} and
 * {@link CustomerNames}), and the date as a {@link Date}; it cleans and escapes nothing. Setup
 * checks that both sides produce the same text before anything is timed; the values contain no
 * markup, so the HTML output equals the plain one and the HTML rows show what Tact's escaping
 * pass costs when there is nothing to escape.
 *
 * <p>Run: {@code mvn -B -q package -pl benchmarks -am -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar RenderBenchmark -prof gc}; on a shared machine, run one
 * parameter combination at a time ({@code -p template=order -p format=PLAIN -p locale=en -f 2}) so
 * that Tact and raw ICU run back to back, as {@code docs/performance.md} does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RenderBenchmark {
  /** The moment the replies are written: morning in New York, evening in Tokyo, afternoon in Berlin. */
  static final Instant NOW = Instant.parse("2027-03-10T13:30:00Z");
  static final Instant SHIPS = Instant.parse("2027-03-12T15:00:00Z");

  static final String EN = """
      order:
        text: "{greeting}! Your order {orderId} is on its way with {count, plural, one {# item} other {# items}}."
        arguments:
          orderId: {required: true}
          count: {required: true}
      named:
        text: "{greeting}, {customerName}! Your order {orderId} ships on {when, date, medium}."
        arguments:
          orderId: {required: true}
          when: {required: true}
      """;
  static final String JA = """
      order:
        text: "{greeting}。ご注文 {orderId}（{count, plural, other {#点}}）を発送しました。"
        arguments:
          orderId: {required: true}
          count: {required: true}
      named:
        text: "{greeting}。{customerName}、ご注文 {orderId} は{when, date, medium}に発送予定です。"
        arguments:
          orderId: {required: true}
          when: {required: true}
      """;
  static final String DE = """
      order:
        text: "{greeting}! Ihre Bestellung {orderId} ist mit {count, plural, one {einem Artikel} other {# Artikeln}} unterwegs."
        arguments:
          orderId: {required: true}
          count: {required: true}
      named:
        text: "{greeting}, {customerName}! Ihre Bestellung {orderId} wird am {when, date, medium} versandt."
        arguments:
          orderId: {required: true}
          when: {required: true}
      """;

  /** The customer's language. */
  @Param({"en", "ja", "de"})
  public String locale;

  /** {@code order}: greeting + text + number (the target); {@code named}: + name + date. */
  @Param({"order", "named"})
  public String template;

  /** How Tact escapes argument values. */
  @Param({"PLAIN", "HTML"})
  public OutputFormat format;

  private Renderer renderer;
  private Customer customer;
  private Map<String, Object> args;
  private MessageFormat icu;
  private Map<String, Object> icuValues;

  @Setup(Level.Trial)
  public void setUp() {
    TemplateCatalog catalog = catalog();
    renderer = Renderer.builder().catalog(catalog).outputFormat(format).build();
    customer = customer(locale);
    args = tactArguments(template);
    Locale language = Locale.forLanguageTag(locale);
    String pattern = catalog.find(template, language).orElseThrow().pattern();
    ZoneId zone = customer.zone().orElseThrow();
    icu = new MessageFormat(pattern, ULocale.forLocale(language));
    for (Format sub : icu.getFormats()) {
      if (sub instanceof DateFormat dates) {
        dates.setTimeZone(TimeZone.getTimeZone(zone.getId()));
      }
    }
    Formality formality = DefaultFormality.of(language);
    icuValues = new HashMap<>();
    icuValues.put("greeting", Greeting.builtIn().text(language, formality, zone, NOW));
    icuValues.put("orderId", args.get("orderId"));
    if (template.equals("order")) {
      icuValues.put("count", args.get("count"));
    } else {
      icuValues.put("customerName",
          CustomerNames.builtIn().format(customer, language, formality).orElseThrow());
      icuValues.put("when", Date.from(SHIPS));
    }
    String tact = renderTact();
    String raw = renderRawIcu();
    if (!tact.equals(raw)) {
      throw new IllegalStateException("Tact and raw ICU differ for " + template + " in " + locale
          + " (" + format + "): Tact '" + tact + "', ICU '" + raw + "'");
    }
  }

  /** The catalog of both templates in en, ja and de. */
  static TemplateCatalog catalog() {
    return TemplateCatalog.builder().source("en.yaml", EN).source("ja.yaml", JA)
        .source("de.yaml", DE).build();
  }

  /** A customer writing in {@code tag}, with a name and a zone. */
  static Customer customer(String tag) {
    Customer.Builder customer = Customer.builder().locale(Locale.forLanguageTag(tag));
    return switch (tag) {
      case "ja" -> customer.familyName("田中").givenName("由紀").zone(ZoneId.of("Asia/Tokyo"))
          .build();
      case "de" -> customer.givenName("Lukas").familyName("Müller")
          .zone(ZoneId.of("Europe/Berlin")).build();
      default -> customer.givenName("Emma").familyName("Wilson")
          .zone(ZoneId.of("America/New_York")).build();
    };
  }

  /** The caller's values for a template: an order number and a count, or a shipping instant. */
  static Map<String, Object> tactArguments(String template) {
    return template.equals("order")
        ? Map.of("orderId", "A-10428", "count", 3)
        : Map.of("orderId", "A-10428", "when", SHIPS);
  }

  /** Tact: find, built-ins, value checks, cleaning and escaping, then MessageFormat. */
  @Benchmark
  public String renderTact() {
    return renderer.render(template, customer, args, NOW);
  }

  /** Baseline: a cached MessageFormat with precomputed greeting and name. */
  @Benchmark
  public String renderRawIcu() {
    return icu.format(icuValues);
  }
}

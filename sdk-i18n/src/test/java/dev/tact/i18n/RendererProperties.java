package dev.tact.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Customer;
import dev.tact.i18n.internal.UserText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the argument values, rendering keeps the template's structure and stays safe. */
class RendererProperties {
  private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
  private static final TemplateCatalog CATALOG = TemplateCatalog.builder()
      .source("en.yaml", "k:\n  text: \"Dear {a}, ticket {b} is open.\"\n"
          + "  arguments: {a: {fallback: friend}, b: {fallback: \"?\"}}\n"
          + "mixed:\n  text: \"{t} {n, plural, one{# item} other{# items}} {s, select, x{X} other{O}}"
          + " {d, date, short}\"\n"
          + "  arguments: {t: {fallback: t}, n: {fallback: 0}, s: {fallback: x}, d: {required: true}}\n")
      .source("ar.yaml", "k:\n  text: \"عزيزي {a}، التذكرة {b} مفتوحة.\"\n"
          + "  arguments: {a: {fallback: صديقي}, b: {fallback: \"?\"}}\n")
      .build();
  private static final Renderer PLAIN = Renderer.builder().catalog(CATALOG).build();
  private static final Renderer HTML =
      Renderer.builder().catalog(CATALOG).outputFormat(OutputFormat.HTML).build();
  private static final Customer CUSTOMER = Customer.builder().locale(Locale.ENGLISH)
      .zone(ZoneId.of("Asia/Tokyo")).build();

  /** A value as the renderer shows it: cleaned, isolated, escaped; the fallback when blank. */
  private static String shown(String raw, String fallback, Locale locale, OutputFormat format) {
    String cleaned = UserText.clean(raw);
    if (raw.isBlank() || cleaned.isBlank()) {
      return fallback;
    }
    return format.escape(UserText.isolate(cleaned, locale));
  }

  @Property(tries = 1000)
  void argumentStringsNeverChangeThePatternStructure(@ForAll String a, @ForAll String b) {
    String rendered = PLAIN.render("k", CUSTOMER, Map.of("a", a, "b", b), NOW);
    String expected = "Dear " + shown(a, "friend", Locale.ENGLISH, OutputFormat.PLAIN)
        + ", ticket " + shown(b, "?", Locale.ENGLISH, OutputFormat.PLAIN) + " is open.";
    if (!rendered.equals(expected)) {
      throw new AssertionError("'" + rendered + "' is not '" + expected + "'");
    }
  }

  @Property(tries = 500)
  void rightToLeftTemplatesIsolateEveryValue(@ForAll("syntaxHeavy") String a) {
    Locale arabic = Locale.forLanguageTag("ar");
    String rendered = PLAIN.render("k", arabic, CUSTOMER, Map.of("a", a, "b", "42"), NOW);
    String expected = "عزيزي " + shown(a, "صديقي", arabic, OutputFormat.PLAIN) + "، التذكرة "
        + shown("42", "?", arabic, OutputFormat.PLAIN) + " مفتوحة.";
    if (!rendered.equals(expected)) {
      throw new AssertionError("'" + rendered + "' is not '" + expected + "'");
    }
    long isolates = rendered.chars().filter(c -> c == UserText.FSI).count();
    long pops = rendered.chars().filter(c -> c == UserText.PDI).count();
    if (isolates != pops || rendered.chars().anyMatch(c -> c >= 0x202a && c <= 0x202e)) {
      throw new AssertionError("unbalanced isolates or an override in '" + rendered + "'");
    }
  }

  @Property(tries = 1000)
  void htmlEscapingHolds(@ForAll("syntaxHeavy") String a, @ForAll String b) {
    String rendered = HTML.render("k", CUSTOMER, Map.of("a", a, "b", b), NOW);
    if (rendered.indexOf('<') >= 0 || rendered.indexOf('>') >= 0 || rendered.indexOf('"') >= 0) {
      throw new AssertionError("markup survived in '" + rendered + "'");
    }
    String expected = "Dear " + shown(a, "friend", Locale.ENGLISH, OutputFormat.HTML)
        + ", ticket " + shown(b, "?", Locale.ENGLISH, OutputFormat.HTML) + " is open.";
    if (!rendered.equals(expected)) {
      throw new AssertionError("'" + rendered + "' is not '" + expected + "'");
    }
  }

  @Property(tries = 1000)
  void anyValuesRenderOrFailWithATemplateException(
      @ForAll("anything") Object t, @ForAll("anything") Object n, @ForAll("anything") Object s,
      @ForAll("anything") Object d) {
    Map<String, Object> args = new HashMap<>();
    args.put("t", t);
    args.put("n", n);
    args.put("s", s);
    args.put("d", d);
    try {
      PLAIN.render("mixed", CUSTOMER, args, NOW);
    } catch (TemplateException expected) {
      // the documented failure: a wrong type or a missing required value
    }
  }

  @Property(tries = 1000)
  void patternsWithoutBuiltInsRenderAsRawIcuDoes(@ForAll("patterns") Map.Entry<String, Map<String, Object>> example,
      @ForAll("locales") Locale locale) {
    String pattern = example.getKey();
    Map<String, Object> values = example.getValue();
    String ours = PLAIN.renderPattern(pattern, locale, Customer.anonymous(), values, NOW);
    String icu = new MessageFormat(pattern, ULocale.forLocale(locale)).format(values);
    if (!ours.equals(icu)) {
      throw new AssertionError(pattern + " " + values + ": '" + ours + "' but ICU gives '" + icu + "'");
    }
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.JAPANESE,
        Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"));
  }

  /** Strings rich in MessageFormat, HTML and bidi syntax. */
  @Provide
  Arbitrary<String> syntaxHeavy() {
    return Arbitraries.of("{", "}", "'", "''", "#", "{0}", "{a}", "<b>", "&", "\"", "\u202e",
        "\u2066", "\u0000", "\u0085", "\r\n", "مريم", "שלום", " ", "a", "é", "\ud83d\ude00", "\ud800")
        .list().ofMaxSize(8).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<Object> anything() {
    return Arbitraries.oneOf(
        Arbitraries.strings().map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.doubles().map(x -> (Object) x),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Long.MIN_VALUE).map(x -> (Object) x),
        Arbitraries.of(Instant.MAX, Instant.MIN, Instant.EPOCH, NOW).map(x -> (Object) x),
        Arbitraries.of(List.of("a"), new Object(), Locale.ENGLISH, true),
        Arbitraries.just(null));
  }

  /**
   * Small random patterns without built-ins: words (some with harmless apostrophes) around text,
   * number, plural and select arguments, each with a value of the kind it needs.
   */
  @Provide
  Arbitrary<Map.Entry<String, Map<String, Object>>> patterns() {
    Arbitrary<String> words = Arbitraries.of("Hello", "We're", "l'équipe", "aujourd'hui",
        "It''s", "ご注文", " ", ", ", "!", "# ", "100%", "a-b");
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 4);
    Arbitrary<String> text = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank() && s.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
    Arbitrary<Number> numbers = Arbitraries.oneOf(
        Arbitraries.integers().between(-5, 2_000_000).map(i -> (Number) i),
        Arbitraries.doubles().between(-10, 10).ofScale(2).map(x -> (Number) x.doubleValue()));
    Arbitrary<String> keywords = Arbitraries.of("x", "y", "zed");
    Arbitrary<List<Object[]>> pieces = Combinators.combine(words, kinds, text, numbers, keywords)
        .as((word, kind, t, number, keyword) -> new Object[] {word, kind, t, number, keyword})
        .list().ofMinSize(1).ofMaxSize(5);
    return pieces.map(list -> {
      StringBuilder pattern = new StringBuilder();
      Map<String, Object> values = new HashMap<>();
      List<String> names = new ArrayList<>();
      for (Object[] piece : list) {
        pattern.append(piece[0]);
        String name = "a" + names.size();
        names.add(name);
        switch ((Integer) piece[1]) {
          case 0:
            pattern.append('{').append(name).append('}');
            values.put(name, piece[2]);
            break;
          case 1:
            pattern.append('{').append(name).append(", number}");
            values.put(name, piece[3]);
            break;
          case 2:
            pattern.append('{').append(name)
                .append(", plural, =0{none} one{# thing} many{# de things} other{# things}}");
            values.put(name, piece[3]);
            break;
          case 3:
            pattern.append('{').append(name).append(", select, x{ex} y{why {")
                .append(name).append("}} other{other}}");
            values.put(name, piece[4]);
            break;
          default:
            pattern.append('{').append(name).append("}");
            values.put(name, piece[3]);
        }
      }
      return Map.entry(pattern.toString(), values);
    });
  }
}

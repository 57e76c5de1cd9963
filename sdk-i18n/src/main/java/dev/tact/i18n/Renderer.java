package dev.tact.i18n;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.i18n.internal.RenderPlan;
import dev.tact.i18n.internal.RenderSettings;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Renders templates for one customer: in their language (with the catalog's fallbacks), with the
 * built-in arguments {@code greeting} (for their local time of day), {@code customerName} (in the
 * form their language and formality expect) and {@code formality} ({@code formal},
 * {@code neutral} or {@code casual}, for a {@code select}), and with every argument value treated
 * as data: control characters and bidi overrides removed, right-to-left text isolated, and markup
 * escaped for the output format, so that a customer named {@code {0}} or {@code <b>} shows as
 * such. Numbers stay numbers (plurals work); instants show in the customer's zone.
 *
 * <pre>{@code
 * Renderer renderer = Renderer.builder().catalog(catalog).outputFormat(OutputFormat.HTML).build();
 * String reply = renderer.render("order.shipped", customer, Map.of("orderId", "A-1042"), now);
 * }</pre>
 *
 * <p>A missing or blank value takes the argument's declared fallback, else the built-in's, and is
 * an error only for a {@code required} argument. Whatever the values, {@code render} throws
 * nothing but {@link TemplateException}. A renderer is immutable and safe to share between
 * threads; each template was compiled once, when its catalog loaded.
 */
public final class Renderer {
  private final @Nullable TemplateCatalog catalog;
  private final Locale defaultLocale;
  private final RenderSettings settings;

  private Renderer(Builder builder) {
    this.catalog = builder.catalog;
    this.defaultLocale = builder.defaultLocale != null ? builder.defaultLocale
        : builder.catalog != null ? builder.catalog.defaultLocale() : Locale.ENGLISH;
    this.settings = new RenderSettings(
        builder.outputFormat,
        builder.greeting != null ? builder.greeting : Greeting.builtIn(),
        builder.names != null ? builder.names : CustomerNames.builtIn(),
        builder.defaultFormality,
        builder.defaultZone);
  }

  /** Starts a renderer. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders {@code key} in the customer's locale, or the default locale if theirs is unknown.
   *
   * @param key the template key, such as {@code order.shipped}
   * @param customer the customer the reply is for
   * @param args values by argument name; numbers for plurals, instants for dates, anything else
   *     as text; null and blank values are missing
   * @param now the instant the reply is written, which decides the greeting
   * @throws TemplateException if no template has the key, a required value is missing, or a value
   *     has the wrong type (a text for a plural)
   */
  public String render(String key, Customer customer, Map<String, ?> args, Instant now) {
    return render(key, customer.locale().orElse(defaultLocale), customer, args, now);
  }

  /**
   * Renders {@code key} in {@code locale} (or its nearest fallback) for a customer.
   *
   * <pre>{@code
   * renderer.render("cart.items", Locale.forLanguageTag("ru"), customer, Map.of("count", 5), now);
   * // "5 товаров в корзине"
   * }</pre>
   *
   * @throws TemplateException as {@link #render(String, Customer, Map, Instant)}
   */
  public String render(String key, Locale locale, Customer customer, Map<String, ?> args,
      Instant now) {
    return render(template(key, locale), locale, customer, args, now);
  }

  /**
   * Renders one template of a catalog; its built-ins speak the template's language (the
   * requested {@code locale} for a root template).
   *
   * @throws TemplateException if a required value is missing or a value has the wrong type
   */
  public String render(Template template, Locale locale, Customer customer, Map<String, ?> args,
      Instant now) {
    return template.plan().render(settings, locale, customer, args, now);
  }

  /**
   * The formality {@link #render(String, Locale, Customer, Map, Instant)} uses for {@code customer}:
   * theirs, else the default of their locale when the template found for {@code key} is in their
   * language, else the default of that template's locale. Code that words its own arguments (an
   * hours phrase, a name) asks here so that they agree with the template.
   *
   * <pre>{@code
   * renderer.formality("welcome", Locale.forLanguageTag("es-ES"), anonymous); // CASUAL (tú)
   * }</pre>
   *
   * @throws TemplateException if no template has the key
   */
  public Formality formality(String key, Locale locale, Customer customer) {
    return template(key, locale).plan().formality(settings, locale, customer);
  }

  /**
   * Renders an ad-hoc ICU MessageFormat pattern, checked as a catalog pattern is; every argument
   * other than the built-ins is required.
   *
   * <pre>{@code
   * renderer.renderPattern("{greeting}, {customerName}!", Locale.GERMAN, customer, Map.of(), now);
   * }</pre>
   *
   * @throws TemplateException if the pattern has a problem (located in the pattern), a value is
   *     missing, or a value has the wrong type
   */
  public String renderPattern(String pattern, Locale locale, Customer customer,
      Map<String, ?> args, Instant now) {
    return RenderPlan.adHoc(Objects.requireNonNull(pattern, "pattern"), locale)
        .render(settings, locale, customer, args, now);
  }

  private Template template(String key, Locale locale) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locale, "locale");
    Optional<Template> template =
        catalog == null ? Optional.empty() : catalog.find(key, locale);
    if (template.isEmpty()) {
      throw new TemplateException(List.of(new TemplateException.Problem(
          TemplateChecks.UNKNOWN_KEY, "<render>", 0, 0,
          catalog == null
              ? "no catalog to find '" + key + "' in; give the renderer one with catalog(...)"
              : "no template '" + key + "' in " + locale.toLanguageTag()
                  + " or its fallbacks; the catalog's keys are in TemplateCatalog.keys()")));
    }
    return template.get();
  }

  /** Configures a {@link Renderer}. Not thread-safe; the renderer it builds is. */
  public static final class Builder {
    private @Nullable TemplateCatalog catalog;
    private @Nullable Locale defaultLocale;
    private OutputFormat outputFormat = OutputFormat.PLAIN;
    private @Nullable Greeting greeting;
    private @Nullable CustomerNames names;
    private Function<Locale, Formality> defaultFormality = DefaultFormality::of;
    private ZoneId defaultZone = ZoneOffset.UTC;

    private Builder() {}

    /** The catalog whose keys {@code render} finds. */
    public Builder catalog(TemplateCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** The locale for customers whose locale is unknown; the catalog's default unless set. */
    public Builder defaultLocale(Locale locale) {
      this.defaultLocale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** How argument values are escaped; {@link OutputFormat#PLAIN} unless set. */
    public Builder outputFormat(OutputFormat format) {
      this.outputFormat = Objects.requireNonNull(format, "format");
      return this;
    }

    /** The {@code greeting} provider; {@link Greeting#builtIn()} unless set. */
    public Builder greeting(Greeting greeting) {
      this.greeting = Objects.requireNonNull(greeting, "greeting");
      return this;
    }

    /** The {@code customerName} provider; {@link CustomerNames#builtIn()} unless set. */
    public Builder names(CustomerNames names) {
      this.names = Objects.requireNonNull(names, "names");
      return this;
    }

    /**
     * The formality for a locale when the customer asks for none; {@link DefaultFormality#of}
     * unless set.
     */
    public Builder defaultFormality(Function<Locale, Formality> defaultFormality) {
      this.defaultFormality = Objects.requireNonNull(defaultFormality, "defaultFormality");
      return this;
    }

    /** The zone for instants when neither the customer nor the value has one; UTC unless set. */
    public Builder defaultZone(ZoneId zone) {
      this.defaultZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** Builds the renderer. */
    public Renderer build() {
      return new Renderer(this);
    }
  }
}

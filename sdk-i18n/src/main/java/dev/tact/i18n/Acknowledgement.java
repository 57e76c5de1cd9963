package dev.tact.i18n;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.hours.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The automatic acknowledgement a helpdesk sends the moment a customer's message arrives: it thanks
 * them by name, with a greeting for <em>their</em> time of day, says that it is an automatic reply,
 * and says when a person will answer, in the customer's clock (REQUIREMENTS L5, T11).
 *
 * <pre>{@code
 * Acknowledgement ack = Acknowledgement.builtIn();
 * BusinessClock team = BusinessClock.of(
 *     SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Asia/Tokyo")), Clock.systemUTC());
 * Customer anna = Customer.builder().givenName("Anna").familyName("Schmidt")
 *     .locale(Locale.GERMAN).zone(ZoneId.of("Europe/Berlin")).build();
 * ack.render(anna, team, Duration.ofHours(2), Instant.parse("2026-11-27T20:00:00Z"));
 * // "Guten Abend, Anna Schmidt. Vielen Dank für Ihre Nachricht, sie ist bei uns eingegangen.
 * //  Dies ist eine automatische Antwort: unser Team ist gerade nicht erreichbar und ab Montag um
 * //  01:00 (Ihre Ortszeit) wieder für Sie da; jemand aus unserem Team meldet sich bis Montag um
 * //  03:00 (Ihre Ortszeit) bei Ihnen."
 * }</pre>
 *
 * <p>The built-in texts exist in English, Japanese, German, French, Spanish and Portuguese (other
 * languages get the English text); a brand may bring its own catalog with the key
 * {@value #KEY} and the same arguments (see {@link Builder#catalog}). When the customer's zone is
 * unknown, no clock time is promised: the reply says "within 2 hours" when that holds, and
 * otherwise that a person will answer as soon as they can.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Acknowledgement {
  /** The catalog key of the acknowledgement. */
  public static final String KEY = "ack.auto-reply";

  private static final String BUILT_IN_FOLDER = "dev/tact/i18n/acknowledgement";

  private final Renderer renderer;
  private final TemplateCatalog catalog;
  private final Locale defaultLocale;
  private final CustomerNames names;

  private Acknowledgement(Builder builder) {
    this.catalog = builder.catalog != null ? builder.catalog : builtInCatalog();
    if (catalog.keys().indexOf(KEY) < 0) {
      throw new IllegalArgumentException(
          "the catalog has no '" + KEY + "' template; add one (see the built-in en.yaml)");
    }
    this.defaultLocale = catalog.defaultLocale();
    this.names = builder.names;
    this.renderer = Renderer.builder()
        .catalog(catalog)
        .outputFormat(builder.outputFormat)
        .greeting(builder.greeting)
        .names(builder.names)
        .defaultFormality(builder.defaultFormality)
        .build();
  }

  /** The built-in acknowledgement, as plain text. */
  public static Acknowledgement builtIn() {
    return builder().build();
  }

  /** Starts an acknowledgement from the built-in texts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The catalog whose {@value #KEY} template this acknowledgement renders. */
  public TemplateCatalog catalog() {
    return catalog;
  }

  /**
   * The acknowledgement for {@code customer}, whose message reached a team with the hours of
   * {@code team} at {@code now}, when a person is due to answer within {@code firstResponse} of
   * business time.
   *
   * @throws IllegalArgumentException if {@code firstResponse} is not positive
   * @throws TemplateException if a brand's own template cannot be rendered with these arguments
   */
  public String render(Customer customer, BusinessClock team, Duration firstResponse, Instant now) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(now, "now");
    if (firstResponse.isZero() || firstResponse.isNegative()) {
      throw new IllegalArgumentException(
          "firstResponse must be positive, got " + firstResponse + "; pass the SLA, e.g. PT2H");
    }
    Locale locale = customer.locale().orElse(defaultLocale);
    // The formality the template will use, so that the hours phrases and the name agree with it.
    Formality formality = renderer.formality(KEY, locale, customer);
    Map<String, Object> args = new HashMap<>();
    args.put("named", names.format(customer, locale, formality).isPresent() ? "yes" : "no");
    args.putAll(timing(locale, formality, customer.zone(), team, firstResponse, now));
    return renderer.render(KEY, locale, customer, args, now);
  }

  /** {@code status}, {@code replyBy} and {@code nextOpening} for the template. */
  private static Map<String, Object> timing(Locale locale, Formality formality,
      Optional<ZoneId> customerZone, BusinessClock team, Duration firstResponse, Instant now) {
    HoursFormatter hours = HoursFormatter.builder(locale).formality(formality).build();
    ZoneId zone = customerZone.orElse(ZoneId.of("UTC"));
    HoursPhrase replyBy = hours.replyBy(team, now, firstResponse, zone);
    boolean zoneFree = replyBy.kind() == HoursPhrase.Kind.REPLY_WITHIN;
    if (replyBy.kind() == HoursPhrase.Kind.NO_REPLY_TIME || (customerZone.isEmpty() && !zoneFree)) {
      return Map.of("status", "other");
    }
    if (team.isOpen(now)) {
      return Map.of("status", "open", "replyBy", replyBy.phrase());
    }
    HoursPhrase nextOpening = hours.nextOpening(team, now, zone);
    return Map.of("status", "closed", "replyBy", replyBy.phrase(), "nextOpening", nextOpening.phrase());
  }

  private static TemplateCatalog builtInCatalog() {
    return TemplateCatalog.builder()
        .resources(Acknowledgement.class.getClassLoader(), BUILT_IN_FOLDER)
        .build();
  }

  /** Configures an {@link Acknowledgement}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private @Nullable TemplateCatalog catalog;
    private OutputFormat outputFormat = OutputFormat.PLAIN;
    private Greeting greeting = Greeting.builtIn();
    private CustomerNames names = CustomerNames.builtIn();
    private Function<Locale, Formality> defaultFormality = DefaultFormality::of;

    private Builder() {}

    /**
     * A brand's own texts: a catalog with a {@value #KEY} template taking the arguments
     * {@code named} ({@code yes}/{@code no}), {@code status} ({@code open}/{@code closed}/other),
     * {@code replyBy} and {@code nextOpening}, plus the built-ins. The built-in files under
     * {@code dev/tact/i18n/acknowledgement/} are the model.
     */
    public Builder catalog(TemplateCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** The markup of the channel the acknowledgement goes to; plain text unless set. */
    public Builder outputFormat(OutputFormat outputFormat) {
      this.outputFormat = Objects.requireNonNull(outputFormat, "outputFormat");
      return this;
    }

    /** The greetings to use; the built-in ones unless set. */
    public Builder greeting(Greeting greeting) {
      this.greeting = Objects.requireNonNull(greeting, "greeting");
      return this;
    }

    /** The name conventions to use; the built-in ones unless set. */
    public Builder names(CustomerNames names) {
      this.names = Objects.requireNonNull(names, "names");
      return this;
    }

    /** The formality for a customer who has none; {@link DefaultFormality#of} unless set. */
    public Builder defaultFormality(Function<Locale, Formality> defaultFormality) {
      this.defaultFormality = Objects.requireNonNull(defaultFormality, "defaultFormality");
      return this;
    }

    /**
     * Builds the acknowledgement.
     *
     * @throws TemplateException if the built-in or given catalog has a problem
     * @throws IllegalArgumentException if the given catalog has no {@value #KEY} template
     */
    public Acknowledgement build() {
      return new Acknowledgement(this);
    }
  }
}

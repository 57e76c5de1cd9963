package dev.tact.i18n;

import dev.tact.core.Channel;
import dev.tact.core.Customer;
import dev.tact.core.Formality;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The public reply that moves a conversation to a private message on the same platform
 * (REQUIREMENTS E1–E3, E6, E7, T12): in the customer's language and formality, worded for the
 * reason of the move, saying what happens next, with a one-click link to the brand's inbox where
 * the platform has one.
 *
 * <pre>{@code
 * Handoff handoff = Handoff.builder()
 *     .links(DmLinks.builder().x("783214").build())
 *     .build();
 * Customer anna = Customer.builder().givenName("Anna").familyName("Schmidt")
 *     .locale(Locale.GERMAN).build();
 * handoff.reply(anna, Set.of(HandoffReason.PERSONAL_DATA_IN_INBOUND), Channel.X_REPLY, now).text();
 * // "Vielen Dank, Anna Schmidt. Ihr Beitrag enthält persönliche Daten; zu Ihrem Schutz empfehlen
 * //  wir, ihn zu löschen. Bitte schreiben Sie uns eine Direktnachricht, dann kümmert sich unser
 * //  Team darum.
 * //  https://x.com/messages/compose?recipient_id=783214&text=Hallo%2C%20ich%20schreibe..."
 * }</pre>
 *
 * <p>The message never repeats what the customer wrote: the only value it takes from outside is
 * the customer's name, rendered as data. The built-in texts exist in English, Japanese, German,
 * French, Spanish and Portuguese (other languages get the English text), for every
 * {@link HandoffReason} and formality, and each fits an X reply with its link. A brand may bring its
 * own catalog (see {@link Builder#catalog}).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Handoff {
  /** The catalog key of the public message. */
  public static final String REPLY_KEY = "handoff.reply";
  /** The catalog key of the text a link prefills in the customer's private message (optional). */
  public static final String DM_TEXT_KEY = "handoff.dm-text";

  private static final String BUILT_IN_FOLDER = "dev/tact/i18n/handoff";

  private final Renderer renderer;
  /** Renders the prefilled text, which goes into a URL and never into markup. */
  private final Renderer plainRenderer;
  private final TemplateCatalog catalog;
  private final Locale defaultLocale;
  private final CustomerNames names;
  private final OutputFormat outputFormat;
  private final DmLinks links;

  private Handoff(Builder builder) {
    this.catalog = builder.catalog != null ? builder.catalog : builtInCatalog();
    if (catalog.keys().indexOf(REPLY_KEY) < 0) {
      throw new IllegalArgumentException(
          "the catalog has no '" + REPLY_KEY + "' template; add one (see the built-in en.yaml)");
    }
    this.defaultLocale = catalog.defaultLocale();
    this.names = builder.names;
    this.outputFormat = builder.outputFormat;
    this.links = builder.links;
    this.renderer = Renderer.builder()
        .catalog(catalog)
        .outputFormat(builder.outputFormat)
        .names(builder.names)
        .defaultFormality(builder.defaultFormality)
        .build();
    this.plainRenderer = Renderer.builder()
        .catalog(catalog)
        .names(builder.names)
        .defaultFormality(builder.defaultFormality)
        .build();
  }

  /** The built-in texts, as plain text, without links. */
  public static Handoff builtIn() {
    return builder().build();
  }

  /** Starts a handoff from the built-in texts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The catalog whose {@value #REPLY_KEY} template this handoff renders. */
  public TemplateCatalog catalog() {
    return catalog;
  }

  /** The brand's accounts the links lead to. */
  public DmLinks links() {
    return links;
  }

  /**
   * The message for {@code customer} when the conversation moves for {@code reason}.
   *
   * @param now the instant of the reply, for a brand template that greets by time of day
   * @throws TemplateException if a brand's own template cannot be rendered with these arguments
   */
  public String message(Customer customer, HandoffReason reason, Instant now) {
    return message(customer, List.of(Objects.requireNonNull(reason, "reason")), now);
  }

  /**
   * The message for {@code customer} when the conversation moves for {@code reasons}: worded for
   * the {@linkplain HandoffReason#primary first} of them, and in general words when there is none.
   *
   * @throws TemplateException if a brand's own template cannot be rendered with these arguments
   */
  public String message(Customer customer, Collection<HandoffReason> reasons, Instant now) {
    return render(customer, HandoffReason.primary(reasons).orElse(null), now);
  }

  /**
   * The text a link prefills in the customer's private message, in their language; empty when the
   * catalog has no {@value #DM_TEXT_KEY} template. Like the message, it holds nothing the
   * customer wrote.
   *
   * @throws TemplateException if a brand's own template cannot be rendered
   */
  public Optional<String> dmText(Customer customer, Instant now) {
    Locale locale = customer.locale().orElse(defaultLocale);
    if (catalog.find(DM_TEXT_KEY, locale).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(plainRenderer.render(DM_TEXT_KEY, locale, customer, Map.of(), now));
  }

  /**
   * The whole public reply for {@code customer} on {@code channel}: the {@link #message} for
   * {@code reasons} and, when the channel's platform has one, the link to a private message with
   * the {@link #dmText} prefilled.
   *
   * @throws TemplateException if a brand's own template cannot be rendered with these arguments
   */
  public HandoffReply reply(Customer customer, Collection<HandoffReason> reasons, Channel channel,
      Instant now) {
    Objects.requireNonNull(channel, "channel");
    @Nullable HandoffReason reason = HandoffReason.primary(reasons).orElse(null);
    String message = render(customer, reason, now);
    Optional<URI> link = links.link(channel, dmText(customer, now).orElse(""));
    String text = link.map(uri -> message + "\n" + linkText(uri)).orElse(message);
    return new HandoffReply(reason, message, link.orElse(null), text);
  }

  private String render(Customer customer, @Nullable HandoffReason reason, Instant now) {
    Objects.requireNonNull(now, "now");
    Locale locale = customer.locale().orElse(defaultLocale);
    Formality formality = renderer.formality(REPLY_KEY, locale, customer);
    Map<String, Object> args = Map.of(
        "named", names.format(customer, locale, formality).isPresent() ? "yes" : "no",
        "reason", reason == null ? "none" : reason.name());
    return renderer.render(REPLY_KEY, locale, customer, args, now);
  }

  private String linkText(URI link) {
    String uri = link.toASCIIString();
    return switch (outputFormat) {
      case PLAIN -> uri;
      case HTML -> uri.replace("&", "&amp;");
      case MARKDOWN -> "<" + uri + ">";
    };
  }

  private static TemplateCatalog builtInCatalog() {
    return TemplateCatalog.builder()
        .resources(Handoff.class.getClassLoader(), BUILT_IN_FOLDER)
        .build();
  }

  /** Configures a {@link Handoff}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private @Nullable TemplateCatalog catalog;
    private OutputFormat outputFormat = OutputFormat.PLAIN;
    private CustomerNames names = CustomerNames.builtIn();
    private Function<Locale, Formality> defaultFormality = DefaultFormality::of;
    private DmLinks links = DmLinks.none();

    private Builder() {}

    /**
     * A brand's own texts: a catalog with a {@value #REPLY_KEY} template taking the arguments
     * {@code named} ({@code yes}/{@code no}) and {@code reason} (a {@link HandoffReason} name, or
     * {@code none}; a {@code select} whose {@code other} branch is the general wording), plus the
     * built-ins; and optionally a {@value #DM_TEXT_KEY} template without arguments. The built-in
     * files under {@code dev/tact/i18n/handoff/} are the model.
     */
    public Builder catalog(TemplateCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** The brand's accounts, for the links; none unless set. */
    public Builder links(DmLinks links) {
      this.links = Objects.requireNonNull(links, "links");
      return this;
    }

    /** The markup of the channel the reply goes to; plain text unless set. */
    public Builder outputFormat(OutputFormat outputFormat) {
      this.outputFormat = Objects.requireNonNull(outputFormat, "outputFormat");
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
     * Builds the handoff.
     *
     * @throws TemplateException if the built-in or given catalog has a problem
     * @throws IllegalArgumentException if the given catalog has no {@value #REPLY_KEY} template
     */
    public Handoff build() {
      return new Handoff(this);
    }
  }
}

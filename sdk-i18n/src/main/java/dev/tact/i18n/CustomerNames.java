package dev.tact.i18n;

import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.i18n.internal.NameResources;
import dev.tact.i18n.internal.NameScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The customer's name as a reply in a given language and formality addresses them, and what to
 * write when the name is unknown.
 *
 * <p>Each language says, per {@link Formality}, which {@link Form} of the name it uses and its
 * {@link Address#fallback() fallback}. The built-in conventions:
 *
 * <pre>
 *        FORMAL                    NEUTRAL                   CASUAL             fallback
 * ja     田中様 (family + 様)      田中様                    田中さん           お客様
 * en     Jane Smith                Jane                      Jane               there
 * de     Maria Müller              Maria                     Maria              liebe Kundin, lieber Kunde
 * fr     Marie Dupont              Marie                     Marie              Madame, Monsieur / à vous / à toi
 * es     Lucía García              Lucía                     Lucía              estimado cliente / … / a ti
 * pt     João Silva                João                      João               caro cliente / … / a você (pt-PT: a ti)
 * </pre>
 *
 * <p>Decisions a reader should know:
 *
 * <ul>
 *   <li>Tact does not know the customer's gender, so no language gets a title (Frau/Herr,
 *       Madame/Monsieur, Sr./Sra.): formal Western forms use the full name, which German, French,
 *       Spanish and Portuguese correspondence accept when the gender is unknown. A bare family name
 *       ("Guten Tag Müller", "Hi Smith") is curt, so a Western customer known only by family name
 *       gets no name in those forms and the reply uses the fallback.
 *   <li>A name written in Han, kana or Hangul keeps its own order and spacing in every language:
 *       family name first, no space ("田中由紀"), and a form that would use the given name alone
 *       uses the whole name, since which part to call someone by is the customer's culture's
 *       choice, not the reply's. A Latin-script name keeps given-first order and a space in every
 *       language, and an honorific follows it after a space ("Smith 様"), while it follows a
 *       Japanese name directly ("田中様").
 *   <li>Japanese customer care addresses customers with 様 even in a neutral register; さん is
 *       kept for casual brands. A customer known only by given name gets it with the honorific
 *       ("由紀様").
 *   <li>The fallbacks stand where a name would ("Hi {customerName}" → "Hi there", "Merci
 *       {customerName}" → "Merci à vous"). Spanish and Portuguese use the generic masculine of
 *       business letters in formal replies; German and French name both genders.
 *   <li>Names are customer data: nothing but surrounding whitespace is removed, nothing is
 *       interpreted or escaped here (the renderer escapes them for the output format).
 * </ul>
 *
 * <pre>{@code
 * Customer yuki = Customer.builder().familyName("田中").givenName("由紀").build();
 * CustomerNames names = CustomerNames.builtIn();
 * names.format(yuki, Locale.JAPANESE, Formality.FORMAL);           // Optional["田中様"]
 * names.format(yuki, Locale.ENGLISH, Formality.NEUTRAL);           // Optional["田中由紀"]
 * names.fallback(Locale.ENGLISH, Formality.NEUTRAL);               // "there"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerNames {
  /** Which form of the name a language uses. */
  public enum Form {
    /** The given name: "Jane". */
    GIVEN,
    /** Given and family name: "Jane Smith", or "田中由紀" for an East Asian name. */
    FULL,
    /** The family name (or the given name when that is all there is) and an honorific: "田中様". */
    HONORIFIC
  }

  /**
   * How a language addresses a customer in one formality.
   *
   * @param form the form of the name
   * @param honorific the honorific that follows the name in {@link Form#HONORIFIC}, such as 様;
   *     empty for the other forms
   * @param fallback what stands in for an unknown name, such as "there"
   */
  public record Address(Form form, String honorific, String fallback) {
    /**
     * Validates the address.
     *
     * @throws IllegalArgumentException if the fallback is blank, or the honorific is blank for
     *     {@link Form#HONORIFIC} or given for another form
     */
    public Address {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(honorific, "honorific");
      Objects.requireNonNull(fallback, "fallback");
      if (fallback.isBlank()) {
        throw new IllegalArgumentException("the fallback for an unknown name is blank; give words "
            + "that read well where the name would stand, such as \"there\"");
      }
      if ((form == Form.HONORIFIC) == honorific.isBlank()) {
        throw new IllegalArgumentException(form == Form.HONORIFIC
            ? "the HONORIFIC form needs an honorific, such as \"様\""
            : "only the HONORIFIC form takes an honorific, got \"" + honorific + "\" for " + form);
      }
      honorific = honorific.strip();
      fallback = fallback.strip();
    }

    /** The given name, or {@code fallback}. */
    public static Address given(String fallback) {
      return new Address(Form.GIVEN, "", fallback);
    }

    /** The full name, or {@code fallback}. */
    public static Address full(String fallback) {
      return new Address(Form.FULL, "", fallback);
    }

    /** The family name with an honorific, or {@code fallback}. */
    public static Address honorific(String honorific, String fallback) {
      return new Address(Form.HONORIFIC, honorific, fallback);
    }
  }

  private final Map<Locale, Address[]> byLanguageAndRegion;
  private final Map<String, Address[]> byLanguage;
  private final Address[] fallbackAddresses;

  private CustomerNames(Map<Locale, Address[]> byLanguageAndRegion,
      Map<String, Address[]> byLanguage, Address[] fallbackAddresses) {
    this.byLanguageAndRegion = byLanguageAndRegion;
    this.byLanguage = byLanguage;
    this.fallbackAddresses = fallbackAddresses;
  }

  /** The built-in conventions for every supported locale: en, ja, de, fr, es, pt, pt-PT. */
  public static CustomerNames builtIn() {
    return BuiltIn.NAMES;
  }

  /**
   * A builder that starts with the built-in conventions, to which a vendor may add locales or
   * replace them.
   *
   * <pre>{@code
   * CustomerNames names = CustomerNames.builder()
   *     .put(Locale.ITALIAN, Formality.FORMAL, CustomerNames.Address.full("gentile cliente"))
   *     .put(Locale.ITALIAN, Formality.NEUTRAL, CustomerNames.Address.given("gentile cliente"))
   *     .put(Locale.ITALIAN, Formality.CASUAL, CustomerNames.Address.given("a te"))
   *     .build();
   * }</pre>
   */
  public static Builder builder() {
    Builder builder = new Builder();
    NameResources.builtIn().forEach((locale, addresses) -> addresses
        .forEach((formality, address) -> builder.put(locale, formality, address)));
    return builder;
  }

  /** The name as addressed, or empty when the customer has no usable name for this form. */
  public Optional<String> format(Customer customer, Locale locale, Formality formality) {
    Address address = addressFor(locale, formality);
    String given = customer.givenName().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    String family = customer.familyName().map(String::strip).filter(s -> !s.isEmpty())
        .orElse(null);
    return Optional.ofNullable(switch (address.form()) {
      case GIVEN -> NameScript.isEastAsian(given, family) ? full(given, family) : given;
      case FULL -> full(given, family);
      case HONORIFIC -> withHonorific(family != null ? family : given, address.honorific());
    });
  }

  /** What to write when the name is unknown: "there" (en), 「お客様」 (ja). */
  public String fallback(Locale locale, Formality formality) {
    return addressFor(locale, formality).fallback();
  }

  private static @Nullable String full(@Nullable String given, @Nullable String family) {
    if (family == null) {
      return given;
    }
    if (given == null) {
      return NameScript.isEastAsian(null, family) ? family : null;
    }
    return NameScript.isEastAsian(given, family) ? family + given : given + " " + family;
  }

  private static @Nullable String withHonorific(@Nullable String name, String honorific) {
    if (name == null) {
      return null;
    }
    return NameScript.endsEastAsian(name) ? name + honorific : name + " " + honorific;
  }

  private Address addressFor(Locale locale, Formality formality) {
    Address[] addresses = find(byLanguageAndRegion, byLanguage, locale);
    return (addresses != null ? addresses : fallbackAddresses)[formality.ordinal()];
  }

  private static Address @Nullable [] find(Map<Locale, Address[]> byLanguageAndRegion,
      Map<String, Address[]> byLanguage, Locale locale) {
    if (!byLanguageAndRegion.isEmpty() && !locale.getCountry().isEmpty()) {
      Address[] regional = byLanguageAndRegion.get(locale);
      if (regional == null && (!locale.getScript().isEmpty() || !locale.getVariant().isEmpty()
          || locale.hasExtensions())) {
        Locale key = key(locale);
        regional = key == null ? null : byLanguageAndRegion.get(key);
      }
      if (regional != null) {
        return regional;
      }
    }
    return byLanguage.get(locale.getLanguage());
  }

  /** The language and region of {@code locale}, or null when they are not well-formed. */
  private static @Nullable Locale key(Locale locale) {
    try {
      return new Locale.Builder().setLanguage(locale.getLanguage()).setRegion(locale.getCountry())
          .build();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private static Locale checkedKey(Locale locale) {
    Locale key = key(locale);
    if (key == null || locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("expected a locale with a well-formed language and "
          + "optional region, such as de or de-AT, got '" + locale + "'");
    }
    return key;
  }

  /**
   * Builds {@link CustomerNames}: the built-in conventions, with locales added or replaced. Not
   * thread-safe; what it builds is.
   */
  public static final class Builder {
    private final Map<Locale, Map<Formality, Address>> addresses = new HashMap<>();
    private Locale fallbackLocale = Locale.ENGLISH;

    private Builder() {}

    /**
     * How a language ({@code Locale.GERMAN}) or a language and region
     * ({@code Locale.forLanguageTag("pt-PT")}) addresses customers in one formality. A locale
     * needs an address for every formality before {@link #build()}.
     *
     * @throws IllegalArgumentException if {@code locale} has no well-formed language
     */
    public Builder put(Locale locale, Formality formality, Address address) {
      addresses.computeIfAbsent(checkedKey(locale), l -> new EnumMap<>(Formality.class))
          .put(Objects.requireNonNull(formality, "formality"),
              Objects.requireNonNull(address, "address"));
      return this;
    }

    /** The locale whose conventions a locale without any gets; English by default. */
    public Builder fallbackLocale(Locale locale) {
      this.fallbackLocale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the conventions.
     *
     * @throws IllegalStateException if a locale lacks a formality, or the fallback locale has no
     *     conventions
     */
    public CustomerNames build() {
      Map<Locale, Address[]> regional = new HashMap<>();
      Map<String, Address[]> languages = new HashMap<>();
      addresses.forEach((locale, byFormality) -> {
        Address[] array = new Address[Formality.values().length];
        for (Formality formality : Formality.values()) {
          Address address = byFormality.get(formality);
          if (address == null) {
            throw new IllegalStateException("name conventions for " + locale.toLanguageTag()
                + " lack " + formality + "; put an Address for it");
          }
          array[formality.ordinal()] = address;
        }
        if (locale.getCountry().isEmpty()) {
          languages.put(locale.getLanguage(), array);
        } else {
          regional.put(locale, array);
        }
      });
      Address[] fallback = find(regional, languages, fallbackLocale);
      if (fallback == null) {
        throw new IllegalStateException("the fallback locale " + fallbackLocale.toLanguageTag()
            + " has no name conventions; put them or choose another fallback locale");
      }
      return new CustomerNames(Map.copyOf(regional), Map.copyOf(languages), fallback);
    }
  }

  private static final class BuiltIn {
    static final CustomerNames NAMES = builder().build();
  }
}

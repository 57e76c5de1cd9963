package dev.tact.i18n;

import dev.tact.core.Formality;
import java.util.Locale;
import java.util.Set;

/**
 * The formality a language uses with customers unless the customer or the tenant asks for another.
 *
 * <p>In languages with a polite and a familiar "you", {@link Formality#FORMAL} is the polite one
 * with the full name or an honorific, {@link Formality#NEUTRAL} the polite one with the given name
 * (the register of most customer care on social media), {@link Formality#CASUAL} the familiar one.
 * The defaults, and why:
 *
 * <ul>
 *   <li><b>ja</b> FORMAL: customer care is written in 敬語 and addresses the customer with 様.
 *   <li><b>de</b> FORMAL: customers are addressed with "Sie"; "du" is a brand choice to opt into.
 *   <li><b>fr</b> FORMAL: customers are addressed with "vous", in France, Belgium, Switzerland and
 *       Canada alike.
 *   <li><b>en</b> NEUTRAL: English has one "you"; given names are the norm in customer care.
 *   <li><b>es-ES</b> CASUAL: brands in Spain address customers with "tú" (as the Spanish style
 *       guides of large software vendors do). <b>es</b> everywhere else, and without a region,
 *       FORMAL: "usted" is the customer-care norm in Latin America and never offends where "tú"
 *       might.
 *   <li><b>pt-BR</b> and <b>pt</b> without a region NEUTRAL: "você" is the ordinary polite address
 *       in Brazil. <b>pt</b> in Portugal and the countries that follow European Portuguese (CLDR's
 *       children of {@code pt_PT}: AO, CH, CV, FR, GQ, GW, LU, MO, MZ, ST, TL) FORMAL: "o senhor /
 *       a senhora" or the third person, since "você" can read as curt there.
 *   <li><b>sv, da, nb, nn, no, is</b> NEUTRAL: the familiar pronoun is the universal address.
 *   <li>Every other language FORMAL: when Tact does not know a language's norms it errs polite,
 *       which a customer forgives more readily than familiarity.
 * </ul>
 *
 * <pre>{@code
 * DefaultFormality.of(Locale.JAPAN);                     // FORMAL
 * DefaultFormality.of(Locale.forLanguageTag("es-ES"));   // CASUAL
 * DefaultFormality.of(Locale.forLanguageTag("es-MX"));   // FORMAL
 * }</pre>
 */
public final class DefaultFormality {
  private static final Set<String> EUROPEAN_PORTUGUESE =
      Set.of("PT", "AO", "CH", "CV", "FR", "GQ", "GW", "LU", "MO", "MZ", "ST", "TL");
  private static final Set<String> FAMILIAR_BY_DEFAULT = Set.of("sv", "da", "nb", "nn", "no", "is");

  private DefaultFormality() {}

  /** The default for a locale: FORMAL for ja and de, NEUTRAL for en; see the class for all. */
  public static Formality of(Locale locale) {
    String language = locale.getLanguage();
    String region = locale.getCountry();
    return switch (language) {
      case "en" -> Formality.NEUTRAL;
      case "es" -> region.equals("ES") ? Formality.CASUAL : Formality.FORMAL;
      case "pt" -> EUROPEAN_PORTUGUESE.contains(region) ? Formality.FORMAL : Formality.NEUTRAL;
      default -> FAMILIAR_BY_DEFAULT.contains(language) ? Formality.NEUTRAL : Formality.FORMAL;
    };
  }
}

package dev.tact.rules.escalation.internal;

import java.util.Locale;
import java.util.Set;

/**
 * The national phone numbers of one region, as people write them without a country code: their
 * lengths, trunk prefix and leading digits, and whether the region dials abroad with {@code 011}
 * (North America) or {@code 00}. Regions without rules of their own accept numbers that start with
 * one trunk {@code 0}, have 9 to 11 digits and are written in groups.
 */
public final class RegionPhone {
  private enum Plan { JP, NANP, GB, DE, FR, ES, PT, BR, IT, GENERIC }

  private static final Set<String> NANP = Set.of("US", "CA", "PR", "GU", "VI", "AS", "MP", "DO", "JM",
      "BS", "BB", "TT");

  private final String region;
  private final Plan plan;

  private RegionPhone(String region, Plan plan) {
    this.region = region;
    this.plan = plan;
  }

  /** The rules of {@code region}, an upper-case ISO 3166 alpha-2 code. */
  public static RegionPhone of(String region) {
    Plan plan = switch (region) {
      case "JP" -> Plan.JP;
      case "GB", "UK" -> Plan.GB;
      case "DE", "AT" -> Plan.DE;
      case "FR" -> Plan.FR;
      case "ES" -> Plan.ES;
      case "PT" -> Plan.PT;
      case "BR" -> Plan.BR;
      case "IT" -> Plan.IT;
      default -> NANP.contains(region) ? Plan.NANP : Plan.GENERIC;
    };
    return new RegionPhone(region, plan);
  }

  /**
   * The region a text in {@code locale} most likely comes from: the locale's country, else the
   * main region of its language (ja JP, en US, de DE, fr FR, es ES, pt BR), else none in particular.
   */
  public static RegionPhone of(Locale locale) {
    String country = locale.getCountry();
    if (country.length() == 2) {
      return of(country);
    }
    return of(switch (locale.getLanguage()) {
      case "ja" -> "JP";
      case "en" -> "US";
      case "de" -> "DE";
      case "fr" -> "FR";
      case "es" -> "ES";
      case "pt" -> "BR";
      case "it" -> "IT";
      default -> "001";
    });
  }

  /** The region code these rules are for. */
  public String region() {
    return region;
  }

  /** Whether people write a slash after the area code ("030/1234567"), as in Germany and Austria. */
  public boolean writesSlashes() {
    return plan == Plan.DE;
  }

  /** Whether numbers abroad are dialled with {@code 011} rather than {@code 00}. */
  public boolean dialsAbroadWith011() {
    return plan == Plan.NANP;
  }

  /**
   * Whether the ASCII digits {@code d[0..length)}, written in {@code groups} groups, form a national
   * number of this region.
   */
  public boolean isNational(char[] d, int length, int groups) {
    if (length < 6) {
      return false;
    }
    return switch (plan) {
      case JP -> d[0] == '0' && d[1] != '0'
          && (length == 10 || length == 11 && (d[2] == '0' && "5789".indexOf(d[1]) >= 0
              || d[1] == '8' && d[2] == '0' && d[3] == '0'));
      case NANP -> length == 10 && isNanp(d, 0) || length == 11 && d[0] == '1' && isNanp(d, 1);
      case GB -> d[0] == '0' && "1235789".indexOf(d[1]) >= 0 && (length == 10 || length == 11);
      case DE -> d[0] == '0' && d[1] != '0' && length >= 7 && length <= 12 && (groups > 1 || length >= 10);
      case FR -> length == 10 && d[0] == '0' && d[1] != '0';
      case ES -> length == 9 && "6789".indexOf(d[0]) >= 0;
      case PT -> length == 9 && (d[0] == '2' || d[0] == '9');
      case BR -> isBrazilian(d, d[0] == '0' ? 1 : 0, length);
      case IT -> d[0] == '0' && length <= 11 || d[0] == '3' && (length == 9 || length == 10);
      case GENERIC -> d[0] == '0' && d[1] != '0' && length >= 9 && length <= 11 && groups > 1;
    };
  }

  private static boolean isNanp(char[] d, int from) {
    return d[from] >= '2' && d[from + 3] >= '2';
  }

  private static boolean isBrazilian(char[] d, int from, int length) {
    int national = length - from;
    return (national == 10 || national == 11 && d[from + 2] == '9') && d[from] != '0' && d[from + 1] != '0';
  }
}

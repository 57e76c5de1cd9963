package dev.tact.i18n.internal;

import com.ibm.icu.impl.DayPeriodRules;
import com.ibm.icu.util.ULocale;
import dev.tact.i18n.Greeting.DayPeriod;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The CLDR day periods of a locale, hour by hour, as ICU4J ships them. This is the one place that
 * reads ICU's {@code DayPeriodRules} (the rules behind the flexible day-period pattern {@code B});
 * a test checks it against the public {@code B} pattern of {@code SimpleDateFormat}.
 */
public final class GreetingDayPeriods {
  private static final int HOURS = 24;

  private GreetingDayPeriods() {}

  /**
   * The day period of each local hour 0–23 in {@code locale}, or null when CLDR has no flexible
   * day periods for it.
   */
  public static DayPeriod @Nullable [] byHour(Locale locale) {
    DayPeriodRules rules = DayPeriodRules.getInstance(ULocale.forLocale(locale));
    if (rules == null) {
      return null;
    }
    DayPeriod[] periods = new DayPeriod[HOURS];
    for (int hour = 0; hour < HOURS; hour++) {
      DayPeriod period = flexible(rules.getDayPeriodForHour(hour));
      if (period == null) {
        return null;
      }
      periods[hour] = period;
    }
    return periods;
  }

  /**
   * Checks that {@code given} names exactly the day periods {@code locale} uses.
   *
   * @throws IllegalArgumentException naming the periods missing or not used, with their hours
   */
  public static void checkCovered(Locale locale, Set<DayPeriod> given) {
    DayPeriod[] byHour = byHour(locale);
    Set<DayPeriod> used = EnumSet.noneOf(DayPeriod.class);
    if (byHour != null) {
      used.addAll(Arrays.asList(byHour));
    }
    Set<DayPeriod> missing = EnumSet.copyOf(used);
    missing.removeAll(given);
    Set<DayPeriod> unused = given.isEmpty() ? EnumSet.noneOf(DayPeriod.class)
        : EnumSet.copyOf(given);
    unused.removeAll(used);
    if (missing.isEmpty() && unused.isEmpty()) {
      return;
    }
    String tag = locale.toLanguageTag();
    String periods = byHour == null ? "CLDR has no day periods for " + tag
        + ", so give only the anyTime greeting" : "the CLDR day periods of " + tag + " are "
        + describe(byHour);
    throw new IllegalArgumentException("greetings for " + tag
        + (missing.isEmpty() ? "" : " miss " + names(missing))
        + (missing.isEmpty() || unused.isEmpty() ? "" : " and")
        + (unused.isEmpty() ? "" : " name periods the locale does not use: " + names(unused))
        + "; " + periods);
  }

  /** The periods as runs of hours, such as {@code night1 00–06, morning1 06–12, …}. */
  public static String describe(DayPeriod[] byHour) {
    StringBuilder text = new StringBuilder();
    int start = 0;
    for (int hour = 1; hour <= HOURS; hour++) {
      if (hour == HOURS || byHour[hour] != byHour[start]) {
        if (text.length() > 0) {
          text.append(", ");
        }
        text.append(byHour[start].cldrName()).append(' ')
            .append(String.format(Locale.ROOT, "%02d–%02d", start, hour));
        start = hour;
      }
    }
    return text.toString();
  }

  private static String names(Set<DayPeriod> periods) {
    return periods.stream().map(DayPeriod::cldrName).toList().toString();
  }

  private static @Nullable DayPeriod flexible(DayPeriodRules.DayPeriod period) {
    return switch (period) {
      case MORNING1 -> DayPeriod.MORNING1;
      case MORNING2 -> DayPeriod.MORNING2;
      case AFTERNOON1 -> DayPeriod.AFTERNOON1;
      case AFTERNOON2 -> DayPeriod.AFTERNOON2;
      case EVENING1 -> DayPeriod.EVENING1;
      case EVENING2 -> DayPeriod.EVENING2;
      case NIGHT1 -> DayPeriod.NIGHT1;
      case NIGHT2 -> DayPeriod.NIGHT2;
      case MIDNIGHT, NOON, AM, PM -> null;
    };
  }
}

package dev.tact.i18n.internal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.DateIntervalInfo;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.SimpleFormatter;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * The ICU4J words and numbers of hours phrases in one locale: weekday names, times with the
 * locale's 12- or 24-hour clock, time ranges, relative days, dates and durations.
 *
 * <p>ICU formatters are not thread-safe, so an instance belongs to one call and is then dropped.
 * Wall times are computed with {@code java.time} and formatted on a GMT calendar, so ICU's time
 * zone data never has a say: what the text shows is what {@code java.time} computed.
 */
public final class HoursClockText {
  private static final LocalDate SOME_MONDAY = LocalDate.of(2000, 1, 3);

  private final ULocale locale;
  private final DateFormat time;

  /** Words and numbers for {@code locale}. */
  public HoursClockText(Locale locale) {
    this.locale = ULocale.forLocale(locale);
    this.time = format("jm");
  }

  /** The first day of the week in the locale (Sunday in the US and Japan, Monday in Germany). */
  public static DayOfWeek firstDayOfWeek(Locale locale) {
    int icuDay = Calendar.getInstance(ULocale.forLocale(locale)).getFirstDayOfWeek();
    return icuDay == Calendar.SUNDAY ? DayOfWeek.SUNDAY : DayOfWeek.of(icuDay - 1);
  }

  /** The short name of a weekday: "Mon", 「月」, "Mo.", "lun.". */
  public String weekdayShort(DayOfWeek day) {
    String[] names = new DateFormatSymbols(locale)
        .getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED);
    return names[day.getValue() % 7 + 1];
  }

  /** The full name of a date's weekday: "Monday", 「月曜日」, "lundi". */
  public String weekday(LocalDate date) {
    return format("EEEE").format(date(date.atStartOfDay()));
  }

  /** A date with its weekday, and the year when {@code withYear}: "Monday, March 3". */
  public String date(LocalDate date, boolean withYear) {
    return format(withYear ? "yMMMMEEEEd" : "MMMMEEEEd").format(date(date.atStartOfDay()));
  }

  /** A wall time in the locale's clock: "9:00 AM", "09:00", 「9:00」. */
  public String time(LocalTime wall) {
    return time.format(date(SOME_MONDAY.atTime(wall)));
  }

  /**
   * The hour the locale's clock shows for a wall time: 13 on a 24-hour clock, 1 on a 12-hour one;
   * for words that agree with it (Spanish "a la 1:00", "a las 2:00").
   */
  public int displayedHour(LocalTime wall) {
    int hour = wall.getHour();
    return switch (DateTimePatternGenerator.getInstance(locale).getDefaultHourCycle()) {
      case HOUR_CYCLE_11 -> hour % 12;
      case HOUR_CYCLE_12 -> hour % 12 == 0 ? 12 : hour % 12;
      case HOUR_CYCLE_23 -> hour;
      case HOUR_CYCLE_24 -> hour == 0 ? 24 : hour;
    };
  }

  /**
   * A range of two wall times, with CLDR's interval format where it writes the times as
   * {@link #time(LocalTime)} does ("1:00 – 6:00 PM", "19:00–04:00 Uhr"), else the two times joined
   * by the locale's fallback range pattern (Japanese 「9:00～18:00」 rather than 「9時00分～18時00分」,
   * English "7:00 PM – 6:00 AM" for a range past midnight). An end before the start is on the next
   * day.
   */
  public String timeRange(LocalTime start, LocalTime end) {
    String from = time(start);
    String to = time(end);
    if (!start.equals(end)) {
      DateIntervalFormat interval = DateIntervalFormat.getInstance("jm", locale);
      interval.setTimeZone(TimeZone.GMT_ZONE);
      String range = interval.format(new DateInterval(
          date(SOME_MONDAY.atTime(start)).getTime(), date(SOME_MONDAY.atTime(end)).getTime()));
      // CLDR may share the AM/PM mark ("1:00 – 6:00 PM"): right forward, wrong for 7 PM to 6 PM
      // the next day, so a range past midnight keeps both times whole.
      if (range.contains(to) && (start.isBefore(end) || range.contains(from))) {
        return range;
      }
    }
    String fallback = new DateIntervalInfo(locale).getFallbackIntervalPattern();
    return SimpleFormatter.compileMinMaxArguments(fallback, 2, 2).format(from, to);
  }

  /** "today" (0) or "tomorrow" (1) in the middle of a sentence: "heute", 「明日」. */
  public String relativeDay(int daysAhead) {
    if (daysAhead != 0 && daysAhead != 1) {
      throw new IllegalArgumentException("only today (0) and tomorrow (1) have words, got " + daysAhead);
    }
    RelativeDateTimeFormatter relative = RelativeDateTimeFormatter.getInstance(locale, null,
        RelativeDateTimeFormatter.Style.LONG, DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
    return relative.format(
        daysAhead == 0 ? RelativeDateTimeFormatter.Direction.THIS : RelativeDateTimeFormatter.Direction.NEXT,
        RelativeDateTimeFormatter.AbsoluteUnit.DAY);
  }

  /**
   * A non-negative duration in whole hours and minutes, rounded up to the minute:
   * "1 hour, 30 minutes", 「2 時間」.
   */
  public String duration(Duration duration) {
    long minutes = duration.toMinutes();
    if (duration.compareTo(Duration.ofMinutes(minutes)) > 0) {
      minutes++;
    }
    List<Measure> measures = new ArrayList<>();
    if (minutes >= 60) {
      measures.add(new Measure(minutes / 60, MeasureUnit.HOUR));
    }
    if (minutes % 60 != 0 || measures.isEmpty()) {
      measures.add(new Measure(minutes % 60, MeasureUnit.MINUTE));
    }
    return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE)
        .formatMeasures(measures.toArray(new Measure[0]));
  }

  private DateFormat format(String skeleton) {
    DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
    format.setTimeZone(TimeZone.GMT_ZONE);
    if (format.getCalendar() instanceof GregorianCalendar gregorian) {
      gregorian.setGregorianChange(new Date(Long.MIN_VALUE)); // proleptic, as java.time counts
    }
    return format;
  }

  private static Date date(LocalDateTime wall) {
    return Date.from(wall.toInstant(ZoneOffset.UTC));
  }
}

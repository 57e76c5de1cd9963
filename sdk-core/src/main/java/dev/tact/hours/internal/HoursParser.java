package dev.tact.hours.internal;

import dev.tact.hours.HoursSyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the supported subset of OpenStreetMap's {@code opening_hours} syntax into rules.
 *
 * <pre>
 * hours     = rule { (";" | ",") rule } [";"]
 * rule      = "24/7" [modifier]
 *           | [dates [":"]] [days] [times] [modifier]      (at least one part)
 * dates     = date-item { "," (date-item | day ["-" day]) }
 * date-item = [year] month [day] ["-" ([year] month [day] | day)]
 * days      = day-item { "," day-item }
 * day-item  = weekday ["-" weekday] | "PH"
 * times     = "24/7" | range { "," range }
 * range     = hh:mm "-" hh:mm        (an end at or before the start is on the next day; up to 48:00)
 * modifier  = "off" | "closed" | "open"
 * </pre>
 *
 * <p>Words are read case-insensitively. A {@code ,} after a time range starts another time range
 * when a time follows, and an additional rule otherwise. Anything else is an error at its
 * position, never a guess.
 */
public final class HoursParser {
  private static final String[] WEEKDAYS = {"mo", "tu", "we", "th", "fr", "sa", "su"};
  private static final String EXPECTED_RULE =
      "expected a rule such as Mo-Fr 09:00-18:00, 24/7 or Dec 25 off";

  private final String text;
  private final String source;
  private int pos;

  private HoursParser(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /**
   * Parses support hours.
   *
   * @param source the name of the input for error messages, such as {@code <hours>}
   * @throws HoursSyntaxException at the first problem
   */
  public static List<Rule> parse(String text, String source) {
    return new HoursParser(text, source).hours();
  }

  private List<Rule> hours() {
    skipSpaces();
    if (atEnd()) {
      throw error("support hours are empty: " + EXPECTED_RULE, 0);
    }
    List<Rule> rules = new ArrayList<>();
    boolean additional = false;
    while (true) {
      rules.add(rule(additional));
      skipSpaces();
      if (atEnd()) {
        return rules;
      }
      char c = text.charAt(pos);
      if (c == ';') {
        pos++;
        skipSpaces();
        if (atEnd()) {
          return rules;
        }
        additional = false;
      } else if (c == ',') {
        pos++;
        skipSpaces();
        if (atEnd()) {
          throw error("expected a rule after ','", pos);
        }
        additional = true;
      } else if (text.startsWith("||", pos)) {
        throw error("fallback rules (||) are not supported", pos);
      } else {
        throw unexpected("';' between rules or ',' before an additional rule");
      }
    }
  }

  private Rule rule(boolean additional) {
    int start = pos;
    List<DateRange> dates = new ArrayList<>();
    int weekdays = Rule.ALL_DAYS;
    boolean holidays = false;
    List<TimeRange> times = new ArrayList<>();
    if (text.startsWith("24/7", pos)) {
      pos += 4;
      times.add(TimeRange.WHOLE_DAY);
    } else {
      if (startsDate()) {
        dateList(dates);
        skipSpaces();
        if (peek() == ':') {
          pos++;
          skipSpaces();
        }
      }
      if (startsDaySelector()) {
        int[] selection = dayList();
        weekdays = selection[0];
        holidays = selection[1] != 0;
        skipSpaces();
        if (startsDaySelector()) {
          throw error(
              "a second day selector is not supported (PH Mo-Fr would mean holidays on weekdays);"
                  + " write Mo-Fr,PH to select either",
              pos);
        }
      }
      if (text.startsWith("24/7", pos)) {
        pos += 4;
        times.add(TimeRange.WHOLE_DAY);
      } else if (isDigit(peek()) && !startsDate()) {
        timeList(times);
      }
    }
    skipSpaces();
    boolean off = modifier();
    if (pos == start) {
      throw unexpected(EXPECTED_RULE);
    }
    return new Rule(dates, weekdays, holidays, times, off, additional);
  }

  // ---- dates ----

  private boolean startsDate() {
    return month(word()) != 0 || (digits() == 4);
  }

  private void dateList(List<DateRange> dates) {
    DateRange last = dateItem();
    dates.add(last);
    while (peek() == ',') {
      pos++;
      skipSpaces();
      if (startsDate()) {
        last = dateItem();
      } else if (isDayNumber()) {
        last = dayContinuation(last);
      } else {
        throw unexpected("a month like Jan, a year or a day after ','");
      }
      dates.add(last);
    }
  }

  private DateRange dateItem() {
    int itemStart = pos;
    int year = 0;
    if (digits() == 4) {
      year = number(4);
      skipSpaces();
      if (month(word()) == 0) {
        throw unexpected("a month like Dec after the year");
      }
    }
    int month = monthWord();
    int lookahead = pos;
    skipSpaces();
    int day = 0;
    if (isDayNumber()) {
      day = dayNumber(year, month);
    } else {
      pos = lookahead;
    }
    int afterStart = pos;
    skipSpaces();
    if (peek() != '-') {
      pos = afterStart;
      return day == 0
          ? range(itemStart, year, month, 1, year, month, lastDay(year, month))
          : range(itemStart, year, month, day, year, month, day);
    }
    pos++;
    skipSpaces();
    int endYear = year;
    boolean explicitEndYear = false;
    if (digits() == 4) {
      if (year == 0) {
        throw unexpected("no year here, because the range starts without one");
      }
      endYear = number(4);
      explicitEndYear = true;
      skipSpaces();
      if (month(word()) == 0) {
        throw unexpected("a month like Jan after the year");
      }
    }
    if (day == 0) {
      int endMonth = monthWordOr("a month like Aug to end the month range");
      if (year != 0 && !explicitEndYear && endMonth < month) {
        endYear = year + 1;
      }
      return range(itemStart, year, month, 1, endYear, endMonth, lastDay(endYear, endMonth));
    }
    if (month(word()) != 0) {
      int endMonth = monthWord();
      skipSpaces();
      if (!isDayNumber()) {
        throw unexpected("a day like 02 after the month");
      }
      int endDay = dayNumber(endYear, endMonth);
      return yearRange(itemStart, year, month, day, endYear, endMonth, endDay, explicitEndYear);
    }
    if (explicitEndYear || !isDayNumber()) {
      throw unexpected("a day like 26 or a date like Jan 02 to end the range");
    }
    int endDay = dayNumber(year, month);
    return yearRange(itemStart, year, month, day, endYear, month, endDay, false);
  }

  private DateRange dayContinuation(DateRange previous) {
    int itemStart = pos;
    int year = previous.endYear();
    int month = previous.endMonth();
    int day = dayNumber(year, month);
    int afterDay = pos;
    skipSpaces();
    if (peek() != '-') {
      pos = afterDay;
      return range(itemStart, year, month, day, year, month, day);
    }
    pos++;
    skipSpaces();
    if (!isDayNumber()) {
      throw unexpected("a day like 26 to end the range");
    }
    int endDay = dayNumber(year, month);
    return yearRange(itemStart, year, month, day, year, month, endDay, false);
  }

  /** A range whose end year, when implicit, moves to the next year if the end is before the start. */
  private DateRange yearRange(
      int at, int year, int month, int day, int endYear, int endMonth, int endDay, boolean explicit) {
    if (year != 0 && !explicit && endMonth * 32 + endDay < month * 32 + day) {
      endYear = year + 1;
      checkDate(at, endYear, endMonth, endDay);
    }
    return range(at, year, month, day, endYear, endMonth, endDay);
  }

  private DateRange range(int at, int year, int month, int day, int endYear, int endMonth, int endDay) {
    try {
      return new DateRange(year, month, day, endYear, endMonth, endDay);
    } catch (IllegalArgumentException e) {
      throw error("the date range ends before it starts", at);
    }
  }

  private int monthWord() {
    return monthWordOr("a month like Dec");
  }

  private int monthWordOr(String expected) {
    String word = word();
    int month = month(word);
    if (month == 0) {
      throw unexpected(expected);
    }
    pos += word.length();
    return month;
  }

  /** Whether digits and a ':' start here, as in 09:00. */
  private boolean startsTime() {
    int n = digits();
    return n > 0 && pos + n < text.length() && text.charAt(pos + n) == ':';
  }

  private boolean isDayNumber() {
    int n = digits();
    boolean time = pos + n + 1 < text.length() && text.charAt(pos + n) == ':' && isDigit(text.charAt(pos + n + 1));
    return (n == 1 || n == 2) && !time;
  }

  private int dayNumber(int year, int month) {
    int at = pos;
    int day = number(digits());
    int max = year == 0 ? Month.of(month).maxLength() : lastDay(year, month);
    if (day < 1 || day > max) {
      String in = year == 0 ? monthName(month) : monthName(month) + " " + year;
      throw error("day " + day + " does not exist in " + in, at);
    }
    return day;
  }

  private void checkDate(int at, int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw error("day " + day + " does not exist in " + monthName(month) + " " + year, at);
    }
  }

  private static int lastDay(int year, int month) {
    return year == 0 ? Month.of(month).maxLength() : LocalDate.of(year, month, 1).lengthOfMonth();
  }

  private static String monthName(int month) {
    String name = Month.of(month).name();
    return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
  }

  // ---- weekdays and holidays ----

  private boolean startsDaySelector() {
    String word = word().toLowerCase(Locale.ROOT);
    return weekday(word) >= 0 || word.equals("ph") || word.equals("sh");
  }

  /** Returns {weekday bits, 1 if PH}. */
  private int[] dayList() {
    int mask = 0;
    boolean holidays = false;
    while (true) {
      String word = word().toLowerCase(Locale.ROOT);
      if (word.equals("ph")) {
        pos += 2;
        holidays = true;
        if (peek() == ' ' && (text.startsWith(" +", pos) || text.startsWith(" -", pos))) {
          throw error("holiday offsets (PH +1 day) are not supported", pos + 1);
        }
      } else if (word.equals("sh")) {
        throw error("school holidays (SH) are not supported", pos);
      } else {
        int first = weekday(word);
        if (first < 0) {
          throw unexpected("a weekday like Mo or PH");
        }
        pos += 2;
        if (peek() == '[') {
          throw error("nth-weekday selectors such as Mo[1] are not supported", pos);
        }
        int last = first;
        if (peek() == '-') {
          pos++;
          last = weekday(word().toLowerCase(Locale.ROOT));
          if (last < 0) {
            throw unexpected("a weekday like Fr to end the range");
          }
          pos += 2;
        }
        for (int day = first; ; day = (day + 1) % 7) {
          mask |= 1 << day;
          if (day == last) {
            break;
          }
        }
      }
      if (peek() != ',') {
        return new int[] {mask, holidays ? 1 : 0};
      }
      pos++;
      skipSpaces();
      if (!startsDaySelector()) {
        throw unexpected("a weekday like Mo or PH after ','");
      }
    }
  }

  private static int weekday(String word) {
    for (int i = 0; i < WEEKDAYS.length; i++) {
      if (WEEKDAYS[i].equals(word)) {
        return i;
      }
    }
    return -1;
  }

  // ---- times ----

  private void timeList(List<TimeRange> times) {
    times.add(timeRange());
    while (peek() == ',') {
      int comma = pos;
      pos++;
      skipSpaces();
      if (!startsTime()) {
        pos = comma; // an additional rule follows
        return;
      }
      times.add(timeRange());
    }
  }

  private TimeRange timeRange() {
    int startAt = pos;
    int start = time();
    if (start >= TimeRange.DAY) {
      throw error("a time range must start before 24:00", startAt);
    }
    if (peek() == '+') {
      throw error("open-ended times such as 18:00+ are not supported", pos);
    }
    if (peek() != '-') {
      throw unexpected("'-' and an end time, as in 09:00-18:00");
    }
    pos++;
    int endAt = pos;
    int end = time();
    if (end > 2 * TimeRange.DAY) {
      throw error("a time range must end by 48:00", endAt);
    }
    if (peek() == '/') {
      throw error("repeating times such as 10:00-16:00/01:30 are not supported", pos);
    }
    if (peek() == '+') {
      throw error("open-ended times such as 18:00+ are not supported", pos);
    }
    return new TimeRange(start, end <= start ? end + TimeRange.DAY : end);
  }

  private int time() {
    if (digits() != 2 || pos + 5 > text.length() || text.charAt(pos + 2) != ':'
        || !isDigit(text.charAt(pos + 3)) || !isDigit(text.charAt(pos + 4))
        || (pos + 5 < text.length() && isDigit(text.charAt(pos + 5)))) {
      throw unexpected("a time like 09:00");
    }
    int at = pos;
    int hours = number(2);
    pos++;
    int minutes = number(2);
    if (minutes > 59) {
      throw error("minutes go up to 59 in a time like 09:30", at + 3);
    }
    if (hours > 48 || (hours == 48 && minutes > 0)) {
      throw error("hours go up to 24 (48 for an end past midnight) in a time like 18:00", at);
    }
    return hours * 60 + minutes;
  }

  // ---- modifiers ----

  private boolean modifier() {
    String word = word().toLowerCase(Locale.ROOT);
    switch (word) {
      case "off", "closed" -> {
        pos += word.length();
        return true;
      }
      case "open" -> {
        pos += word.length();
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  // ---- scanning ----

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  private void skipSpaces() {
    while (!atEnd() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** How many ASCII digits start at the current position. */
  private int digits() {
    int n = 0;
    while (pos + n < text.length() && isDigit(text.charAt(pos + n))) {
      n++;
    }
    return n;
  }

  private int number(int length) {
    int value = Integer.parseInt(text, pos, pos + length, 10);
    pos += length;
    return value;
  }

  /** The ASCII letters at the current position, not consumed. */
  private String word() {
    int end = pos;
    while (end < text.length() && isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(pos, end);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int month(String word) {
    if (word.length() != 3) {
      return 0;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().substring(0, 3).toLowerCase(Locale.ROOT).equals(lower)) {
        return month.getValue();
      }
    }
    return 0;
  }

  private HoursSyntaxException unexpected(String expected) {
    String word = word().toLowerCase(Locale.ROOT);
    String problem =
        switch (word) {
          case "sunrise", "sunset", "dawn", "dusk" ->
              "sunrise, sunset, dawn and dusk are not supported; write a time like 09:00";
          case "week" -> "week numbers are not supported";
          case "easter" -> "easter is not supported; list the dates, or use PH with a holiday calendar";
          case "unknown" -> "the 'unknown' state is not supported; use off or open";
          default -> null;
        };
    if (problem != null) {
      return error(problem, pos);
    }
    if (peek() == '"') {
      return error("comments in quotes are not supported", pos);
    }
    if (atEnd()) {
      return error("expected " + expected + " at the end", pos);
    }
    return error("expected " + expected, pos);
  }

  private HoursSyntaxException error(String problem, int position) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return new HoursSyntaxException(
        problem + " at position " + position + " in \"" + shown + "\"", source, position);
  }
}

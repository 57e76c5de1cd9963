package dev.tact.cli.internal;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.HolidayList;
import dev.tact.hours.SupportHours;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most recently used schedules of a JSON-lines batch, so that a million lines about a handful
 * of brands parse each brand's hours once. Bounded in entries and in key size: a schedule whose
 * text and holidays are larger than {@value #MAX_KEY_CHARS} characters is parsed every time rather
 * than held. Not thread-safe; one instance belongs to one command run.
 */
final class ScheduleCache {
  static final int MAX_KEY_CHARS = 4096;

  private final Clock clock;
  private final Map<Key, BusinessClock> entries;

  private record Key(String hours, ZoneId zone, HolidayList holidays) {}

  /** A cache of at most {@code maxEntries} schedules whose clocks read "now" from {@code clock}. */
  ScheduleCache(int maxEntries, Clock clock) {
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, BusinessClock> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /**
   * The clock of these hours, parsed now or earlier.
   *
   * @throws dev.tact.hours.HoursSyntaxException if the hours are malformed
   */
  BusinessClock clockFor(String hours, ZoneId zone, List<LocalDate> holidays) {
    Key key = new Key(hours, zone, HolidayCalendar.of(holidays));
    if (hours.length() + 11 * holidays.size() > MAX_KEY_CHARS) {
      return parse(key);
    }
    BusinessClock cached = entries.get(key);
    if (cached == null) {
      cached = parse(key);
      entries.put(key, cached);
    }
    return cached;
  }

  int size() {
    return entries.size();
  }

  private BusinessClock parse(Key key) {
    return BusinessClock.of(SupportHours.parse(key.hours(), key.zone(), key.holidays()), clock);
  }
}

package dev.tact.hours;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link HolidayCalendar} that lists its dates. Lookups are binary searches. Two lists are equal
 * when they hold the same dates.
 *
 * <pre>{@code
 * HolidayList christmas = HolidayCalendar.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
 * christmas.dates();   // [2026-12-25, 2026-12-26]
 * }</pre>
 */
public final class HolidayList implements HolidayCalendar {
  static final HolidayList EMPTY = new HolidayList(new long[0]);

  private final long[] epochDays;

  private HolidayList(long[] epochDays) {
    this.epochDays = epochDays;
  }

  static HolidayList of(Collection<LocalDate> dates) {
    long[] days = dates.stream().mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray();
    return days.length == 0 ? EMPTY : new HolidayList(days);
  }

  /** The dates, in order, without duplicates. */
  public List<LocalDate> dates() {
    return Arrays.stream(epochDays).mapToObj(LocalDate::ofEpochDay).toList();
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return Arrays.binarySearch(epochDays, date.toEpochDay()) >= 0;
  }

  @Override
  public @Nullable LocalDate nextHoliday(LocalDate from, LocalDate until) {
    int index = Arrays.binarySearch(epochDays, from.toEpochDay());
    if (index < 0) {
      index = -index - 1;
    }
    if (index < epochDays.length && epochDays[index] <= until.toEpochDay()) {
      return LocalDate.ofEpochDay(epochDays[index]);
    }
    return null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HolidayList other && Arrays.equals(epochDays, other.epochDays);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(epochDays);
  }

  @Override
  public String toString() {
    return "HolidayList" + dates();
  }
}

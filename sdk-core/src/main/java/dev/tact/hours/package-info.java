/**
 * Support hours and business time: when a brand's care team is open, when it next opens in the
 * customer's clock, and when a reply is due in business time.
 *
 * <pre>{@code
 * SupportHours tokyo = SupportHours.parse("Mo-Fr 09:00-18:00; PH off", ZoneId.of("Asia/Tokyo"),
 *     HolidayCalendar.of(LocalDate.of(2027, 1, 1)));
 * BusinessClock clock = BusinessClock.of(tokyo, Clock.systemUTC());
 * clock.isOpen();                                   // now
 * clock.nextOpen(Instant.parse("2026-11-21T03:00:00Z"));   // Monday 09:00 in Tokyo
 * clock.deadline(Instant.parse("2026-11-20T08:30:00Z"), Duration.ofHours(1));
 * }</pre>
 *
 * <p>See {@code docs/hours.md} for the syntax, the semantics across daylight-saving changes and
 * the JSON form.
 */
@NullMarked
package dev.tact.hours;

import org.jspecify.annotations.NullMarked;

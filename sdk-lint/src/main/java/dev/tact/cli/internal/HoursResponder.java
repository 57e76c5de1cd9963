package dev.tact.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.hours.BusinessClock;
import dev.tact.hours.HoursSyntaxException;
import java.time.Clock;
import java.time.Instant;

/**
 * Answers one line of {@code tact hours --jsonl}: a request in, one JSON object out, never an
 * exception. A good request gets {@code {"open":...,"nextChange":...}}, anything else
 * {@code {"error":{"message":...}}}. Holds a small cache of parsed schedules, so one instance serves
 * one batch on one thread.
 *
 * <pre>{@code
 * new HoursResponder(clock).respond(
 *     "{\"hours\":\"Mo-Fr 09:00-18:00\",\"zone\":\"Europe/Berlin\",\"at\":\"2026-11-22T10:00:00Z\"}");
 * // {"open":false,"nextChange":"2026-11-23T08:00:00Z"}
 * }</pre>
 */
final class HoursResponder {
  /** Schedules kept parsed: enough for the brands of a multi-tenant batch, small in memory. */
  static final int CACHED_SCHEDULES = 256;

  private final ObjectMapper json = JsonFields.strictMapper();
  private final ScheduleCache schedules;

  HoursResponder(Clock clock) {
    this.schedules = new ScheduleCache(CACHED_SCHEDULES, clock);
  }

  /** The answer to one input line, as one line of JSON. */
  String respond(String line) {
    try {
      return answer(HoursRequest.read(line, json));
    } catch (BadLineException e) {
      return JsonAnswers.error(String.valueOf(e.getMessage()));
    } catch (HoursSyntaxException e) {
      return JsonAnswers.error("field 'hours': " + e.problem());
    } catch (RuntimeException e) {
      // A bug, not a bad line; still one answer per line, and a message to report.
      return JsonAnswers.error("internal error, please report: " + e);
    }
  }

  private String answer(HoursRequest request) throws BadLineException {
    BusinessClock clock = schedules.clockFor(request.hours(), request.zone(), request.holidays());
    Instant at = request.at();
    try {
      return JsonAnswers.hours(clock.isOpen(at), clock.nextChange(at));
    } catch (IllegalArgumentException e) {
      throw new BadLineException("field 'at': " + e.getMessage());
    }
  }
}

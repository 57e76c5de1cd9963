package dev.tact.examples.hours;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.FollowTheSun;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.SupportHours;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A helpdesk's SLA board: tickets arrive from customers around the world; a follow-the-sun care
 * team (Tokyo, Dublin, Austin) owes each a first response within one business hour. For every
 * ticket the board shows whether the team is open when it arrives and when the answer is due, in
 * the customer's own clock.
 *
 * <p>Run it with {@code mvn -q -pl examples/support-hours -am compile exec:java
 * -Dexec.mainClass=dev.tact.examples.hours.SlaBoard}, or through its test in {@code mvn verify}.
 */
public final class SlaBoard {
  /** A ticket: who wrote, from which zone, when. */
  record Ticket(String customer, ZoneId zone, Instant received) {}

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private final BusinessClock clock;

  SlaBoard(BusinessClock clock) {
    this.clock = clock;
  }

  /** The care team: three offices, each closed on its own public holidays. */
  static FollowTheSun careTeam() {
    return FollowTheSun.of(
        SupportHours.parse("Mo-Fr 09:00-18:00; PH off", ZoneId.of("Asia/Tokyo"),
            HolidayCalendar.of(LocalDate.of(2026, 11, 23))),
        SupportHours.parse("Mo-Fr 09:00-17:30; Dec 24-26 off; PH off", ZoneId.of("Europe/Dublin"),
            HolidayCalendar.of(LocalDate.of(2027, 1, 1))),
        SupportHours.parse("Mo-Fr 08:00-17:00; Sa 10:00-14:00; PH off", ZoneId.of("America/Chicago"),
            HolidayCalendar.of(LocalDate.of(2026, 11, 26))));
  }

  void print(List<Ticket> tickets, Duration sla, PrintStream out) {
    out.printf("%-8s %-22s %-6s %s%n", "ticket", "received (their time)", "open?", "first response due (their time)");
    for (Ticket ticket : tickets) {
      Instant due = clock.deadline(ticket.received(), sla);
      out.printf("%-8s %-22s %-6s %s%n",
          ticket.customer(),
          LOCAL.format(ticket.received().atZone(ticket.zone())),
          clock.isOpen(ticket.received()) ? "yes" : "no",
          due == null ? "never (the team never opens)" : LOCAL.format(due.atZone(ticket.zone())) + " " + ticket.zone().getId());
    }
  }

  /** Prints the board for a few sample tickets around the US Thanksgiving weekend of 2026. */
  public static void main(String[] args) {
    SlaBoard board = new SlaBoard(BusinessClock.of(careTeam(), Clock.systemUTC()));
    board.print(
        List.of(
            new Ticket("ana", ZoneId.of("America/Sao_Paulo"), Instant.parse("2026-11-23T00:30:00Z")),
            new Ticket("kenji", ZoneId.of("Asia/Tokyo"), Instant.parse("2026-11-23T02:00:00Z")),
            new Ticket("lea", ZoneId.of("Europe/Paris"), Instant.parse("2026-11-27T23:45:00Z")),
            new Ticket("sam", ZoneId.of("America/Los_Angeles"), Instant.parse("2026-11-28T21:00:00Z")),
            new Ticket("priya", ZoneId.of("Asia/Kolkata"), Instant.parse("2026-11-29T06:00:00Z"))),
        Duration.ofHours(1),
        System.out);
  }
}

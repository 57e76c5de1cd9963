package dev.tact.cli.internal;

import dev.tact.hours.BusinessClock;
import dev.tact.hours.SupportHours;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One brand as a helpdesk sidebar shows it to an agent at an instant: open or closed, each team's
 * state in its own clock, and when the brand next opens in each customer's clock.
 *
 * <pre>
 * Voltline Electronics                        CLOSED, opens in 4 h 30 min
 *   team      Tokyo     closed, opens Fri 09:00 JST   Mo-Fr 09:00-18:00; PH off
 *   customer  New York  Thu 14:30 EST                 opens Thu 19:00 EST
 * </pre>
 */
final class AgentBoard {
  private final SampleBrand brand;
  private final Clock clock;
  private final BusinessClock brandClock;

  AgentBoard(SampleBrand brand, Clock clock) {
    this.brand = brand;
    this.clock = clock;
    this.brandClock = BusinessClock.of(brand.schedule(), clock);
  }

  /**
   * Adds the brand's block to the table: a heading with the brand's name padded to
   * {@code nameWidth} and its status, then a row per team and per customer.
   */
  void addTo(TextTable table, Instant now, List<SampleCustomer> customers, int nameWidth) {
    String name = brand.name() + " ".repeat(Math.max(0, nameWidth - brand.name().length()));
    table.row(name + "  " + status(now));
    String label = "  team";
    for (SampleBrand.Team team : brand.teams()) {
      table.row(label, team.city(), teamState(team, now), team.hours().toString());
      label = "";
    }
    label = "  customer";
    for (SampleCustomer customer : customers) {
      table.row(label, customer.city(), TimeText.dayTime(now, customer.zone()), customerView(now, customer.zone()));
      label = "";
    }
  }

  /** {@code OPEN, closes in 1 h 30 min} or {@code CLOSED, opens in 4 h 30 min}. */
  String status(Instant now) {
    boolean open = brandClock.isOpen(now);
    @Nullable Instant change = brandClock.nextChange(now);
    if (change == null) {
      return open ? "OPEN around the clock" : "CLOSED for good";
    }
    return open ? "OPEN, closes " + TimeText.until(now, change) : "CLOSED, opens " + TimeText.until(now, change);
  }

  private String teamState(SampleBrand.Team team, Instant now) {
    SupportHours hours = team.hours();
    BusinessClock teamClock = BusinessClock.of(hours, clock);
    ZoneId zone = hours.zone();
    @Nullable Instant change = teamClock.nextChange(now);
    if (teamClock.isOpen(now)) {
      return change == null ? "open around the clock" : "open until " + TimeText.dayTime(change, zone);
    }
    boolean holiday = hours.usesHolidays() && hours.holidays().isHoliday(now.atZone(zone).toLocalDate());
    String closed = holiday ? "holiday" : "closed";
    return change == null ? closed : closed + ", opens " + TimeText.dayTime(change, zone);
  }

  private String customerView(Instant now, ZoneId zone) {
    @Nullable Instant change = brandClock.nextChange(now);
    if (brandClock.isOpen(now)) {
      return change == null ? "open now, around the clock" : "open now, until " + TimeText.dayTime(change, zone);
    }
    return change == null ? "no opening ahead" : "opens " + TimeText.dayTime(change, zone);
  }
}

package dev.tact.examples.helpdesk;

import dev.tact.Tact;
import dev.tact.core.Customer;
import dev.tact.hours.BusinessClock;
import dev.tact.hours.HolidayCalendar;
import dev.tact.hours.SupportHours;
import dev.tact.i18n.Acknowledgement;
import dev.tact.i18n.DmLinks;
import dev.tact.i18n.Handoff;
import dev.tact.rules.escalation.EscalationConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Everything a helpdesk builds once, at start-up, and shares between all threads and agents: one
 * {@link Tact} (the built-in rule packs, Acme's escalation settings, Acme's DM accounts for the
 * handoff), one {@link Acknowledgement}, and the care team's {@link BusinessClock}.
 *
 * <pre>{@code
 * Helpdesk helpdesk = Helpdesk.start(Clock.systemUTC());
 * String ack = helpdesk.acknowledge(customer, message.time());     // when a message arrives
 * ComposerView view = helpdesk.composer().show(ticket, draft, now); // at every keystroke
 * }</pre>
 *
 * <p>Start-up is the only place that reads a file (the tenant's escalation settings, from the
 * classpath); after it, nothing reads, builds or loads anything. Immutable and thread-safe.
 */
public final class Helpdesk {
  /** The classpath resource with Acme's escalation settings. */
  public static final String ESCALATION_CONFIG = "dev/tact/examples/helpdesk/acme-escalation.yaml";
  /** Acme's numeric X account id (never the @handle) and Facebook page, for one-click DM links. */
  public static final DmLinks ACME_ACCOUNTS =
      DmLinks.builder().x("783214").messenger("acmeshop").build();
  /** The first response Acme promises: a person answers within two business hours. */
  public static final Duration FIRST_RESPONSE = Duration.ofHours(2);

  private final Tact tact;
  private final ReplyComposer composer;
  private final Acknowledgement acknowledgement;
  private final BusinessClock team;

  private Helpdesk(Tact tact, Acknowledgement acknowledgement, BusinessClock team) {
    this.tact = tact;
    this.composer = new ReplyComposer(tact);
    this.acknowledgement = acknowledgement;
    this.team = team;
  }

  /**
   * Builds the shared objects. Throws a {@link dev.tact.rules.RulePackException} naming the file,
   * line and column if Acme's escalation settings have a problem, so a bad file stops the start
   * rather than a review.
   *
   * @param clock the clock the team's "now" questions read; {@code Clock.systemUTC()} in production
   */
  public static Helpdesk start(Clock clock) {
    Tact tact = Tact.builder()
        .escalation(EscalationConfig.parse(readResource(ESCALATION_CONFIG), ESCALATION_CONFIG))
        .handoff(Handoff.builder().links(ACME_ACCOUNTS).build())
        .build();
    return new Helpdesk(tact, Acknowledgement.builtIn(), BusinessClock.of(careTeam(), clock));
  }

  /** Acme's care team in Dublin: weekdays 09:00–18:00, closed on Irish public holidays. */
  static SupportHours careTeam() {
    return SupportHours.parse("Mo-Fr 09:00-18:00; PH off", ZoneId.of("Europe/Dublin"),
        HolidayCalendar.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
            LocalDate.of(2027, 1, 1)));
  }

  /** The composer every agent's thread uses. */
  public ReplyComposer composer() {
    return composer;
  }

  /** The shared Tact, for what the composer does not cover (batch checks, the rule list). */
  public Tact tact() {
    return tact;
  }

  /** The care team's hours. */
  public BusinessClock team() {
    return team;
  }

  /**
   * The automatic acknowledgement for a message {@code customer} sent at {@code receivedAt}: in
   * their language, greeting them for their time of day, with the time a person will answer in
   * their clock.
   */
  public String acknowledge(Customer customer, Instant receivedAt) {
    return acknowledgement.render(customer, team, FIRST_RESPONSE, receivedAt);
  }

  private static String readResource(String name) {
    try (InputStream in = Helpdesk.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the classpath has no '" + name + "'; put the tenant's settings in src/main/resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read '" + name + "' from the classpath", e);
    }
  }
}

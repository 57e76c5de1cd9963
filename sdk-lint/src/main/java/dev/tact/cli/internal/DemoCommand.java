package dev.tact.cli.internal;

import dev.tact.Tact;
import dev.tact.Review;
import dev.tact.hours.BusinessClock;
import dev.tact.i18n.Acknowledgement;
import dev.tact.i18n.DmLinks;
import dev.tact.i18n.Handoff;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tact demo}: three sample brands with follow-the-sun teams, holidays and odd hours, shown
 * as a helpdesk shows them to an agent, in three customers' clocks, with one SLA deadline; then
 * four draft replies as the reply composer marks them, reviewed by one {@link Tact} with the
 * built-in packs; then two public posts that should move to a DM, with the route, the reasons, the
 * sender, the blocking personal data and the handoff reply with its DM link, in English and
 * Japanese.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sample brands' hours, draft replies and DM handoffs as a helpdesk shows them to an agent.")
final class DemoCommand implements Callable<Integer> {
  /** The first-response target of the SLA example. */
  static final Duration FIRST_RESPONSE = Duration.ofHours(4);

  private final Clock clock;

  @Spec CommandSpec spec;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "Pretend it is this instant, e.g. 2026-11-26T19:30:00Z (default: now).")
  @Nullable Instant now;

  DemoCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Clock demoClock = now != null ? Clock.fixed(now, ZoneOffset.UTC) : clock;
    Instant instant = demoClock.instant();
    List<SampleCustomer> customers = SampleData.customers();
    PrintWriter out = spec.commandLine().getOut();
    out.println("Tact demo: support hours, tone checks and DM handoffs as the helpdesk shows them to an agent");
    out.println("Now " + TimeText.dateTime(instant, TimeText.UTC));
    List<SampleBrand> brands = SampleData.brands();
    int nameWidth = brands.stream().mapToInt(brand -> brand.name().length()).max().orElse(0);
    TextTable table = new TextTable();
    for (SampleBrand brand : brands) {
      table.row("");
      new AgentBoard(brand, demoClock).addTo(table, instant, customers, nameWidth);
    }
    table.row("");
    out.print(table.render(""));
    printDeadline(out, brands.get(0), customers.get(0), demoClock);
    out.println();
    printAcknowledgements(out, brands.get(1), instant);
    out.println();
    printReviews(out);
    out.println();
    printHandoffs(out, instant);
    out.flush();
    return 0;
  }

  /** The sample drafts, each reviewed as a reply to its customer's message. */
  private static void printReviews(PrintWriter out) {
    Tact tact = Tact.builder().build();
    out.println("Tone: draft replies as the reply composer marks them, before the agent sends");
    for (SampleDraft sample : SampleData.drafts()) {
      out.println();
      ReviewBoard.lines(sample, tact.review(sample.draft(), sample.conversation())).forEach(out::println);
    }
  }

  /**
   * Public posts that should move to a DM, reviewed by a Tact that knows the brand's X account, each
   * with the handoff reply the composer offers instead of the draft.
   */
  private static void printHandoffs(PrintWriter out, Instant now) {
    Tact tact = Tact.builder()
        .handoff(Handoff.builder().links(DmLinks.builder().x(SampleData.VOLTLINE_X_ACCOUNT).build()).build())
        .build();
    out.println("Escalation: public posts that should move to a DM, and the handoff reply the composer offers");
    for (SampleHandoff handoff : SampleData.handoffs()) {
      SampleDraft sample = handoff.sample();
      Review review = tact.review(sample.draft(), sample.conversation());
      out.println();
      EscalationBoard.lines(handoff, review, tact.handoff(review, handoff.customer(), sample.draft().channel(), now))
          .forEach(out::println);
    }
  }

  /** The automatic acknowledgement, at one instant, to customers in three languages and clocks. */
  private static void printAcknowledgements(PrintWriter out, SampleBrand brand, Instant now) {
    BusinessClock team = BusinessClock.of(brand.schedule(), Clock.fixed(now, ZoneOffset.UTC));
    Acknowledgement acknowledgement = Acknowledgement.builtIn();
    out.println("Acknowledgement: " + brand.name() + "'s automatic reply, sent at this instant to"
        + " customers in three cities (first response within " + FIRST_RESPONSE.toHours()
        + " business hours)");
    for (SampleData.Writer writer : SampleData.writers()) {
      out.println();
      out.println("  " + writer.city() + ", " + writer.customer().locale().orElseThrow().toLanguageTag()
          + ", " + TimeText.dayTime(now, writer.customer().zone().orElseThrow()));
      String text = acknowledgement.render(writer.customer(), team, FIRST_RESPONSE, now);
      for (String line : WrappedText.lines(text, writer.customer().locale().orElseThrow(), 96)) {
        out.println("    " + line);
      }
    }
  }

  private static void printDeadline(PrintWriter out, SampleBrand brand, SampleCustomer customer, Clock clock) {
    Instant now = clock.instant();
    @Nullable Instant due = BusinessClock.of(brand.schedule(), clock).deadline(now, FIRST_RESPONSE);
    out.println("SLA  " + customer.city() + " customer writes to " + brand.name() + " now, first response within "
        + FIRST_RESPONSE.toHours() + " business hours");
    out.println(due == null
        ? "     no deadline: " + brand.name() + " is never open that long"
        : "     due by " + TimeText.dayTime(due, customer.zone()) + ", " + TimeText.until(now, due)
            + " (" + TimeText.dateTime(due, TimeText.UTC) + ")");
  }
}

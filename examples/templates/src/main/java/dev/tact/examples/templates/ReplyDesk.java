package dev.tact.examples.templates;

import dev.tact.core.Customer;
import dev.tact.hours.BusinessClock;
import dev.tact.hours.SupportHours;
import dev.tact.i18n.HoursFormatter;
import dev.tact.i18n.Renderer;
import dev.tact.i18n.TemplateCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a helpdesk renders its standard replies: the catalog in {@code templates/} is loaded (and
 * checked) once, then each reply is rendered for one customer — their language, their formality,
 * a greeting for their time of day, dates and hours in their clock.
 *
 * <pre>{@code
 * ReplyDesk desk = new ReplyDesk(Path.of("templates"), berlinTeam);
 * desk.shipped(customer, "A-1042", LocalDate.of(2026, 11, 20), now);
 * desk.awayMessage(customer, now);
 * }</pre>
 */
public final class ReplyDesk {
  private final Renderer renderer;
  private final BusinessClock team;

  /** Loads the catalog in {@code catalogFolder}; throws a TemplateException if it has a problem. */
  public ReplyDesk(Path catalogFolder, BusinessClock team) {
    this.renderer = Renderer.builder().catalog(TemplateCatalog.load(catalogFolder)).build();
    this.team = team;
  }

  /** "Your order … left our warehouse on …", in the customer's language. */
  public String shipped(Customer customer, String orderId, LocalDate shippedOn, Instant now) {
    Instant noonInTheirZone = shippedOn.atTime(12, 0)
        .atZone(customer.zone().orElse(ZoneOffset.UTC)).toInstant();
    return renderer.render("order.shipped", customer,
        Map.of("orderId", orderId, "shippedOn", noonInTheirZone), now);
  }

  /** "… N items of your order are delayed …", with the language's plural forms. */
  public String delayed(Customer customer, int items, Instant now) {
    return renderer.render("order.delayed", customer, Map.of("count", items), now);
  }

  /**
   * "Our team is away right now and back …", the next opening in the customer's clock; without
   * their zone, the catalog's fallback ("on the next business day") rather than a wrong clock.
   */
  public String awayMessage(Customer customer, Instant now) {
    Locale locale = customer.locale().orElse(Locale.ENGLISH);
    Map<String, Object> args = new HashMap<>();
    customer.zone().ifPresent(zone ->
        args.put("nextOpening", HoursFormatter.of(locale).nextOpening(team, now, zone).phrase()));
    return renderer.render("hours.closed", customer, args, now);
  }

  /** Prints the replies for three customers at one instant, as the example's README shows. */
  public static void main(String[] args) {
    BusinessClock berlin = BusinessClock.of(
        SupportHours.parse("Mo-Fr 09:00-18:00", ZoneId.of("Europe/Berlin")), Clock.systemUTC());
    ReplyDesk desk = new ReplyDesk(Path.of(args.length > 0 ? args[0] : "templates"), berlin);
    Instant now = Instant.parse("2026-11-27T21:30:00Z");
    List<Customer> customers = List.of(
        Customer.builder().familyName("田中").givenName("由紀").locale(Locale.JAPAN)
            .zone(ZoneId.of("Asia/Tokyo")).build(),
        Customer.builder().givenName("Anna").familyName("Schmidt").locale(Locale.GERMANY)
            .zone(ZoneId.of("Europe/Berlin")).build(),
        Customer.builder().givenName("João").locale(Locale.forLanguageTag("pt-BR"))
            .zone(ZoneId.of("America/Sao_Paulo")).build());
    for (Customer customer : customers) {
      System.out.println(desk.shipped(customer, "A-1042", LocalDate.of(2026, 11, 20), now));
      System.out.println(desk.delayed(customer, 2, now));
      System.out.println(desk.awayMessage(customer, now));
      System.out.println();
    }
  }
}

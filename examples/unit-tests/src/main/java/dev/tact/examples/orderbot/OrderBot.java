package dev.tact.examples.orderbot;

import dev.tact.core.Customer;
import dev.tact.i18n.Renderer;
import dev.tact.i18n.TemplateCatalog;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * A small order-status bot: the customer asks "where is my order?", the bot answers from its
 * catalog ({@code dev/tact/examples/orderbot/templates} on the classpath), in the customer's
 * language, and signs every reply as automated with a way to reach a person. Order numbers and
 * dates are private: asked in public, the bot asks the customer to continue in a DM; in the DM it
 * looks the order up and says where it is.
 *
 * <pre>{@code
 * OrderBot bot = OrderBot.create();
 * String inPublic = bot.publicReply(customer, Instant.now());   // "… send us a DM with your order number …"
 * String inDm = bot.reply(order, customer, Instant.now());      // "Your order A-1042 is with the courier …"
 * }</pre>
 *
 * <p>Its tests ({@code OrderBotTest}, {@code CatalogTest}) check every reply with the Tact test
 * kit. A bot is immutable and thread-safe.
 */
public final class OrderBot {
  /** The classpath folder of the catalog; its {@code index.txt} names the files. */
  public static final String CATALOG = "dev/tact/examples/orderbot/templates";

  private final Renderer renderer;

  private OrderBot(Renderer renderer) {
    this.renderer = renderer;
  }

  /** Loads and checks the catalog; throws a TemplateException naming any problem. */
  public static OrderBot create() {
    TemplateCatalog catalog = TemplateCatalog.builder()
        .resources(OrderBot.class.getClassLoader(), CATALOG)
        .build();
    return new OrderBot(Renderer.builder().catalog(catalog).build());
  }

  /** The public answer to "where is my order?": move to a DM, where order numbers are safe. */
  public String publicReply(Customer customer, Instant now) {
    return signed(renderer.render("public.ask-dm", customer, Map.of(), now), customer, now);
  }

  /** The reply about {@code order}, for a private message: the status text, then the signature. */
  public String reply(Order order, Customer customer, Instant now) {
    String key = "order." + order.status().name().toLowerCase(Locale.ROOT);
    Instant expected = order.expected().atTime(12, 0)
        .atZone(customer.zone().orElse(ZoneOffset.UTC)).toInstant();
    String status = renderer.render(key, customer,
        Map.of("orderId", order.id(), "count", order.lateItems(), "expected", expected), now);
    return signed(status, customer, now);
  }

  private String signed(String text, Customer customer, Instant now) {
    return text + "\n\n" + renderer.render("bot.signature", customer, Map.of(), now);
  }
}

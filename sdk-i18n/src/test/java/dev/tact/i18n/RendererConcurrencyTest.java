package dev.tact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Customer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One compiled template serves many threads at once, each getting its own customer's reply. */
class RendererConcurrencyTest {

  @Test
  void manyThreadsRenderTheSameTemplateWithDifferentValues() throws Exception {
    TemplateCatalog catalog = TemplateCatalog.builder().source("en.yaml",
        "k:\n  text: \"{name}: {n, plural, one{# item} other{# items}} due {d, date, short} {d, time, short}\"\n"
            + "  arguments: {name: {required: true}, n: {required: true}, d: {required: true}}\n")
        .build();
    Renderer renderer = Renderer.builder().catalog(catalog).build();
    Instant now = Instant.parse("2025-06-01T12:00:00Z");
    String[] zones = {"Asia/Tokyo", "America/New_York", "Europe/Berlin", "UTC"};
    int threads = 8;
    int rounds = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<Integer> task = () -> {
          int checked = 0;
          for (int i = 0; i < rounds; i++) {
            int n = thread * rounds + i;
            ZoneId zone = ZoneId.of(zones[n % zones.length]);
            Customer customer = Customer.builder().locale(Locale.ENGLISH).zone(zone).build();
            Instant due = now.plusSeconds(n * 60L);
            String expected = expected("c" + n, n, due, zone);
            String actual = renderer.render("k", customer, Map.of("name", "c" + n, "n", n, "d", due), now);
            assertEquals(expected, actual);
            checked++;
          }
          return checked;
        };
        results.add(pool.submit(task));
      }
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get();
      }
      assertEquals(threads * rounds, total);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The same reply computed independently with java.time formatting. */
  private static String expected(String name, int n, Instant due, ZoneId zone) {
    var local = due.atZone(zone);
    String date = local.getMonthValue() + "/" + local.getDayOfMonth() + "/"
        + String.format("%02d", local.getYear() % 100);
    int hour = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
    String time = hour + ":" + String.format("%02d", local.getMinute()) + "\u202f"
        + (local.getHour() < 12 ? "AM" : "PM");
    String items = n == 1 ? "1 item" : String.format(Locale.ENGLISH, "%,d items", n);
    return name + ": " + items + " due " + date + " " + time;
  }
}

package dev.tact.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.i18n.TemplateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class CatalogArgumentsTest {
  private static final ClassLoader LOADER = CatalogArgumentsTest.class.getClassLoader();

  private static List<String> rows(String location) {
    List<String> rows = new ArrayList<>();
    for (Arguments arguments : CatalogArguments.arguments(location, LOADER)) {
      Object[] row = arguments.get();
      rows.add(row[0] + " | " + row[1] + " | " + row[2]);
    }
    return rows;
  }

  @Test
  void aDirectoryYieldsEveryKeyLocaleAndVariant() {
    assertEquals(List.of(
            "order.delayed | en | One item is running late, there. We're sorry.",
            "order.delayed | en | 0 items are running late, there. We're sorry.",
            "order.delayed | ja | お客様、3点の商品のお届けが遅れております。申し訳ございません。",
            "ticket.status | en | Ticket ticketId is open.",
            "ticket.status | en | Ticket ticketId is closed.",
            "ticket.status | ja | お問い合わせ ticketId は対応中です。",
            "ticket.status | ja | お問い合わせ ticketId は完了しました。",
            "welcome | en | Hello! How can we help?",
            "welcome | en | Hi! How can we help?",
            "welcome | ja | こんにちは。ご用件をお伺いします。"),
        rows("src/test/catalog"));
  }

  @Test
  void aClasspathFolderIsReadThroughItsIndex() {
    assertEquals(List.of(
            "welcome | de | Guten Tag, liebe Kundin, lieber Kunde. Wie können wir Ihnen helfen?",
            "welcome | de | Hallo, liebe Kundin, lieber Kunde. Wie können wir Ihnen helfen?",
            "welcome | de | Hallo liebe Kundin, lieber Kunde, wie können wir dir helfen?"),
        rows("dev/tact/testkit/catalog"));
    assertEquals(rows("dev/tact/testkit/catalog"), rows("/dev/tact/testkit/catalog/"));
  }

  @Test
  void aMissingCatalogSaysWhereItLooked() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> CatalogArguments.arguments("no/such/catalog", LOADER));
    assertEquals("@CatalogSource(\"no/such/catalog\"): there is no directory "
        + Path.of("no/such/catalog").toAbsolutePath() + " and no classpath resource"
        + " no/such/catalog/index.txt. Give a directory relative to the working directory ("
        + Path.of("").toAbsolutePath() + ") or a classpath folder whose index.txt lists its"
        + " files one a line.", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CatalogArguments.arguments(" ", LOADER));
  }

  @Test
  void aBrokenCatalogFailsWithItsProblems() {
    TemplateException error = assertThrows(TemplateException.class,
        () -> CatalogArguments.arguments("src/test/broken-catalog", LOADER));
    assertTrue(error.getMessage().contains("en.yaml:2:"), error.getMessage());
  }
}

package dev.tact.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlScannerTest {

  private static List<String> urls(String text) {
    List<String> found = new ArrayList<>();
    for (long url = UrlScanner.find(text, 0); url != UrlScanner.NONE;
        url = UrlScanner.find(text, UrlScanner.end(url))) {
      found.add(text.substring(UrlScanner.start(url), UrlScanner.end(url)));
    }
    return found;
  }

  @Test
  void findsSchemeUrlsWithPathQueryAndPort() {
    assertEquals(List.of("https://example.com/path/to/resource?search=foo&lang=en"),
        urls("see https://example.com/path/to/resource?search=foo&lang=en."));
    assertEquals(List.of("HTTPS://www.ExaMPLE.COM/index.html"), urls("HTTPS://www.ExaMPLE.COM/index.html"));
    assertEquals(List.of("http://example.com:8080/login"), urls("(http://example.com:8080/login)"));
    assertEquals(List.of("https://en.wikipedia.org/wiki/Primer_(film)"),
        urls("https://en.wikipedia.org/wiki/Primer_(film), a film"));
  }

  @Test
  void findsBareDomainsWithAKnownTld() {
    assertEquals(List.of("example.com", "t.co", "foo.co.jp", "example.de/hilfe"),
        urls("example.com, t.co and foo.co.jp or example.de/hilfe!"));
  }

  @Test
  void findsInternationalisedHosts() {
    assertEquals(List.of("http://☃.net/"), urls("http://☃.net/"));
    assertEquals(List.of("http://example.com/Русские_слова"), urls("http://example.com/Русские_слова"));
    assertEquals(List.of("https://пример.рф"), urls("сайт https://пример.рф"));
  }

  @Test
  void ignoresWhatIsNotAUrl() {
    assertEquals(List.of(), urls("e.g. Mr. Smith at 9.30 a.m."));
    assertEquals(List.of(), urls("ftp://www.example.com/"));
    assertEquals(List.of(), urls("user@example.com")); // an e-mail address is not a URL
    assertEquals(List.of(), urls("http://www.-domain4352.com/"));
    assertEquals(List.of(), urls("hello.unknowntld"));
    assertEquals(List.of(), urls("ご連絡ありがとうございます。"));
  }

  @Test
  void runsInLinearTimeOnHostileText() {
    String[] hostile = {
        "a.".repeat(200_000), "http://".repeat(100_000), "http://a".repeat(100_000),
        "x-".repeat(200_000) + ".com", "https://example.com/" + "(".repeat(200_000),
        "https://example.com/?" + "!".repeat(400_000), "a".repeat(400_000), ".com".repeat(100_000)};
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String text : hostile) {
        urls(text);
        WeightedLength.of(text);
      }
    });
  }
}

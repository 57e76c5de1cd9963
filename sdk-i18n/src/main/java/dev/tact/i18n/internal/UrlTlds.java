package dev.tact.i18n.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The top-level domains {@link UrlScanner} accepts, read once from {@code url-tlds.txt} on the
 * classpath. A subset of twitter-text's list: see that file for what it holds.
 */
public final class UrlTlds {
  private static final String RESOURCE = "url-tlds.txt";
  private static final Set<String> TLDS = load();

  private UrlTlds() {}

  /** Whether {@code text[start, end)} is a known top-level domain, ignoring case. */
  public static boolean contains(CharSequence text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    String label = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    return TLDS.contains(label) || isPunycode(label);
  }

  /** {@code xn--} followed by letters, digits and hyphens: an encoded internationalised TLD. */
  private static boolean isPunycode(String label) {
    if (label.length() <= 4 || !label.startsWith("xn--")) {
      return false;
    }
    for (int i = 4; i < label.length(); i++) {
      char c = label.charAt(i);
      if (!(c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> load() {
    try (InputStream in = UrlTlds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the resource dev/tact/i18n/internal/" + RESOURCE + " is missing from the sdk-i18n jar;"
                + " rebuild or reinstall sdk-i18n");
      }
      Set<String> tlds = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        String content = comment < 0 ? line : line.substring(0, comment);
        for (String tld : content.trim().split("\\s+")) {
          if (!tld.isEmpty()) {
            tlds.add(tld.toLowerCase(Locale.ROOT));
          }
        }
      }
      return Set.copyOf(tlds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/tact/i18n/internal/" + RESOURCE, e);
    }
  }
}

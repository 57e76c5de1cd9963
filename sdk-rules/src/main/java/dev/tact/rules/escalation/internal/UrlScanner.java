package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Web addresses ({@code http://…}, {@code https://…}, {@code www.…}, up to the next space): the
 * digits of an archived page's timestamp or a shortened link are not a card, a phone number or a
 * password, so findings inside a web address are dropped (an e-mail address inside one is kept).
 */
public final class UrlScanner {
  private UrlScanner() {}

  /** The web addresses in folded text, in order. */
  public static List<Span> spans(String folded) {
    List<Span> spans = new ArrayList<>();
    int n = folded.length();
    int i = 0;
    while (i < n) {
      int start = nextStart(folded, i);
      if (start < 0) {
        break;
      }
      int end = start;
      while (end < n && !Character.isWhitespace(folded.charAt(end))) {
        end++;
      }
      spans.add(new Span(start, end));
      i = end;
    }
    return spans;
  }

  private static int nextStart(String folded, int from) {
    int n = folded.length();
    for (int i = from; i < n; i++) {
      char c = folded.charAt(i);
      if (c == ':' && i + 2 < n && folded.charAt(i + 1) == '/' && folded.charAt(i + 2) == '/') {
        int scheme = i;
        while (scheme > 0 && UnitScanner.isAsciiLetter(folded.charAt(scheme - 1)) && i - scheme < 10) {
          scheme--;
        }
        if (folded.startsWith("http", scheme)) {
          return scheme;
        }
      } else if (c == 'w' && folded.startsWith("www.", i) && (i == 0 || !UnitScanner.isWordUnit(folded.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }
}

package dev.tact.i18n.internal;

import java.net.IDN;

/**
 * Finds the URLs that X shortens to 23 characters, in one forward pass with no regular
 * expression, so that arbitrary text costs linear time.
 *
 * <p>What it recognises, following twitter-text's {@code Regex.VALID_URL} and
 * {@code Extractor.extractURLsWithIndices}:
 *
 * <ul>
 *   <li>{@code http://} or {@code https://} (any case) followed by a host, or a bare host;
 *       either must not follow a letter, digit, {@code @ $ #} (or their full-width forms); a bare
 *       host must not follow {@code - _ . /} either;
 *   <li>a host is dot-separated labels of ASCII letters, digits and Latin accented letters, with
 *       inner hyphens (and inner underscores in all but the last label before the TLD), ending in
 *       a known top-level domain ({@link UrlTlds}) or a punycode one ({@code xn--…}); after a
 *       scheme, a single label of any letters (such as {@code ☃.net}) is also a host;
 *   <li>the host, punycode-encoded, must be a valid IDN (labels of 1 to 63 characters) and the
 *       whole URL at most 4,096 characters;
 *   <li>then an optional {@code :port}, a path of the URL characters twitter-text allows with up
 *       to two levels of balanced parentheses, not ending in punctuation such as {@code . , ! ?},
 *       and a query string.
 * </ul>
 *
 * <p>Differences from twitter-text: the top-level domains are a subset of its list (so
 * {@code example.photography} without a scheme is plain text here), t.co links are not cut at
 * 40-character slugs, IP-address hosts are not recognised, a scheme URL whose host is
 * invalid does not fall back to a bare host found inside it, and a top-level domain must be a
 * whole label.
 */
public final class UrlScanner {
  /** What {@link #find} returns when there is no URL. */
  public static final long NONE = -1L;

  private static final int MAX_URL_LENGTH = 4096;
  private static final int MAX_DEPTH = 2;

  private UrlScanner() {}

  /**
   * The first URL that starts at or after {@code from}, as {@code (start << 32) | end} in UTF-16
   * indices, or {@link #NONE}. Call again from the end of the last URL to find the next one.
   */
  public static long find(String text, int from) {
    int n = text.length();
    int i = Math.max(from, 0);
    while (i < n) {
      char c = text.charAt(i);
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      if (!precedesUrl(before)) {
        i++;
        continue;
      }
      if (c == 'h' || c == 'H') {
        int scheme = schemeLength(text, i);
        if (scheme > 0) {
          long url = hostAndRest(text, i, i + scheme, true);
          if (url != NONE) {
            if (isValid(text, url, true)) {
              return url;
            }
            i = end(url);
            continue;
          }
        }
      }
      if (isAsciiHostChar(c) && precedesBareUrl(before)) {
        long url = hostAndRest(text, i, i, false);
        if (url != NONE) {
          if (isValid(text, url, false)) {
            return url;
          }
          i = end(url);
          continue;
        }
        i = asciiRunEnd(text, i);
        continue;
      }
      i++;
    }
    return NONE;
  }

  /** The start of a URL that {@link #find} returned. */
  public static int start(long url) {
    return (int) (url >>> 32);
  }

  /** The end (exclusive) of a URL that {@link #find} returned. */
  public static int end(long url) {
    return (int) url;
  }

  private static long pack(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static int schemeLength(String text, int i) {
    if (text.regionMatches(true, i, "https://", 0, 8)) {
      return 8;
    }
    if (text.regionMatches(true, i, "http://", 0, 7)) {
      return 7;
    }
    return 0;
  }

  /**
   * The URL whose host starts at {@code hostStart}, with its port, path and query; NONE if no
   * host is there.
   */
  private static long hostAndRest(String text, int urlStart, int hostStart, boolean scheme) {
    int hostEnd = host(text, hostStart, scheme);
    if (hostEnd < 0) {
      return NONE;
    }
    int end = hostEnd;
    int n = text.length();
    if (end + 1 < n && text.charAt(end) == ':' && isDigit(text.charAt(end + 1))) {
      end++;
      while (end < n && isDigit(text.charAt(end))) {
        end++;
      }
    }
    if (end < n && text.charAt(end) == '/') {
      end = pathEnd(text, end + 1);
    }
    if (end < n && text.charAt(end) == '?') {
      end = queryEnd(text, end);
    }
    return pack(urlStart, end);
  }

  /** The end of the host that starts at {@code start}, or -1 if there is none. */
  private static int host(String text, int start, boolean scheme) {
    int n = text.length();
    int runEnd = start;
    while (runEnd < n && (scheme ? isHostChar(text.charAt(runEnd)) : isAsciiRunChar(text.charAt(runEnd)))) {
      runEnd++;
    }
    // Walk the labels left to right. The host ends after the last label that is a known TLD
    // following a chain of valid ASCII labels (the one just before the TLD without underscores);
    // after a scheme, one label of any letters followed by a known TLD also makes a host.
    int best = -1;
    boolean chainValid = true; // every label before the previous one is a valid subdomain
    int previousStart = -1;
    int previousEnd = -1;
    int labelStart = start;
    for (int k = 0; labelStart <= runEnd; k++) {
      int labelEnd = labelStart;
      while (labelEnd < runEnd && text.charAt(labelEnd) != '.') {
        labelEnd++;
      }
      if (k >= 1 && UrlTlds.contains(text, labelStart, labelEnd) && endsTld(text, labelEnd)) {
        if (chainValid && isAsciiLabel(text, previousStart, previousEnd, false)) {
          best = labelEnd;
        } else if (k == 1 && scheme && isUnicodeLabel(text, previousStart, previousEnd)
            && isTldText(text, labelStart, labelEnd)) {
          best = labelEnd;
        }
      }
      if (k >= 1) {
        chainValid = chainValid && isAsciiLabel(text, previousStart, previousEnd, true);
      }
      if (labelEnd >= runEnd || !chainValid) {
        break;
      }
      previousStart = labelStart;
      previousEnd = labelEnd;
      labelStart = labelEnd + 1;
    }
    return best;
  }

  /** A TLD that is not punycode: letters only (no digits or hyphens). */
  private static boolean isTldText(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return end > start;
  }

  private static boolean endsTld(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    return !(isAsciiLetterOrDigit(c) || c == '@' || c == '+' || c == '-');
  }

  /** ASCII letters, digits and Latin accents; inner hyphens; inner underscores if allowed. */
  private static boolean isAsciiLabel(String text, int start, int end, boolean underscore) {
    if (end <= start || !isAsciiHostChar(text.charAt(start)) || !isAsciiHostChar(text.charAt(end - 1))) {
      return false;
    }
    for (int i = start + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (!(isAsciiHostChar(c) || c == '-' || (underscore && c == '_'))) {
        return false;
      }
    }
    return true;
  }

  /** Any characters allowed in a host after a scheme, with inner hyphens. */
  private static boolean isUnicodeLabel(String text, int start, int end) {
    if (end <= start || !isUnicodeHostChar(text.charAt(start)) || !isUnicodeHostChar(text.charAt(end - 1))) {
      return false;
    }
    for (int i = start + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      if (!(isUnicodeHostChar(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** After the slash: path characters with balanced parentheses, ending on an ending character. */
  private static int pathEnd(String text, int start) {
    int n = text.length();
    int lastGood = start;
    int depth = 0;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        if (++depth > MAX_DEPTH) {
          break;
        }
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        if (--depth == 0) {
          lastGood = i + 1;
        }
      } else if (isPathChar(c)) {
        if (depth == 0 && isPathEndingChar(c)) {
          lastGood = i + 1;
        }
      } else {
        break;
      }
    }
    return lastGood;
  }

  /** After the question mark: query characters, ending on a query-ending character. */
  private static int queryEnd(String text, int questionMark) {
    int n = text.length();
    int lastGood = questionMark;
    for (int i = questionMark + 1; i < n && isQueryChar(text.charAt(i)); i++) {
      char c = text.charAt(i);
      if (isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '&' || c == '=' || c == '#' || c == '/') {
        lastGood = i + 1;
      }
    }
    return lastGood;
  }

  /** The host passes IDN (labels of 1 to 63 characters once punycode-encoded), the URL ≤ 4096. */
  private static boolean isValid(String text, long url, boolean scheme) {
    int start = start(url);
    int hostStart = scheme ? start + schemeLength(text, start) : start;
    int hostEnd = hostStart;
    while (hostEnd < end(url) && (isHostChar(text.charAt(hostEnd)))) {
      hostEnd++;
    }
    String host = text.substring(hostStart, hostEnd);
    String ascii;
    try {
      ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return false;
    }
    if (ascii.isEmpty()) {
      return false;
    }
    int length = end(url) - start + ascii.length() - host.length() + (scheme ? 0 : "https://".length());
    return length <= MAX_URL_LENGTH;
  }

  private static int asciiRunEnd(String text, int i) {
    int end = i;
    while (end < text.length() && isAsciiRunChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean precedesUrl(char c) {
    return !(isAsciiLetterOrDigit(c) || c == '@' || c == '\uFF20' || c == '$' || c == '#'
        || c == '\uFF03' || c == '\uFFFE' || c == '\uFEFF' || c == '\uFFFF');
  }

  private static boolean precedesBareUrl(char c) {
    return !(c == '-' || c == '_' || c == '.' || c == '/');
  }

  private static boolean isAsciiRunChar(char c) {
    return isAsciiHostChar(c) || c == '-' || c == '_' || c == '.';
  }

  private static boolean isHostChar(char c) {
    return isUnicodeHostChar(c) || c == '-' || c == '_' || c == '.';
  }

  /** twitter-text's URL_VALID_CHARS: ASCII letters and digits and Latin accented letters. */
  private static boolean isAsciiHostChar(char c) {
    return isAsciiLetterOrDigit(c) || isLatinAccent(c);
  }

  /** Not ASCII punctuation, not a space or separator, not in the General Punctuation block. */
  private static boolean isUnicodeHostChar(char c) {
    if (c < 0x80) {
      return isAsciiLetterOrDigit(c);
    }
    return !(Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u2000' && c <= '\u206F'));
  }

  private static boolean isLatinAccent(char c) {
    return (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6')
        || (c >= '\u00F8' && c <= '\u024F') || c == '\u0253' || c == '\u0254' || c == '\u0256'
        || c == '\u0257' || c == '\u0259' || c == '\u025B' || c == '\u0263' || c == '\u0268'
        || c == '\u026F' || c == '\u0272' || c == '\u0289' || c == '\u028B' || c == '\u02BB'
        || (c >= '\u0300' && c <= '\u036F') || (c >= '\u1E00' && c <= '\u1EFF');
  }

  private static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }

  private static boolean isPathChar(char c) {
    if (isAsciiLetterOrDigit(c) || isLatinAccent(c) || isCyrillic(c) || c == '\u2013') {
      return true;
    }
    return "!*';:=+,.$/%#[]-_~|&@".indexOf(c) >= 0;
  }

  private static boolean isPathEndingChar(char c) {
    return isAsciiLetterOrDigit(c) || isLatinAccent(c) || isCyrillic(c)
        || c == '=' || c == '_' || c == '#' || c == '/' || c == '-' || c == '+';
  }

  private static boolean isQueryChar(char c) {
    return isAsciiLetterOrDigit(c) || "!?*'();:&=+$/%#[]-_.,~|@".indexOf(c) >= 0;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

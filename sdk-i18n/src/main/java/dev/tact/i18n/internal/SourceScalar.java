package dev.tact.i18n.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A string value read from a YAML or JSON file, with the way back from each of its characters to
 * the character of the file it came from, so that an error inside a pattern points at the file's
 * line and column.
 *
 * <p>The value is aligned with the file text from where the parser says the scalar starts: quoted
 * styles skip their opening quote, block styles ({@code |}, {@code >}) their header line; escapes
 * ({@code \n}, {@code \u00e9}, {@code \U0001F600}, {@code ''}) map to their first file character;
 * folded line breaks map to the break; indentation and trimmed spaces are skipped. Every
 * non-space character of the value thus maps exactly. When the file text cannot be aligned (an
 * alias, a scalar style this does not know), every character maps to where the scalar starts.
 */
public final class SourceScalar {
  private final String file;
  private final int start;
  private final String value;
  private int @Nullable [] offsets;
  private boolean aligned;

  /**
   * A scalar whose token starts at {@code start} in {@code file}.
   *
   * @param file the whole file text
   * @param start the UTF-16 offset where the parser's token starts (a quote, a block indicator, a
   *     tag or anchor, or the first character of a plain scalar)
   * @param value the value the parser read
   */
  public SourceScalar(String file, int start, String value) {
    this.file = file;
    this.start = Math.max(0, Math.min(start, file.length()));
    this.value = value;
  }

  /** Where the parser's token starts in the file. */
  public int start() {
    return start;
  }

  /** The value the parser read. */
  public String value() {
    return value;
  }

  /** The file offset of the value's character at {@code index} (or of its end, at its length). */
  public int offsetOf(int index) {
    int[] map = offsets();
    return map[Math.max(0, Math.min(index, map.length - 1))];
  }

  /** Whether every character maps to its own place; false when all map to the scalar start. */
  public boolean exact() {
    offsets();
    return aligned;
  }

  private int[] offsets() {
    int[] map = offsets;
    if (map == null) {
      map = align();
      aligned = map != null;
      if (map == null) {
        map = new int[value.length() + 1];
        Arrays.fill(map, start);
      }
      offsets = map;
    }
    return map;
  }

  private enum Style { PLAIN, SINGLE, DOUBLE, BLOCK }

  private int @Nullable [] align() {
    int r = skipProperties(start);
    if (r >= file.length()) {
      return value.isEmpty() ? new int[] {r} : null;
    }
    Style style;
    char opening = file.charAt(r);
    if (opening == '"') {
      style = Style.DOUBLE;
      r++;
    } else if (opening == '\'') {
      style = Style.SINGLE;
      r++;
    } else if (opening == '|' || opening == '>') {
      style = Style.BLOCK;
      r = nextLine(r);
    } else {
      style = Style.PLAIN;
    }
    int[] map = new int[value.length() + 1];
    int i = 0;
    while (i < value.length()) {
      if (r >= file.length()) {
        return null;
      }
      char v = value.charAt(i);
      char c = file.charAt(r);
      if (style == Style.DOUBLE && c == '\\') {
        Escape escape = escape(r);
        if (escape == null) {
          return null;
        }
        if (escape.decoded.isEmpty()) {
          r = escape.end;
          continue;
        }
        if (!value.startsWith(escape.decoded, i)) {
          return null;
        }
        for (int k = 0; k < escape.decoded.length(); k++) {
          map[i++] = r;
        }
        r = escape.end;
      } else if (style == Style.SINGLE && c == '\'') {
        if (v != '\'' || r + 1 >= file.length() || file.charAt(r + 1) != '\'') {
          return null;
        }
        map[i++] = r;
        r += 2;
      } else if (style == Style.DOUBLE && c == '"') {
        return null;
      } else if (c == v) {
        map[i++] = r++;
      } else if ((v == ' ' || v == '\n') && (c == '\n' || c == '\r')) {
        map[i++] = r;
        r += c == '\r' && r + 1 < file.length() && file.charAt(r + 1) == '\n' ? 2 : 1;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        r++;
      } else {
        return null;
      }
    }
    map[value.length()] = r;
    return map;
  }

  /** Skips a tag ({@code !!str}) or anchor ({@code &name}) before the scalar itself. */
  private int skipProperties(int at) {
    int r = at;
    while (r < file.length() && (file.charAt(r) == '!' || file.charAt(r) == '&')) {
      while (r < file.length() && !isSpace(file.charAt(r))) {
        r++;
      }
      while (r < file.length() && isSpace(file.charAt(r))) {
        r++;
      }
    }
    return r;
  }

  private int nextLine(int at) {
    int r = at;
    while (r < file.length() && file.charAt(r) != '\n' && file.charAt(r) != '\r') {
      r++;
    }
    if (r < file.length() && file.charAt(r) == '\r') {
      r++;
    }
    if (r < file.length() && file.charAt(r) == '\n') {
      r++;
    }
    return r;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private record Escape(String decoded, int end) {}

  /** The escape sequence at {@code at} (a backslash) in a double-quoted YAML or JSON string. */
  private @Nullable Escape escape(int at) {
    if (at + 1 >= file.length()) {
      return null;
    }
    char kind = file.charAt(at + 1);
    int end = at + 2;
    switch (kind) {
      case '\n':
      case '\r': {
        // An escaped line break joins the lines; the next line's indentation goes too.
        int r = kind == '\r' && end < file.length() && file.charAt(end) == '\n' ? end + 1 : end;
        while (r < file.length() && (file.charAt(r) == ' ' || file.charAt(r) == '\t')) {
          r++;
        }
        return new Escape("", r);
      }
      case 'x':
        return hex(at, 2);
      case 'u':
        return hex(at, 4);
      case 'U':
        return hex(at, 8);
      default:
        String decoded = simpleEscape(kind);
        return decoded == null ? null : new Escape(decoded, end);
    }
  }

  private static @Nullable String simpleEscape(char kind) {
    switch (kind) {
      case '0': return "\0";
      case 'a': return "\u0007";
      case 'b': return "\b";
      case 't': case '\t': return "\t";
      case 'n': return "\n";
      case 'v': return "\u000b";
      case 'f': return "\f";
      case 'r': return "\r";
      case 'e': return "\u001b";
      case ' ': return " ";
      case '"': return "\"";
      case '/': return "/";
      case '\\': return "\\";
      case 'N': return "\u0085";
      case '_': return "\u00a0";
      case 'L': return "\u2028";
      case 'P': return "\u2029";
      default: return null;
    }
  }

  private @Nullable Escape hex(int at, int digits) {
    int from = at + 2;
    int to = from + digits;
    if (to > file.length()) {
      return null;
    }
    int codePoint = 0;
    for (int i = from; i < to; i++) {
      int digit = Character.digit(file.charAt(i), 16);
      if (digit < 0) {
        return null;
      }
      codePoint = codePoint * 16 + digit;
    }
    if (!Character.isValidCodePoint(codePoint)) {
      return null;
    }
    return new Escape(new String(Character.toChars(codePoint)), to);
  }
}

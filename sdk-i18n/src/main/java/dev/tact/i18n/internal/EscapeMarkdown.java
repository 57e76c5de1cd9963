package dev.tact.i18n.internal;

/**
 * Escapes text so that CommonMark (and GitHub-flavoured Markdown) shows it literally inside a
 * paragraph:
 *
 * <ul>
 *   <li>every ASCII punctuation character gets a backslash (CommonMark lets any ASCII punctuation
 *       be escaped), so no emphasis, link, code span, HTML tag, entity, table pipe or block marker
 *       ({@code # > - + * 1. ``` ~~~ = |}) can start or end inside the value;
 *   <li>a line break ({@code \n}, {@code \r\n} or {@code \r}) becomes a backslash hard line break,
 *       so the value cannot end its paragraph with a blank line and smuggle a block after it;
 *   <li>a run of spaces and tabs at the start of the value or of one of its lines collapses to one
 *       space, so no line becomes an indented code block.
 * </ul>
 *
 * <p>Not covered: GitHub's extended autolinks still turn a bare {@code www.example.com} into a
 * link to what the customer typed.
 */
public final class EscapeMarkdown {
  private EscapeMarkdown() {}

  /** {@code text} escaped; the same instance when nothing needs escaping. */
  public static String escape(String text) {
    if (isPlain(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (lineStart && (c == ' ' || c == '\t')) {
        while (i + 1 < n && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
          i++;
        }
        out.append(' ');
        lineStart = false;
        continue;
      }
      lineStart = false;
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.append("\\\n");
        lineStart = true;
      } else if (isAsciiPunctuation(c)) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code c} is one of CommonMark's ASCII punctuation characters. */
  public static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  private static boolean isPlain(String text) {
    if (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t')) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || isAsciiPunctuation(c)) {
        return false;
      }
    }
    return true;
  }
}

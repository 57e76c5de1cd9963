package dev.tact.i18n.internal;

/**
 * Escapes text for HTML element content and quoted attribute values: {@code & < > " '} become
 * {@code &amp; &lt; &gt; &quot; &#39;}; nothing else changes.
 */
public final class EscapeHtml {
  private EscapeHtml() {}

  /** {@code text} with the five HTML-significant characters replaced; the same instance if none. */
  public static String escape(String text) {
    int first = firstSpecial(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstSpecial(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return i;
      }
    }
    return -1;
  }
}

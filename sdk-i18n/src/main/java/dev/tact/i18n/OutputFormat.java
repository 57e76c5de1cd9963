package dev.tact.i18n;

import dev.tact.i18n.internal.EscapeHtml;
import dev.tact.i18n.internal.EscapeMarkdown;

/**
 * The markup a rendered reply is written in, which decides how customer-supplied argument values
 * are escaped so that they show literally.
 *
 * <pre>{@code
 * OutputFormat.HTML.escape("<b>Bob</b> & co");   // "&lt;b&gt;Bob&lt;/b&gt; &amp; co"
 * OutputFormat.MARKDOWN.escape("1. *Mañana*");     // "1\. \*Mañana\*"
 * OutputFormat.PLAIN.escape("<b>");                // "<b>"
 * }</pre>
 *
 * <p>Escaping is for argument values only, never for the template's own text.
 */
public enum OutputFormat {
  /** Plain text: nothing is escaped. */
  PLAIN,
  /** HTML: {@code < > & " '} become entities. */
  HTML,
  /**
   * Markdown (CommonMark): every ASCII punctuation character is backslash-escaped, so no markup
   * can start or end inside the value; each line break becomes a hard line break ({@code \}
   * before the newline), so a value can neither end the paragraph it sits in nor start a block
   * (heading, list, quote, fence, table) on a line of its own; spaces and tabs that start a line
   * collapse to one space, so a value never becomes an indented code block.
   */
  MARKDOWN;

  /**
   * {@code text} escaped so that it shows literally in this format; the same instance when
   * nothing needs escaping.
   */
  public String escape(String text) {
    return switch (this) {
      case PLAIN -> text;
      case HTML -> EscapeHtml.escape(text);
      case MARKDOWN -> EscapeMarkdown.escape(text);
    };
  }
}

package dev.tact.i18n;

/**
 * The markup a rendered reply is written in, which decides how customer-supplied argument values
 * are escaped so that they show literally. (API fixed; implementation in progress.)
 */
public enum OutputFormat {
  /** Plain text: nothing is escaped. */
  PLAIN,
  /** HTML: {@code < > & " '} become entities. */
  HTML,
  /** Markdown (CommonMark): punctuation that would start markup is backslash-escaped. */
  MARKDOWN;

  /** {@code text} escaped so that it shows literally in this format. */
  public String escape(String text) {
    throw new UnsupportedOperationException("not built yet");
  }
}

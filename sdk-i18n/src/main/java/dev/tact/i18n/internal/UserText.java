package dev.tact.i18n.internal;

import java.util.Locale;

/**
 * Customer-supplied text made safe to place inside a reply. (API fixed; implementation in
 * progress.)
 */
public final class UserText {
  private UserText() {}

  /**
   * {@code raw} with C0/C1 control characters (other than tab and line feed) and bidi embeddings,
   * overrides and isolates removed.
   */
  public static String clean(String raw) {
    throw new UnsupportedOperationException("not built yet");
  }

  /**
   * {@code text} wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when {@code locale} is
   * right-to-left or the text holds right-to-left characters; otherwise unchanged.
   */
  public static String isolate(String text, Locale locale) {
    throw new UnsupportedOperationException("not built yet");
  }
}

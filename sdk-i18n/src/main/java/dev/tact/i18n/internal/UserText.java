package dev.tact.i18n.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import java.util.Locale;

/**
 * Customer-supplied text made safe to place inside a reply: {@link #clean} strips what could
 * corrupt or spoof the reply, {@link #isolate} keeps right-to-left text from reordering the
 * template around it.
 *
 * <pre>{@code
 * String name = UserText.clean(raw);              // no controls, overrides or lone surrogates
 * String shown = UserText.isolate(name, locale);  // FSI name PDI when right-to-left is involved
 * }</pre>
 *
 * <p>The renderer calls {@code clean} then {@code isolate} on every argument value, before
 * escaping it for the output format.
 * }</pre>
 */
public final class UserText {
  /** FIRST STRONG ISOLATE. */
  public static final char FSI = '\u2068';
  /** POP DIRECTIONAL ISOLATE. */
  public static final char PDI = '\u2069';

  private UserText() {}

  /**
   * {@code raw} with C0/C1 control characters (other than tab and line feed) and bidi embeddings,
   * overrides and isolates removed.
   *
   * <p>In detail:
   *
   * <ul>
   *   <li>removed: U+0000–U+001F except tab and line feed, U+007F, U+0080–U+009F, the embeddings
   *       and overrides U+202A–U+202E and the isolates U+2066–U+2069;
   *   <li>a carriage return becomes a line feed, and CR LF becomes one line feed (the customer
   *       meant a line break, whatever their system);
   *   <li>a lone surrogate becomes U+FFFD REPLACEMENT CHARACTER;
   *   <li>kept: the marks LRM U+200E, RLM U+200F and ALM U+061C (they change no text outside the
   *       value: RLM and ALM are strong right-to-left characters, so {@link #isolate} always wraps
   *       a value holding them, and LRM is strong left-to-right, which is inert in a left-to-right
   *       paragraph and isolated in a right-to-left one), the joiners ZWJ/ZWNJ, emoji sequences,
   *       variation selectors, combining marks and every other character.
   * </ul>
   *
   * <p>Returns {@code raw} itself when nothing changes (the common case, checked without
   * allocating).
   */
  public static String clean(String raw) {
    int n = raw.length();
    int first = 0;
    while (first < n && isKept(raw, first)) {
      first++;
    }
    if (first == n) {
      return raw;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(raw, 0, first);
    for (int i = first; i < n; i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < n && raw.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
          out.append(c).append(raw.charAt(++i));
        } else {
          out.append('\uFFFD');
        }
      } else if (Character.isLowSurrogate(c)) {
        out.append('\uFFFD');
      } else if (!isRemoved(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code clean} removes {@code c} (CR is not removed but replaced). */
  public static boolean isRemoved(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isKept(String raw, int i) {
    char c = raw.charAt(i);
    if (c >= 0x20 && c < 0x7F) {
      return true;
    }
    if (c == '\r' || isRemoved(c)) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(raw.charAt(i - 1));
    }
    return true;
  }

  /**
   * {@code text} wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when {@code locale} is
   * right-to-left or the text holds right-to-left characters; otherwise unchanged.
   *
   * <p>A paragraph separator (line feed, U+2029 …) ends every isolate, so each line of a
   * multi-line value is isolated on its own: a PDI goes before the separator and an FSI after it.
   * Expects text that went through {@link #clean} (which removes stray isolates); the same
   * instance comes back when nothing is wrapped. Pure ASCII text in a left-to-right locale is
   * answered without looking up anything.
   */
  public static String isolate(String text, Locale locale) {
    if (text.isEmpty()) {
      return text;
    }
    if (!BidiLocales.isRightToLeft(locale) && !hasStrongRightToLeft(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    out.append(FSI);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (UCharacter.getDirection(c) == UCharacterDirection.BLOCK_SEPARATOR) {
        out.append(PDI).append(c).append(FSI);
      } else {
        out.append(c);
      }
    }
    return out.append(PDI).toString();
  }

  /** Whether {@code text} holds a strong right-to-left character (Hebrew, Arabic, RLM, ALM …). */
  public static boolean hasStrongRightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c < 0x0590) { // nothing below Hebrew is right-to-left
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int direction = UCharacter.getDirection(cp);
      if (direction == UCharacterDirection.RIGHT_TO_LEFT
          || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC
          || direction == UCharacterDirection.RIGHT_TO_LEFT_EMBEDDING
          || direction == UCharacterDirection.RIGHT_TO_LEFT_OVERRIDE
          || direction == UCharacterDirection.RIGHT_TO_LEFT_ISOLATE) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}

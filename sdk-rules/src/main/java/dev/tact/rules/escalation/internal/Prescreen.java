package dev.tact.rules.escalation.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Quick looks at a text, before any detector runs, that tell where the built-in detectors can find
 * something: nowhere in most texts, which are then read once and nothing is allocated; else
 * around the digits.
 *
 * <p>Every built-in value but two needs a digit (of any width): IBANs, cards, phone numbers,
 * postcodes, order numbers, one-time codes and dates of birth all hold one, and a Western address
 * ends with a postcode. An e-mail address needs an {@code @} (or {@code ＠}) right after a unit of
 * its local part. The two exceptions are a password after its label (which may
 * hold none: "Passwort: Sommer!") and a Japanese block address with kanji numerals
 * (「千代田一丁目」), and both need a label word: the text then holds one of {@link #ANCHORS}, each
 * a piece of a label that also survives case folding and canonical decomposition ("pass" of
 * "password", "passwort", "mot de passe" and "passphrase"; 「スワ」 of 「パスワード」 written with a
 * combining sound mark). Every other labelled value follows its label, so it needs a digit after
 * the label: a label that ends after the text's last digit announces nothing.
 */
public final class Prescreen {
  /** Pieces of the labels whose values may hold no digit: passwords and Japanese block addresses. */
  static final List<String> ANCHORS = List.of("pass", "pw", "kennw", "mdp", "contras", "clave", "senha",
      "スワ", "暗証", "丁目", "番地");

  private Prescreen() {}

  /** The index of the first digit (of any width) in {@code text}, or -1. */
  public static int firstDigit(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the last digit (of any width) in {@code text}, or -1. */
  public static int lastDigit(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : UnitScanner.digit(c) >= 0;
  }

  /** Whether {@code text} has an {@code @} (or {@code ＠}) right after a unit that may end an address's local part. */
  public static boolean mayHoldEmail(String text) {
    return mayHoldEmail(text, '@') || mayHoldEmail(text, '＠');
  }

  private static boolean mayHoldEmail(String text, char at) {
    for (int i = text.indexOf(at); i >= 0; i = text.indexOf(at, i + 1)) {
      if (i > 0 && EmailScanner.isLocal(UnitScanner.fold(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} may hold the label of a value without digits (a password, a Japanese block
   * address): whether it holds one of {@link #ANCHORS}.
   *
   * @param lowered {@code text} case-folded, such as a {@link dev.tact.rules.TextView}'s normalized
   *     text (NFKC case folding, which also makes full-width letters ASCII), or null to have it
   *     lower-cased here
   */
  public static boolean holdsLabelAnchor(String text, @Nullable String lowered) {
    String folded = lowered;
    if (folded == null) {
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (c >= '\uFF01' && c <= '\uFF5E') {
          // Full-width letters fold to ASCII in the detectors but not in String.toLowerCase.
          return true;
        }
      }
      folded = text.toLowerCase(Locale.ROOT);
    }
    for (String anchor : ANCHORS) {
      if (folded.contains(anchor)) {
        return true;
      }
    }
    return false;
  }
}

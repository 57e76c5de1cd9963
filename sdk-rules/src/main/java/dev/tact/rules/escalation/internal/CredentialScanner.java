package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Passwords and one-time codes after a label in English, Japanese, German, French, Spanish or
 * Portuguese ("my password is Tr0ub4dor", "code: 483920", 「認証コード：４８３９２０」, "Passwort:
 * Sommer2024!", "mot de passe : …", "contraseña …", "senha …", "PIN 1234").
 *
 * <p>After a password label the value is the next token (no spaces, no CJK, trailing punctuation
 * left out, not opening with a bracket, dash or slash: "password (hacked)", "password-reset") of 4 to 64 units that looks like a secret: it has a digit, a symbol (not an apostrophe or hyphen), or a capital
 * after its first letter — so "the password is wrong" and "reset your password" are left alone. After a
 * code label the value is 4 to 10 digits (3 to 4 for card security codes), in one group or two
 * joined by a space or dash; "promo code", "zip code", "error code", "área code"… are not
 * credentials.
 */
public final class CredentialScanner implements LabelledScanner {
  private static final int MAX_TOKEN = 64;

  private static final List<String> PASSWORDS = List.of("password", "passwort", "kennwort", "mot de passe",
      "mdp", "contraseña", "clave", "senha", "パスワード", "暗証", "pw", "pwd", "passphrase");
  private static final List<String> CODES = List.of("code", "verification code", "one-time code",
      "one time code", "otp", "one-time password", "2fa code", "login code", "sms code", "auth code",
      "authentication code", "pin", "pin code", "passcode", "tan",
      "認証コード", "確認コード", "暗証番号", "ワンタイムパスワード", "認証番号", "確認番号", "ワンタイムコード",
      "bestätigungscode", "verifizierungscode", "einmalcode", "sicherheitscode", "zugangscode",
      "code de vérification", "code de confirmation", "code à usage unique", "code pin", "code secret",
      "código", "código de verificación", "código de verificação", "código de confirmación",
      "código de acceso", "código de acesso");
  private static final List<String> CARD_CODES = List.of("cvv", "cvc", "cvv2", "cvc2", "security code",
      "セキュリティコード", "code de sécurité", "código de seguridad", "código de segurança", "prüfnummer",
      "kartenprüfnummer");

  /** Words that make a following "code" or "PIN" something else than a secret. */
  private static final Set<String> NOT_SECRET = Set.of("promo", "promotional", "discount", "coupon", "gift",
      "voucher", "referral", "zip", "postal", "post", "area", "country", "error", "status", "source",
      "product", "qr", "bar", "tracking", "booking", "reservation", "confirmation", "dress", "color", "colour",
      "rabatt", "gutschein", "fehler", "erreur", "réduction", "reduction", "descuento", "cupón", "cupon",
      "cupom", "desconto", "erro", "promocional", "promotionnel", "tarif", "discount's", "referral's");

  private static final FillerScanner FILLER = new FillerScanner(":=「『\"'“‘は#", ":=「『\"'“‘#",
      Set.of("is", "was", "now", "ist", "lautet", "est", "es", "é", "era", "et", "e", "my", "the", "le",
          "el", "o", "a", "mein", "meine", "mon", "ma", "mi", "meu", "minha", "number"),
      Set.of());

  private final List<String> labels;

  /** The built-in labels. */
  public CredentialScanner() {
    List<String> all = new ArrayList<>(PASSWORDS);
    all.addAll(CODES);
    all.addAll(CARD_CODES);
    this.labels = List.copyOf(all);
  }

  @Override
  public PersonalDataKind kind() {
    return PersonalDataKind.CREDENTIAL;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public @Nullable Span read(String text, String folded, int label, int labelStart, int labelEnd) {
    int start = FILLER.skip(folded, labelEnd).end();
    if (label < PASSWORDS.size()) {
      return password(text, folded, start);
    }
    if (isAfterNonSecretWord(folded, labelStart)) {
      return null;
    }
    boolean card = label >= PASSWORDS.size() + CODES.size();
    return digits(folded, start, card ? 3 : 4, card ? 4 : 10);
  }

  private static @Nullable Span password(String text, String folded, int start) {
    int n = folded.length();
    int end = start;
    while (end < n && end - start <= MAX_TOKEN && isTokenUnit(folded.charAt(end))) {
      end++;
    }
    if (end - start > MAX_TOKEN) {
      return null;
    }
    while (end > start && ".,;:!?)]}」』\"'”’".indexOf(folded.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end > start && "([{-/".indexOf(folded.charAt(start)) >= 0) {
      return null;
    }
    return end - start >= 4 && looksSecret(text, folded, start, end) ? new Span(start, end) : null;
  }

  private static boolean isTokenUnit(char c) {
    return c > ' ' && c != '\u00A0' && (c < '\u2E80' || c >= '\uFF01' && c <= '\uFF5E')
        && "「」『』".indexOf(c) < 0 && !Character.isWhitespace(c);
  }

  /** A digit, a symbol other than an apostrophe or hyphen, or a capital after the first unit (in the original text). */
  private static boolean looksSecret(String text, String folded, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = folded.charAt(i);
      if (UnitScanner.digit(c) >= 0 || !Character.isLetter(c) && !UnitScanner.isMark(c) && "'’-".indexOf(c) < 0
          || i > start && Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Span digits(String folded, int start, int min, int max) {
    int n = folded.length();
    int end = start;
    int count = 0;
    int groups = 0;
    while (end < n && UnitScanner.digit(folded.charAt(end)) >= 0) {
      while (end < n && UnitScanner.digit(folded.charAt(end)) >= 0 && count <= max) {
        end++;
        count++;
      }
      groups++;
      if (groups == 1 && end + 1 < n && (folded.charAt(end) == ' ' || UnitScanner.isDash(folded.charAt(end)))
          && UnitScanner.digit(folded.charAt(end + 1)) >= 0) {
        end++;
      } else {
        break;
      }
    }
    if (count < min || count > max || !UnitScanner.numberMayEndAt(folded, end)) {
      return null;
    }
    return new Span(start, end);
  }

  private static boolean isAfterNonSecretWord(String folded, int labelStart) {
    int end = labelStart;
    while (end > 0 && end > labelStart - 2 && (folded.charAt(end - 1) == ' ' || folded.charAt(end - 1) == '-')) {
      end--;
    }
    int start = end;
    while (start > 0 && end - start < 16 && UnitScanner.isLatinLetter(folded.charAt(start - 1))) {
      start--;
    }
    return start < end && NOT_SECRET.contains(folded.substring(start, end));
  }
}

package dev.tact.rules.escalation;

import dev.tact.core.Span;
import dev.tact.rules.escalation.internal.Iban;
import dev.tact.rules.escalation.internal.Luhn;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cards and IBANs are found wherever they are; nothing else is a card; nothing throws. */
class PersonalDataProperties {
  /** Text around a value: letters, CJK, emoji, marks and punctuation, never a digit. */
  private static final String CONTEXT = "abcxyzABCXYZ éüß 日本語でカタカナ ,.!?()@#:\n😀👍🏽\u0301";
  /** Text for robustness: everything a scanner reacts to, and lone surrogates. */
  private static final String NASTY = "0123456789０１２３４５６７８９ +-ー－.．()（）#:：@＠〒a.bcDEGB"
      + " order ticket code pin password パスワード 注文番号 DOB St. Straße rue 丁目\n\uD83D\uDE00\uD83D\uDC4D\uDE00\uD83D\u0301";
  /** Issuer prefixes: Visa, Mastercard (both series), Maestro, Amex, Diners, JCB, Discover, UnionPay. */
  private static final List<String> ISSUERS = List.of("4", "51", "55", "2221", "2720", "50", "58", "34", "37", "30",
      "36", "38", "35", "6011", "65", "62");
  private static final List<String> COUNTRIES = List.of("DE", "GB", "FR", "ES", "PT", "NL", "IT", "BE", "CH", "NO",
      "MT", "LC", "AT", "PL");
  private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.GERMAN, Locale.FRENCH,
      Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"), Locale.ROOT);

  @Property(tries = 500)
  void anyLuhnValidCardInAnyTextIsFoundWithItsSpan(@ForAll("cards") String card, @ForAll("contexts") String before,
      @ForAll("contexts") String after, @ForAll("locales") Locale locale) {
    String text = before + " " + card + " " + after;
    Span expected = new Span(before.length() + 1, before.length() + 1 + card.length());
    List<PersonalData> found = PersonalDataDetector.defaults().find(text, locale);
    if (!found.contains(new PersonalData(PersonalDataKind.PAYMENT_CARD, expected))) {
      throw new AssertionError("card " + card + " not found at " + expected + " in " + text + ": " + found);
    }
  }

  @Property(tries = 500)
  void digitsThatFailLuhnAreNeverACard(@ForAll("digitStrings") String digits, @ForAll("contexts") String before,
      @ForAll("contexts") String after, @ForAll("layouts") int layout) {
    Assume.that(!Luhn.valid(digits));
    String text = before + " " + layout(digits, layout) + " " + after;
    for (PersonalData data : PersonalDataDetector.defaults().find(text, Locale.ENGLISH)) {
      if (data.kind() == PersonalDataKind.PAYMENT_CARD) {
        throw new AssertionError(digits + " reported as a card in " + text);
      }
    }
  }

  @Property(tries = 500)
  void anyValidIbanInAnyTextIsFoundWithItsSpan(@ForAll("ibans") String iban, @ForAll("contexts") String before,
      @ForAll("contexts") String after, @ForAll("locales") Locale locale) {
    String text = before + " " + iban + " " + after;
    Span expected = new Span(before.length() + 1, before.length() + 1 + iban.length());
    List<PersonalData> found = PersonalDataDetector.defaults().find(text, locale);
    if (!found.contains(new PersonalData(PersonalDataKind.IBAN, expected))) {
      throw new AssertionError("IBAN " + iban + " not found at " + expected + " in " + text + ": " + found);
    }
  }

  @Property(tries = 1000)
  void findNeverThrowsAndItsSpansAreSortedDisjointAndWhole(@ForAll("nasty") String text, @ForAll("locales") Locale locale) {
    List<PersonalData> found = PersonalDataDetector.defaults().find(text, locale);
    int previousEnd = 0;
    for (PersonalData data : found) {
      Span span = data.span();
      if (span.isEmpty() || span.start() < previousEnd || span.end() > text.length()) {
        throw new AssertionError("bad span " + span + " after " + previousEnd + " in " + found);
      }
      if (splitsPair(text, span.start()) || splitsPair(text, span.end())) {
        throw new AssertionError("span " + span + " splits a surrogate pair in " + found);
      }
      previousEnd = span.end();
    }
    String redacted = PersonalDataDetector.redact(text, found);
    if (redacted.length() != text.length()) {
      throw new AssertionError("redaction changed the length");
    }
  }

  private static boolean splitsPair(String text, int index) {
    return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
        && Character.isLowSurrogate(text.charAt(index));
  }

  @Provide
  Arbitrary<String> cards() {
    Arbitrary<String> bodies = Combinators.combine(Arbitraries.of(ISSUERS),
        Arbitraries.integers().between(13, 19), Arbitraries.strings().numeric().ofLength(19))
        .as((issuer, length, random) -> withLuhnDigit(issuer + random.substring(0, length - 1 - issuer.length())));
    return Combinators.combine(bodies, layouts()).as(PersonalDataProperties::layout);
  }

  @Provide
  Arbitrary<String> digitStrings() {
    return Arbitraries.strings().numeric().ofMinLength(13).ofMaxLength(19);
  }

  @Provide
  Arbitrary<Integer> layouts() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<String> ibans() {
    Arbitrary<String> whole = Combinators.combine(Arbitraries.of(COUNTRIES),
        Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofLength(30))
        .as((country, random) -> withCheckDigits(country, random.substring(0, Iban.length(country) - 4)));
    return Combinators.combine(whole, Arbitraries.of(true, false)).as((iban, grouped) -> grouped ? groups(iban, " ") : iban);
  }

  @Provide
  Arbitrary<String> contexts() {
    return Arbitraries.strings().withChars(CONTEXT).ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> nasty() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars(NASTY).ofMaxLength(200), Arbitraries.strings().all().ofMaxLength(100));
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(LOCALES);
  }

  /** Whole (0), in groups of four joined by spaces (1) or dashes (2). */
  private static String layout(String digits, int layout) {
    return layout == 0 ? digits : groups(digits, layout == 1 ? " " : "-");
  }

  private static String groups(String value, String separator) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i += 4) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(value, i, Math.min(value.length(), i + 4));
    }
    return out.toString();
  }

  private static String withLuhnDigit(String payload) {
    for (char check = '0'; check <= '9'; check++) {
      if (Luhn.valid(payload + check)) {
        return payload + check;
      }
    }
    throw new AssertionError("no Luhn digit for " + payload);
  }

  private static String withCheckDigits(String country, String bban) {
    StringBuilder numeric = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + (check < 10 ? "0" : "") + check + bban;
  }
}

package dev.tact.rules.escalation;

/** The kinds of personal data Tact finds ({@link PersonalDataDetector}). */
public enum PersonalDataKind {
  /** An e-mail address. */
  EMAIL,
  /** A phone number, in the customer's region's format or international. */
  PHONE,
  /** A Luhn-valid payment card number of 13 to 19 digits, spaced or dashed. */
  PAYMENT_CARD,
  /** An IBAN with a valid mod-97 check. */
  IBAN,
  /**
   * An order, ticket, booking, tracking, case, invoice or customer number after a label ("order
   * #…", 「注文番号」, "Bestellnummer", "número de pedido"), or a match of a tenant's own pattern.
   */
  ORDER_NUMBER,
  /**
   * A postal address: a Japanese postcode after 〒 (and the address after it), a Japanese block
   * address (丁目, 番地), or a street with a US, UK, German, French, Spanish, Portuguese or Brazilian
   * postcode after it.
   */
  POSTAL_ADDRESS,
  /** A password, one-time code, PIN or card security code ("code: 483920", 「認証コード」). */
  CREDENTIAL,
  /** A date of birth. */
  DATE_OF_BIRTH
}

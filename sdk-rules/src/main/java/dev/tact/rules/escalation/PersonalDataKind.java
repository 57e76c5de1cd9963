package dev.tact.rules.escalation;

/** The kinds of personal data Tact finds. (API fixed; detectors in progress.) */
public enum PersonalDataKind {
  /** An e-mail address. */
  EMAIL,
  /** A phone number, in the customer's region's format or international. */
  PHONE,
  /** A Luhn-valid payment card number of 13 to 19 digits, spaced or dashed. */
  PAYMENT_CARD,
  /** An IBAN with a valid mod-97 check. */
  IBAN,
  /** An order, ticket, booking or tracking number ("order #…", 「注文番号」, tenant patterns). */
  ORDER_NUMBER,
  /** A postal address or postcode next to street words (JP 〒, US, UK, DE, FR). */
  POSTAL_ADDRESS,
  /** A password, one-time code or other credential ("code: 483920", 「認証コード」). */
  CREDENTIAL,
  /** A date of birth. */
  DATE_OF_BIRTH
}

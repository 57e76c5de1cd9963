package dev.tact.rules.escalation;

import dev.tact.core.Span;
import dev.tact.rules.TextView;
import dev.tact.rules.escalation.internal.BirthDateScanner;
import dev.tact.rules.escalation.internal.CardScanner;
import dev.tact.rules.escalation.internal.CredentialScanner;
import dev.tact.rules.escalation.internal.EmailScanner;
import dev.tact.rules.escalation.internal.IbanScanner;
import dev.tact.rules.escalation.internal.LabelScanner;
import dev.tact.rules.escalation.internal.LabelledScanner;
import dev.tact.rules.escalation.internal.OrderNumberScanner;
import dev.tact.rules.escalation.internal.PhoneScanner;
import dev.tact.rules.escalation.internal.PostcodeScanner;
import dev.tact.rules.escalation.internal.Prescreen;
import dev.tact.rules.escalation.internal.RedactionMask;
import dev.tact.rules.escalation.internal.RegionPhone;
import dev.tact.rules.escalation.internal.StreetAddressScanner;
import dev.tact.rules.escalation.internal.TenantPatternScanner;
import dev.tact.rules.escalation.internal.UnitScanner;
import dev.tact.rules.escalation.internal.UrlScanner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds personal data in a customer's message or a draft reply: e-mail addresses, phone numbers,
 * payment card numbers, IBANs, order and ticket numbers, postal addresses, passwords and one-time
 * codes, dates of birth ({@link PersonalDataKind}). Every detector is a hand-written scanner (or,
 * for a tenant's own order number format, an RE2/J pattern), so {@link #find} takes time linear in
 * the text whatever it holds. Spans are UTF-16 offsets into the original text; full-width digits
 * and letters (〒１００－０００１, ０９０-１２３４-５６７８) are read like ASCII, and a span never
 * ends between a character and its combining marks.
 *
 * <p>Label words ("order #", 「注文番号」, "Passwort", "fecha de nacimiento") of English, Japanese,
 * German, French, Spanish and Portuguese are recognised in every text, since customers mix
 * languages. Where two findings overlap, the more specific one is kept: IBAN, e-mail, credential,
 * date of birth, order number (a label says what the value is: "tracking 5180735251790" is not a
 * card even if it passes the Luhn check), card, postal address, phone number, in that order.
 * Nothing but e-mail addresses is found inside a web address ({@code https://…}, {@code www.…}): the
 * digits of a link are not personal data.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <pre>{@code
 * PersonalDataDetector detector = PersonalDataDetector.builder()
 *     .region("JP")
 *     .orderNumberPattern("CS-\\d{6}")
 *     .build();
 * String text = "注文番号：12345、電話は090-1234-5678です";
 * List<PersonalData> found = detector.find(text, Locale.JAPANESE);
 * // [ORDER_NUMBER "12345", PHONE "090-1234-5678"]
 * PersonalDataDetector.redact(text, found);   // "注文番号：•••••、電話は•••••••••••••です"
 * }</pre>
 */
public final class PersonalDataDetector {
  /** The more specific kinds first: where findings overlap, the earlier kind wins. */
  private static final List<PersonalDataKind> PRECEDENCE = List.of(PersonalDataKind.IBAN,
      PersonalDataKind.EMAIL, PersonalDataKind.CREDENTIAL, PersonalDataKind.DATE_OF_BIRTH,
      PersonalDataKind.ORDER_NUMBER, PersonalDataKind.PAYMENT_CARD, PersonalDataKind.POSTAL_ADDRESS,
      PersonalDataKind.PHONE);
  private static final Comparator<PersonalData> BY_PRECEDENCE = Comparator
      .comparingInt((PersonalData data) -> PRECEDENCE.indexOf(data.kind()))
      .thenComparing(PersonalData::span, Comparator.comparingInt(Span::start)
          .thenComparing(Comparator.comparingInt(Span::length).reversed()));
  private static final Pattern REGION = Pattern.compile("[A-Za-z]{2}");

  private final Set<PersonalDataKind> kinds;
  private final @Nullable RegionPhone region;
  private final List<TenantPatternScanner> tenantPatterns;
  private final List<String> orderNumberLabels;
  private final @Nullable LabelScanner labels;
  private final EmailScanner emails = new EmailScanner();
  private final PhoneScanner phones = new PhoneScanner();
  private final CardScanner cards = new CardScanner();
  private final IbanScanner ibans = new IbanScanner();
  private final PostcodeScanner postcodes = new PostcodeScanner();

  private PersonalDataDetector(Builder builder) {
    this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(builder.kinds));
    this.region = builder.region == null ? null : RegionPhone.of(builder.region);
    this.tenantPatterns = List.copyOf(builder.tenantPatterns);
    this.orderNumberLabels = List.copyOf(builder.orderNumberLabels);
    List<LabelledScanner> labelled = new ArrayList<>();
    if (kinds.contains(PersonalDataKind.ORDER_NUMBER)) {
      labelled.add(new OrderNumberScanner(orderNumberLabels));
    }
    if (kinds.contains(PersonalDataKind.CREDENTIAL)) {
      labelled.add(new CredentialScanner());
    }
    if (kinds.contains(PersonalDataKind.DATE_OF_BIRTH)) {
      labelled.add(new BirthDateScanner());
    }
    if (kinds.contains(PersonalDataKind.POSTAL_ADDRESS)) {
      labelled.add(new StreetAddressScanner());
    }
    this.labels = labelled.isEmpty() ? null : new LabelScanner(labelled);
  }

  /**
   * Every detector; national phone numbers are those of the region the text's locale implies
   * (see {@link #find}), international ones are always found.
   */
  public static PersonalDataDetector defaults() {
    return Defaults.DETECTOR;
  }

  /** Starts a detector with every kind enabled and no region of its own. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The personal data in {@code text}, sorted by span, never overlapping. National phone numbers
   * are read as written in the builder's {@linkplain Builder#region region}; without one, in the
   * region of {@code locale}: its country, else the main one of its language (ja JP, en US, de DE,
   * fr FR, es ES, pt BR). Label words of all six languages are recognised whatever the locale.
   *
   * <pre>{@code
   * PersonalDataDetector.defaults().find("Card 4111 1111 1111 1111, mail me at ana@example.com", Locale.ENGLISH);
   * // [PAYMENT_CARD [5, 24), EMAIL [37, 52)]
   * }</pre>
   */
  public List<PersonalData> find(String text, Locale locale) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(locale, "locale");
    return find(text, locale, null);
  }

  /** {@link #find(String, Locale)} of a view's text, whose normalized text the pre-screen reuses. */
  List<PersonalData> find(TextView view) {
    return find(view.original(), view.locale(), view.normalized());
  }

  private List<PersonalData> find(String text, Locale locale, @Nullable String lowered) {
    int firstDigit = Prescreen.firstDigit(text);
    boolean anchors = Prescreen.holdsLabelAnchor(text, lowered);
    if (firstDigit < 0 && !anchors && !Prescreen.mayHoldEmail(text) && tenantPatterns.isEmpty()) {
      return List.of();
    }
    String folded = UnitScanner.folded(text);
    List<PersonalData> found = new ArrayList<>();
    int lastDigit = firstDigit < 0 ? -1 : Prescreen.lastDigit(text);
    scanBuiltIns(text, folded, locale, firstDigit, lastDigit, anchors, found);
    if (kinds.contains(PersonalDataKind.ORDER_NUMBER) && !tenantPatterns.isEmpty()) {
      String narrowed = UnitScanner.narrowed(text);
      for (TenantPatternScanner pattern : tenantPatterns) {
        pattern.scan(text, narrowed, found);
      }
    }
    return withoutOverlaps(outsideWebAddresses(found, folded));
  }

  /**
   * The built-in scanners, each over the part of the text where its values can be (see {@link
   * Prescreen}): the values that hold digits between the first and the last digit; the labelled ones
   * after labels that end before the last digit, unless a label of a value without digits (a password,
   * a Japanese block address) may be in the text.
   */
  private void scanBuiltIns(String text, String folded, Locale locale, int firstDigit, int lastDigit,
      boolean anchors, List<PersonalData> found) {
    boolean digits = firstDigit >= 0;
    if (digits && kinds.contains(PersonalDataKind.IBAN)) {
      ibans.scan(text, folded, firstDigit, lastDigit + 1, found);
    }
    if (digits && kinds.contains(PersonalDataKind.PAYMENT_CARD)) {
      cards.scan(text, folded, firstDigit, lastDigit + 1, found);
    }
    if (kinds.contains(PersonalDataKind.EMAIL)) {
      emails.scan(text, folded, found);
    }
    if (labels != null) {
      labels.scan(text, folded, anchors ? folded.length() : lastDigit, found);
    }
    if (digits && kinds.contains(PersonalDataKind.POSTAL_ADDRESS)) {
      postcodes.scan(text, folded, found);
    }
    if (digits && kinds.contains(PersonalDataKind.PHONE)) {
      phones.scan(text, folded, region != null ? region : RegionPhone.of(locale), firstDigit,
          lastDigit + 1, found);
    }
  }

  /** The kinds this detector looks for. */
  public Set<PersonalDataKind> kinds() {
    return kinds;
  }

  /**
   * {@code text} with every found span masked, keeping its length in UTF-16 units: each unit inside
   * a span becomes {@code •} (U+2022; a surrogate pair becomes two), whitespace stays, so other
   * offsets into the text stay valid. Nothing of the value is kept, not even a card's last digits:
   * the text may be shown in public.
   *
   * <pre>{@code
   * PersonalDataDetector.redact("code: 483920", List.of(new PersonalData(PersonalDataKind.CREDENTIAL, new Span(6, 12))));
   * // "code: ••••••"
   * }</pre>
   *
   * @throws IndexOutOfBoundsException if a span does not fit in {@code text}
   */
  public static String redact(String text, List<PersonalData> found) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(found, "found");
    return RedactionMask.apply(text, found);
  }

  private static List<PersonalData> outsideWebAddresses(List<PersonalData> found, String folded) {
    if (found.isEmpty()) {
      return found;
    }
    List<Span> urls = UrlScanner.spans(folded);
    if (urls.isEmpty()) {
      return found;
    }
    List<PersonalData> kept = new ArrayList<>(found.size());
    for (PersonalData data : found) {
      if (data.kind() == PersonalDataKind.EMAIL || !insideAny(urls, data.span())) {
        kept.add(data);
      }
    }
    return kept;
  }

  private static boolean insideAny(List<Span> urls, Span span) {
    int low = 0;
    int high = urls.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Span url = urls.get(mid);
      if (url.end() <= span.start()) {
        low = mid + 1;
      } else if (url.start() >= span.end()) {
        high = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static List<PersonalData> withoutOverlaps(List<PersonalData> found) {
    if (found.size() <= 1) {
      return List.copyOf(found);
    }
    found.sort(BY_PRECEDENCE);
    TreeMap<Integer, PersonalData> kept = new TreeMap<>();
    for (PersonalData data : found) {
      Span span = data.span();
      Map.Entry<Integer, PersonalData> before = kept.floorEntry(span.start());
      Map.Entry<Integer, PersonalData> after = kept.ceilingEntry(span.start());
      if (before != null && before.getValue().span().overlaps(span)
          || after != null && after.getValue().span().overlaps(span)) {
        continue;
      }
      kept.put(span.start(), data);
    }
    return List.copyOf(kept.values());
  }

  private static final class Defaults {
    static final PersonalDataDetector DETECTOR = builder().build();
  }

  /** Configures a {@link PersonalDataDetector}. Not thread-safe; the detector it builds is. */
  public static final class Builder {
    private Set<PersonalDataKind> kinds = EnumSet.allOf(PersonalDataKind.class);
    private @Nullable String region;
    private final List<TenantPatternScanner> tenantPatterns = new ArrayList<>();
    private final List<String> orderNumberLabels = new ArrayList<>();

    private Builder() {}

    /**
     * The region whose national phone formats count ("JP", "US", "DE"…), ISO 3166 alpha-2, in place
     * of the region of each text's locale.
     *
     * @throws IllegalArgumentException if {@code region} is not two ASCII letters
     */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region");
      if (!REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region '" + region + "' is not an ISO 3166 alpha-2 code;"
            + " write two letters such as \"JP\", \"US\" or \"DE\"");
      }
      this.region = region.toUpperCase(Locale.ROOT);
      return this;
    }

    /** Only these kinds are looked for. */
    public Builder kinds(java.util.Set<PersonalDataKind> kinds) {
      Objects.requireNonNull(kinds, "kinds");
      this.kinds = kinds.isEmpty() ? EnumSet.noneOf(PersonalDataKind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    /**
     * A tenant's own order/ticket number format, as an RE2/J regular expression (linear time),
     * reported as {@link PersonalDataKind#ORDER_NUMBER}. Each call adds one pattern. A pattern with
     * a capturing group reports the first group ({@code "Case (CS-\\d{6})"} reports the number
     * only); full-width letters and digits are matched as ASCII.
     *
     * @throws IllegalArgumentException naming the pattern and the problem, if it is not valid RE2
     *     syntax or matches the empty text
     */
    public Builder orderNumberPattern(String re2Pattern) {
      Objects.requireNonNull(re2Pattern, "re2Pattern");
      tenantPatterns.add(TenantPatternScanner.compile(re2Pattern));
      return this;
    }

    /**
     * A tenant's own label word for order or ticket numbers ("Vorgang", "SR", 「お問い合わせID」),
     * matched like the built-in ones (any case, a whole word): the value after it is reported as
     * {@link PersonalDataKind#ORDER_NUMBER}. Each call adds one.
     *
     * @throws IllegalArgumentException if {@code word} is blank
     */
    public Builder orderNumberLabel(String word) {
      Objects.requireNonNull(word, "word");
      if (word.isBlank()) {
        throw new IllegalArgumentException("an order number label must have a letter or digit, got '" + word
            + "'; write the word customers put before the number, such as \"Vorgang\"");
      }
      orderNumberLabels.add(word.strip());
      return this;
    }

    /** Builds the detector. */
    public PersonalDataDetector build() {
      return new PersonalDataDetector(this);
    }
  }
}

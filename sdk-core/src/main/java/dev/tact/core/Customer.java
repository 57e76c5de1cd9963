package dev.tact.core;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a reply knows about the person it answers. Every part is optional: a reply must read well
 * for an anonymous customer too.
 *
 * <pre>{@code
 * Customer yuki = Customer.builder()
 *     .familyName("Tanaka").givenName("Yuki")
 *     .locale(Locale.JAPAN)
 *     .zone(ZoneId.of("Asia/Tokyo"))
 *     .build();
 * }</pre>
 */
public final class Customer {
  private static final Customer ANONYMOUS = new Builder().build();

  private final @Nullable String givenName;
  private final @Nullable String familyName;
  private final @Nullable Locale locale;
  private final @Nullable ZoneId zone;
  private final @Nullable Formality formality;

  private Customer(Builder builder) {
    this.givenName = builder.givenName;
    this.familyName = builder.familyName;
    this.locale = builder.locale;
    this.zone = builder.zone;
    this.formality = builder.formality;
  }

  /** A customer of whom nothing is known. */
  public static Customer anonymous() {
    return ANONYMOUS;
  }

  /** Starts a customer. */
  public static Builder builder() {
    return new Builder();
  }

  /** The given (first) name, such as "Yuki". */
  public Optional<String> givenName() {
    return Optional.ofNullable(givenName);
  }

  /** The family (last) name, such as "Tanaka". */
  public Optional<String> familyName() {
    return Optional.ofNullable(familyName);
  }

  /** The language and region the customer writes in. */
  public Optional<Locale> locale() {
    return Optional.ofNullable(locale);
  }

  /** The customer's time zone: greetings and hours are given in their clock. */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** The formality asked for; empty means the default of the reply's language. */
  public Optional<Formality> formality() {
    return Optional.ofNullable(formality);
  }

  /** A builder that starts with this customer's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.givenName = givenName;
    builder.familyName = familyName;
    builder.locale = locale;
    builder.zone = zone;
    builder.formality = formality;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Customer other
        && Objects.equals(givenName, other.givenName)
        && Objects.equals(familyName, other.familyName)
        && Objects.equals(locale, other.locale)
        && Objects.equals(zone, other.zone)
        && formality == other.formality;
  }

  @Override
  public int hashCode() {
    return Objects.hash(givenName, familyName, locale, zone, formality);
  }

  @Override
  public String toString() {
    return "Customer{givenName=" + givenName + ", familyName=" + familyName + ", locale=" + locale
        + ", zone=" + zone + ", formality=" + formality + "}";
  }

  /** Builds a {@link Customer}. Not thread-safe; the customer it builds is. */
  public static final class Builder {
    private @Nullable String givenName;
    private @Nullable String familyName;
    private @Nullable Locale locale;
    private @Nullable ZoneId zone;
    private @Nullable Formality formality;

    private Builder() {}

    /** The given name; blank means unknown. */
    public Builder givenName(@Nullable String givenName) {
      this.givenName = blankToNull(givenName);
      return this;
    }

    /** The family name; blank means unknown. */
    public Builder familyName(@Nullable String familyName) {
      this.familyName = blankToNull(familyName);
      return this;
    }

    /** The customer's language and region. */
    public Builder locale(@Nullable Locale locale) {
      this.locale = locale;
      return this;
    }

    /** The customer's time zone. */
    public Builder zone(@Nullable ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /** The formality to use; null means the language's default. */
    public Builder formality(@Nullable Formality formality) {
      this.formality = formality;
      return this;
    }

    /** Builds the customer. */
    public Customer build() {
      return new Customer(this);
    }

    private static @Nullable String blankToNull(@Nullable String name) {
      return name == null || name.isBlank() ? null : name.strip();
    }
  }
}

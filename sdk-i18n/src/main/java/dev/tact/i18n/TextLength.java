package dev.tact.i18n;

import dev.tact.core.Channel;
import dev.tact.core.LengthCounting;
import dev.tact.i18n.internal.GsmSegmenter;
import dev.tact.i18n.internal.WeightedLength;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The length of a reply as a channel counts it, against the channel's limit.
 *
 * <ul>
 *   <li>{@link LengthCounting#X_WEIGHTED}: X's weighted length (twitter-text configuration v3).
 *       Latin, Greek, Cyrillic, Hebrew, Arabic, Thai and the common punctuation count 1; CJK,
 *       Hangul, most other characters and every emoji (a skin-toned, flag or ZWJ-family emoji as
 *       a whole) count 2; every URL counts 23 however long it is. So 280 English characters, or
 *       140 Japanese ones, fill a post.
 *   <li>{@link LengthCounting#SMS_SEGMENTS}: the number of SMS segments, GSM-7 (160 septets, or
 *       153 per segment when split) unless a character forces UCS-2 (70 UTF-16 units, or 67).
 *   <li>{@link LengthCounting#CODE_POINTS}: Unicode code points.
 * </ul>
 *
 * <pre>{@code
 * TextLength x = TextLength.of(Channel.X_REPLY);
 * x.length("Thanks, we're on it!");                  // 20
 * x.length("ご不便をおかけして申し訳ございません。");          // 38 (19 characters × 2)
 * x.length("Danke! Details: https://example.com/faq/123"); // 39 (16 + 23 for the URL)
 * x.measure("😀".repeat(141)).over();                // 2: 282 of 280
 *
 * TextLength.Measure sms = TextLength.of(Channel.SMS).measure("Votre colis arrive demain.");
 * sms.length();                          // 1 segment
 * sms.sms().orElseThrow().encoding();    // GSM_7
 * TextLength.of(Channel.SMS).measure("Ваш заказ отправлен").sms().orElseThrow().encoding(); // UCS_2
 *
 * TextLength.of(LengthCounting.CODE_POINTS, 500).length("¡Hola! 👋"); // 8
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Any string is accepted, including one with lone
 * surrogates (each counts as one code point, one weight-200 character, or one UCS-2 unit).
 */
public final class TextLength {
  private final LengthCounting counting;
  private final int limit;

  private TextLength(LengthCounting counting, int limit) {
    this.counting = counting;
    this.limit = limit;
  }

  /** The length as {@code channel} counts it, against its limit (none for e-mail or web chat). */
  public static TextLength of(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    return new TextLength(channel.lengthCounting(), channel.maxLength().orElse(0));
  }

  /**
   * The length counted by {@code counting} against {@code limit}.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public static TextLength of(LengthCounting counting, int limit) {
    Objects.requireNonNull(counting, "counting");
    if (limit <= 0) {
      throw new IllegalArgumentException(
          "a length limit must be positive, got " + limit + "; use TextLength.of(counting) for no limit");
    }
    return new TextLength(counting, limit);
  }

  /** The length counted by {@code counting}, with no limit. */
  public static TextLength of(LengthCounting counting) {
    return new TextLength(Objects.requireNonNull(counting, "counting"), 0);
  }

  /** How the length is counted. */
  public LengthCounting counting() {
    return counting;
  }

  /** The limit, in units of {@link #counting()}; empty if there is none. */
  public OptionalInt limit() {
    return limit == 0 ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * The length of {@code text}: weighted characters, SMS segments or code points. Never throws
   * on any string.
   */
  public int length(String text) {
    Objects.requireNonNull(text, "text");
    return switch (counting) {
      case CODE_POINTS -> text.codePointCount(0, text.length());
      case X_WEIGHTED -> WeightedLength.of(text);
      case SMS_SEGMENTS -> GsmSegmenter.segment(text).segments();
    };
  }

  /** The length of {@code text} against the limit, with the SMS details for SMS counting. */
  public Measure measure(String text) {
    Objects.requireNonNull(text, "text");
    if (counting == LengthCounting.SMS_SEGMENTS) {
      SmsSegments sms = GsmSegmenter.segment(text);
      return new Measure(sms.segments(), limit, sms);
    }
    return new Measure(length(text), limit, null);
  }

  /** The counting and the limit, such as {@code x_weighted ≤ 280}. */
  @Override
  public String toString() {
    String name = counting.name().toLowerCase(Locale.ROOT);
    return limit == 0 ? name + " (no limit)" : name + " ≤ " + limit;
  }

  /** How a message is encoded for SMS. */
  public enum SmsEncoding {
    /** The GSM 03.38 7-bit alphabet: 160 septets in one segment, 153 per segment when split. */
    GSM_7,
    /** UCS-2 (UTF-16 units): 70 in one segment, 67 per segment when split. */
    UCS_2
  }

  /**
   * How an SMS splits into segments.
   *
   * @param segments segments sent; 0 for an empty text
   * @param encoding the encoding the whole message needs
   * @param unitsUsed septets (GSM-7; an extension character costs 2) or UTF-16 units (UCS-2)
   * @param unitsLeftInLastSegment what still fits in the last segment without adding one
   */
  public record SmsSegments(int segments, SmsEncoding encoding, int unitsUsed, int unitsLeftInLastSegment) {
    /** Validates the counts. */
    public SmsSegments {
      Objects.requireNonNull(encoding, "encoding");
      if (segments < 0 || unitsUsed < 0 || unitsLeftInLastSegment < 0) {
        throw new IllegalArgumentException("SMS counts must be >= 0, got " + segments + " segments, "
            + unitsUsed + " used, " + unitsLeftInLastSegment + " left");
      }
    }
  }

  /** A text's length against a limit. Immutable. */
  public static final class Measure {
    private final int length;
    private final int limit;
    private final @Nullable SmsSegments sms;

    private Measure(int length, int limit, @Nullable SmsSegments sms) {
      this.length = length;
      this.limit = limit;
      this.sms = sms;
    }

    /** The length: weighted characters, SMS segments or code points. */
    public int length() {
      return length;
    }

    /** The limit it was measured against; empty if there is none. */
    public OptionalInt limit() {
      return limit == 0 ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** Whether the length is within the limit (always, when there is none). */
    public boolean fits() {
      return limit == 0 || length <= limit;
    }

    /** By how much the length exceeds the limit; 0 when it fits. */
    public int over() {
      return fits() ? 0 : length - limit;
    }

    /** How much is left before the limit; 0 when over it, {@link Integer#MAX_VALUE} with none. */
    public int remaining() {
      return limit == 0 ? Integer.MAX_VALUE : Math.max(0, limit - length);
    }

    /** The segments, encoding and units, when the length counts SMS segments. */
    public Optional<SmsSegments> sms() {
      return Optional.ofNullable(sms);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Measure other
          && length == other.length && limit == other.limit && Objects.equals(sms, other.sms);
    }

    @Override
    public int hashCode() {
      return Objects.hash(length, limit, sms);
    }

    /** Such as {@code 282/280 (over by 2)} or {@code 1/10 (GSM_7, 23 units, 137 left)}. */
    @Override
    public String toString() {
      String base = length + (limit == 0 ? "" : "/" + limit) + (fits() ? "" : " (over by " + over() + ")");
      return sms == null ? base : base + " (" + sms.encoding() + ", " + sms.unitsUsed() + " units, "
          + sms.unitsLeftInLastSegment() + " left)";
    }
  }
}

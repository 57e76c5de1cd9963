package dev.tact.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a reply goes: its id, whether onlookers can read it, and how long it may be. The constants
 * cover the common care channels; a vendor defines its own with {@link #builder(String)}.
 *
 * <pre>{@code
 * Channel kiosk = Channel.builder("acme.kiosk-chat")
 *     .visibility(Visibility.PRIVATE)
 *     .maxLength(500, LengthCounting.CODE_POINTS)
 *     .build();
 * }</pre>
 *
 * <p>Two channels are equal when all their properties are equal. Instances are immutable.
 */
public final class Channel {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");

  /** A public reply on X/Twitter: 280 weighted characters. */
  public static final Channel X_REPLY =
      builder("x.reply").visibility(Visibility.PUBLIC).maxLength(280, LengthCounting.X_WEIGHTED).build();
  /** A direct message on X/Twitter. */
  public static final Channel X_DM =
      builder("x.dm").visibility(Visibility.PRIVATE).maxLength(10_000, LengthCounting.CODE_POINTS).build();
  /** A comment under a Facebook post. */
  public static final Channel FACEBOOK_COMMENT =
      builder("facebook.comment").visibility(Visibility.PUBLIC).maxLength(8_000, LengthCounting.CODE_POINTS).build();
  /** A Facebook Messenger message. */
  public static final Channel MESSENGER =
      builder("facebook.messenger").visibility(Visibility.PRIVATE).maxLength(2_000, LengthCounting.CODE_POINTS).build();
  /** A comment under an Instagram post. */
  public static final Channel INSTAGRAM_COMMENT =
      builder("instagram.comment").visibility(Visibility.PUBLIC).maxLength(2_200, LengthCounting.CODE_POINTS).build();
  /** An Instagram direct message. */
  public static final Channel INSTAGRAM_DM =
      builder("instagram.dm").visibility(Visibility.PRIVATE).maxLength(1_000, LengthCounting.CODE_POINTS).build();
  /** An e-mail reply: no length limit. */
  public static final Channel EMAIL = builder("email").visibility(Visibility.PRIVATE).build();
  /** A web chat on the brand's own site: no length limit. */
  public static final Channel WEB_CHAT = builder("web.chat").visibility(Visibility.PRIVATE).build();
  /** A text message: ten segments at most. */
  public static final Channel SMS =
      builder("sms").visibility(Visibility.PRIVATE).maxLength(10, LengthCounting.SMS_SEGMENTS).build();
  /** A public answer to a review (app stores, maps, review sites). */
  public static final Channel REVIEW_REPLY =
      builder("review.reply").visibility(Visibility.PUBLIC).maxLength(4_000, LengthCounting.CODE_POINTS).build();
  /** A WhatsApp message. */
  public static final Channel WHATSAPP =
      builder("whatsapp").visibility(Visibility.PRIVATE).maxLength(4_096, LengthCounting.CODE_POINTS).build();
  /** A LINE message. */
  public static final Channel LINE =
      builder("line").visibility(Visibility.PRIVATE).maxLength(5_000, LengthCounting.CODE_POINTS).build();
  /** Any public channel, when the platform does not matter: no length limit. */
  public static final Channel PUBLIC = builder("public").visibility(Visibility.PUBLIC).build();
  /** Any private channel, when the platform does not matter: no length limit. */
  public static final Channel PRIVATE = builder("private").visibility(Visibility.PRIVATE).build();

  private static final List<Channel> BUILT_IN =
      List.of(
          X_REPLY, X_DM, FACEBOOK_COMMENT, MESSENGER, INSTAGRAM_COMMENT, INSTAGRAM_DM, EMAIL,
          WEB_CHAT, SMS, REVIEW_REPLY, WHATSAPP, LINE, PUBLIC, PRIVATE);

  private final String id;
  private final Visibility visibility;
  private final int maxLength;
  private final LengthCounting lengthCounting;

  private Channel(Builder builder) {
    this.id = builder.id;
    this.visibility = Objects.requireNonNull(builder.visibility, "visibility");
    this.maxLength = builder.maxLength;
    this.lengthCounting = builder.lengthCounting;
  }

  /**
   * Starts a channel with the given id: lower-case letters and digits in dotted, dashed or
   * underscored parts, such as {@code acme.kiosk-chat}. Prefix vendor channels with the vendor's
   * name so that they never clash with a built-in one.
   *
   * @throws IllegalArgumentException if the id is not of that form
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The built-in channels, in a stable order. */
  public static List<Channel> builtIn() {
    return BUILT_IN;
  }

  /** The built-in channel with this id, if there is one. */
  public static Optional<Channel> builtIn(String id) {
    for (Channel channel : BUILT_IN) {
      if (channel.id.equals(id)) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }

  /** The channel's id, such as {@code x.reply}. */
  public String id() {
    return id;
  }

  /** Whether onlookers can read replies on this channel. */
  public Visibility visibility() {
    return visibility;
  }

  /** Whether onlookers can read replies on this channel. */
  public boolean isPublic() {
    return visibility == Visibility.PUBLIC;
  }

  /** The longest message the channel takes, in units of {@link #lengthCounting()}; empty if none. */
  public Optional<Integer> maxLength() {
    return maxLength == 0 ? Optional.empty() : Optional.of(maxLength);
  }

  /** How the channel counts a message's length. */
  public LengthCounting lengthCounting() {
    return lengthCounting;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Channel other
        && id.equals(other.id)
        && visibility == other.visibility
        && maxLength == other.maxLength
        && lengthCounting == other.lengthCounting;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, visibility, maxLength, lengthCounting);
  }

  /** The id, visibility and limit, such as {@code x.reply (public, 280 x_weighted)}. */
  @Override
  public String toString() {
    String limit =
        maxLength == 0
            ? "no limit"
            : maxLength + " " + lengthCounting.name().toLowerCase(Locale.ROOT);
    return id + " (" + visibility.name().toLowerCase(Locale.ROOT) + ", " + limit + ")";
  }

  /** Builds a {@link Channel}. Not thread-safe; the channel it builds is. */
  public static final class Builder {
    private final String id;
    private @Nullable Visibility visibility;
    private int maxLength;
    private LengthCounting lengthCounting = LengthCounting.CODE_POINTS;

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "a channel id is lower-case letters and digits in parts joined by '.', '-' or '_',"
                + " such as 'acme.kiosk-chat'; got '" + id + "'");
      }
      this.id = id;
    }

    /** Whether onlookers can read replies. Required. */
    public Builder visibility(Visibility visibility) {
      this.visibility = Objects.requireNonNull(visibility, "visibility");
      return this;
    }

    /**
     * The longest message the channel takes.
     *
     * @throws IllegalArgumentException if {@code maxLength} is not positive
     */
    public Builder maxLength(int maxLength, LengthCounting counting) {
      if (maxLength <= 0) {
        throw new IllegalArgumentException("maxLength must be positive, got " + maxLength);
      }
      this.maxLength = maxLength;
      this.lengthCounting = Objects.requireNonNull(counting, "counting");
      return this;
    }

    /**
     * Builds the channel.
     *
     * @throws IllegalStateException if no visibility was set
     */
    public Channel build() {
      if (visibility == null) {
        throw new IllegalStateException("channel '" + id + "' needs a visibility: call visibility(...)");
      }
      return new Channel(this);
    }
  }
}

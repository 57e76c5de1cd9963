package dev.tact.i18n;

import dev.tact.core.Channel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One-click links that open a private conversation with the brand on the platform the customer
 * wrote on (REQUIREMENTS E7): a public reply carrying one shows a "send a private message" button
 * instead of asking the customer to find the brand's inbox.
 *
 * <pre>{@code
 * DmLinks links = DmLinks.builder().x("783214").messenger("acmeshop").build();
 * links.link(Channel.X_REPLY, "Hello, I'm writing about my earlier message.");
 * // Optional[https://x.com/messages/compose?recipient_id=783214&text=Hello%2C%20I%27m%20writing...]
 * links.link(Channel.FACEBOOK_COMMENT, "…");   // Optional[https://m.me/acmeshop]
 * links.link(Channel.EMAIL, "…");              // Optional.empty()
 * }</pre>
 *
 * <table>
 * <caption>Links by platform</caption>
 * <tr><th>channel ids starting with</th><th>link</th><th>prefilled text</th></tr>
 * <tr><td>{@code x}, {@code twitter}</td>
 *     <td>{@code https://x.com/messages/compose?recipient_id=<id>&text=<text>}</td><td>yes</td></tr>
 * <tr><td>{@code facebook}, {@code messenger}</td>
 *     <td>{@code https://m.me/<page>} (with {@code ?ref=<ref>} when set)</td><td>no</td></tr>
 * <tr><td>{@code instagram}</td><td>{@code https://ig.me/m/<username>}</td><td>no</td></tr>
 * <tr><td>{@code whatsapp}</td><td>{@code https://wa.me/<number>?text=<text>}</td><td>yes</td></tr>
 * </table>
 *
 * <p>The platform is the first part of the channel's id ({@code x.reply} → X,
 * {@code facebook.comment} → Messenger), so a vendor channel such as {@code x.ads-reply} gets the
 * X link too. A channel of another platform (e-mail, SMS, review replies, web chat), or of a
 * platform whose account the brand did not give, has no link.
 *
 * <p>Query values are percent-encoded as UTF-8 per RFC 3986: every byte but the unreserved
 * {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX}, so a space is {@code %20} (never {@code +}),
 * and emoji, Japanese and reserved characters ({@code & = # ? + /}) survive any decoder. A final
 * {@code .} or {@code ~} is encoded too ({@code %2E}, {@code %7E}), as autolinkers would take it for
 * punctuation after the link. An unpaired surrogate, which has no UTF-8 form, is sent as U+FFFD.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class DmLinks {
  private static final Pattern X_ID = Pattern.compile("[1-9][0-9]{0,19}");
  private static final Pattern PAGE_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.]{3,48})[A-Za-z0-9]");
  private static final Pattern MESSENGER_REF = Pattern.compile("[A-Za-z0-9+/=\\-.:_]{1,250}");
  private static final Pattern INSTAGRAM_USER = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9._]{0,28}[A-Za-z0-9_])?");
  private static final Pattern WHATSAPP_NUMBER = Pattern.compile("\\+?[0-9]+(?:[ .\\-][0-9]+)*");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final DmLinks NONE = new Builder().build();

  private final @Nullable String xAccountId;
  private final @Nullable String messengerPage;
  private final @Nullable String messengerRef;
  private final @Nullable String instagramUser;
  private final @Nullable String whatsAppNumber;

  private DmLinks(Builder builder) {
    this.xAccountId = builder.xAccountId;
    this.messengerPage = builder.messengerPage;
    this.messengerRef = builder.messengerRef;
    this.instagramUser = builder.instagramUser;
    this.whatsAppNumber = builder.whatsAppNumber;
  }

  /** No accounts: every channel is without a link. */
  public static DmLinks none() {
    return NONE;
  }

  /** Starts a set of links from the brand's accounts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The link for {@code channel} without prefilled text; empty when the channel has none. */
  public Optional<URI> link(Channel channel) {
    return link(channel, "");
  }

  /**
   * The link that opens a private message to the brand on {@code channel}'s platform, with
   * {@code prefilledText} in the composer where the platform allows it (X, WhatsApp); empty when
   * the platform has no such link or the brand gave no account for it. A blank text adds no
   * {@code text} parameter.
   */
  public Optional<URI> link(Channel channel, String prefilledText) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(prefilledText, "prefilledText");
    String platform = channel.id().split("[._-]", 2)[0];
    @Nullable String link = switch (platform) {
      case "x", "twitter" -> xAccountId == null ? null
          : "https://x.com/messages/compose?recipient_id=" + xAccountId + textParameter('&', prefilledText);
      case "facebook", "messenger" -> messengerPage == null ? null
          : "https://m.me/" + messengerPage + (messengerRef == null ? "" : "?ref=" + encode(messengerRef));
      case "instagram" -> instagramUser == null ? null : "https://ig.me/m/" + instagramUser;
      case "whatsapp" -> whatsAppNumber == null ? null
          : "https://wa.me/" + whatsAppNumber + textParameter('?', prefilledText);
      default -> null;
    };
    return Optional.ofNullable(link).map(DmLinks::linkEnd).map(URI::create);
  }

  /**
   * The link with a final {@code .} or {@code ~} percent-encoded: autolinkers (X's among them)
   * read those as punctuation after the link and cut them off. RFC 3986 makes both forms the same.
   */
  private static String linkEnd(String link) {
    return link.endsWith(".") ? link.substring(0, link.length() - 1) + "%2E"
        : link.endsWith("~") ? link.substring(0, link.length() - 1) + "%7E"
        : link;
  }

  private static String textParameter(char separator, String text) {
    return text.isBlank() ? "" : separator + "text=" + encode(text);
  }

  /** Percent-encodes {@code value} for a URI query value (RFC 3986, UTF-8, unreserved kept). */
  static String encode(String value) {
    byte[] bytes = wellFormed(value).getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /** {@code value} with each unpaired surrogate (which UTF-8 cannot encode) made U+FFFD. */
  private static String wellFormed(String value) {
    if (value.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> out.appendCodePoint(
        cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 0xFFFD : cp));
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DmLinks other
        && Objects.equals(xAccountId, other.xAccountId)
        && Objects.equals(messengerPage, other.messengerPage)
        && Objects.equals(messengerRef, other.messengerRef)
        && Objects.equals(instagramUser, other.instagramUser)
        && Objects.equals(whatsAppNumber, other.whatsAppNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(xAccountId, messengerPage, messengerRef, instagramUser, whatsAppNumber);
  }

  @Override
  public String toString() {
    return "DmLinks{x=" + xAccountId + ", messenger=" + messengerPage + ", messengerRef="
        + messengerRef + ", instagram=" + instagramUser + ", whatsApp=" + whatsAppNumber + "}";
  }

  /**
   * Collects the brand's accounts. Each setter checks its value and says what is wrong with it.
   * Not thread-safe; the links it builds are.
   */
  public static final class Builder {
    private @Nullable String xAccountId;
    private @Nullable String messengerPage;
    private @Nullable String messengerRef;
    private @Nullable String instagramUser;
    private @Nullable String whatsAppNumber;

    private Builder() {}

    /**
     * The numeric id of the brand's X account (not its {@code @handle}, which can change): digits,
     * such as {@code 783214}, found in the account's data export or through the X API.
     *
     * @throws IllegalArgumentException if {@code accountId} is not such an id
     */
    public Builder x(String accountId) {
      Objects.requireNonNull(accountId, "accountId");
      if (!X_ID.matcher(accountId).matches() || !fitsUnsigned64(accountId)) {
        throw new IllegalArgumentException("the X account id must be the account's numeric id"
            + " (digits without a leading zero, at most 2^64-1, such as 783214), not its @handle;"
            + " got '" + accountId + "'");
      }
      this.xAccountId = accountId;
      return this;
    }

    /**
     * The brand's Facebook page username or numeric page id, as in {@code facebook.com/<page>}:
     * 5 to 50 letters, digits and dots, starting and ending with a letter or digit.
     *
     * @throws IllegalArgumentException if {@code pageName} is not of that form
     */
    public Builder messenger(String pageName) {
      Objects.requireNonNull(pageName, "pageName");
      if (!PAGE_NAME.matcher(pageName).matches()) {
        throw new IllegalArgumentException("the Messenger page name must be the page's username or"
            + " id as in facebook.com/<page>: 5 to 50 letters, digits and dots, starting and ending"
            + " with a letter or digit, such as 'acmeshop'; got '" + pageName + "'");
      }
      this.messengerPage = pageName;
      return this;
    }

    /**
     * A {@code ref} Messenger passes to the page's webhook when the conversation opens, to tell a
     * handoff from other chats: 1 to 250 of {@code A-Z a-z 0-9 + / = - . : _}.
     *
     * @throws IllegalArgumentException if {@code ref} is not of that form
     */
    public Builder messengerRef(String ref) {
      Objects.requireNonNull(ref, "ref");
      if (!MESSENGER_REF.matcher(ref).matches()) {
        throw new IllegalArgumentException("a Messenger ref is 1 to 250 of the characters"
            + " A-Z a-z 0-9 + / = - . : _, such as 'care-handoff'; got '" + ref + "'");
      }
      this.messengerRef = ref;
      return this;
    }

    /**
     * The brand's Instagram username, without the {@code @}: 1 to 30 letters, digits, dots and
     * underscores, not starting or ending with a dot, with no two dots in a row.
     *
     * @throws IllegalArgumentException if {@code username} is not of that form
     */
    public Builder instagram(String username) {
      Objects.requireNonNull(username, "username");
      if (!INSTAGRAM_USER.matcher(username).matches() || username.contains("..")) {
        throw new IllegalArgumentException("the Instagram username must be given without '@': 1 to"
            + " 30 letters, digits, dots and underscores, not starting or ending with a dot and"
            + " without two dots in a row, such as 'acme.shop'; got '" + username + "'");
      }
      this.instagramUser = username;
      return this;
    }

    /**
     * The brand's WhatsApp number in international format, with its country code: an optional
     * {@code +} and digits, which spaces, dots or hyphens may group ({@code +1 555 123 4567}).
     * The link carries the digits alone, as wa.me asks.
     *
     * @throws IllegalArgumentException if {@code number} is not of that form or has not 7 to 15
     *     digits (E.164), or starts with 0 (a national trunk prefix)
     */
    public Builder whatsApp(String number) {
      Objects.requireNonNull(number, "number");
      String digits = number.replaceAll("[^0-9]", "");
      if (!WHATSAPP_NUMBER.matcher(number).matches() || digits.length() < 7 || digits.length() > 15
          || digits.startsWith("0")) {
        throw new IllegalArgumentException("the WhatsApp number must be in international format:"
            + " the country code and number, 7 to 15 digits, optionally after '+' and grouped by"
            + " spaces, dots or hyphens, without a leading 0 or brackets, such as"
            + " '+1 555 123 4567'; got '" + number + "'");
      }
      this.whatsAppNumber = digits;
      return this;
    }

    /**
     * Builds the links.
     *
     * @throws IllegalStateException if a Messenger ref was given without a Messenger page
     */
    public DmLinks build() {
      if (messengerRef != null && messengerPage == null) {
        throw new IllegalStateException(
            "a Messenger ref was set without a page: call messenger(pageName) too");
      }
      return new DmLinks(this);
    }

    private static boolean fitsUnsigned64(String digits) {
      try {
        Long.parseUnsignedLong(digits);
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}

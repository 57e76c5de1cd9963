package dev.tact.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Author;
import dev.tact.core.Channel;
import dev.tact.core.Conversation;
import dev.tact.core.Draft;
import dev.tact.core.Message;
import dev.tact.core.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@code tact review --jsonl}: the draft ({@code text}, {@code locale} as a BCP 47 tag,
 * {@code channel} as {@code public}, {@code private} or a built-in channel id) and what it answers
 * (optional {@code inbound}, the customer's message, and optional {@code thread}, the texts of the
 * brand's earlier public replies, oldest first), and optional {@code automated}: {@code true} when a
 * bot wrote the draft, so that {@code tone.bot-disclosure} checks it (see {@code Draft#automated()}).
 * Null means absent for the optional fields; any
 * other field is an error, so that a misspelt {@code inbund} cannot silently drop the customer's
 * message and with it the mood the rules judge by.
 *
 * <p>The conversation is the thread's replies (brand, public) followed by the inbound message
 * (customer, with the channel's visibility), so the inbound message is what the draft answers.
 *
 * @param draft the reply to review
 * @param conversation what it answers; empty when there is neither inbound nor thread
 */
record ReviewRequest(Draft draft, Conversation conversation) {
  private static final Set<String> FIELDS = Set.of("text", "locale", "channel", "inbound", "thread", "automated");
  private static final String FIELD_LIST = "text, locale, channel, inbound, thread and automated";
  private static final String EXAMPLE =
      "{\"text\":\"Thanks for your patience!\",\"locale\":\"en\",\"channel\":\"x.reply\"}";
  /** The channel ids in messages: the two generic ones first, then the platforms. */
  static final String CHANNEL_IDS = Stream.concat(
          Stream.of(Channel.PUBLIC.id(), Channel.PRIVATE.id()),
          Channel.builtIn().stream().map(Channel::id)
              .filter(id -> !id.equals(Channel.PUBLIC.id()) && !id.equals(Channel.PRIVATE.id())))
      .collect(Collectors.joining(", "));

  /**
   * Reads a request from one line of JSON.
   *
   * @throws BadLineException saying what is wrong with the line and how to fix it
   */
  static ReviewRequest read(String line, ObjectMapper json) throws BadLineException {
    JsonNode request = JsonFields.object(line, json, EXAMPLE, FIELDS, FIELD_LIST);
    String text = JsonFields.string(request, "text");
    Locale locale = locale(JsonFields.string(request, "locale"));
    Channel channel = channel(JsonFields.string(request, "channel"));
    @Nullable String inbound = JsonFields.optionalString(request, "inbound");
    boolean automated = JsonFields.optionalBoolean(request, "automated");
    List<Message> messages = thread(request);
    if (inbound != null) {
      messages.add(new Message(Author.CUSTOMER, inbound, channel.visibility(), null));
    }
    Draft draft = automated ? Draft.automated(text, locale, channel) : new Draft(text, locale, channel);
    return new ReviewRequest(draft, Conversation.of(messages));
  }

  /**
   * A well-formed BCP 47 tag with a two- or three-letter language, such as {@code en}, {@code ja-JP}
   * or {@code pt-BR}.
   *
   * @throws BadLineException naming the value and an example
   */
  static Locale locale(String tag) throws BadLineException {
    try {
      return LocaleTags.locale(tag);
    } catch (IllegalArgumentException e) {
      throw new BadLineException("field 'locale': " + e.getMessage());
    }
  }

  /**
   * {@code public}, {@code private} or a built-in channel id such as {@code x.reply}.
   *
   * @throws BadLineException naming the value and the valid ids
   */
  static Channel channel(String id) throws BadLineException {
    return Channel.builtIn(id).orElseThrow(() -> new BadLineException(
        "field 'channel': unknown channel " + TimeValues.quote(id) + "; use one of " + CHANNEL_IDS));
  }

  /** The brand's earlier public replies, oldest first, as a list that the caller may extend. */
  private static List<Message> thread(JsonNode request) throws BadLineException {
    JsonNode node = request.get("thread");
    if (node == null || node.isNull()) {
      return new ArrayList<>(1);
    }
    if (!node.isArray()) {
      throw new BadLineException("field 'thread' must be an array of the brand's earlier public replies"
          + " such as [\"Sorry to hear that! Which order was it?\"], got " + JsonFields.kind(node));
    }
    List<Message> replies = new ArrayList<>(node.size() + 1);
    for (int i = 0; i < node.size(); i++) {
      JsonNode reply = node.get(i);
      if (!reply.isTextual()) {
        throw new BadLineException(
            "field 'thread[" + i + "]' must be a string (a reply's text), got " + JsonFields.kind(reply));
      }
      replies.add(new Message(Author.BRAND, reply.textValue(), Visibility.PUBLIC, null));
    }
    return replies;
  }
}

package dev.tact.rules.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.core.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The labelled escalation sets ({@code src/test/resources/dev/tact/rules/escalation/labelled/<lang>.jsonl},
 * described in the README.md beside them) stay well formed and large enough to measure the escalation
 * policy with: every line is a JSON object with exactly the known fields, real reason codes and
 * built-in channel ids; the route, the long-thread reason and the blocking flag follow the contract's
 * rules; ids are unique; and each language has at least 30 PRIVATE and 30 PUBLIC cases, every reason
 * several times, trolls, unsure senders and cases on private channels.
 */
class EscalationSetTest {
  private static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "ja", "pt");
  private static final String FOLDER = "/dev/tact/rules/escalation/labelled/";
  private static final Set<String> FIELDS =
      Set.of("id", "inbound", "draft", "channel", "thread", "route", "reasons", "sender", "blocking", "note");
  /** The default thread threshold: this many public brand replies make a thread long. */
  private static final int LONG_THREAD = 3;
  private static final int MINIMUM_PER_ROUTE = 30;
  private static final int MINIMUM_PER_REASON = 3;
  private static final int MINIMUM_PER_DOUBTFUL_SENDER = 5;
  private static final int MINIMUM_PRIVATE_CHANNEL = 2;
  private static final int MINIMUM_FULL_WIDTH_JA = 3;
  private static final Pattern FULL_WIDTH_DIGIT = Pattern.compile("[\uff10-\uff19]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, List<Case>> SETS = readSets();

  /** One labelled case, checked against the format and the contract's rules when it is read. */
  record Case(String id, String inbound, String draft, Channel channel, int thread, Route route,
      Set<Reason> reasons, Sender sender, boolean blocking, String where) {}

  @Test
  void everyLanguageHasASetWhoseLinesAllFollowTheFormat() {
    assertEquals(new TreeSet<>(LANGUAGES), new TreeSet<>(SETS.keySet()));
    SETS.forEach((language, cases) -> assertFalse(cases.isEmpty(), language + ".jsonl is empty"));
  }

  @Test
  void idsAreUniqueAndNamedAfterTheirLanguage() {
    Map<String, String> seen = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    SETS.forEach((language, cases) -> cases.forEach(c -> {
      if (!c.id().matches(Pattern.quote(language) + "-\\d{3}")) {
        wrong.add(c.where() + ": id '" + c.id() + "' is not " + language + "-NNN");
      }
      String other = seen.put(c.id(), c.where());
      if (other != null) {
        wrong.add(c.where() + ": id '" + c.id() + "' also at " + other);
      }
    }));
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void noCaseRepeatsAnotherInTheSameLanguage() {
    List<String> copies = new ArrayList<>();
    SETS.values().forEach(cases -> {
      Map<String, String> seen = new HashMap<>();
      for (Case c : cases) {
        String other = seen.put(key(c.inbound()) + "\n" + key(c.draft()), c.where());
        if (other != null) {
          copies.add(c.where() + " repeats " + other);
        }
      }
    });
    assertTrue(copies.isEmpty(), String.join("\n", copies));
  }

  @Test
  void eachLanguageHasAtLeastThirtyPrivateAndThirtyPublicCases() {
    List<String> tooSmall = new ArrayList<>();
    SETS.forEach((language, cases) -> {
      long privately = cases.stream().filter(c -> c.route() == Route.PRIVATE).count();
      long publicly = cases.size() - privately;
      if (privately < MINIMUM_PER_ROUTE || publicly < MINIMUM_PER_ROUTE) {
        tooSmall.add(language + ": " + privately + " PRIVATE, " + publicly + " PUBLIC");
      }
    });
    assertTrue(tooSmall.isEmpty(), "at least " + MINIMUM_PER_ROUTE + " of each route: " + tooSmall);
  }

  @Test
  void everyReasonAppearsSeveralTimesInEachLanguage() {
    List<String> missing = new ArrayList<>();
    SETS.forEach((language, cases) -> {
      for (Reason reason : Reason.values()) {
        long count = cases.stream().filter(c -> c.reasons().contains(reason)).count();
        if (count < MINIMUM_PER_REASON) {
          missing.add(language + " " + reason + ": " + count);
        }
      }
    });
    assertTrue(missing.isEmpty(), "each reason needs " + MINIMUM_PER_REASON + " cases per language: " + missing);
  }

  @Test
  void eachLanguageHasTrollsUnsureSendersAndCustomers() {
    List<String> missing = new ArrayList<>();
    SETS.forEach((language, cases) -> {
      for (Sender sender : Sender.values()) {
        long count = cases.stream().filter(c -> c.sender() == sender).count();
        if (count < MINIMUM_PER_DOUBTFUL_SENDER) {
          missing.add(language + " " + sender + ": " + count);
        }
      }
    });
    assertTrue(missing.isEmpty(),
        "each sender label needs " + MINIMUM_PER_DOUBTFUL_SENDER + " cases per language: " + missing);
  }

  @Test
  void eachLanguageHasCasesOnPrivateChannelsAndOnEveryCommonPublicOne() {
    List<String> missing = new ArrayList<>();
    SETS.forEach((language, cases) -> {
      long privateChannel = cases.stream().filter(c -> !c.channel().isPublic()).count();
      if (privateChannel < MINIMUM_PRIVATE_CHANNEL) {
        missing.add(language + ": " + privateChannel + " on private channels");
      }
      for (Channel channel : List.of(Channel.X_REPLY, Channel.FACEBOOK_COMMENT, Channel.INSTAGRAM_COMMENT,
          Channel.REVIEW_REPLY)) {
        if (cases.stream().noneMatch(c -> c.channel().equals(channel))) {
          missing.add(language + ": nothing on " + channel.id());
        }
      }
    });
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  @Test
  void japaneseHasPersonalDataInFullWidthDigits() {
    long fullWidth = SETS.get("ja").stream()
        .filter(c -> c.reasons().contains(Reason.PERSONAL_DATA_IN_INBOUND))
        .filter(c -> FULL_WIDTH_DIGIT.matcher(c.inbound()).find())
        .count();
    assertTrue(fullWidth >= MINIMUM_FULL_WIDTH_JA,
        "ja needs " + MINIMUM_FULL_WIDTH_JA + " cases of personal data in full-width digits, has " + fullWidth);
  }

  @Test
  void aLineWithAnUnknownReasonIsRejected() {
    String line = line("\"reasons\":[\"ORDER_NUMBER\"]", "\"route\":\"PRIVATE\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(line, "t:1"));
    assertTrue(e.getMessage().contains("ORDER_NUMBER"), e.getMessage());
  }

  @Test
  void aPrivateRouteWithoutReasonsIsRejected() {
    String line = line("\"reasons\":[]", "\"route\":\"PRIVATE\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(line, "t:1"));
    assertTrue(e.getMessage().contains("route"), e.getMessage());
  }

  @Test
  void aPublicDraftWithPersonalDataThatIsNotBlockingIsRejected() {
    String line = line("\"reasons\":[\"PERSONAL_DATA_IN_DRAFT\"]", "\"route\":\"PRIVATE\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(line, "t:1"));
    assertTrue(e.getMessage().contains("blocking"), e.getMessage());
  }

  @Test
  void aLongThreadWithoutItsReasonIsRejected() {
    String line = line("\"reasons\":[]", "\"route\":\"PUBLIC\"").replace("\"thread\":0", "\"thread\":3");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(line, "t:1"));
    assertTrue(e.getMessage().contains("LONG_THREAD"), e.getMessage());
  }

  @Test
  void aLineWithAnUnknownChannelOrFieldIsRejected() {
    String valid = line("\"reasons\":[]", "\"route\":\"PUBLIC\"");
    parse(valid, "t:1");
    assertThrows(IllegalArgumentException.class,
        () -> parse(valid.replace("x.reply", "twitter"), "t:1"));
    assertThrows(IllegalArgumentException.class,
        () -> parse(valid.replace("\"note\"", "\"comment\""), "t:1"));
  }

  /** A public X reply from a customer, with the given reasons and route. */
  private static String line(String reasons, String route) {
    return "{\"id\":\"en-999\",\"inbound\":\"where is my parcel?\",\"draft\":\"It arrives on Friday.\","
        + "\"channel\":\"x.reply\",\"thread\":0," + route + "," + reasons + ",\"sender\":\"CUSTOMER\","
        + "\"blocking\":false,\"note\":\"test\"}";
  }

  private static Map<String, List<Case>> readSets() {
    Map<String, List<Case>> sets = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      String resource = FOLDER + language + ".jsonl";
      try (InputStream in = EscalationSetTest.class.getResourceAsStream(resource)) {
        if (in == null) {
          continue;
        }
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
          boolean last = i == lines.length - 1;
          if (last && lines[i].isEmpty()) {
            break;
          }
          cases.add(parse(lines[i], language + ".jsonl:" + (i + 1)));
        }
        sets.put(language, List.copyOf(cases));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return sets;
  }

  /** Reads one line, or says what is wrong with it and where. */
  static Case parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + ": each line must be one JSON object");
    }
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    if (!names.equals(new TreeSet<>(FIELDS))) {
      throw new IllegalArgumentException(where + ": fields must be exactly " + new TreeSet<>(FIELDS) + ", got " + names);
    }
    String id = text(node, "id", where);
    String channelId = text(node, "channel", where);
    Channel channel = Channel.builtIn(channelId).orElseThrow(() -> new IllegalArgumentException(
        where + ": channel '" + channelId + "' is not a built-in channel id such as x.reply or x.dm"));
    JsonNode thread = node.get("thread");
    if (!thread.isInt() || thread.intValue() < 0) {
      throw new IllegalArgumentException(where + ": thread must be a whole number of replies, 0 or more");
    }
    Route route = constant(Route.class, text(node, "route", where), where);
    Sender sender = constant(Sender.class, text(node, "sender", where), where);
    JsonNode reasonsNode = node.get("reasons");
    if (!reasonsNode.isArray()) {
      throw new IllegalArgumentException(where + ": reasons must be an array of reason codes");
    }
    Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    for (Iterator<JsonNode> it = reasonsNode.elements(); it.hasNext(); ) {
      JsonNode reason = it.next();
      if (!reason.isTextual() || !reasons.add(constant(Reason.class, reason.textValue(), where))) {
        throw new IllegalArgumentException(where + ": reasons must be distinct reason codes, got " + reasonsNode);
      }
    }
    if (!node.get("blocking").isBoolean()) {
      throw new IllegalArgumentException(where + ": blocking must be true or false");
    }
    boolean blocking = node.get("blocking").booleanValue();
    text(node, "note", where);
    if ((route == Route.PRIVATE) != !reasons.isEmpty()) {
      throw new IllegalArgumentException(
          where + ": route is PRIVATE exactly when there are reasons; got " + route + " with " + reasons);
    }
    if ((thread.intValue() >= LONG_THREAD) != reasons.contains(Reason.LONG_THREAD)) {
      throw new IllegalArgumentException(where + ": LONG_THREAD applies exactly when thread >= " + LONG_THREAD
          + "; got thread " + thread.intValue() + " with " + reasons);
    }
    boolean leaks = reasons.contains(Reason.PERSONAL_DATA_IN_DRAFT) && channel.isPublic();
    if (blocking != leaks) {
      throw new IllegalArgumentException(where + ": blocking is true exactly when a draft for a public channel"
          + " holds personal data; got blocking " + blocking + " on " + channel.id() + " with " + reasons);
    }
    return new Case(id, text(node, "inbound", where), text(node, "draft", where), channel, thread.intValue(),
        route, Set.copyOf(reasons), sender, blocking, where);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (!value.isTextual() || value.textValue().isBlank() || value.textValue().contains("\n")) {
      throw new IllegalArgumentException(where + ": " + field + " must be a non-blank, one-line string");
    }
    return value.textValue();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": '" + name + "' is not a " + type.getSimpleName() + "; use one of "
          + EnumSet.allOf(type), e);
    }
  }

  /** The text without case or runs of white space, so that trivial copies compare equal. */
  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}

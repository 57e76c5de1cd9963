package dev.tact.rules.escalation;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.tact.rules.RulePackException;
import dev.tact.rules.escalation.internal.SignalLists;
import dev.tact.rules.internal.Node;
import dev.tact.rules.internal.NodeReader;
import dev.tact.rules.internal.Problems;
import dev.tact.rules.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's escalation settings, read from YAML or JSON: the thread limit, the topics that count,
 * the kinds of personal data to look for, the region of phone numbers, the tenant's own order-number
 * formats and the tenant's own phrases. Every key is optional; what is left out keeps Tact's default.
 *
 * <pre>{@code
 * EscalationConfig config = EscalationConfig.parse("""
 *     threadThreshold: 2
 *     topics: [billing-refunds, account-security, legal, loyalty-points]
 *     personalData: [email, phone, payment-card, iban, order-number]
 *     phoneRegion: DE
 *     orderNumberPatterns: ["ACME-[0-9]{6}"]
 *     phrases:
 *       en:
 *         topics:
 *           loyalty-points: ["(my|lost) (points|miles)"]
 *         privateRequest: ["(can|could) i call you"]
 *     """, "acme-escalation.yaml");
 * EscalationPolicy policy = EscalationPolicy.builder().config(config).build();
 * }</pre>
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>meaning</th><th>default</th></tr>
 * <tr><td>{@code threadThreshold}</td><td>after this many public replies of the brand, the next one
 *     goes to a DM ({@link Reason#LONG_THREAD}); 1 to 1000</td><td>3</td></tr>
 * <tr><td>{@code topics}</td><td>the topic ids that make a {@link Reason#SENSITIVE_TOPIC}: built-in
 *     ({@code billing-refunds}, {@code account-security}, {@code legal}, {@code health-safety},
 *     {@code data-privacy}) or defined under {@code phrases}; {@code []} for none</td>
 *     <td>every built-in and own topic</td></tr>
 * <tr><td>{@code personalData}</td><td>the kinds looked for: {@code email}, {@code phone},
 *     {@code payment-card}, {@code iban}, {@code order-number}, {@code postal-address},
 *     {@code credential}, {@code date-of-birth}</td><td>all</td></tr>
 * <tr><td>{@code phoneRegion}</td><td>ISO 3166 region whose national phone formats count, such as
 *     {@code JP}</td><td>international formats only</td></tr>
 * <tr><td>{@code orderNumberPatterns}</td><td>RE2/J regular expressions (linear time) for the
 *     tenant's order, ticket or booking numbers</td><td>none (labelled numbers are still found)</td></tr>
 * <tr><td>{@code phrases}</td><td>per language code, more phrases in the pattern language of
 *     docs/rule-packs.md, in the lists of Tact's own signal files: {@code accountRequest},
 *     {@code privateRequest}, {@code topics} (topic id to phrases), {@code insult},
 *     {@code hostility}, {@code profanity}, {@code sweepingClaim}, {@code specificDetail},
 *     {@code pastExperience}, {@code question}</td><td>none</td></tr>
 * </table>
 *
 * <p>Loading is all-or-nothing: a configuration with any problem throws a {@link
 * RulePackException} naming the source, line and column of each problem and what to write
 * instead, and nothing of it is used. Instances are immutable and thread-safe.
 */
public final class EscalationConfig {
  private static final Map<String, PersonalDataKind> KINDS = kinds();
  private static final List<String> KEYS = List.of(
      "threadThreshold", "topics", "personalData", "phoneRegion", "orderNumberPatterns", "phrases");
  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
  /** The largest thread limit a configuration may set. */
  static final int MAX_THRESHOLD = 1000;

  private final String source;
  private final @Nullable Integer threadThreshold;
  private final @Nullable Set<String> topics;
  private final @Nullable Set<PersonalDataKind> personalData;
  private final @Nullable String phoneRegion;
  private final List<String> orderNumberPatterns;
  private final List<SignalLists> phrases;

  private EscalationConfig(String source, @Nullable Integer threadThreshold, @Nullable Set<String> topics,
      @Nullable Set<PersonalDataKind> personalData, @Nullable String phoneRegion,
      List<String> orderNumberPatterns, List<SignalLists> phrases) {
    this.source = source;
    this.threadThreshold = threadThreshold;
    this.topics = topics == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(topics));
    this.personalData = personalData == null ? null : Collections.unmodifiableSet(EnumSet.copyOf(personalData));
    this.phoneRegion = phoneRegion;
    this.orderNumberPatterns = List.copyOf(orderNumberPatterns);
    this.phrases = List.copyOf(phrases);
  }

  private static Map<String, PersonalDataKind> kinds() {
    Map<String, PersonalDataKind> kinds = new LinkedHashMap<>();
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      kinds.put(key(kind), kind);
    }
    return Collections.unmodifiableMap(kinds);
  }

  /** The name of a kind in a configuration: {@code PAYMENT_CARD} is {@code payment-card}. */
  public static String key(PersonalDataKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads a configuration: JSON when {@code sourceName} ends in {@code .json}, YAML otherwise.
   *
   * @param sourceName the file or resource name, used in problems
   * @throws RulePackException naming the source, line and column of every problem
   */
  public static EscalationConfig parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    return new Reader(sourceName).read(NodeReader.read(text, sourceName));
  }

  /** The source the configuration was read from. */
  public String source() {
    return source;
  }

  /** The thread limit, if the configuration sets one. */
  public OptionalInt threadThreshold() {
    return threadThreshold == null ? OptionalInt.empty() : OptionalInt.of(threadThreshold);
  }

  /** The topics that count, if the configuration lists them. */
  public Optional<Set<String>> topics() {
    return Optional.ofNullable(topics);
  }

  /** The kinds of personal data looked for, if the configuration lists them. */
  public Optional<Set<PersonalDataKind>> personalData() {
    return Optional.ofNullable(personalData);
  }

  /** The phone region, if the configuration sets one. */
  public Optional<String> phoneRegion() {
    return Optional.ofNullable(phoneRegion);
  }

  /** The tenant's order-number patterns (RE2/J), in the order written. */
  public List<String> orderNumberPatterns() {
    return orderNumberPatterns;
  }

  /** The topic ids the configuration's own phrases define (beyond the built-in ones), sorted. */
  public Set<String> ownTopics() {
    Set<String> own = new TreeSet<>();
    for (SignalLists lists : phrases) {
      own.addAll(lists.topics());
    }
    own.removeAll(SignalLists.BUILT_IN_TOPICS);
    return Collections.unmodifiableSet(own);
  }

  /** The tenant's phrases, per language. */
  List<SignalLists> phrases() {
    return phrases;
  }

  @Override
  public String toString() {
    return "EscalationConfig[" + source + "]";
  }

  /** Reads and checks one document, collecting every problem. */
  private static final class Reader {
    private final String source;
    private final Problems problems = new Problems();

    Reader(String source) {
      this.source = source;
    }

    EscalationConfig read(Node root) {
      if (!(root instanceof Node.Mapping map)) {
        throw new RulePackException("an escalation configuration is a mapping with keys such as"
            + " 'threadThreshold' and 'topics'; found " + Node.kind(root), source,
            root.location().line(), root.location().column());
      }
      for (Node.Entry entry : map.entries().values()) {
        if (!KEYS.contains(entry.key())) {
          String close = Suggestions.closest(entry.key(), KEYS);
          problems.add(source, entry.keyLocation(), "unknown key '" + entry.key() + "'"
              + (close != null ? " (did you mean '" + close + "'?)" : "")
              + "; the keys are " + String.join(", ", KEYS));
        }
      }
      Map<String, Node.Entry> entries = map.entries();
      Integer threshold = entries.containsKey("threadThreshold") ? threshold(entries.get("threadThreshold")) : null;
      Set<PersonalDataKind> kinds = entries.containsKey("personalData") ? kinds(entries.get("personalData")) : null;
      String region = entries.containsKey("phoneRegion") ? region(entries.get("phoneRegion")) : null;
      List<String> patterns = entries.containsKey("orderNumberPatterns")
          ? patterns(entries.get("orderNumberPatterns")) : List.of();
      List<SignalLists> phrases = entries.containsKey("phrases") ? phrases(entries.get("phrases")) : List.of();
      Set<String> known = new TreeSet<>(SignalLists.BUILT_IN_TOPICS);
      phrases.forEach(lists -> known.addAll(lists.topics()));
      Set<String> topics = entries.containsKey("topics") ? topics(entries.get("topics"), known) : null;
      problems.throwIfAny();
      return new EscalationConfig(source, threshold, topics, kinds, region, patterns, phrases);
    }

    private @Nullable Integer threshold(Node.Entry entry) {
      if (entry.value() instanceof Node.Scalar scalar && !scalar.quoted()
          && scalar.text().matches("[0-9]{1,4}")) {
        int value = Integer.parseInt(scalar.text());
        if (value >= 1 && value <= MAX_THRESHOLD) {
          return value;
        }
      }
      problems.add(source, entry.value().location(), "'threadThreshold' is a whole number from 1 to "
          + MAX_THRESHOLD + " (the brand's public replies after which the next goes to a DM), such as 3");
      return null;
    }

    private List<Node.Scalar> list(Node.Entry entry, String what) {
      List<Node.Scalar> result = new ArrayList<>();
      if (!(entry.value() instanceof Node.Sequence sequence)) {
        problems.add(source, entry.value().location(), "'" + entry.key() + "' is a list of " + what
            + "; found " + Node.kind(entry.value()));
        return result;
      }
      for (Node item : sequence.items()) {
        if (item instanceof Node.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
          result.add(scalar);
        } else {
          problems.add(source, item.location(), "an entry of '" + entry.key() + "' is " + what
              + "; found " + Node.kind(item));
        }
      }
      return result;
    }

    private Set<PersonalDataKind> kinds(Node.Entry entry) {
      Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
      for (Node.Scalar scalar : list(entry, "kinds of personal data")) {
        PersonalDataKind kind = KINDS.get(scalar.text());
        if (kind == null) {
          String close = Suggestions.closest(scalar.text(), KINDS.keySet());
          problems.add(source, scalar.location(), "unknown kind of personal data '" + scalar.text() + "'"
              + (close != null ? " (did you mean '" + close + "'?)" : "")
              + "; the kinds are " + String.join(", ", KINDS.keySet()));
        } else {
          kinds.add(kind);
        }
      }
      return kinds;
    }

    private @Nullable String region(Node.Entry entry) {
      if (entry.value() instanceof Node.Scalar scalar && REGIONS.contains(scalar.text())) {
        return scalar.text();
      }
      String found = entry.value() instanceof Node.Scalar scalar ? "'" + scalar.text() + "'" : Node.kind(entry.value());
      problems.add(source, entry.value().location(), "'phoneRegion' is an ISO 3166 region code in capitals,"
          + " such as JP, US or DE; found " + found);
      return null;
    }

    private List<String> patterns(Node.Entry entry) {
      List<String> patterns = new ArrayList<>();
      for (Node.Scalar scalar : list(entry, "RE2/J regular expressions")) {
        try {
          Pattern compiled = Pattern.compile(scalar.text());
          if (compiled.matcher("").find()) {
            problems.add(source, scalar.location(), "order-number pattern '" + scalar.text()
                + "' matches the empty text; make it match at least one character");
          } else {
            patterns.add(scalar.text());
          }
        } catch (PatternSyntaxException e) {
          problems.add(source, scalar.location(), "order-number pattern '" + scalar.text()
              + "' is not an RE2 regular expression: " + e.getDescription()
              + " (RE2 has no backreferences or lookaround; see github.com/google/re2/wiki/Syntax)");
        }
      }
      return patterns;
    }

    private List<SignalLists> phrases(Node.Entry entry) {
      List<SignalLists> result = new ArrayList<>();
      if (!(entry.value() instanceof Node.Mapping languages)) {
        problems.add(source, entry.value().location(), "'phrases' is a mapping from a language code"
            + " (such as 'en') to lists; found " + Node.kind(entry.value()));
        return result;
      }
      for (Node.Entry language : languages.entries().values()) {
        if (!language.key().matches("[a-z]{2,3}")) {
          problems.add(source, language.keyLocation(), "'" + language.key()
              + "' is not an ISO 639 language code in lower case, such as 'en' or 'ja'");
        } else if (!(language.value() instanceof Node.Mapping lists)) {
          problems.add(source, language.value().location(), "the phrases of '" + language.key()
              + "' are a mapping from list name (such as 'privateRequest') to phrases");
        } else {
          result.add(SignalLists.read(lists, language.key(), Set.of(), source, problems));
        }
      }
      return result;
    }

    private Set<String> topics(Node.Entry entry, Set<String> known) {
      Set<String> topics = new LinkedHashSet<>();
      for (Node.Scalar scalar : list(entry, "topic ids")) {
        if (!known.contains(scalar.text())) {
          String close = Suggestions.closest(scalar.text(), known);
          problems.add(source, scalar.location(), "unknown topic '" + scalar.text() + "'"
              + (close != null ? " (did you mean '" + close + "'?)" : "")
              + "; use a built-in topic (" + String.join(", ", SignalLists.BUILT_IN_TOPICS)
              + ") or define its phrases under 'phrases.<language>.topics'");
        } else {
          topics.add(scalar.text());
        }
      }
      return topics;
    }
  }
}

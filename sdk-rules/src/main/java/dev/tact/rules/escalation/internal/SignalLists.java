package dev.tact.rules.escalation.internal;

import dev.tact.rules.escalation.SignalKind;
import dev.tact.rules.internal.Folding;
import dev.tact.rules.internal.Node;
import dev.tact.rules.internal.PackModel;
import dev.tact.rules.internal.PatternSyntaxError;
import dev.tact.rules.internal.PhrasePattern;
import dev.tact.rules.internal.Problems;
import dev.tact.rules.internal.Suggestions;
import dev.tact.rules.internal.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The signal phrases of one language, read from a mapping of named lists in the pattern language of
 * phrase packs (docs/rule-packs.md): Tact's own {@code dev/tact/rules/escalation/<lang>.yaml} and a
 * tenant's {@code phrases.<lang>} in an escalation configuration share this form.
 *
 * <pre>{@code
 * accountRequest: ["(send|dm) us your order number"]
 * privateRequest:
 *   - {pattern: "dm me", unlessAfter: ["don't", "do not"]}
 * topics:
 *   billing-refunds: ["charged twice", "refund"]
 * insult: [idiots]
 * }</pre>
 *
 * <p>An entry is a pattern, or a mapping with {@code pattern} (or a list, {@code patterns}) and
 * optional {@code unlessAfter} / {@code unlessBefore} words that cancel a match, as in packs.
 */
public final class SignalLists {
  /** The list names and the kind of signal each holds ({@code topics} is a mapping of lists). */
  public static final Map<String, SignalKind> LISTS = lists();
  /** The key of the mapping from topic id to list. */
  public static final String TOPICS = "topics";
  /** The topics Tact ships phrases for, in the order documented. */
  public static final List<String> BUILT_IN_TOPICS =
      List.of("billing-refunds", "account-security", "legal", "health-safety", "data-privacy");

  private static final Pattern TOPIC_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Set<String> ENTRY_KEYS = Set.of("pattern", "patterns", "unlessAfter", "unlessBefore");

  /** One phrase of a list: its kind, its topic (for topics only) and the compiled patterns. */
  public record Item(SignalKind kind, @Nullable String topic, PackModel.Phrase phrase) {}

  private final String language;
  private final List<Item> items;

  private SignalLists(String language, List<Item> items) {
    this.language = language;
    this.items = List.copyOf(items);
  }

  private static Map<String, SignalKind> lists() {
    Map<String, SignalKind> lists = new LinkedHashMap<>();
    lists.put("accountRequest", SignalKind.ACCOUNT_REQUEST);
    lists.put("privateRequest", SignalKind.PRIVATE_REQUEST);
    lists.put(TOPICS, SignalKind.SENSITIVE_TOPIC);
    lists.put("insult", SignalKind.INSULT);
    lists.put("hostility", SignalKind.HOSTILITY);
    lists.put("profanity", SignalKind.PROFANITY);
    lists.put("sweepingClaim", SignalKind.SWEEPING_CLAIM);
    lists.put("specificDetail", SignalKind.SPECIFIC_DETAIL);
    lists.put("pastExperience", SignalKind.PAST_EXPERIENCE);
    lists.put("courtesy", SignalKind.COURTESY);
    lists.put("question", SignalKind.QUESTION);
    return java.util.Collections.unmodifiableMap(lists);
  }

  /** The language the lists are for. */
  public String language() {
    return language;
  }

  /** Every phrase, in file order. */
  public List<Item> items() {
    return items;
  }

  /** The topic ids these lists name, in file order. */
  public Set<String> topics() {
    Set<String> topics = new java.util.LinkedHashSet<>();
    for (Item item : items) {
      if (item.topic() != null) {
        topics.add(item.topic());
      }
    }
    return topics;
  }

  /**
   * Reads the lists of {@code language} from {@code map}, adding what is wrong to {@code problems}.
   *
   * @param ignored keys of {@code map} that are not lists and belong to the caller (such as
   *     {@code language} in a built-in file)
   */
  public static SignalLists read(
      Node.Mapping map, String language, Set<String> ignored, String source, Problems problems) {
    boolean spaced = Words.usesSpaces(language);
    Map<String, String> folded = new HashMap<>();
    List<Item> items = new ArrayList<>();
    for (Node.Entry entry : map.entries().values()) {
      if (ignored.contains(entry.key())) {
        continue;
      }
      SignalKind kind = LISTS.get(entry.key());
      if (kind == null) {
        String close = Suggestions.closest(entry.key(), LISTS.keySet());
        problems.add(source, entry.keyLocation(), "unknown list '" + entry.key() + "'"
            + (close != null ? " (did you mean '" + close + "'?)" : "")
            + "; the lists are " + String.join(", ", new TreeSet<>(LISTS.keySet())));
        continue;
      }
      if (kind == SignalKind.SENSITIVE_TOPIC) {
        if (!(entry.value() instanceof Node.Mapping topics)) {
          problems.add(source, entry.value().location(),
              "'topics' is a mapping from a topic id (such as 'billing-refunds') to a list of phrases");
          continue;
        }
        for (Node.Entry topic : topics.entries().values()) {
          if (!TOPIC_ID.matcher(topic.key()).matches()) {
            problems.add(source, topic.keyLocation(), "'" + topic.key()
                + "' is not a topic id; use lower-case words joined by '-', such as 'billing-refunds'");
            continue;
          }
          readList(topic, kind, topic.key(), spaced, folded, source, problems, items);
        }
      } else {
        readList(entry, kind, null, spaced, folded, source, problems, items);
      }
    }
    return new SignalLists(language, items);
  }

  private static void readList(Node.Entry list, SignalKind kind, @Nullable String topic, boolean spaced,
      Map<String, String> folded, String source, Problems problems, List<Item> out) {
    if (!(list.value() instanceof Node.Sequence sequence)) {
      problems.add(source, list.value().location(), "'" + list.key() + "' is a list of phrases");
      return;
    }
    int n = 0;
    for (Node node : sequence.items()) {
      String id = (topic != null ? topic : list.key()) + "-" + (++n);
      PackModel.@Nullable Phrase phrase = phrase(node, id, list.key(), spaced, folded, source, problems);
      if (phrase != null) {
        out.add(new Item(kind, topic, phrase));
      }
    }
  }

  private static PackModel.@Nullable Phrase phrase(Node node, String id, String list, boolean spaced,
      Map<String, String> folded, String source, Problems problems) {
    List<Node.Scalar> patterns = new ArrayList<>();
    List<String> unlessAfter = new ArrayList<>();
    List<String> unlessBefore = new ArrayList<>();
    if (node instanceof Node.Scalar scalar && !scalar.isNull()) {
      patterns.add(scalar);
    } else if (node instanceof Node.Mapping map) {
      for (Node.Entry entry : map.entries().values()) {
        switch (entry.key()) {
          case "pattern" -> scalars(entry.value(), "'pattern' is one pattern", source, problems, patterns);
          case "patterns" -> scalars(entry.value(), "'patterns' is a list of patterns", source, problems, patterns);
          case "unlessAfter", "unlessBefore" -> {
            List<Node.Scalar> words = new ArrayList<>();
            scalars(entry.value(), "'" + entry.key() + "' is a list of words", source, problems, words);
            for (Node.Scalar word : words) {
              String text = Folding.fold(word.text()).strip();
              if (!spaced) {
                text = text.replace(" ", "");
              }
              if (text.isEmpty()) {
                problems.add(source, word.location(), "an empty entry in '" + entry.key() + "'; remove it");
              } else {
                (entry.key().equals("unlessAfter") ? unlessAfter : unlessBefore).add(text);
              }
            }
          }
          default -> {
            String close = Suggestions.closest(entry.key(), ENTRY_KEYS);
            problems.add(source, entry.keyLocation(), "unknown key '" + entry.key() + "'"
                + (close != null ? " (did you mean '" + close + "'?)" : "")
                + "; an entry has 'pattern' or 'patterns', and optional 'unlessAfter' / 'unlessBefore'");
          }
        }
      }
      if (patterns.isEmpty() && !map.entries().containsKey("pattern") && !map.entries().containsKey("patterns")) {
        problems.add(source, map.location(), "an entry of '" + list + "' needs 'pattern' or 'patterns'");
      }
    } else {
      problems.add(source, node.location(), "an entry of '" + list
          + "' is a pattern, or a mapping with 'pattern' and optional 'unlessAfter' / 'unlessBefore'");
      return null;
    }
    List<PhrasePattern.Expansion> expansions = new ArrayList<>();
    boolean ok = true;
    for (Node.Scalar pattern : patterns) {
      try {
        expansions.addAll(PhrasePattern.expand(pattern.text(), spaced, folded));
      } catch (PatternSyntaxError e) {
        ok = false;
        int column = pattern.text().indexOf('\n') >= 0
            ? pattern.location().column()
            : pattern.location().column() + (pattern.quoted() ? 1 : 0) + e.offset();
        problems.add(source, pattern.location().line(), column,
            "pattern '" + pattern.text() + "': " + e.getMessage());
      }
    }
    if (!ok || expansions.isEmpty()) {
      return null;
    }
    return new PackModel.Phrase(id, node.location(), expansions, List.of(), unlessAfter, unlessBefore,
        null, List.of());
  }

  private static void scalars(
      Node node, String what, String source, Problems problems, List<Node.Scalar> out) {
    if (node instanceof Node.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
      out.add(scalar);
    } else if (node instanceof Node.Sequence sequence) {
      for (Node item : sequence.items()) {
        if (item instanceof Node.Scalar scalar && !scalar.isNull() && !scalar.text().isBlank()) {
          out.add(scalar);
        } else {
          problems.add(source, item.location(), what + "; this entry is " + Node.kind(item));
        }
      }
    } else {
      problems.add(source, node.location(), what + "; found " + Node.kind(node));
    }
  }
}

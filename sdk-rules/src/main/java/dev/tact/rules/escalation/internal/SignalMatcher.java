package dev.tact.rules.escalation.internal;

import dev.tact.rules.TextView;
import dev.tact.rules.escalation.SignalKind;
import dev.tact.rules.escalation.Source;
import dev.tact.rules.internal.PhraseMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every signal phrase of every language, compiled: per language two {@link PhraseMatcher}s (one
 * automaton each), one holding the lists that apply to a customer's message (private requests,
 * topics, troll and customer signals) and one holding those that apply to a draft (account requests,
 * topics), so that a text is scanned once by an automaton without keys it cannot use. Each is
 * compiled the first time a text of its language and source is read. Numbers and question marks are
 * found in the same text in one loop over its characters. Immutable and thread-safe.
 */
public final class SignalMatcher {
  /**
   * What a compiled list stands for.
   *
   * @param topic the topic id of a {@link SignalKind#SENSITIVE_TOPIC} list, otherwise null
   */
  public record Slot(SignalKind kind, @Nullable String topic) {}

  /**
   * A signal found, in offsets into the normalized text of the view it was found in.
   *
   * @param slot what was found
   */
  public record Hit(Slot slot, int start, int end) {}

  private static final Slot NUMBER = new Slot(SignalKind.NUMBER, null);
  private static final Slot QUESTION = new Slot(SignalKind.QUESTION, null);
  private static final Comparator<PhraseMatcher.Match> BY_SLOT_START_LONGEST =
      Comparator.comparingInt(PhraseMatcher.Match::rule)
          .thenComparingInt(PhraseMatcher.Match::start)
          .thenComparing(Comparator.comparingInt(PhraseMatcher.Match::end).reversed());
  private static final Comparator<Hit> BY_START_END =
      Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end);

  private final List<Slot> slots;
  /** Per language: the matcher of the inbound lists. */
  private final Map<String, PhraseMatcher> inboundByLanguage;
  /** Per language: the matcher of the draft lists. */
  private final Map<String, PhraseMatcher> draftByLanguage;
  private final boolean[] inbound;
  private final boolean[] draft;

  private SignalMatcher(List<Slot> slots, Map<String, PhraseMatcher> inboundByLanguage,
      Map<String, PhraseMatcher> draftByLanguage) {
    this.slots = List.copyOf(slots);
    this.inboundByLanguage = Map.copyOf(inboundByLanguage);
    this.draftByLanguage = Map.copyOf(draftByLanguage);
    this.inbound = new boolean[slots.size()];
    this.draft = new boolean[slots.size()];
    for (int i = 0; i < slots.size(); i++) {
      draft[i] = isDraftList(slots.get(i).kind());
      inbound[i] = isInboundList(slots.get(i).kind());
    }
  }

  private static boolean isDraftList(SignalKind kind) {
    return kind == SignalKind.ACCOUNT_REQUEST || kind == SignalKind.SENSITIVE_TOPIC;
  }

  private static boolean isInboundList(SignalKind kind) {
    return kind != SignalKind.ACCOUNT_REQUEST;
  }

  /**
   * Compiles {@code lists} (any number per language; later ones add phrases), leaving out the topics
   * that are not in {@code topics}.
   */
  public static SignalMatcher compile(List<SignalLists> lists, Set<String> topics) {
    Map<Slot, Integer> slotIds = new LinkedHashMap<>();
    for (SignalKind kind : SignalKind.values()) {
      if (kind != SignalKind.SENSITIVE_TOPIC && kind != SignalKind.NUMBER) {
        slotIds.put(new Slot(kind, null), slotIds.size());
      }
    }
    Map<String, List<PhraseMatcher.Entry>> entries = new LinkedHashMap<>();
    for (SignalLists list : lists) {
      List<PhraseMatcher.Entry> language = entries.computeIfAbsent(list.language(), l -> new ArrayList<>());
      for (SignalLists.Item item : list.items()) {
        if (item.topic() != null && !topics.contains(item.topic())) {
          continue;
        }
        Integer slot = slotIds.computeIfAbsent(new Slot(item.kind(), item.topic()), s -> slotIds.size());
        language.add(new PhraseMatcher.Entry(slot, item.phrase()));
      }
    }
    List<Slot> slots = new ArrayList<>(slotIds.keySet());
    Map<String, PhraseMatcher> inbound = new HashMap<>();
    Map<String, PhraseMatcher> draft = new HashMap<>();
    entries.forEach((language, list) -> {
      List<PhraseMatcher.Entry> inboundEntries = new ArrayList<>();
      List<PhraseMatcher.Entry> draftEntries = new ArrayList<>();
      for (PhraseMatcher.Entry entry : list) {
        SignalKind kind = slots.get(entry.rule()).kind();
        if (isInboundList(kind)) {
          inboundEntries.add(entry);
        }
        if (isDraftList(kind)) {
          draftEntries.add(entry);
        }
      }
      inbound.put(language, PhraseMatcher.onFirstUse(() -> PhraseMatcher.compile(language, inboundEntries)));
      draft.put(language, PhraseMatcher.onFirstUse(() -> PhraseMatcher.compile(language, draftEntries)));
    });
    return new SignalMatcher(slots, inbound, draft);
  }

  /** Whether {@code language} has signal phrases. */
  public boolean covers(String language) {
    return inboundByLanguage.containsKey(language);
  }

  /**
   * The signals in {@code view}: for a customer's message every list but account requests, plus
   * numbers and question marks; for a draft, account requests and topics. Per list, the leftmost
   * longest matches that do not overlap; matches inside a quotation are left out, and so are the
   * topics of a message that laughs. Sorted by start.
   */
  public List<Hit> find(TextView view, Source source) {
    List<Hit> hits = new ArrayList<>();
    @Nullable PhraseMatcher matcher =
        (source == Source.DRAFT ? draftByLanguage : inboundByLanguage).get(view.language());
    if (matcher != null) {
      List<PhraseMatcher.Match> matches =
          matcher.match(view, source == Source.DRAFT ? draft : inbound);
      if (matches.size() > 1) {
        matches = new ArrayList<>(matches);
        matches.sort(BY_SLOT_START_LONGEST);
      }
      int slot = -1;
      int keptEnd = -1;
      for (PhraseMatcher.Match match : matches) {
        if (match.rule() != slot) {
          slot = match.rule();
          keptEnd = -1;
        }
        if (match.start() >= keptEnd) {
          hits.add(new Hit(slots.get(slot), match.start(), match.end()));
          keptEnd = match.end();
        }
      }
    }
    if (source == Source.INBOUND) {
      String text = view.normalized();
      if (laughs(text)) {
        hits.removeIf(hit -> hit.slot().kind() == SignalKind.SENSITIVE_TOPIC);
      }
      numbersAndQuestions(text, hits);
    }
    if (hits.size() > 1) {
      hits.sort(BY_START_END);
    }
    return hits;
  }

  /**
   * Whether a customer's message laughs (😂 or 🤣): its topic words are a joke ("I'm going to sue
   * you for making these cookies this good 😂") and make no sensitive topic.
   */
  private static boolean laughs(String text) {
    return text.indexOf("\uD83D\uDE02") >= 0 || text.indexOf("\uD83E\uDD23") >= 0;
  }

  /**
   * Runs of digits (joined by single {@code . , / - :}, so "12/03" and "1,200" are one number) and
   * runs of question marks, in one loop; the normalized text has full-width forms folded already.
   */
  private static void numbersAndQuestions(String text, List<Hit> hits) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        int start = i;
        int end = i + 1;
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (isDigit(d)) {
            end = ++j;
          } else if (".,/-:".indexOf(d) >= 0 && j + 1 < n && isDigit(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        hits.add(new Hit(NUMBER, start, end));
        i = end;
      } else if (c == '?') {
        int start = i;
        while (i < n && text.charAt(i) == '?') {
          i++;
        }
        hits.add(new Hit(QUESTION, start, i));
      } else {
        i++;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The languages, sorted, for messages. */
  public List<String> languages() {
    String[] languages = inboundByLanguage.keySet().toArray(new String[0]);
    Arrays.sort(languages);
    return List.of(languages);
  }

  @Override
  public String toString() {
    return "SignalMatcher" + languages();
  }
}

package dev.tact.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A multi-pattern string matcher (Aho and Corasick, 1975) over UTF-16 units, stored in flat arrays:
 * the transitions of state {@code s} are {@code labels[first[s] .. first[s + 1])} (sorted, found by
 * binary search) with targets beside them; the root has a direct table for ASCII. A scan reads every
 * unit of the text once and reports every occurrence of every key, overlaps included, in time linear
 * in the text plus the number of occurrences. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * AhoCorasick keys = AhoCorasick.of(List.of("he", "she", "hers"));
 * keys.scan("ushers", (key, end) -> ...);   // (1, 4) "she", (0, 4) "he", (2, 6) "hers"
 * }</pre>
 */
public final class AhoCorasick {
  /** Receives each occurrence: the key's index in the list given to {@link #of} and its end. */
  @FunctionalInterface
  public interface Hits {
    /** One occurrence of key {@code key} ending (exclusive) at {@code end}. */
    void hit(int key, int end);
  }

  private static final int ROOT = 0;

  private final int[] first;
  private final char[] labels;
  private final int[] targets;
  private final int[] rootAscii;
  private final int[] fail;
  private final int[] keyAt;
  private final int[] outLink;
  private final int[] keyLengths;

  private AhoCorasick(
      int[] first, char[] labels, int[] targets, int[] rootAscii, int[] fail, int[] keyAt,
      int[] outLink, int[] keyLengths) {
    this.first = first;
    this.labels = labels;
    this.targets = targets;
    this.rootAscii = rootAscii;
    this.fail = fail;
    this.keyAt = keyAt;
    this.outLink = outLink;
    this.keyLengths = keyLengths;
  }

  /**
   * An automaton for these keys.
   *
   * @throws IllegalArgumentException if a key is empty or appears twice
   */
  public static AhoCorasick of(List<String> keys) {
    // 1. A trie with sorted children, states numbered in insertion order.
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<Integer> terminal = new ArrayList<>();
    children.add(new TreeMap<>());
    terminal.add(-1);
    int[] keyLengths = new int[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("key " + k + " is empty");
      }
      keyLengths[k] = key.length();
      int state = ROOT;
      for (int i = 0; i < key.length(); i++) {
        Integer next = children.get(state).get(key.charAt(i));
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          terminal.add(-1);
          children.get(state).put(key.charAt(i), next);
        }
        state = next;
      }
      if (terminal.get(state) >= 0) {
        throw new IllegalArgumentException("key '" + key + "' appears twice");
      }
      terminal.set(state, k);
    }

    // 2. Renumber breadth-first and flatten, so that parents precede children.
    int states = children.size();
    int[] order = new int[states];
    int[] newId = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(ROOT);
    int count = 0;
    while (!queue.isEmpty()) {
      int s = queue.poll();
      newId[s] = count;
      order[count++] = s;
      queue.addAll(children.get(s).values());
    }
    int edges = states - 1;
    int[] first = new int[states + 1];
    char[] labels = new char[edges];
    int[] targets = new int[edges];
    int[] keyAt = new int[states];
    int e = 0;
    for (int id = 0; id < states; id++) {
      int s = order[id];
      first[id] = e;
      keyAt[id] = terminal.get(s);
      for (var child : children.get(s).entrySet()) {
        labels[e] = child.getKey();
        targets[e] = newId[child.getValue()];
        e++;
      }
    }
    first[states] = e;
    int[] rootAscii = new int[128];
    Arrays.fill(rootAscii, ROOT);
    for (int i = first[ROOT]; i < first[ROOT + 1]; i++) {
      if (labels[i] < 128) {
        rootAscii[labels[i]] = targets[i];
      }
    }

    // 3. Failure and output links, breadth-first (states are already in that order).
    AhoCorasick partial =
        new AhoCorasick(first, labels, targets, rootAscii, new int[states], keyAt, new int[states], keyLengths);
    int[] fail = partial.fail;
    int[] outLink = partial.outLink;
    fail[ROOT] = ROOT;
    outLink[ROOT] = -1;
    for (int s = 0; s < states; s++) {
      for (int i = first[s]; i < first[s + 1]; i++) {
        int t = targets[i];
        int f = s == ROOT ? ROOT : partial.next(fail[s], labels[i]);
        fail[t] = f;
        outLink[t] = keyAt[f] >= 0 ? f : outLink[f];
      }
    }
    return partial;
  }

  /** The number of keys. */
  public int keyCount() {
    return keyLengths.length;
  }

  /** The length of key {@code key}. */
  public int keyLength(int key) {
    return keyLengths[key];
  }

  /** The number of states, for sizing reports. */
  public int stateCount() {
    return keyAt.length;
  }

  /** Reports every occurrence of every key in {@code text}, in order of their ends. */
  public void scan(CharSequence text, Hits hits) {
    int state = ROOT;
    for (int i = 0, n = text.length(); i < n; i++) {
      state = next(state, text.charAt(i));
      int out = keyAt[state] >= 0 ? state : outLink[state];
      while (out >= 0) {
        hits.hit(keyAt[out], i + 1);
        out = outLink[out];
      }
    }
  }

  private int next(int state, char c) {
    int s = state;
    while (true) {
      if (s == ROOT) {
        return c < 128 ? rootAscii[c] : Math.max(ROOT, find(ROOT, c));
      }
      int t = find(s, c);
      if (t >= 0) {
        return t;
      }
      s = fail[s];
    }
  }

  private int find(int state, char c) {
    int lo = first[state];
    int hi = first[state + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char label = labels[mid];
      if (label < c) {
        lo = mid + 1;
      } else if (label > c) {
        hi = mid - 1;
      } else {
        return targets[mid];
      }
    }
    return -1;
  }
}

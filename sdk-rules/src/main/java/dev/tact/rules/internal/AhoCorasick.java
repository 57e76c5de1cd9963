package dev.tact.rules.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A multi-pattern string matcher (Aho and Corasick, 1975) over UTF-16 units, stored in flat arrays.
 * A scan reads every unit of the text once and reports every occurrence of every key, overlaps
 * included, in time linear in the text plus the number of occurrences. Immutable and safe to share
 * between threads.
 *
 * <p>Layout. States are numbered breadth-first (the root is 0, parents precede children). The units
 * that occur in some key are numbered as <em>classes</em> 1…C (class 0: every other unit, from which
 * every state goes back to the root). The first {@code dense} states, the shallow ones that failure
 * links lead to, have a full row of transitions per class (failure links already followed); deeper
 * states keep their own edges as sorted labels, found by binary search, and fall back along their
 * failure links to a dense state. The number of dense states is bounded so the rows take at most
 * {@value #DENSE_BUDGET} entries.
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
  /** At most this many entries in the dense rows (4 bytes each). */
  static final int DENSE_BUDGET = 1 << 15;

  private final int[] first;
  private final char[] labels;
  private final int[] targets;
  private final int[] fail;
  /** Per state: the key that ends there, or -1. */
  private final int[] keyAt;
  /** Per state: the nearest state along the failure links (itself excluded) where a key ends, or -1. */
  private final int[] outLink;
  private final int[] keyLengths;
  /** Class of each ASCII unit. */
  private final byte[] asciiClass;
  /** Classes of the other units, 256 per page (null page: class 0); {@code char} as unsigned. */
  private final char[][] classPages;
  private final int classes;
  private final int dense;
  /**
   * {@code delta[state * classes + class]} for {@code state < dense}: while building, the target
   * state; once built, the target's row offset ({@code target * classes}) when the target is dense
   * and no key ends there, else {@code ~target} (see {@link #target}).
   */
  private final int[] delta;

  private AhoCorasick(
      int[] first, char[] labels, int[] targets, int[] fail, int[] keyAt, int[] outLink,
      int[] keyLengths, byte[] asciiClass, char[][] classPages, int classes, int dense, int[] delta) {
    this.first = first;
    this.labels = labels;
    this.targets = targets;
    this.fail = fail;
    this.keyAt = keyAt;
    this.outLink = outLink;
    this.keyLengths = keyLengths;
    this.asciiClass = asciiClass;
    this.classPages = classPages;
    this.classes = classes;
    this.dense = dense;
    this.delta = delta;
  }

  /**
   * An automaton for these keys.
   *
   * @throws IllegalArgumentException if a key is empty or appears twice
   */
  public static AhoCorasick of(List<String> keys) {
    return of(keys, DENSE_BUDGET);
  }

  /** As {@link #of(List)}, with at most {@code denseBudget} dense entries (for tests). */
  static AhoCorasick of(List<String> keys, int denseBudget) {
    int keyCount = keys.size();
    String[] keyArray = keys.toArray(new String[0]);
    int[] keyLengths = new int[keyCount];
    int firstEmpty = Integer.MAX_VALUE;
    long totalUnits = 0;
    for (int k = 0; k < keyCount; k++) {
      keyLengths[k] = keyArray[k].length();
      totalUnits += keyLengths[k];
      if (keyLengths[k] == 0 && firstEmpty == Integer.MAX_VALUE) {
        firstEmpty = k;
      }
    }

    // 1. Sort the keys (stable), then build the trie in one pass: each key shares its longest common
    //    prefix with the previous one, and new children always come after their existing siblings.
    Integer[] boxed = new Integer[keyCount];
    for (int k = 0; k < keyCount; k++) {
      boxed[k] = k;
    }
    Arrays.sort(boxed, (a, b) -> keyArray[a].compareTo(keyArray[b]));
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, totalUnits + 1);
    char[] nodeLabel = new char[capacity];
    int[] firstChild = new int[capacity];
    int[] nextSibling = new int[capacity];
    int[] lastChild = new int[capacity];
    int[] terminal = new int[capacity];
    firstChild[ROOT] = -1;
    lastChild[ROOT] = -1;
    nextSibling[ROOT] = -1;
    terminal[ROOT] = -1;
    int nodes = 1;
    int[] path = new int[16];
    // Units as arrays: a build runs mostly before the JIT has compiled String.charAt.
    char[] previous = new char[0];
    int firstDuplicate = Integer.MAX_VALUE;
    for (int r = 0; r < keyCount; r++) {
      int k = boxed[r];
      char[] key = keyArray[k].toCharArray();
      int length = key.length;
      if (length == 0) {
        continue;
      }
      int common = 0;
      int limit = Math.min(length, previous.length);
      while (common < limit && key[common] == previous[common]) {
        common++;
      }
      if (path.length <= length) {
        path = Arrays.copyOf(path, Math.max(length + 1, path.length * 2));
      }
      if (common == length && common == previous.length) {
        firstDuplicate = Math.min(firstDuplicate, k);
        continue;
      }
      int state = path[common];
      for (int i = common; i < length; i++) {
        int child = nodes++;
        nodeLabel[child] = key[i];
        firstChild[child] = -1;
        lastChild[child] = -1;
        nextSibling[child] = -1;
        terminal[child] = -1;
        if (lastChild[state] < 0) {
          firstChild[state] = child;
        } else {
          nextSibling[lastChild[state]] = child;
        }
        lastChild[state] = child;
        state = child;
        path[i + 1] = child;
      }
      terminal[state] = k;
      previous = key;
    }
    if (firstEmpty != Integer.MAX_VALUE || firstDuplicate != Integer.MAX_VALUE) {
      if (firstEmpty < firstDuplicate) {
        throw new IllegalArgumentException("key " + firstEmpty + " is empty");
      }
      throw new IllegalArgumentException("key '" + keyArray[firstDuplicate] + "' appears twice");
    }

    // 2. Renumber breadth-first and flatten, so that parents precede children.
    int states = nodes;
    int[] order = new int[states];
    int[] newId = new int[states];
    int head = 0;
    int tail = 0;
    order[tail++] = ROOT;
    while (head < tail) {
      int s = order[head];
      newId[s] = head++;
      for (int c = firstChild[s]; c >= 0; c = nextSibling[c]) {
        order[tail++] = c;
      }
    }
    int[] first = new int[states + 1];
    char[] labels = new char[states - 1];
    int[] targets = new int[states - 1];
    int[] keyAt = new int[states];
    boolean[] seen = new boolean[65536];
    int e = 0;
    for (int id = 0; id < states; id++) {
      int s = order[id];
      first[id] = e;
      keyAt[id] = terminal[s];
      for (int c = firstChild[s]; c >= 0; c = nextSibling[c]) {
        labels[e] = nodeLabel[c];
        targets[e] = newId[c];
        seen[nodeLabel[c]] = true;
        e++;
      }
    }
    first[states] = e;

    // 3. Classes: one per unit that occurs in a key.
    byte[] asciiClass = new byte[128];
    char[][] classPages = new char[256][];
    int classes = 1;
    char[] classChar = new char[66];
    for (int c = 0; c < 65536; c++) {
      if (!seen[c]) {
        continue;
      }
      if (classes == classChar.length) {
        classChar = Arrays.copyOf(classChar, classes * 2);
      }
      classChar[classes] = (char) c;
      if (c < 128) {
        asciiClass[c] = (byte) classes;
      }
      char[] page = classPages[c >>> 8];
      if (page == null) {
        page = classPages[c >>> 8] = new char[256];
      }
      page[c & 0xff] = (char) classes;
      classes++;
    }
    int dense = (int) Math.max(1, Math.min(states, Math.max(1, denseBudget) / (long) classes));
    int[] delta = new int[dense * classes];
    int[] fail = new int[states];
    int[] outLink = new int[states];
    AhoCorasick automaton = new AhoCorasick(first, labels, targets, fail, keyAt, outLink, keyLengths,
        asciiClass, classPages, classes, dense, delta);

    // 4. Failure and output links, then the dense rows, breadth-first (states are in that order).
    fail[ROOT] = ROOT;
    outLink[ROOT] = -1;
    for (int s = 0; s < states; s++) {
      if (s < dense) {
        int row = s * classes;
        int failRow = fail[s] * classes;
        for (int x = 1; x < classes; x++) {
          delta[row + x] = s == ROOT ? ROOT : delta[failRow + x];
        }
        for (int i = first[s]; i < first[s + 1]; i++) {
          delta[row + automaton.classOf(labels[i])] = targets[i];
        }
      }
      for (int i = first[s]; i < first[s + 1]; i++) {
        int t = targets[i];
        int f = s == ROOT ? ROOT : automaton.next(fail[s], labels[i], false);
        fail[t] = f;
        outLink[t] = keyAt[f] >= 0 ? f : outLink[f];
      }
    }
    // 5. Encode the dense rows for the scan: a dense target where no key ends as its row offset
    //    (>= 0), any other target t as ~t (< 0).
    for (int i = 0; i < delta.length; i++) {
      int t = delta[i];
      delta[i] = t < dense && keyAt[t] < 0 && outLink[t] < 0 ? t * classes : ~t;
    }
    return automaton;
  }

  /**
   * Writes the tables, to be read back by {@link #read} (the build stores the compiled built-in
   * automata this way; see {@link CompiledPacks}). The edge targets are not written: states are
   * numbered breadth-first, so edge {@code e} always leads to state {@code e + 1}.
   */
  void write(TableOutput out) {
    for (int e = 0; e < targets.length; e++) {
      if (targets[e] != e + 1) {
        throw new IllegalStateException("edge " + e + " leads to state " + targets[e]
            + ", not " + (e + 1) + "; the states are not numbered breadth-first");
      }
    }
    out.ints(keyLengths);
    out.ints(first);
    out.chars(labels);
    out.ints(fail);
    out.ints(keyAt);
    out.ints(outLink);
    out.bytes(asciiClass);
    for (char[] page : classPages) {
      out.bool(page != null);
      if (page != null) {
        out.chars(page);
      }
    }
    out.integer(classes);
    out.integer(dense);
    out.ints(delta);
  }

  /**
   * The automaton {@link #write} wrote.
   *
   * @throws IllegalStateException if the tables are damaged
   */
  static AhoCorasick read(TableInput in) {
    int[] keyLengths = in.ints();
    int[] first = in.ints();
    char[] labels = in.chars();
    int[] fail = in.ints();
    int[] keyAt = in.ints();
    int[] outLink = in.ints();
    byte[] asciiClass = in.bytes();
    char[][] classPages = new char[256][];
    for (int p = 0; p < classPages.length; p++) {
      if (in.bool()) {
        classPages[p] = in.chars();
        if (classPages[p].length != 256) {
          throw in.damaged("a class page of " + classPages[p].length + " units");
        }
      }
    }
    int classes = in.integer();
    int dense = in.integer();
    int[] delta = in.ints();
    int states = first.length - 1;
    if (states < 1 || labels.length != states - 1 || first[states] != labels.length
        || fail.length != states || keyAt.length != states || outLink.length != states
        || asciiClass.length != 128 || classes < 1 || dense < 1 || dense > states
        || delta.length != dense * classes) {
      throw in.damaged("automaton tables of inconsistent sizes");
    }
    int[] targets = new int[labels.length];
    for (int e = 0; e < targets.length; e++) {
      targets[e] = e + 1;
    }
    return new AhoCorasick(first, labels, targets, fail, keyAt, outLink, keyLengths, asciiClass,
        classPages, classes, dense, delta);
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
    if (text instanceof String string) {
      scan(string, hits);
      return;
    }
    int state = ROOT;
    for (int i = 0, n = text.length(); i < n; i++) {
      state = next(state, text.charAt(i), true);
      int out = keyAt[state] >= 0 ? state : outLink[state];
      while (out >= 0) {
        hits.hit(keyAt[out], i + 1);
        out = outLink[out];
      }
    }
  }

  private void scan(String text, Hits hits) {
    final int[] delta = this.delta;
    final byte[] asciiClass = this.asciiClass;
    final int[] keyAt = this.keyAt;
    final int[] outLink = this.outLink;
    // row >= 0: in dense state row / classes, where no key ends; row < 0: in state `state`.
    int row = 0;
    int state = ROOT;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int x = c < 128 ? asciiClass[c] : pageClass(c);
      if (x == 0) {
        row = 0;
        continue;
      }
      if (row >= 0) {
        int v = delta[row + x];
        if (v >= 0) {
          row = v;
          continue;
        }
        state = ~v;
      } else {
        int s = state;
        int t;
        while (true) {
          if (s < dense) {
            t = target(delta[s * classes + x]);
            break;
          }
          t = find(s, c);
          if (t >= 0) {
            break;
          }
          s = fail[s];
        }
        state = t;
      }
      int out = keyAt[state] >= 0 ? state : outLink[state];
      while (out >= 0) {
        hits.hit(keyAt[out], i + 1);
        out = outLink[out];
      }
      row = state < dense ? state * classes : -1;
    }
  }

  /** The state an entry of the built {@link #delta} leads to. */
  private int target(int encoded) {
    return encoded >= 0 ? encoded / classes : ~encoded;
  }

  private int classOf(char c) {
    return c < 128 ? asciiClass[c] : pageClass(c);
  }

  private int pageClass(char c) {
    char[] page = classPages[c >>> 8];
    return page == null ? 0 : page[c & 0xff];
  }

  /** The transition from {@code state} on {@code c}; {@code built}: whether delta is encoded. */
  private int next(int state, char c, boolean built) {
    int x = classOf(c);
    if (x == 0) {
      return ROOT;
    }
    int s = state;
    while (s >= dense) {
      int t = find(s, c);
      if (t >= 0) {
        return t;
      }
      s = fail[s];
    }
    return built ? target(delta[s * classes + x]) : delta[s * classes + x];
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

package dev.tact.i18n.internal;

import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Emoji sequences of two or more code points (flags, keycaps, skin tones, ZWJ families, tag
 * sequences), which X counts as one character of weight 200 however many code points they hold.
 *
 * <p>The sequences are Unicode's RGI set ({@code [:RGI_Emoji:]}) as ICU knows it, plus keycaps
 * without the variation selector ({@code 1⃣}), which twitter-text also accepts. twitter-text
 * generates a regular expression from an older emoji release; sequences added since count as
 * one emoji here and as several characters there. A single-code-point emoji needs no entry: it
 * weighs 200 as an ordinary character outside the weight-100 ranges.
 *
 * <p>Matching walks an immutable trie: longest sequence at a position, no allocation.
 */
public final class WeightedEmoji {
  private static final Node ROOT = build();

  private WeightedEmoji() {}

  /**
   * The length in UTF-16 units of the longest emoji sequence of two or more code points that
   * starts at {@code index}, or 0 if none does.
   */
  public static int sequenceAt(CharSequence text, int index) {
    @Nullable Node node = ROOT;
    int longest = 0;
    for (int i = index; i < text.length(); i++) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.terminal) {
        longest = i + 1 - index;
      }
    }
    return longest;
  }

  private static Node build() {
    Builder root = new Builder();
    for (String sequence : new UnicodeSet("[:RGI_Emoji:]").strings()) {
      root.add(sequence);
    }
    for (char key : "#*0123456789".toCharArray()) {
      root.add(key + "\u20E3");
    }
    return root.freeze();
  }

  /** One trie node, immutable once built: sorted keys with their children. */
  private static final class Node {
    private final char[] keys;
    private final Node[] children;
    private final boolean terminal;

    Node(char[] keys, Node[] children, boolean terminal) {
      this.keys = keys;
      this.children = children;
      this.terminal = terminal;
    }

    @Nullable Node child(char c) {
      int low = 0;
      int high = keys.length - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        char key = keys[mid];
        if (key < c) {
          low = mid + 1;
        } else if (key > c) {
          high = mid - 1;
        } else {
          return children[mid];
        }
      }
      return null;
    }
  }

  private static final class Builder {
    private final Map<Character, Builder> children = new TreeMap<>();
    private boolean terminal;

    void add(String sequence) {
      Builder node = this;
      for (int i = 0; i < sequence.length(); i++) {
        node = node.children.computeIfAbsent(sequence.charAt(i), c -> new Builder());
      }
      node.terminal = true;
    }

    Node freeze() {
      char[] keys = new char[children.size()];
      List<Node> frozen = new ArrayList<>(children.size());
      int i = 0;
      for (Map.Entry<Character, Builder> entry : children.entrySet()) {
        keys[i++] = entry.getKey();
        frozen.add(entry.getValue().freeze());
      }
      return new Node(keys, frozen.toArray(new Node[0]), terminal);
    }
  }
}

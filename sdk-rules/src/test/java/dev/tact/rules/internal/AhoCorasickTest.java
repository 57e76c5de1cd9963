package dev.tact.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
  /** Occurrences as "key@start-end", sorted. */
  private static Set<String> scan(List<String> keys, String text) {
    Set<String> hits = new TreeSet<>();
    AhoCorasick automaton = AhoCorasick.of(keys);
    automaton.scan(text, (key, end) ->
        hits.add(keys.get(key) + "@" + (end - automaton.keyLength(key)) + "-" + end));
    return hits;
  }

  private static Set<String> bruteForce(List<String> keys, String text) {
    Set<String> hits = new TreeSet<>();
    for (String key : keys) {
      for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
        hits.add(key + "@" + i + "-" + (i + key.length()));
      }
    }
    return hits;
  }

  @Test
  void findsOverlappingAndNestedKeys() {
    List<String> keys = List.of("he", "she", "his", "hers");
    assertEquals(Set.of("she@1-4", "he@2-4", "hers@2-6"), scan(keys, "ushers"));
    assertEquals(Set.of("his@0-3"), scan(keys, "his"));
  }

  @Test
  void findsRepeatedOverlaps() {
    assertEquals(Set.of("aa@0-2", "aa@1-3", "aa@2-4", "a@0-1", "a@1-2", "a@2-3", "a@3-4"),
        scan(List.of("a", "aa"), "aaaa"));
  }

  @Test
  void handlesNonAsciiAndSurrogates() {
    List<String> keys = List.of("だけ", "するだけ", "😂", "ß");
    assertEquals(Set.of("するだけ@2-6", "だけ@4-6", "😂@6-8"), scan(keys, "押しするだけ😂"));
  }

  @Test
  void agreesWithBruteForceOnManyKeys() {
    Random random = new Random(42);
    String alphabet = "abcあい ";
    for (int round = 0; round < 50; round++) {
      List<String> keys = new ArrayList<>();
      Set<String> seen = new TreeSet<>();
      while (keys.size() < 300) {
        StringBuilder key = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
          key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (seen.add(key.toString())) {
          keys.add(key.toString());
        }
        if (seen.size() > 250 && random.nextInt(10) == 0) {
          break;
        }
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(bruteForce(keys, text.toString()), scan(keys, text.toString()), "round " + round);
    }
  }

  @Test
  void sparseAndDenseStatesAgree() {
    Random random = new Random(7);
    String alphabet = "abcdあい ";
    List<String> keys = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    while (keys.size() < 200) {
      StringBuilder key = new StringBuilder();
      for (int i = 0, length = 1 + random.nextInt(7); i < length; i++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (seen.add(key.toString())) {
        keys.add(key.toString());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    for (int budget : new int[] {1, 8, 64, 1 << 20}) {
      AhoCorasick automaton = AhoCorasick.of(keys, budget);
      Set<String> hits = new TreeSet<>();
      automaton.scan(text.toString(), (key, end) ->
          hits.add(keys.get(key) + "@" + (end - automaton.keyLength(key)) + "-" + end));
      assertEquals(bruteForce(keys, text.toString()), hits, "budget " + budget);
    }
  }

  @Test
  void reportsTheFirstBadKeyInListOrder() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> AhoCorasick.of(List.of("b", "", "b")));
    assertEquals("key 1 is empty", empty.getMessage());
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> AhoCorasick.of(List.of("b", "b", "")));
    assertEquals("key 'b' appears twice", twice.getMessage());
  }

  @Test
  void refusesEmptyAndDuplicateKeys() {
    assertThrows(IllegalArgumentException.class, () -> AhoCorasick.of(List.of("")));
    assertThrows(IllegalArgumentException.class, () -> AhoCorasick.of(List.of("a", "a")));
  }

  @Test
  void anEmptyAutomatonFindsNothing() {
    assertEquals(Set.of(), scan(List.of(), "anything"));
  }
}

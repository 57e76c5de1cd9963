package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.internal.AhoCorasick;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the label words of several {@link LabelledScanner}s in one pass (one Aho–Corasick automaton
 * over the folded text) and asks the owner of each label for its value. A label that starts with a
 * Latin letter must start a word, and one that ends with a letter must end one (so "order" is not
 * found in "reorders", "pre-order", "#order" or "@order"), unless its detector says it may end a
 * compound.
 */
public final class LabelScanner {
  private final List<LabelledScanner> scanners;
  private final AhoCorasick keys;
  /** Per key: the scanners and labels it stands for, as (scanner index, label index) pairs. */
  private final int[][] owners;
  private final int[] keyLengths;

  /** A scanner for the labels of {@code scanners}. */
  public LabelScanner(List<? extends LabelledScanner> scanners) {
    this.scanners = List.copyOf(scanners);
    Map<String, List<int[]>> byKey = new LinkedHashMap<>();
    for (int s = 0; s < this.scanners.size(); s++) {
      List<String> labels = this.scanners.get(s).labels();
      for (int l = 0; l < labels.size(); l++) {
        for (String form : forms(labels.get(l))) {
          List<int[]> owners = byKey.computeIfAbsent(form, key -> new ArrayList<>());
          int[] owner = {s, l};
          if (owners.stream().noneMatch(o -> o[0] == owner[0] && o[1] == owner[1])) {
            owners.add(owner);
          }
        }
      }
    }
    List<String> keyList = new ArrayList<>(byKey.keySet());
    this.keys = AhoCorasick.of(keyList);
    this.owners = new int[keyList.size()][];
    this.keyLengths = new int[keyList.size()];
    for (int k = 0; k < keyList.size(); k++) {
      List<int[]> pairs = byKey.get(keyList.get(k));
      int[] flat = new int[pairs.size() * 2];
      for (int p = 0; p < pairs.size(); p++) {
        flat[2 * p] = pairs.get(p)[0];
        flat[2 * p + 1] = pairs.get(p)[1];
      }
      owners[k] = flat;
      keyLengths[k] = keyList.get(k).length();
    }
  }

  /** Adds the labelled values in {@code text} (and its {@linkplain UnitScanner#folded fold}) to {@code out}. */
  public void scan(String text, String folded, List<PersonalData> out) {
    scan(text, folded, folded.length(), out);
  }

  /**
   * Adds the labelled values whose labels end at or before {@code labelsEnd} (the labels after it are
   * not read: a caller that knows that no value can follow them skips them).
   */
  public void scan(String text, String folded, int labelsEnd, List<PersonalData> out) {
    if (labelsEnd <= 0) {
      return;
    }
    String scanned = labelsEnd >= folded.length() ? folded : folded.substring(0, labelsEnd);
    keys.scan(scanned, (key, end) -> {
      int start = end - keyLengths[key];
      int[] pairs = owners[key];
      for (int p = 0; p < pairs.length; p += 2) {
        LabelledScanner scanner = scanners.get(pairs[p]);
        int label = pairs[p + 1];
        if (!startsWord(folded, start, scanner.isSuffix(label)) || !endsWord(folded, end)) {
          continue;
        }
        Span value = scanner.read(text, folded, label, start, end);
        if (value != null && !value.isEmpty()) {
          out.add(new PersonalData(scanner.kind(), new Span(value.start(), UnitScanner.afterMarks(text, value.end()))));
        }
      }
    });
  }

  private static boolean startsWord(String folded, int start, boolean suffix) {
    if (suffix || start == 0 || !UnitScanner.isLatinLetter(folded.charAt(start))) {
      return true;
    }
    char before = folded.charAt(start - 1);
    return !UnitScanner.isWordUnit(before) && !UnitScanner.isMark(before) && "-/_@#".indexOf(before) < 0;
  }

  private static boolean endsWord(String folded, int end) {
    if (end == folded.length() || !UnitScanner.isLatinLetter(folded.charAt(end - 1))) {
      return true;
    }
    char after = folded.charAt(end);
    return !UnitScanner.isLatinLetter(after) && !UnitScanner.isMark(after);
  }

  /** The folded label, its decomposed form and its form without accents ("numero de pedido"). */
  private static List<String> forms(String label) {
    String folded = UnitScanner.folded(label);
    String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (!UnitScanner.isMark(c) || c >= 0x3000) {
        bare.append(c);
      }
    }
    String composed = Normalizer.normalize(folded, Normalizer.Form.NFC);
    return List.of(composed, decomposed, bare.toString()).stream().distinct().toList();
  }
}

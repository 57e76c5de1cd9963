package dev.tact.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What the {@code --jsonl} responders' properties feed them: requests, valid or damaged, and
 * batches of lines.
 */
final class RequestLines {
  private RequestLines() {}

  /** {@code text} as one input line: its line breaks become spaces. */
  static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * {@code valid} requests, four times in ten damaged: a field dropped, given a wrong value, or an
   * unknown field added.
   */
  static Arbitrary<Map<String, Object>> damaged(Arbitrary<Map<String, Object>> valid,
      Arbitrary<String> field, Arbitrary<Object> wrong, Arbitrary<String> unknownField) {
    return Combinators.combine(valid, field, wrong, unknownField, Arbitraries.integers().between(0, 9))
        .as((request, name, value, extra, dice) -> {
          Map<String, Object> result = new LinkedHashMap<>(request);
          if (dice == 6) {
            result.remove(name);
          } else if (dice == 7 || dice == 8) {
            result.put(name, value);
          } else if (dice == 9) {
            result.putIfAbsent(extra, value);
          }
          return result;
        });
  }

  /** Batches of up to 20 lines, each a written request or any text. */
  static Arbitrary<List<String>> batches(Arbitrary<String> requests) {
    Arbitrary<String> line = Arbitraries.oneOf(requests, Arbitraries.strings().map(RequestLines::oneLine));
    return line.list().ofMaxSize(20);
  }
}

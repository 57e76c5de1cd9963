package dev.tact.rules.escalation.internal;

import dev.tact.rules.RulePackException;
import dev.tact.rules.internal.BuiltIns;
import dev.tact.rules.internal.Node;
import dev.tact.rules.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tact's own signal phrases: {@code dev/tact/rules/escalation/<lang>.yaml}, one file per language,
 * found through the index the build writes beside them ({@value #INDEX}) and read from their
 * archives like every built-in data file ({@link BuiltIns#document}).
 *
 * <pre>{@code
 * # dev/tact/rules/escalation/en.yaml
 * language: en
 * accountRequest: ["(send|dm) us your order number"]
 * privateRequest: [{pattern: "dm me", unlessAfter: ["don't"]}]
 * topics: {billing-refunds: ["charged twice"]}
 * }</pre>
 */
public final class BuiltInSignals {
  /** The generated index: one path per line, relative to {@link BuiltIns#ROOT}. */
  public static final String INDEX = BuiltIns.ROOT + "escalation/index.txt";

  private BuiltInSignals() {}

  /**
   * Reads every built-in file.
   *
   * @throws RulePackException carrying the problems of every bad file
   * @throws IllegalStateException if the index is missing from the class path
   */
  public static List<SignalLists> load() {
    @Nullable String index = BuiltIns.resource(INDEX);
    if (index == null) {
      throw new IllegalStateException(INDEX + " is missing from the class path; it is generated at the"
          + " generate-resources phase of sdk-rules (run 'mvn -pl sdk-rules generate-resources')");
    }
    Problems problems = new Problems();
    List<SignalLists> lists = new ArrayList<>();
    for (String line : index.split("\\R")) {
      String path = line.strip();
      if (path.isEmpty()) {
        continue;
      }
      String source = BuiltIns.ROOT + path;
      String expected = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
      Node root = BuiltIns.document(source);
      if (!(root instanceof Node.Mapping map)) {
        problems.add(source, root.location(), "a signal file is a mapping with 'language' and lists");
        continue;
      }
      Node.@Nullable Entry language = map.entries().get("language");
      if (language == null || !(language.value() instanceof Node.Scalar code)
          || !code.text().equals(expected)) {
        problems.add(source, map.location(), "a signal file says 'language: " + expected
            + "', the language it is named after");
        continue;
      }
      lists.add(SignalLists.read(map, expected, Set.of("language"), source, problems));
    }
    problems.throwIfAny();
    return List.copyOf(lists);
  }
}

package dev.tact.rules;

import dev.tact.rules.internal.PackModel;
import dev.tact.rules.internal.PackReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A vendor's rule pack, read and validated: phrases to add to rules, rules of its own, rules to
 * disable and severities to change, in the YAML or JSON format of {@code docs/rule-packs.md}. Give it
 * to {@link ToneChecker.Builder#pack(RulePack)} or {@link dev.tact.Tact.Builder#rulePacks}; it merges
 * over the built-in packs without touching them.
 *
 * <pre>{@code
 * RulePack acme = RulePack.parse("""
 *     disable: [tone.idiom]
 *     severity: {tone.sales-pitch: error}
 *     packs:
 *       - language: en
 *         rule: tone.minimizing
 *         phrases:
 *           - id: acme-easy-peasy
 *             patterns: ["easy peasy"]
 *     """, "acme-tone.yaml");
 * ToneChecker checker = ToneChecker.builder().builtInPacks().pack(acme).build();
 * }</pre>
 *
 * <p>Parsing is all-or-nothing: a malformed pack throws {@link RulePackException} naming the file,
 * line and column of every problem, and no {@code RulePack} exists. Instances are immutable.
 */
public final class RulePack {
  private final String source;
  private final PackModel.PackFile file;

  private RulePack(String source, PackModel.PackFile file) {
    this.source = source;
    this.file = file;
  }

  /**
   * Reads a pack from text. The format is JSON when {@code sourceName} ends in {@code .json}, YAML
   * otherwise.
   *
   * @param sourceName the name used in error messages, usually the file name
   * @throws RulePackException if the pack is malformed; it lists every problem found
   */
  public static RulePack parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    return new RulePack(sourceName, PackReader.readPack(text, sourceName, false));
  }

  /**
   * Reads a pack from a UTF-8 file; JSON when its name ends in {@code .json}, YAML otherwise.
   *
   * @throws IOException if the file cannot be read
   * @throws RulePackException if the pack is malformed
   */
  public static RulePack read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(text, file.toString());
  }

  /** The name the pack was read from. */
  public String source() {
    return source;
  }

  /** The ids of the rules this pack adds phrases to, defines, disables or changes. */
  public Set<String> ruleIds() {
    Set<String> ids = new LinkedHashSet<>();
    file.packs().forEach(pack -> ids.add(pack.rule()));
    file.rules().forEach(meta -> ids.add(meta.metadata().id()));
    file.directives().forEach(directive -> ids.add(directive.rule()));
    return ids;
  }

  PackModel.PackFile file() {
    return file;
  }

  /** The source name and the rules it touches. */
  @Override
  public String toString() {
    return "RulePack[" + source + ": " + String.join(", ", ruleIds()) + "]";
  }
}

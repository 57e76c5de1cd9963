package dev.tact.rules.internal;

import com.google.re2j.Pattern;
import dev.tact.core.Severity;
import dev.tact.core.Span;
import dev.tact.rules.RuleExamples;
import dev.tact.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parsed, validated content of pack files, as {@link PackReader} returns it. */
public final class PackModel {
  private PackModel() {}

  /**
   * One phrase of a pack: its compiled patterns (or regular expressions) and what to say.
   *
   * @param expansions every expansion of every pattern, in the order written
   * @param regexes RE2/J expressions matched against the normalized text
   * @param unlessAfter folded words that cancel a match when they come just before it
   * @param unlessBefore folded words that cancel a match when they come just after it
   * @param message what is wrong, or null to use the rule's summary
   */
  public record Phrase(
      String id,
      Node.Location location,
      List<PhrasePattern.Expansion> expansions,
      List<Pattern> regexes,
      List<String> unlessAfter,
      List<String> unlessBefore,
      @Nullable String message,
      List<String> suggestions) {
    /** Copies the lists. */
    public Phrase {
      expansions = List.copyOf(expansions);
      regexes = List.copyOf(regexes);
      unlessAfter = List.copyOf(unlessAfter);
      unlessBefore = List.copyOf(unlessBefore);
      suggestions = List.copyOf(suggestions);
    }
  }

  /**
   * One example draft.
   *
   * @param written the example as written, with its ⟦marks⟧
   * @param text the draft without the marks
   * @param marks the marked spans, in offsets into {@code text}
   */
  public record Example(String written, String text, List<Span> marks, Node.Location location) {
    /** Copies the marks. */
    public Example {
      marks = List.copyOf(marks);
    }
  }

  /** A pack's examples; {@code automated} when they are drafts a bot wrote ({@code Draft.automated()}). */
  public record Examples(
      List<Example> flagged, List<Example> clean, @Nullable String inbound, boolean automated,
      Node.Location location) {
    /** Copies the lists. */
    public Examples {
      flagged = List.copyOf(flagged);
      clean = List.copyOf(clean);
    }

    /** Whether there are none. */
    public boolean isEmpty() {
      return flagged.isEmpty() && clean.isEmpty();
    }

    /** The public form, marks kept in the text. */
    public RuleExamples toPublic(String language) {
      List<String> flaggedText = new ArrayList<>();
      flagged.forEach(example -> flaggedText.add(example.written()));
      List<String> cleanText = new ArrayList<>();
      clean.forEach(example -> cleanText.add(example.written()));
      return new RuleExamples(language, flaggedText, cleanText, inbound, automated);
    }
  }

  /** The phrases of one rule in one language, from one file or one entry of a vendor's {@code packs}. */
  public record PhrasePack(
      String source,
      Node.Location location,
      String language,
      String rule,
      List<Phrase> phrases,
      Examples examples) {
    /** Copies the phrases. */
    public PhrasePack {
      phrases = List.copyOf(phrases);
    }
  }

  /** Rule metadata from a {@code meta/} file or a vendor's {@code rules} list. */
  public record Meta(String source, Node.Location location, RuleMetadata metadata) {}

  /**
   * A vendor's {@code disable} or {@code severity} entry.
   *
   * @param severity the new severity, or null to turn the rule off
   */
  public record Directive(String source, Node.Location location, String rule, @Nullable Severity severity) {}

  /** Everything one file holds. */
  public record PackFile(
      String source, List<PhrasePack> packs, List<Meta> rules, List<Directive> directives) {
    /** Copies the lists. */
    public PackFile {
      packs = List.copyOf(packs);
      rules = List.copyOf(rules);
      directives = List.copyOf(directives);
    }
  }
}

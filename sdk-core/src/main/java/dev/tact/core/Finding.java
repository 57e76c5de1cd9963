package dev.tact.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One problem a check found in a text: which rule, how bad, where, what is wrong, and what to write
 * instead.
 *
 * <pre>{@code
 * Finding finding = new Finding("tone.minimizing", Severity.WARNING, new Span(7, 17),
 *     "'just' makes the fix sound trivial to someone for whom it failed",
 *     List.of("Please click"), null);
 * }</pre>
 *
 * @param ruleId the stable, dotted, lower-case id of the rule, such as {@code tone.minimizing}
 * @param severity how much it matters
 * @param span where it is, in UTF-16 offsets into the original text
 * @param message what is wrong, in one sentence a person can act on
 * @param suggestions better wordings, best first; may be empty
 * @param replacement text that can replace the span as it is, or null when no safe fix exists
 */
public record Finding(
    String ruleId,
    Severity severity,
    Span span,
    String message,
    List<String> suggestions,
    @Nullable String replacement) {

  private static final Pattern RULE_ID = Pattern.compile("[a-z]+(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

  /** Validates the rule id and copies the suggestions. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!RULE_ID.matcher(ruleId).matches()) {
      throw new IllegalArgumentException(
          "a rule id is dotted lower-case words such as 'tone.over-apology', got '" + ruleId + "'");
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions);
  }

  /** Whether the rule id names a rule in this group, such as {@code "tone"}. */
  public boolean isIn(String group) {
    return ruleId.startsWith(group + ".");
  }
}

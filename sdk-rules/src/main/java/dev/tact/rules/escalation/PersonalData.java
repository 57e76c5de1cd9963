package dev.tact.rules.escalation;

import dev.tact.core.Span;
import java.util.Objects;

/**
 * One piece of personal data found in a text, at UTF-16 offsets into the original text.
 *
 * @param kind what it is
 * @param span where it is, the whole value (not its label: for "order #A-1042" the span covers
 *     "A-1042")
 */
public record PersonalData(PersonalDataKind kind, Span span) {
  /** Validates the parts. */
  public PersonalData {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}

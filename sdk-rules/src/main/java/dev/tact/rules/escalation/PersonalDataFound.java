package dev.tact.rules.escalation;

import java.util.Objects;

/**
 * Personal data an {@link EscalationPolicy} found, and which text it is in. The value itself is not
 * copied here: read it with {@code data().span()} from the text, if at all.
 *
 * @param data the kind and span, in UTF-16 offsets into that text as given
 * @param source the text it was found in
 * @param message for {@link Source#INBOUND}, the index of the customer's message in {@link
 *     dev.tact.core.Conversation#messages()}; {@code -1} for the draft
 */
public record PersonalDataFound(PersonalData data, Source source, int message) {
  /** Validates the parts. */
  public PersonalDataFound {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(source, "source");
    if (source == Source.DRAFT ? message != -1 : message < 0) {
      throw new IllegalArgumentException(
          "message is -1 for the draft and a message index for inbound text, got " + message);
    }
  }
}

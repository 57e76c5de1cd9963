package dev.tact.rules.escalation.internal;

import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A detector of values that follow a label word ("order #A-1042", 「認証コード：483920」): its label
 * words and how to read the value after one. {@link LabelScanner} finds the labels of every such
 * detector in one pass and asks the detector for the value.
 */
public interface LabelledScanner {
  /** The kind of the values. */
  PersonalDataKind kind();

  /** The label words, in any case; their accent-free and decomposed forms match too. */
  List<String> labels();

  /** Whether label {@code label} may end a longer word (German "Hauptstraße"). */
  default boolean isSuffix(int label) {
    return false;
  }

  /**
   * The value announced by label {@code label} found at {@code [labelStart, labelEnd)}, or null.
   * Reads a bounded number of units, so that a scan stays linear.
   */
  @Nullable Span read(String text, String folded, int label, int labelStart, int labelEnd);
}

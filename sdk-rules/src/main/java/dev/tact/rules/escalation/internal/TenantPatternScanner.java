package dev.tact.rules.escalation.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.tact.core.Span;
import dev.tact.rules.escalation.PersonalData;
import dev.tact.rules.escalation.PersonalDataKind;
import java.util.List;

/**
 * A tenant's own order or ticket number format, as an RE2/J regular expression: matched in time
 * linear in the text (RE2/J never backtracks), each non-empty match reported as
 * {@link PersonalDataKind#ORDER_NUMBER}. When the pattern has a capturing group, the first group
 * is the value ("Case (CS-\d{6})" reports only "CS-123456").
 */
public final class TenantPatternScanner {
  private final Pattern pattern;
  private final boolean grouped;

  private TenantPatternScanner(Pattern pattern) {
    this.pattern = pattern;
    this.grouped = pattern.groupCount() > 0;
  }

  /**
   * Compiles {@code re2Pattern}.
   *
   * @throws IllegalArgumentException naming the pattern and what is wrong with it, when it is not
   *     valid RE2 syntax or matches the empty text
   */
  public static TenantPatternScanner compile(String re2Pattern) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(re2Pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("order number pattern '" + re2Pattern + "' is not valid RE2 syntax: "
          + e.getDescription() + "; write it in RE2 syntax (no backreferences or lookaround)", e);
    }
    if (pattern.matcher("").matches()) {
      throw new IllegalArgumentException("order number pattern '" + re2Pattern + "' matches the empty text;"
          + " make it require at least one character, e.g. '\\d+' instead of '\\d*'");
    }
    return new TenantPatternScanner(pattern);
  }

  /** The pattern as given. */
  public String pattern() {
    return pattern.pattern();
  }

  /**
   * Adds the matches in {@code text} to {@code out}. The pattern sees the text with full-width
   * letters and digits as ASCII ({@link UnitScanner#narrowed}), so "ＣＳ－１２３４５６" matches
   * {@code CS-\d{6}}.
   */
  public void scan(String text, String narrowed, List<PersonalData> out) {
    Matcher matcher = pattern.matcher(narrowed);
    while (matcher.find()) {
      int start = grouped ? matcher.start(1) : matcher.start();
      int end = grouped ? matcher.end(1) : matcher.end();
      if (start >= 0 && end > start) {
        out.add(new PersonalData(PersonalDataKind.ORDER_NUMBER, new Span(start, UnitScanner.afterMarks(text, end))));
      }
    }
  }
}

package dev.tact.i18n.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.tact.i18n.ArgumentKind;
import dev.tact.i18n.TemplateChecks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one ICU MessageFormat pattern means for a locale, and what is wrong with it: syntax errors
 * with the offset of the offending character, unknown argument types, numbered arguments, plural
 * branches missing for the locale's CLDR categories, apostrophes that swallow a placeholder, and
 * arguments used as two incompatible kinds. When the pattern has no syntax error it is compiled
 * once, for the locale, into a {@link MessageFormat}.
 */
public final class PatternAnalysis {
  private static final Pattern ICU_INDEX = Pattern.compile("\\[at pattern index (\\d+)\\]");
  private static final Pattern COMPLEX_ARGUMENT =
      Pattern.compile("\\{\\s*[^\\s,{}']+\\s*,\\s*(plural|selectordinal|select)\\s*,");
  private static final Pattern ICU_ECHO =
      Pattern.compile("\\s*(?:in message|in)?\\s*:?\\s*\"[^\"]*\"$");
  private static final Pattern ARGUMENT_LIKE = Pattern.compile("\\{\\s*[\\p{L}\\p{N}_]+\\s*[,}]");

  private final String pattern;
  private final Locale locale;
  private final List<PatternProblem> problems = new ArrayList<>();
  private final Map<String, ArgumentUse> arguments = new LinkedHashMap<>();
  private @Nullable MessageFormat format;

  private PatternAnalysis(String pattern, Locale locale) {
    this.pattern = pattern;
    this.locale = locale;
  }

  /** Analyses and, if it is well-formed, compiles {@code pattern} for {@code locale}. */
  public static PatternAnalysis of(String pattern, Locale locale) {
    PatternAnalysis analysis = new PatternAnalysis(pattern, locale);
    analysis.run();
    return analysis;
  }

  /** Every problem found, in pattern order within each check. */
  public List<PatternProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The arguments, in order of first use. */
  public Map<String, ArgumentUse> arguments() {
    return Collections.unmodifiableMap(arguments);
  }

  /**
   * The compiled pattern, or null when it has a syntax problem (and then {@link #arguments()} may
   * be incomplete).
   */
  public @Nullable MessageFormat format() {
    return format;
  }

  private void run() {
    MessagePattern parsed;
    try {
      parsed = new MessagePattern(pattern);
    } catch (RuntimeException e) { // IllegalArgument, IndexOutOfBounds, NumberFormat
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      boolean noOther = message.startsWith("Missing 'other' keyword");
      problems.add(new PatternProblem(
          noOther ? TemplateChecks.PLURAL_BRANCHES : TemplateChecks.SYNTAX,
          noOther ? missingOther() : errorOffset(message),
          noOther ? "a plural or select needs an 'other' branch, for values no other branch takes;"
              + " add other{...}"
              : "not a valid ICU MessageFormat pattern: " + readable(message)));
      return;
    }
    boolean typesOk = readArguments(parsed);
    scanMessage(parsed, 0, ArgType.NONE);
    if (typesOk) {
      compile(parsed);
    }
  }

  /** Reads every argument; false if one has a type MessageFormat would not know. */
  private boolean readArguments(MessagePattern parsed) {
    boolean typesOk = true;
    for (int i = 0; i < parsed.countParts(); i++) {
      Part part = parsed.getPart(i);
      if (part.getType() != Part.Type.ARG_START) {
        continue;
      }
      Part namePart = parsed.getPart(i + 1);
      String name = parsed.getSubstring(namePart);
      if (namePart.getType() == Part.Type.ARG_NUMBER) {
        problems.add(new PatternProblem(TemplateChecks.SYNTAX, namePart.getIndex(),
            "{" + name + "} is a numbered argument; Tact templates name their arguments,"
                + " such as {orderId}"));
        continue;
      }
      ArgType type = part.getArgType();
      ArgumentKind kind;
      switch (type) {
        case SIMPLE:
          Part typePart = parsed.getPart(i + 2);
          String typeName = parsed.getSubstring(typePart);
          kind = simpleKind(typeName);
          if (kind == null) {
            problems.add(new PatternProblem(TemplateChecks.SYNTAX, typePart.getIndex(),
                "unknown argument type '" + typeName + "' in {" + name + ", " + typeName
                    + "}; use number, date, time, spellout, ordinal or duration"));
            typesOk = false;
            continue;
          }
          break;
        case PLURAL:
          kind = ArgumentKind.PLURAL;
          checkBranches(parsed, i, name, PluralRules.PluralType.CARDINAL);
          break;
        case SELECTORDINAL:
          kind = ArgumentKind.SELECTORDINAL;
          checkBranches(parsed, i, name, PluralRules.PluralType.ORDINAL);
          break;
        case SELECT:
          kind = ArgumentKind.SELECT;
          break;
        case CHOICE:
          kind = ArgumentKind.CHOICE;
          break;
        default:
          kind = ArgumentKind.TEXT;
      }
      use(name, kind, part.getIndex());
    }
    return typesOk;
  }

  private void use(String name, ArgumentKind kind, int offset) {
    boolean inText = kind != ArgumentKind.SELECT;
    ArgumentUse earlier = arguments.get(name);
    if (earlier == null) {
      arguments.put(name, new ArgumentUse(name, kind, offset, inText));
      return;
    }
    if (!earlier.kind().isCompatibleWith(kind)) {
      problems.add(new PatternProblem(TemplateChecks.ARGUMENT_MISMATCH, offset,
          "{" + name + "} is used as " + describe(earlier.kind()) + " and as " + describe(kind)
              + "; one value cannot be both, so use two arguments"));
    }
    ArgumentKind merged = earlier.kind() == ArgumentKind.TEXT ? kind : earlier.kind();
    arguments.put(name,
        new ArgumentUse(name, merged, earlier.offset(), earlier.inText() || inText));
  }

  private static @Nullable ArgumentKind simpleKind(String type) {
    switch (type.toLowerCase(Locale.ROOT)) {
      case "number":
      case "spellout":
      case "ordinal":
      case "duration":
        return ArgumentKind.NUMBER;
      case "date":
        return ArgumentKind.DATE;
      case "time":
        return ArgumentKind.TIME;
      default:
        return null;
    }
  }

  static String describe(ArgumentKind kind) {
    switch (kind) {
      case NUMBER:
      case PLURAL:
      case SELECTORDINAL:
      case CHOICE:
        return "a number (" + kind.name().toLowerCase(Locale.ROOT) + ")";
      case DATE:
      case TIME:
        return "an instant (" + kind.name().toLowerCase(Locale.ROOT) + ")";
      case SELECT:
        return "a select keyword";
      default:
        return "a text";
    }
  }

  /** The branches of the plural or selectordinal at part {@code start} cover the locale's CLDR categories. */
  private void checkBranches(
      MessagePattern parsed, int start, String name, PluralRules.PluralType type) {
    Set<String> keywords = new LinkedHashSet<>();
    List<Double> explicit = new ArrayList<>();
    int limit = parsed.getLimitPartIndex(start);
    for (int j = start + 2; j < limit; j++) {
      Part part = parsed.getPart(j);
      if (part.getType() == Part.Type.ARG_SELECTOR) {
        String selector = parsed.getSubstring(part);
        if (selector.startsWith("=")) {
          explicit.add(parsed.getNumericValue(parsed.getPart(j + 1)));
        } else {
          keywords.add(selector);
        }
      } else if (part.getType() == Part.Type.MSG_START) {
        j = parsed.getLimitPartIndex(j);
      }
    }
    PluralRules rules = PluralRules.forLocale(ULocale.forLocale(locale), type);
    List<String> missing = new ArrayList<>();
    for (String category : orderedCategories(rules)) {
      if (keywords.contains(category)) {
        continue;
      }
      double unique = rules.getUniqueKeywordValue(category);
      if (unique != PluralRules.NO_UNIQUE_VALUE && explicit.contains(unique)) {
        continue; // =1 covers a category whose only value is 1
      }
      missing.add(category);
    }
    if (!missing.isEmpty()) {
      String what = type == PluralRules.PluralType.ORDINAL ? "selectordinal" : "plural";
      String language = locale.equals(Locale.ROOT) ? "the root locale"
          : locale.getDisplayName(Locale.ENGLISH) + " (" + locale.toLanguageTag() + ")";
      problems.add(new PatternProblem(TemplateChecks.PLURAL_BRANCHES, parsed.getPart(start).getIndex(),
          "the " + what + " {" + name + "} lacks the branch" + (missing.size() > 1 ? "es " : " ")
              + String.join(", ", missing) + ": " + language + " uses the categories "
              + String.join(", ", orderedCategories(rules)) + "; add "
              + missing.get(0) + "{...}" + (missing.size() > 1 ? " and the others" : "")));
    }
  }

  /** The locale's categories in CLDR order: zero, one, two, few, many, other. */
  private static List<String> orderedCategories(PluralRules rules) {
    List<String> ordered = new ArrayList<>();
    Set<String> keywords = rules.getKeywords();
    for (String category : new String[] {"zero", "one", "two", "few", "many", "other"}) {
      if (keywords.contains(category)) {
        ordered.add(category);
      }
    }
    return ordered;
  }

  /**
   * Looks for apostrophes that start quoting in the message at part {@code msgStart} and its
   * nested messages. ICU's default apostrophe mode quotes from an apostrophe before {@code {},
   * {@code }}, {@code #} (in a plural) or {@code |} (in a choice) to the next single apostrophe.
   */
  private void scanMessage(MessagePattern parsed, int msgStart, ArgType parent) {
    int limit = parsed.getLimitPartIndex(msgStart);
    Part start = parsed.getPart(msgStart);
    int textFrom = start.getLimit();
    for (int k = msgStart + 1; k < limit; k++) {
      Part part = parsed.getPart(k);
      if (part.getType() != Part.Type.ARG_START) {
        continue;
      }
      scanText(textFrom, part.getIndex(), parent);
      int argLimit = parsed.getLimitPartIndex(k);
      for (int j = k + 1; j < argLimit; j++) {
        if (parsed.getPart(j).getType() == Part.Type.MSG_START) {
          scanMessage(parsed, j, part.getArgType());
          j = parsed.getLimitPartIndex(j);
        }
      }
      textFrom = parsed.getPart(argLimit).getLimit();
      k = argLimit;
    }
    scanText(textFrom, parsed.getPart(limit).getIndex(), parent);
  }

  private void scanText(int from, int to, ArgType parent) {
    int i = from;
    while (i < to) {
      if (pattern.charAt(i) != '\'' || i + 1 >= pattern.length()) {
        i++;
        continue;
      }
      char next = pattern.charAt(i + 1);
      if (next == '\'') {
        i += 2;
        continue;
      }
      boolean quotes = next == '{' || next == '}'
          || (parent.hasPluralStyle() && next == '#') || (parent == ArgType.CHOICE && next == '|');
      if (!quotes) {
        i++;
        continue;
      }
      int open = i;
      StringBuilder content = new StringBuilder();
      int j = i + 1;
      boolean closed = false;
      while (j < to) {
        char c = pattern.charAt(j);
        if (c == '\'') {
          if (j + 1 < to && pattern.charAt(j + 1) == '\'') {
            content.append('\'');
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        content.append(c);
        j++;
      }
      checkQuoted(open, content.toString(), closed);
      i = j;
    }
  }

  private void checkQuoted(int open, String content, boolean closed) {
    Matcher argument = ARGUMENT_LIKE.matcher(content);
    if (argument.find()) {
      String swallowed = content.substring(argument.start(), Math.min(content.length(),
          content.indexOf('}', argument.start()) < 0 ? content.length()
              : content.indexOf('}', argument.start()) + 1));
      problems.add(new PatternProblem(TemplateChecks.APOSTROPHE, open,
          "this apostrophe starts an ICU quoted literal, so " + swallowed
              + " shows as written instead of the value; write '' for an apostrophe"
              + " or use \u2019 (U+2019)"));
    } else if (!closed) {
      problems.add(new PatternProblem(TemplateChecks.APOSTROPHE, open,
          "this apostrophe starts an ICU quoted literal that runs to the end of the message,"
              + " so everything after it shows as written; write '' for an apostrophe"
              + " or use \u2019 (U+2019)"));
    }
  }

  private void compile(MessagePattern parsed) {
    ULocale uLocale = ULocale.forLocale(locale);
    try {
      format = new MessageFormat(pattern, uLocale);
    } catch (RuntimeException e) {
      // A bad number or date style; find the argument whose style ICU rejects.
      int offset = 0;
      for (int i = 0; i < parsed.countParts(); i++) {
        Part part = parsed.getPart(i);
        if (part.getType() == Part.Type.ARG_STYLE) {
          int argStart = i;
          while (parsed.getPart(argStart).getType() != Part.Type.ARG_START) {
            argStart--;
          }
          String argument = pattern.substring(parsed.getPart(argStart).getIndex(),
              parsed.getPart(parsed.getLimitPartIndex(argStart)).getLimit());
          if (!compiles(argument, uLocale)) {
            offset = skipSpaces(part.getIndex());
            break;
          }
        }
      }
      problems.add(new PatternProblem(TemplateChecks.SYNTAX, offset,
          "ICU MessageFormat rejects this style: " + readable(e.getMessage())));
    }
  }

  private static boolean compiles(String pattern, ULocale locale) {
    try {
      new MessageFormat(pattern, locale);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private int skipSpaces(int offset) {
    int i = offset;
    while (i < pattern.length() && Character.isWhitespace(pattern.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where ICU's message says the problem is, or where a scan finds the unclosed brace. */
  private int errorOffset(String message) {
    int unclosed = unclosedBrace();
    if (unclosed >= 0 && (message.startsWith("Unmatched '{'") || message.startsWith("Bad "))) {
      return unclosed; // ICU stopped at the end of the pattern; the culprit is the open brace
    }
    Matcher index = ICU_INDEX.matcher(message);
    if (index.find()) {
      try {
        return Math.min(Integer.parseInt(index.group(1)), pattern.length());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** The outermost '{' that no '}' closes, honouring ICU's apostrophe quoting; -1 if none. */
  private int unclosedBrace() {
    List<Integer> open = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        if (next == '\'') {
          i += 2;
          continue;
        }
        if (next == '{' || next == '}') {
          int close = pattern.indexOf('\'', i + 1);
          i = close < 0 ? pattern.length() : close + 1;
          continue;
        }
      } else if (c == '{') {
        open.add(i);
      } else if (c == '}' && !open.isEmpty()) {
        open.remove(open.size() - 1);
      }
      i++;
    }
    return open.isEmpty() ? -1 : open.get(0);
  }

  /** The innermost plural or select without an 'other' branch. */
  private int missingOther() {
    Matcher candidate = COMPLEX_ARGUMENT.matcher(pattern);
    int best = -1;
    int bestEnd = -1;
    while (candidate.find()) {
      int start = candidate.start();
      int end = matchingBrace(start);
      String argument = pattern.substring(start, end);
      try {
        new MessagePattern(argument);
      } catch (RuntimeException e) {
        if (String.valueOf(e.getMessage()).startsWith("Missing 'other'")
            && (best < 0 || end <= bestEnd)) {
          best = start;
          bestEnd = end;
        }
      }
    }
    return Math.max(best, 0);
  }

  private int matchingBrace(int open) {
    int depth = 0;
    for (int i = open; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return pattern.length();
  }

  /** ICU's message without its echo of the pattern. */
  private static String readable(@Nullable String message) {
    if (message == null) {
      return "no detail";
    }
    String text = ICU_INDEX.matcher(message).replaceAll("").strip();
    return ICU_ECHO.matcher(text).replaceAll("").strip();
  }
}

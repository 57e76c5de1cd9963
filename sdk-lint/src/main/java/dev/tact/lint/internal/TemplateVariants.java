package dev.tact.lint.internal;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import dev.tact.core.Formality;
import dev.tact.i18n.ArgumentKind;
import dev.tact.i18n.Template;
import dev.tact.i18n.TemplateArgument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every variant of a template, rendered with sample values: each branch of each plural,
 * selectordinal, select and choice, for each formality when the template depends on it (the
 * {@code formality} select, {@code {greeting}}, {@code {customerName}}). Branch choices multiply;
 * past {@link #MAX_VARIANTS} combinations, variants are chosen so that every branch of every
 * argument still shows at least once. A branch that no value of the locale can reach (a
 * {@code few} in English) is not rendered. Rendering walks the pattern as ICU MessageFormat does,
 * keeping the way back from each rendered character to the pattern.
 */
public final class TemplateVariants {
  /** The most combinations of branches rendered in full. */
  static final int MAX_VARIANTS = 256;

  /** One value an argument takes in some variant, and how the variant's label names it. */
  private record Choice(Object value, String label) {}

  private final Template template;
  private final String pattern;
  private final Locale locale;
  private final MessagePattern parsed;
  private final SampleValues samples;
  private final Map<String, ArgumentKind> kinds = new HashMap<>();
  private final Map<String, List<Choice>> choices = new LinkedHashMap<>();
  private final boolean byFormality;

  private TemplateVariants(Template template, SampleValues samples) {
    this.template = template;
    this.pattern = template.pattern();
    this.locale = template.locale();
    this.samples = samples;
    this.parsed = new MessagePattern(pattern);
    boolean formality = false;
    for (TemplateArgument argument : template.arguments()) {
      kinds.put(argument.name(), argument.kind());
      formality |= argument.builtIn();
    }
    this.byFormality = formality;
    collectChoices();
  }

  /** The variants of {@code template}, distinct texts only, in a stable order. */
  public static List<RenderedVariant> of(Template template, SampleValues samples) {
    return new TemplateVariants(template, samples).render();
  }

  private void collectChoices() {
    Map<String, Set<String>> selectors = new LinkedHashMap<>();
    Map<String, ArgType> types = new HashMap<>();
    Map<String, Double> offsets = new HashMap<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      Part part = parsed.getPart(i);
      if (part.getType() != Part.Type.ARG_START) {
        continue;
      }
      ArgType type = part.getArgType();
      if (type != ArgType.PLURAL && type != ArgType.SELECTORDINAL && type != ArgType.SELECT
          && type != ArgType.CHOICE) {
        continue;
      }
      String name = parsed.getSubstring(parsed.getPart(i + 1));
      types.putIfAbsent(name, type);
      if (type == ArgType.PLURAL || type == ArgType.SELECTORDINAL) {
        offsets.putIfAbsent(name, parsed.getPluralOffset(i + 2));
      }
      Set<String> found = selectors.computeIfAbsent(name, k -> new LinkedHashSet<>());
      int limit = parsed.getLimitPartIndex(i);
      for (int j = i + 2; j < limit; j++) {
        Part inner = parsed.getPart(j);
        if (type == ArgType.CHOICE && inner.getType().hasNumericValue()) {
          Part separator = parsed.getPart(j + 1);
          double value = parsed.getNumericValue(inner);
          found.add(String.valueOf(parsed.getSubstring(separator).equals("<")
              ? Math.nextUp(value) : value));
          j = parsed.getLimitPartIndex(j + 2);
        } else if (type != ArgType.CHOICE && inner.getType() == Part.Type.ARG_SELECTOR) {
          String selector = parsed.getSubstring(inner);
          Part next = parsed.getPart(j + 1);
          if (next.getType().hasNumericValue()) {
            selector = "=" + parsed.getNumericValue(next);
            j++;
          }
          found.add(selector);
          j = parsed.getLimitPartIndex(j + 1);
        }
      }
    }
    for (Map.Entry<String, Set<String>> entry : selectors.entrySet()) {
      String name = entry.getKey();
      if (name.equals("formality") && byFormality) {
        continue; // the formality dimension chooses these branches
      }
      ArgType type = types.get(name);
      List<Choice> values = new ArrayList<>();
      Set<Object> seen = new LinkedHashSet<>();
      for (String selector : entry.getValue()) {
        Choice choice = choice(name, type, selector, offsets.getOrDefault(name, 0.0));
        if (choice != null && seen.add(choice.value())) {
          values.add(choice);
        }
      }
      if (!values.isEmpty()) {
        choices.put(name, values);
      }
    }
  }

  private @Nullable Choice choice(String name, ArgType type, String selector, double offset) {
    if (type == ArgType.SELECT) {
      return new Choice(selector, name + "=" + selector);
    }
    if (type == ArgType.CHOICE) {
      double value = Double.parseDouble(selector);
      return new Choice(value, name + "=" + plain(value));
    }
    if (selector.startsWith("=")) {
      double value = Double.parseDouble(selector.substring(1));
      return new Choice(value, name + "=" + plain(value));
    }
    Double sample = samples.pluralSample(locale, type == ArgType.SELECTORDINAL, selector);
    return sample == null ? null : new Choice(sample + offset, name + "=" + selector);
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }

  private List<RenderedVariant> render() {
    List<String> names = new ArrayList<>(choices.keySet());
    long combinations = 1;
    int widest = 1;
    for (List<Choice> values : choices.values()) {
      combinations = Math.min(combinations * values.size(), Integer.MAX_VALUE);
      widest = Math.max(widest, values.size());
    }
    List<Formality> formalities = byFormality ? SampleValues.formalities() : List.of(Formality.NEUTRAL);
    Map<String, RenderedVariant> byText = new LinkedHashMap<>();
    boolean full = combinations <= MAX_VARIANTS;
    int count = full ? (int) combinations : widest;
    for (Formality formality : formalities) {
      for (int n = 0; n < count; n++) {
        Map<String, Choice> assignment = new HashMap<>();
        int rest = n;
        for (String name : names) {
          List<Choice> values = choices.get(name);
          if (full) {
            assignment.put(name, values.get(rest % values.size()));
            rest /= values.size();
          } else {
            assignment.put(name, values.get(n % values.size()));
          }
        }
        RenderedVariant variant = renderOne(assignment, formality, names);
        byText.putIfAbsent(variant.text(), variant);
      }
    }
    return List.copyOf(byText.values());
  }

  private RenderedVariant renderOne(Map<String, Choice> assignment, Formality formality,
      List<String> names) {
    RenderedVariant.Builder out = new RenderedVariant.Builder();
    message(0, Double.NaN, 0, assignment, formality, out);
    StringBuilder label = new StringBuilder();
    for (String name : names) {
      label.append(label.length() == 0 ? "" : ", ").append(assignment.get(name).label());
    }
    if (byFormality) {
      label.append(label.length() == 0 ? "" : ", ").append("formality=")
          .append(formality.name().toLowerCase(Locale.ROOT));
    }
    return out.build(label.toString());
  }

  /** Renders the message starting at part {@code start}, as ICU's MessageFormat.format does. */
  private void message(int start, double pluralNumber, double pluralOffset,
      Map<String, Choice> assignment, Formality formality, RenderedVariant.Builder out) {
    int previous = parsed.getPart(start).getLimit();
    for (int i = start + 1; ; i++) {
      Part part = parsed.getPart(i);
      Part.Type type = part.getType();
      int index = part.getIndex();
      out.literal(pattern, previous, index);
      if (type == Part.Type.MSG_LIMIT) {
        return;
      }
      previous = part.getLimit();
      if (type == Part.Type.REPLACE_NUMBER) {
        out.produced(samples.number(locale, pluralNumber - pluralOffset), index, part.getLimit());
        continue;
      }
      if (type != Part.Type.ARG_START) {
        continue; // SKIP_SYNTAX: an apostrophe that only quotes
      }
      int limit = parsed.getLimitPartIndex(i);
      String name = parsed.getSubstring(parsed.getPart(i + 1));
      int end = parsed.getPart(limit).getLimit();
      switch (part.getArgType()) {
        case NONE -> out.produced(plainValue(name, assignment, formality), index, end);
        case SIMPLE -> out.produced(samples.formatted(locale, pattern.substring(index, end), name,
            sampleValue(name, assignment)), index, end);
        case PLURAL, SELECTORDINAL -> {
          double number = number(name, assignment);
          double offset = parsed.getPluralOffset(i + 2);
          message(pluralBranch(i, number, offset, part.getArgType() == ArgType.SELECTORDINAL),
              number, offset, assignment, formality, out);
        }
        case SELECT -> message(selectBranch(i, keyword(name, assignment, formality)),
            Double.NaN, 0, assignment, formality, out);
        case CHOICE -> message(choiceBranch(i, number(name, assignment)), Double.NaN, 0,
            assignment, formality, out);
        default -> throw new IllegalStateException("unknown argument type " + part.getArgType());
      }
      previous = end;
      i = limit;
    }
  }

  private String plainValue(String name, Map<String, Choice> assignment, Formality formality) {
    switch (name) {
      case "greeting":
        return samples.greeting(locale, formality);
      case "customerName":
        return samples.customerName(locale, formality);
      case "formality":
        return formality.name().toLowerCase(Locale.ROOT);
      default:
        break;
    }
    ArgumentKind kind = kinds.getOrDefault(name, ArgumentKind.TEXT);
    Choice choice = assignment.get(name);
    if (choice != null && choice.value() instanceof String keyword) {
      return keyword;
    }
    if (kind.isNumeric() || choice != null) {
      return samples.number(locale, number(name, assignment));
    }
    if (kind.isTemporal()) {
      return samples.dateTime(locale);
    }
    return SampleValues.TEXT;
  }

  private Object sampleValue(String name, Map<String, Choice> assignment) {
    ArgumentKind kind = kinds.getOrDefault(name, ArgumentKind.TEXT);
    if (kind.isTemporal()) {
      return SampleValues.INSTANT;
    }
    return number(name, assignment);
  }

  private static double number(String name, Map<String, Choice> assignment) {
    Choice choice = assignment.get(name);
    return choice != null && choice.value() instanceof Double value ? value : SampleValues.NUMBER;
  }

  private String keyword(String name, Map<String, Choice> assignment, Formality formality) {
    if (name.equals("formality") && byFormality) {
      return formality.name().toLowerCase(Locale.ROOT);
    }
    Choice choice = assignment.get(name);
    return choice != null ? String.valueOf(choice.value()) : "other";
  }

  /** The sub-message an explicit {@code =n}, else the number's category, else other selects. */
  private int pluralBranch(int argStart, double number, double offset, boolean ordinal) {
    String category = samples.category(locale, ordinal, number - offset);
    int byCategory = -1;
    int other = -1;
    int limit = parsed.getLimitPartIndex(argStart);
    for (int j = argStart + 2; j < limit; j++) {
      Part part = parsed.getPart(j);
      if (part.getType() != Part.Type.ARG_SELECTOR) {
        continue;
      }
      String selector = parsed.getSubstring(part);
      Part next = parsed.getPart(j + 1);
      if (next.getType().hasNumericValue()) {
        if (parsed.getNumericValue(next) == number) {
          return j + 2;
        }
        j = parsed.getLimitPartIndex(j + 2);
        continue;
      }
      if (selector.equals(category) && byCategory < 0) {
        byCategory = j + 1;
      } else if (selector.equals("other") && other < 0) {
        other = j + 1;
      }
      j = parsed.getLimitPartIndex(j + 1);
    }
    return byCategory >= 0 ? byCategory : other;
  }

  private int selectBranch(int argStart, String keyword) {
    int other = -1;
    int limit = parsed.getLimitPartIndex(argStart);
    for (int j = argStart + 2; j < limit; j++) {
      Part part = parsed.getPart(j);
      if (part.getType() != Part.Type.ARG_SELECTOR) {
        continue;
      }
      String selector = parsed.getSubstring(part);
      if (selector.equals(keyword)) {
        return j + 1;
      }
      if (selector.equals("other") && other < 0) {
        other = j + 1;
      }
      j = parsed.getLimitPartIndex(j + 1);
    }
    return other;
  }

  /** The sub-message ICU's ChoiceFormat picks: the last whose limit the number reaches. */
  private int choiceBranch(int argStart, double number) {
    int limit = parsed.getLimitPartIndex(argStart);
    int chosen = -1;
    for (int j = argStart + 2; j < limit; j++) {
      Part part = parsed.getPart(j);
      if (!part.getType().hasNumericValue()) {
        continue;
      }
      double boundary = parsed.getNumericValue(part);
      boolean strict = parsed.getSubstring(parsed.getPart(j + 1)).equals("<");
      if (chosen >= 0 && (strict ? !(boundary < number) : !(boundary <= number))) {
        break;
      }
      chosen = j + 2;
      j = parsed.getLimitPartIndex(j + 2);
    }
    return chosen;
  }

  /** The template this expands, for messages. */
  Template template() {
    return template;
  }
}

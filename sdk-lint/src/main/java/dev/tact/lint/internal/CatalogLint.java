package dev.tact.lint.internal;

import dev.tact.core.Channel;
import dev.tact.core.Draft;
import dev.tact.core.Finding;
import dev.tact.core.LengthCounting;
import dev.tact.core.Severity;
import dev.tact.core.TextPosition;
import dev.tact.core.Visibility;
import dev.tact.i18n.Template;
import dev.tact.i18n.TemplateCatalog;
import dev.tact.i18n.TemplateChecks;
import dev.tact.i18n.TemplateException;
import dev.tact.i18n.TextLength;
import dev.tact.lint.LintFinding;
import dev.tact.rules.escalation.PersonalData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lints one catalog: every load-time check and warning of sdk-i18n, then for every template every
 * variant ({@link TemplateVariants}) through the tone rules in the template's own locale, the
 * personal-data detector when the template is for a public channel, and the channel's length. A
 * finding in the rendered text is reported at the file position of the pattern's own words that
 * it covers; a finding only in sample values is dropped; one location is reported once, with the
 * variant it shows in unless it shows in every variant.
 *
 * <p>A catalog that does not load still has its load problems reported, and every file that loads
 * on its own is linted as above.
 */
public final class CatalogLint {
  static final String TOO_LONG = "template.too-long";
  static final String PERSONAL_DATA = "privacy.personal-data";

  private final LintContext context;

  public CatalogLint(LintContext context) {
    this.context = context;
  }

  /** The findings of one catalog. */
  public List<LintFinding> lint(LintInputs.Catalog catalog) {
    List<LintFinding> findings = new ArrayList<>();
    List<LintInputs.SourceFile> readable = new ArrayList<>();
    for (LintInputs.SourceFile file : catalog.files()) {
      if (file.text() == null) {
        findings.add(fileFinding(TemplateChecks.CATALOG, Severity.ERROR, file.name(), 0, 0,
            "the file is not UTF-8; save it as UTF-8"));
      } else {
        readable.add(file);
      }
    }
    List<Template> templates = new ArrayList<>();
    Set<Locale> locales = new HashSet<>();
    try {
      TemplateCatalog loaded = load(readable);
      templates.addAll(loaded.templates());
      locales.addAll(loaded.locales());
      for (TemplateException.Problem warning : loaded.warnings()) {
        findings.add(problem(warning));
      }
    } catch (TemplateException e) {
      Set<String> broken = new HashSet<>();
      for (TemplateException.Problem problem : e.problems()) {
        findings.add(problem(problem));
        broken.add(problem.source());
      }
      for (LintInputs.SourceFile file : readable) {
        if (broken.contains(file.name())) {
          continue;
        }
        try {
          TemplateCatalog alone = load(List.of(file));
          templates.addAll(alone.templates());
          locales.addAll(alone.locales());
          for (TemplateException.Problem warning : alone.warnings()) {
            if (!warning.check().equals(TemplateChecks.MISSING_LOCALE)) {
              findings.add(problem(warning));
            }
          }
        } catch (TemplateException ignored) {
          // its problems concern other files of the catalog too and are reported above
        }
      }
    }
    for (Locale required : context.config().requiredLocales()) {
      if (!locales.isEmpty() && !locales.contains(required) && readable.size() == catalog.files().size()
          && findings.stream().noneMatch(f -> f.ruleId().equals(TemplateChecks.CATALOG))) {
        findings.add(fileFinding(TemplateChecks.MISSING_LOCALE, Severity.ERROR, catalog.directory(),
            0, 0, "the catalog has no " + required.toLanguageTag() + " file, and .tact.yaml"
                + " requires every key in " + required.toLanguageTag() + "; add "
                + required.toLanguageTag() + ".yaml"));
      }
    }
    findings.addAll(templates.parallelStream().flatMap(t -> lint(t).stream()).toList());
    return findings;
  }

  private static TemplateCatalog load(List<LintInputs.SourceFile> files) {
    TemplateCatalog.Builder builder = TemplateCatalog.builder();
    for (LintInputs.SourceFile file : files) {
      builder.source(file.name(), String.valueOf(file.text()));
    }
    return builder.build();
  }

  private LintFinding problem(TemplateException.Problem problem) {
    Severity severity = switch (problem.check()) {
      case TemplateChecks.MISSING_LOCALE -> context.config().requiredLocales()
          .contains(localeOfFile(problem.source())) ? Severity.ERROR : Severity.WARNING;
      case TemplateChecks.UNUSED_ARGUMENT -> Severity.WARNING;
      default -> Severity.ERROR;
    };
    return fileFinding(problem.check(), severity, problem.source(), problem.line(),
        problem.column(), problem.message());
  }

  private LintFinding fileFinding(String rule, Severity severity, String file, int line,
      int column, String message) {
    Locale locale = localeOfFile(file);
    return new LintFinding(rule, severity, file, line, column, 0, 0, message, List.of(),
        Optional.empty(), locale == null ? Optional.empty() : Optional.of(tag(locale)),
        Optional.empty(), Fingerprint.of(rule, message), false, Optional.empty());
  }

  private static @org.jspecify.annotations.Nullable Locale localeOfFile(String file) {
    java.nio.file.Path name = java.nio.file.Path.of(file).getFileName();
    if (name == null || !LintInputs.isLocaleName(java.nio.file.Path.of(file))) {
      return null;
    }
    String tag = name.toString().substring(0, name.toString().lastIndexOf('.'));
    return tag.equals("root") ? Locale.ROOT : Locale.forLanguageTag(tag);
  }

  private static String tag(Locale locale) {
    return locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag();
  }

  /** What one template's variants give, once per location. */
  private List<LintFinding> lint(Template template) {
    List<LintFinding> findings = new ArrayList<>();
    Optional<String> suppression = template.ignoreReason();
    Channel channel = channel(template);
    boolean isPublic = template.visibility().orElse(channel.visibility()) == Visibility.PUBLIC;
    TextLength length = length(template, channel);
    List<RenderedVariant> variants = TemplateVariants.of(template, context.samples());
    Map<String, Located> located = new LinkedHashMap<>();
    Located longest = null;
    int longestOver = 0;
    for (RenderedVariant variant : variants) {
      String text = variant.text();
      for (Finding finding : context.checker().check(new Draft(text, template.locale(), channel))) {
        add(located, variant, finding.ruleId(), finding.severity(), finding.span().start(),
            finding.span().end(), finding.message(), finding.suggestions());
      }
      if (isPublic) {
        for (PersonalData data : context.detector().find(text, template.locale())) {
          add(located, variant, PERSONAL_DATA, Severity.ERROR, data.span().start(),
              data.span().end(), "personal data (" + kindName(data) + ") in a template for the"
                  + " public channel " + channel.id() + "; everyone can read it: move the reply"
                  + " to a private channel or leave the data out", List.of());
        }
      }
      if (length != null) {
        TextLength.Measure measure = length.measure(text);
        if (!measure.fits() && measure.over() > longestOver) {
          longestOver = measure.over();
          longest = new Located(TOO_LONG, Severity.ERROR, 0, template.pattern().length(),
              "'" + template.key() + "' is " + measure.length() + " " + unit(length) + " long, "
                  + measure.over() + " over the limit of " + measure.limit().orElse(0)
                  + (template.maxLength().isPresent() ? " (maxLength)" : " on " + channel.id())
                  + "; shorten it", List.of(), variant.label());
          longest.variants++;
        }
      }
    }
    if (longest != null) {
      located.put("too-long", longest);
    }
    for (Located found : located.values()) {
      findings.add(found.toFinding(template, variants.size(), suppression));
    }
    return findings;
  }

  private static String kindName(PersonalData data) {
    return data.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String unit(TextLength length) {
    return switch (length.counting()) {
      case X_WEIGHTED -> "weighted characters";
      case SMS_SEGMENTS -> "SMS segments";
      case CODE_POINTS -> "characters";
    };
  }

  private Channel channel(Template template) {
    Optional<Channel> named = template.channel().flatMap(Channel::builtIn);
    if (named.isPresent()) {
      return named.get();
    }
    Optional<Channel> configured = context.config().channelFor(template.key());
    if (configured.isPresent()) {
      return configured.get();
    }
    return template.visibility().orElse(Visibility.PRIVATE) == Visibility.PUBLIC
        ? Channel.PUBLIC : Channel.PRIVATE;
  }

  private static @org.jspecify.annotations.Nullable TextLength length(Template template,
      Channel channel) {
    if (template.maxLength().isPresent()) {
      LengthCounting counting = channel.maxLength().isPresent()
          ? channel.lengthCounting() : LengthCounting.CODE_POINTS;
      return TextLength.of(counting, template.maxLength().getAsInt());
    }
    return channel.maxLength().isPresent() ? TextLength.of(channel) : null;
  }

  private static void add(Map<String, Located> located, RenderedVariant variant, String rule,
      Severity severity, int start, int end, String message, List<String> suggestions) {
    int[] range = variant.patternRange(start, end);
    if (range == null) {
      return;
    }
    Located found = located.computeIfAbsent(rule + "@" + range[0] + "-" + range[1],
        k -> new Located(rule, severity, range[0], range[1], message, suggestions, variant.label()));
    found.variants++;
  }

  /** A finding at a pattern range, and in how many variants it showed. */
  private static final class Located {
    final String rule;
    final Severity severity;
    final int start;
    final int end;
    final String message;
    final List<String> suggestions;
    final String variant;
    int variants;

    Located(String rule, Severity severity, int start, int end, String message,
        List<String> suggestions, String variant) {
      this.rule = rule;
      this.severity = severity;
      this.start = start;
      this.end = end;
      this.message = message;
      this.suggestions = suggestions;
      this.variant = variant;
    }

    LintFinding toFinding(Template template, int total, Optional<String> reason) {
      String pattern = template.pattern();
      TextPosition from = template.positionOf(start);
      TextPosition last = template.positionOf(Math.max(start, end - 1));
      boolean everywhere = variants >= total || variant.isEmpty();
      String locale = tag(template.locale());
      Optional<String> suppression = template.ignoredChecks().contains(rule) ? reason : Optional.empty();
      return new LintFinding(rule, severity, template.source(), from.line(), from.column(),
          last.line(), last.column() + (end > start ? 1 : 0), message, suggestions,
          Optional.of(template.key()), Optional.of(locale),
          everywhere ? Optional.empty() : Optional.of(variant),
          Fingerprint.of(rule, template.key(), locale,
              rule.equals(TOO_LONG) ? "" : pattern.substring(start, end)),
          false, suppression);
    }
  }
}

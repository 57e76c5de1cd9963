package dev.tact.i18n.internal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.tact.core.Customer;
import dev.tact.core.Formality;
import dev.tact.i18n.ArgumentKind;
import dev.tact.i18n.OutputFormat;
import dev.tact.i18n.TemplateArgument;
import dev.tact.i18n.TemplateChecks;
import dev.tact.i18n.TemplateException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A pattern compiled once for rendering: its {@link MessageFormat} instances, and for each
 * argument, decided at load time, how a caller's value becomes a safe MessageFormat value (text is
 * cleaned, isolated and escaped; select keywords, numbers and instants are passed as such), which
 * built-in supplies it, and what stands in when it is missing.
 */
public final class RenderPlan {
  private static final int TEXT = 0;
  private static final int SELECT = 1;
  private static final int NUMBER = 2;
  private static final int INSTANT = 3;

  private static final int OWN = 0;
  private static final int GREETING = 1;
  private static final int NAME = 2;
  private static final int FORMALITY = 3;

  private final String label;
  private final Locale locale;
  private final ULocale uLocale;
  private final @Nullable Calendar calendarPrototype;
  private final boolean root;
  private final boolean rightToLeft;
  private final String[] names;
  private final ArgumentKind[] kinds;
  private final int[] roles;
  private final int[] builtIns;
  private final @Nullable Object[] fallbacks;
  private final boolean[] required;
  private final RenderPool pool;

  /**
   * A plan for a catalog template.
   *
   * @param label how messages name the template, such as {@code 'order.shipped'}
   * @param locale the template's locale; {@link Locale#ROOT} renders built-ins in the requested one
   * @param pattern the pattern
   * @param format the pattern compiled for {@code locale}
   * @param arguments the arguments with their declarations
   * @param uses how the pattern uses each argument
   */
  public RenderPlan(String label, Locale locale, String pattern, MessageFormat format,
      List<TemplateArgument> arguments, Map<String, ArgumentUse> uses) {
    this.label = label;
    this.locale = locale;
    this.uLocale = ULocale.forLocale(locale);
    this.root = locale.equals(Locale.ROOT);
    this.rightToLeft = uLocale.isRightToLeft();
    int count = arguments.size();
    this.names = new String[count];
    this.kinds = new ArgumentKind[count];
    this.roles = new int[count];
    this.builtIns = new int[count];
    this.fallbacks = new Object[count];
    this.required = new boolean[count];
    for (int i = 0; i < count; i++) {
      TemplateArgument argument = arguments.get(i);
      ArgumentUse use = uses.get(argument.name());
      names[i] = argument.name();
      kinds[i] = argument.kind();
      roles[i] = role(argument.kind(), use == null || use.inText());
      builtIns[i] = builtIn(argument);
      String fallback = argument.fallback().orElse(null);
      fallbacks[i] = fallback == null ? null
          : argument.kind().isNumeric() ? number(fallback) : fallback;
      required[i] = argument.required();
    }
    this.pool = new RenderPool(pattern, uLocale, format);
    boolean takesDates = false;
    for (int role : roles) {
      takesDates |= role == INSTANT;
    }
    // Calendar.getInstance reads locale data on every call; cloning a prototype does not. The
    // prototype is never changed after this, so concurrent clones are safe.
    this.calendarPrototype = takesDates ? Calendar.getInstance(TimeZone.GMT_ZONE, uLocale) : null;
  }

  /**
   * A plan for an ad-hoc pattern: every argument but the built-ins is required.
   *
   * @throws TemplateException if the pattern has a problem, located in the pattern
   */
  public static RenderPlan adHoc(String pattern, Locale locale) {
    PatternAnalysis analysis = PatternAnalysis.of(pattern, locale);
    MessageFormat format = analysis.format();
    if (!analysis.problems().isEmpty() || format == null) {
      List<TemplateException.Problem> problems = new ArrayList<>();
      SourceLines lines = new SourceLines(pattern);
      for (PatternProblem problem : analysis.problems()) {
        var at = lines.position(problem.offset());
        problems.add(new TemplateException.Problem(problem.check(), "<pattern>", at.line(),
            at.column(), problem.message()));
      }
      throw new TemplateException(problems);
    }
    List<TemplateArgument> arguments = new ArrayList<>();
    for (ArgumentUse use : analysis.arguments().values()) {
      boolean builtIn = CatalogLoader.BUILT_INS.contains(use.name());
      arguments.add(new TemplateArgument(use.name(), use.kind(), Optional.empty(),
          !builtIn, builtIn));
    }
    return new RenderPlan("the pattern", locale, pattern, format, arguments, analysis.arguments());
  }

  private static int role(ArgumentKind kind, boolean inText) {
    if (kind.isNumeric()) {
      return NUMBER;
    }
    if (kind.isTemporal()) {
      return INSTANT;
    }
    return kind == ArgumentKind.SELECT && !inText ? SELECT : TEXT;
  }

  private static int builtIn(TemplateArgument argument) {
    if (!argument.builtIn()) {
      return OWN;
    }
    switch (argument.name()) {
      case "greeting":
        return GREETING;
      case "customerName":
        return NAME;
      default:
        return FORMALITY;
    }
  }

  /** A number read from a catalog fallback, or null if the text is not one. */
  public static @Nullable Number number(String text) {
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
        return value.longValueExact();
      }
      return value.doubleValue();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * The formality a render for {@code customer} in {@code requested} uses: the customer's own, else
   * the default of their locale when this template is in their language (es-ES reads the es
   * template but says "tú"), else the default of the template's locale.
   */
  public Formality formality(RenderSettings settings, Locale requested, Customer customer) {
    Locale textLocale = root ? requested : locale;
    Locale formalityLocale =
        requested.getLanguage().equals(textLocale.getLanguage()) ? requested : textLocale;
    return customer.formality().orElseGet(() -> settings.defaultFormality().apply(formalityLocale));
  }

  /**
   * Renders for one customer.
   *
   * @param settings the renderer's output format and built-in providers
   * @param requested the locale asked for; built-ins of a root template speak it
   * @param customer the customer
   * @param args the caller's values by argument name; null and blank values are missing
   * @param now the instant the reply is written, for the greeting
   * @throws TemplateException if a required value is missing or a value has the wrong type
   */
  public String render(RenderSettings settings, Locale requested, Customer customer,
      Map<String, ?> args, Instant now) {
    Locale textLocale = root ? requested : locale;
    boolean rtl = root ? ULocale.forLocale(requested).isRightToLeft() : rightToLeft;
    Object[] values = new Object[names.length];
    Formality formality = null;
    for (int i = 0; i < names.length; i++) {
      Object value = value(i, args.get(names[i]), settings, textLocale, rtl, customer);
      if (value == null && builtIns[i] != OWN) {
        if (formality == null) {
          formality = formality(settings, requested, customer);
        }
        value = builtIn(i, settings, textLocale, rtl, customer, formality, now);
      }
      if (value == null) {
        value = fallbacks[i];
      }
      if (value == null && required[i]) {
        throw problem(TemplateChecks.MISSING_VALUE, label + " needs {" + names[i] + "}, and it"
            + " is missing or blank; pass a value", null);
      }
      if (value == null && builtIns[i] == NAME && formality != null) {
        value = settings.names().fallback(textLocale, formality);
      }
      if (value == null) {
        throw problem(TemplateChecks.MISSING_VALUE, label + " needs {" + names[i] + "}, and it"
            + " is missing or blank", null);
      }
      values[i] = value;
    }
    MessageFormat format = pool.borrow();
    try {
      return format.format(new ArgumentValues(names, values));
    } catch (RuntimeException e) {
      throw problem(TemplateChecks.ARGUMENT_TYPE, label + " cannot format its values: "
          + e.getMessage(), e);
    } finally {
      pool.release(format);
    }
  }

  private @Nullable Object builtIn(int i, RenderSettings settings, Locale textLocale, boolean rtl,
      Customer customer, Formality formality, Instant now) {
    switch (builtIns[i]) {
      case GREETING:
        return settings.greeting().text(textLocale, formality, customer.zone().orElse(null), now);
      case NAME:
        String name = settings.names().format(customer, textLocale, formality).orElse(null);
        return name == null ? null : text(name, settings.format(), textLocale, rtl);
      default:
        return formality.name().toLowerCase(Locale.ROOT);
    }
  }

  private @Nullable Object value(int i, @Nullable Object raw, RenderSettings settings,
      Locale textLocale, boolean rtl, Customer customer) {
    if (raw == null) {
      return null;
    }
    switch (roles[i]) {
      case NUMBER:
        if (raw instanceof Number number && isFinite(number)) {
          return raw;
        }
        throw wrongType(i, raw, "a finite number");
      case INSTANT: {
        Calendar calendar = calendar(raw, customer, settings.defaultZone());
        if (calendar == null) {
          throw wrongType(i, raw, "an Instant, ZonedDateTime, OffsetDateTime, LocalDateTime,"
              + " LocalDate or Date");
        }
        return calendar;
      }
      case SELECT: {
        String keyword = raw instanceof Enum<?> constant
            ? constant.name().toLowerCase(Locale.ROOT) : raw.toString();
        return keyword.isBlank() ? null : keyword;
      }
      default:
        if (raw instanceof Number) {
          return raw;
        }
        if (raw instanceof CharSequence) {
          return text(raw.toString(), settings.format(), textLocale, rtl);
        }
        Calendar calendar = calendar(raw, customer, settings.defaultZone());
        if (calendar != null) {
          DateFormat dates = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, uLocale);
          dates.setTimeZone(calendar.getTimeZone());
          return dates.format(calendar.getTime());
        }
        return text(raw.toString(), settings.format(), textLocale, rtl);
    }
  }

  /** Customer text made safe: controls and bidi overrides out, isolated, escaped; null if blank. */
  private static @Nullable String text(String raw, OutputFormat format, Locale textLocale,
      boolean rtl) {
    String safe;
    if (!rtl && isPlainAscii(raw)) {
      safe = raw; // nothing to clean, nothing right-to-left to isolate
    } else {
      safe = UserText.clean(raw);
      if (safe.isBlank()) {
        return null;
      }
      safe = UserText.isolate(safe, textLocale);
    }
    if (safe.isBlank()) {
      return null;
    }
    return format == OutputFormat.PLAIN ? safe : format.escape(safe);
  }

  private static boolean isFinite(Number number) {
    return !(number instanceof Double || number instanceof Float)
        || Double.isFinite(number.doubleValue());
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n') || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private @Nullable Calendar calendar(Object raw, Customer customer, ZoneId defaultZone) {
    ZoneId zone = customer.zone().orElse(null);
    long millis;
    ZoneId own = null;
    try {
      if (raw instanceof Instant instant) {
        millis = instant.toEpochMilli();
      } else if (raw instanceof ZonedDateTime zoned) {
        millis = zoned.toInstant().toEpochMilli();
        own = zoned.getZone();
      } else if (raw instanceof OffsetDateTime offset) {
        millis = offset.toInstant().toEpochMilli();
        own = offset.getOffset();
      } else if (raw instanceof Date date) {
        millis = date.getTime();
      } else if (raw instanceof LocalDateTime local) {
        ZoneId wall = zone != null ? zone : defaultZone;
        millis = local.atZone(wall).toInstant().toEpochMilli();
      } else if (raw instanceof LocalDate date) {
        ZoneId wall = zone != null ? zone : defaultZone;
        millis = date.atStartOfDay(wall).toInstant().toEpochMilli();
      } else {
        return null;
      }
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
    ZoneId target = zone != null ? zone : own != null ? own : defaultZone;
    Calendar calendar = calendarPrototype != null ? (Calendar) calendarPrototype.clone()
        : Calendar.getInstance(uLocale);
    calendar.setTimeZone(icuZone(target, millis));
    calendar.setTimeInMillis(millis);
    return calendar;
  }

  /** The ICU zone for a java.time zone; a fixed offset when ICU does not know the id. */
  private static TimeZone icuZone(ZoneId zone, long millis) {
    ZoneId normalized = zone.normalized();
    if (!(normalized instanceof ZoneOffset)) {
      TimeZone known = TimeZone.getFrozenTimeZone(normalized.getId());
      if (!known.getID().equals(TimeZone.UNKNOWN_ZONE_ID)) {
        return known;
      }
    }
    ZoneOffset offset = normalized.getRules().getOffset(Instant.ofEpochMilli(millis));
    return new SimpleTimeZone(offset.getTotalSeconds() * 1000,
        offset.getTotalSeconds() == 0 ? "GMT" : "GMT" + offset.getId());
  }

  private TemplateException wrongType(int i, Object raw, String expected) {
    return problem(TemplateChecks.ARGUMENT_TYPE, label + ": {" + names[i] + "} is "
        + PatternAnalysis.describe(kinds[i]) + " and needs " + expected + ", not a "
        + raw.getClass().getSimpleName(), null);
  }

  private static TemplateException problem(String check, String message, @Nullable Throwable cause) {
    return new TemplateException(
        List.of(new TemplateException.Problem(check, "<render>", 0, 0, message)), cause);
  }
}

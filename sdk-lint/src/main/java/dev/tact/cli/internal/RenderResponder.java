package dev.tact.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.i18n.Renderer;
import dev.tact.i18n.Template;
import dev.tact.i18n.TemplateCatalog;
import dev.tact.i18n.TemplateException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Answers one line of {@code tact render --jsonl}: a request in, one JSON object out, never an
 * exception. A good request gets {@code {"text":"..."}}, anything else
 * {@code {"error":{"message":...}}}. Holds one {@link Renderer} (with the catalog, if any, loaded
 * once per run) and nothing that changes, so one instance may serve any number of lines and threads.
 *
 * <pre>{@code
 * new RenderResponder(Renderer.builder().build(), null, Locale.ENGLISH, clock).respond(
 *     "{\"pattern\":\"{greeting}, {customerName}!\",\"locale\":\"de\","
 *         + "\"customer\":{\"name\":\"Maria Müller\",\"zone\":\"Europe/Berlin\"}}");
 * // {"text":"Guten Abend, Maria Müller!"}
 * }</pre>
 */
final class RenderResponder {
  private final ObjectMapper json = JsonFields.strictMapper();
  private final Renderer renderer;
  private final @Nullable TemplateCatalog catalog;
  private final Locale defaultLocale;
  private final Clock clock;

  /**
   * A responder.
   *
   * @param renderer renders patterns, and the catalog's templates
   * @param catalog the {@code --catalog}, or null when there is none and keys are errors
   * @param defaultLocale the locale of a line without one
   * @param clock the current time, for a line without {@code now}
   */
  RenderResponder(Renderer renderer, @Nullable TemplateCatalog catalog, Locale defaultLocale, Clock clock) {
    this.renderer = renderer;
    this.catalog = catalog;
    this.defaultLocale = defaultLocale;
    this.clock = clock;
  }

  /** The answer to one input line, as one line of JSON. */
  String respond(String line) {
    try {
      return JsonAnswers.text(render(RenderRequest.read(line, json, defaultLocale)));
    } catch (BadLineException e) {
      return JsonAnswers.error(String.valueOf(e.getMessage()));
    } catch (TemplateException e) {
      return JsonAnswers.error(message(e));
    } catch (RuntimeException e) {
      // A bug, not a bad line; still one answer per line, and a message to report.
      return JsonAnswers.error("internal error, please report: " + e);
    }
  }

  private String render(RenderRequest request) throws BadLineException {
    Instant now = request.now() != null ? request.now() : clock.instant();
    String pattern = request.pattern();
    if (pattern != null) {
      return renderer.renderPattern(pattern, request.locale(), request.customer(), request.args(), now);
    }
    Template template = template(String.valueOf(request.key()), request.locale());
    return renderer.render(template, request.locale(), request.customer(), request.args(), now);
  }

  private Template template(String key, Locale locale) throws BadLineException {
    TemplateCatalog templates = catalog;
    if (templates == null) {
      throw new BadLineException("field 'key': there is no catalog to find " + TimeValues.quote(key)
          + " in; start tact render with --catalog DIR, or send a 'pattern'");
    }
    Optional<Template> found = templates.find(key, locale);
    if (found.isPresent()) {
      return found.get();
    }
    if (!templates.keys().contains(key)) {
      throw new BadLineException("field 'key': the catalog has no template " + TimeValues.quote(key));
    }
    StringJoiner locales = new StringJoiner(", ");
    for (Template template : templates.templates()) {
      if (template.key().equals(key)) {
        locales.add(template.locale().toLanguageTag());
      }
    }
    throw new BadLineException("field 'key': " + TimeValues.quote(key) + " has no template in "
        + locale.toLanguageTag() + ", its fallbacks or the default locale "
        + templates.defaultLocale().toLanguageTag() + ", only in " + locales
        + "; add one, or send a 'locale' it has");
  }

  /**
   * The problems on one line: in the pattern, each at its column (and line, if the pattern has
   * several), with its check id; in the values, with the check id.
   */
  private static String message(TemplateException e) {
    List<TemplateException.Problem> problems = e.problems();
    StringJoiner message = new StringJoiner("; ");
    for (TemplateException.Problem problem : problems) {
      // Problems in the pattern have a place in it; problems with the values have none.
      String where = problem.line() == 0 ? ""
          : problem.line() > 1 ? "field 'pattern' at line " + problem.line() + ", column " + problem.column() + ": "
          : "field 'pattern' at column " + problem.column() + ": ";
      message.add(where + problem.check() + ": " + problem.message());
    }
    return message.toString();
  }
}

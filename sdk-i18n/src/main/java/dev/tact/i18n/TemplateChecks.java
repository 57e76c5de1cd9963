package dev.tact.i18n;

/**
 * The stable ids of the checks that catalogs and render requests go through, as they appear in
 * {@link TemplateException.Problem#check()} and in lint reports. An id never changes meaning.
 *
 * <pre>{@code
 * catch (TemplateException e) {
 *   if (e.check().equals(TemplateChecks.MISSING_VALUE)) { ... }
 * }
 * }</pre>
 */
public final class TemplateChecks {
  /** A file that is not well-formed YAML or JSON, a bad file name, key or metadata field. */
  public static final String CATALOG = "template.catalog";
  /** A pattern that ICU MessageFormat cannot read, or an unknown argument type. */
  public static final String SYNTAX = "template.syntax";
  /** A plural without a branch its locale's CLDR categories need, or a select without other. */
  public static final String PLURAL_BRANCHES = "template.plural-branches";
  /** An apostrophe that starts ICU quoting and swallows a placeholder. */
  public static final String APOSTROPHE = "template.apostrophe";
  /** A key whose locales use different arguments, or one argument used as two kinds. */
  public static final String ARGUMENT_MISMATCH = "template.argument-mismatch";
  /** An argument that declares neither a fallback nor {@code required: true}. */
  public static final String MISSING_FALLBACK = "template.missing-fallback";
  /** Warning: a key that some locale of the catalog lacks. */
  public static final String MISSING_LOCALE = "template.missing-locale";
  /** Warning: an argument declared in the metadata that the pattern never uses. */
  public static final String UNUSED_ARGUMENT = "template.unused-argument";
  /** Render: no template for the key in the locale or any of its fallbacks. */
  public static final String UNKNOWN_KEY = "template.unknown-key";
  /** Render: a required argument that is missing or blank. */
  public static final String MISSING_VALUE = "template.missing-value";
  /** Render: a value of the wrong type, such as a text for a plural. */
  public static final String ARGUMENT_TYPE = "template.argument-type";

  private TemplateChecks() {}
}

package dev.tact.i18n;

import dev.tact.core.TextPosition;
import dev.tact.core.Visibility;
import dev.tact.i18n.internal.CatalogEntry;
import dev.tact.i18n.internal.RenderPlan;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One key of a {@link TemplateCatalog} in one locale: its ICU MessageFormat pattern, compiled once
 * when the catalog loaded, where it is written, its metadata and its arguments. Render it with a
 * {@link Renderer}.
 *
 * <pre>{@code
 * Template t = catalog.find("order.shipped", Locale.JAPANESE).orElseThrow();
 * t.pattern();    // "{customerName}、ご注文の商品を発送しました。"
 * t.source();     // "templates/ja.yaml"
 * t.position();   // 4:18, where the pattern starts in that file
 * t.arguments();  // [customerName TEXT built in]
 * }</pre>
 */
public final class Template {
  private final CatalogEntry entry;

  Template(CatalogEntry entry) {
    this.entry = entry;
  }

  /** The dotted key, such as {@code order.shipped}. */
  public String key() {
    return entry.key();
  }

  /** The locale of the file it comes from; {@link Locale#ROOT} for {@code root.yaml}. */
  public Locale locale() {
    return entry.locale();
  }

  /** The ICU MessageFormat pattern, as the file holds it after YAML or JSON unescaping. */
  public String pattern() {
    return entry.pattern();
  }

  /** The name of the file or resource it comes from. */
  public String source() {
    return entry.source();
  }

  /** Where the pattern's first character is in {@link #source()}. */
  public TextPosition position() {
    return entry.position();
  }

  /**
   * Where the pattern's character at {@code offset} (a UTF-16 index into {@link #pattern()}) is
   * in {@link #source()}, through YAML quoting, escapes and block scalars, as load errors are
   * located: how a tool points at words inside a pattern. The map is rebuilt on each call, so a
   * catalog keeps no per-character tables.
   *
   * <pre>{@code
   * // en.yaml line 4:  welcome: "Hi {customerName}, just restart."
   * t.positionOf(t.pattern().indexOf("just"));   // 4:30
   * }</pre>
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= offset <= pattern().length()}
   */
  public TextPosition positionOf(int offset) {
    Objects.checkFromToIndex(offset, offset, entry.pattern().length());
    return entry.positionOf(offset);
  }

  /** The channel id from the metadata ({@code channel: x.reply}), if any. */
  public Optional<String> channel() {
    return Optional.ofNullable(entry.channel());
  }

  /** The visibility from the metadata ({@code visibility: public}), if any. */
  public Optional<Visibility> visibility() {
    return Optional.ofNullable(entry.visibility());
  }

  /** The description from the metadata, if any. */
  public Optional<String> description() {
    return Optional.ofNullable(entry.description());
  }

  /** The length limit from the metadata ({@code maxLength: 280}), if any. */
  public OptionalInt maxLength() {
    return entry.maxLength() == 0 ? OptionalInt.empty() : OptionalInt.of(entry.maxLength());
  }

  /** The arguments the pattern uses, in order of first use, with their declarations. */
  public List<TemplateArgument> arguments() {
    return entry.arguments();
  }

  /** The check ids listed under {@code tact-ignore}, for lint; empty when none. */
  public Set<String> ignoredChecks() {
    return entry.ignoredChecks();
  }

  /** The {@code reason} given for {@link #ignoredChecks()}, if any. */
  public Optional<String> ignoreReason() {
    return Optional.ofNullable(entry.ignoreReason());
  }

  RenderPlan plan() {
    return entry.plan();
  }

  /** {@code key (locale) at source:line:column}. */
  @Override
  public String toString() {
    return key() + " (" + (locale().equals(Locale.ROOT) ? "root" : locale().toLanguageTag())
        + ") at " + source() + ":" + position();
  }
}

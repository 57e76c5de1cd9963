package dev.tact.i18n.internal;

import dev.tact.core.TextPosition;
import dev.tact.core.Visibility;
import dev.tact.i18n.TemplateArgument;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One loaded template: a key in one locale with its pattern, where it is, its metadata and its
 * compiled form.
 *
 * @param key the dotted key, such as {@code order.shipped}
 * @param locale the locale of the file, {@link Locale#ROOT} for {@code root.yaml}
 * @param pattern the ICU MessageFormat pattern
 * @param source the file's name
 * @param position where the pattern starts in the file
 * @param channel the channel id from the metadata, or null
 * @param visibility the visibility from the metadata, or null
 * @param description the description from the metadata, or null
 * @param maxLength the maximum length from the metadata, or 0 when none
 * @param arguments the pattern's arguments, in order of first use
 * @param ignoredChecks the check ids in {@code tact-ignore}
 * @param ignoreReason the {@code reason} given for them, or null
 * @param plan the compiled pattern
 * @param lines the lines of the file the pattern comes from
 * @param scalarStart where the pattern's YAML or JSON token starts in the file, to map pattern
 *     offsets back to the file on demand (see {@link SourceScalar})
 */
public record CatalogEntry(
    String key,
    Locale locale,
    String pattern,
    String source,
    TextPosition position,
    @Nullable String channel,
    @Nullable Visibility visibility,
    @Nullable String description,
    int maxLength,
    List<TemplateArgument> arguments,
    Set<String> ignoredChecks,
    @Nullable String ignoreReason,
    RenderPlan plan,
    SourceLines lines,
    int scalarStart) {

  /** The file position of the pattern's character at {@code offset}. */
  public TextPosition positionOf(int offset) {
    return lines.position(new SourceScalar(lines.text(), scalarStart, pattern).offsetOf(offset));
  }
}

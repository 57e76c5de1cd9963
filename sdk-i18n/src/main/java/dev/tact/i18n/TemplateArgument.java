package dev.tact.i18n;

import java.util.Objects;
import java.util.Optional;

/**
 * One argument of a {@link Template}: its name, how the pattern uses it, and what renders when a
 * caller leaves it out or blank.
 *
 * <pre>{@code
 * // en.yaml:  order.shipped: {text: "Hi {name}, {count, plural, ...}",
 * //             arguments: {name: {fallback: there}, count: {required: true}}}
 * template.arguments();
 * // [TemplateArgument[name=name, kind=TEXT, fallback=Optional[there], required=false, builtIn=false],
 * //  TemplateArgument[name=count, kind=PLURAL, fallback=Optional.empty, required=true, builtIn=false]]
 * }</pre>
 *
 * @param name the name, as in {@code {name}}
 * @param kind how the pattern uses it
 * @param fallback the text (or number, for numeric kinds) the catalog declares for a missing value
 * @param required whether a missing value is an error ({@code required: true})
 * @param builtIn whether the renderer supplies it: {@code greeting}, {@code customerName} or
 *     {@code formality}
 */
public record TemplateArgument(
    String name, ArgumentKind kind, Optional<String> fallback, boolean required, boolean builtIn) {
  /** Validates that nothing is null. */
  public TemplateArgument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fallback, "fallback");
  }
}

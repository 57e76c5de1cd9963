package dev.tact.testkit.internal;

import dev.tact.i18n.TemplateCatalog;
import dev.tact.testkit.CatalogSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The {@link ArgumentsProvider} behind {@link CatalogSource}: {@code (key, locale, text)} for every
 * variant of every template of the catalog, see {@link Variants}. JUnit makes one per test method
 * and calls {@link #accept} before {@link #provideArguments}.
 */
public final class CatalogArguments implements ArgumentsProvider, AnnotationConsumer<CatalogSource> {
  private @Nullable String location;

  /** Called by JUnit through reflection. */
  public CatalogArguments() {}

  @Override
  public void accept(CatalogSource source) {
    this.location = source.value();
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    String where = Objects.requireNonNull(location, "accept(CatalogSource) was not called");
    return arguments(where, context.getRequiredTestClass().getClassLoader()).stream();
  }

  /** The arguments for the catalog at {@code location}, in order. */
  static List<Arguments> arguments(String location, ClassLoader loader) {
    List<Arguments> arguments = new ArrayList<>();
    for (Variants.Text text : Variants.of(load(location, loader))) {
      arguments.add(Arguments.of(text.key(), text.locale(), text.text()));
    }
    return arguments;
  }

  /**
   * Loads the catalog from a directory relative to the working directory, else from a classpath
   * folder with an {@code index.txt}.
   *
   * @throws IllegalArgumentException if there is neither
   * @throws dev.tact.i18n.TemplateException if the catalog has problems
   */
  static TemplateCatalog load(String location, ClassLoader loader) {
    if (location.isBlank()) {
      throw new IllegalArgumentException("@CatalogSource needs a catalog directory or classpath"
          + " folder, such as @CatalogSource(\"src/main/templates\"); got \"" + location + "\"");
    }
    Path directory = Path.of(location);
    if (Files.isDirectory(directory)) {
      return TemplateCatalog.load(directory);
    }
    String folder = location.startsWith("/") ? location.substring(1) : location;
    folder = folder.endsWith("/") ? folder : folder + "/";
    if (loader.getResource(folder + "index.txt") != null) {
      return TemplateCatalog.builder().resources(loader, folder).build();
    }
    throw new IllegalArgumentException("@CatalogSource(\"" + location + "\"): there is no"
        + " directory " + directory.toAbsolutePath() + " and no classpath resource " + folder
        + "index.txt. Give a directory relative to the working directory ("
        + Path.of("").toAbsolutePath() + ") or a classpath folder whose index.txt lists its"
        + " files one a line.");
  }
}

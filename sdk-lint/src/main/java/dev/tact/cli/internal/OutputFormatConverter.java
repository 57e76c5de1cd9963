package dev.tact.cli.internal;

import dev.tact.i18n.OutputFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option value such as {@code --format html}: {@code plain}, {@code html} or {@code markdown}. */
final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
  /** The values, as the help and the error message list them. */
  static final String VALUES = "plain, html or markdown";

  @Override
  public OutputFormat convert(String value) {
    for (OutputFormat format : OutputFormat.values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
        return format;
      }
    }
    throw new TypeConversionException("unknown format " + TimeValues.quote(value) + "; use " + VALUES);
  }
}

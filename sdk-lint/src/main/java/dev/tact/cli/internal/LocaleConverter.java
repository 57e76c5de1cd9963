package dev.tact.cli.internal;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option value such as {@code --default-locale pt-BR}. */
final class LocaleConverter implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    try {
      return LocaleTags.locale(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}

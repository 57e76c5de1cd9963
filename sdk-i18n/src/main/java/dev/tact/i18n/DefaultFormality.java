package dev.tact.i18n;

import dev.tact.core.Formality;
import java.util.Locale;

/** The formality a language uses with customers unless told otherwise. (API fixed; in progress.) */
public final class DefaultFormality {
  private DefaultFormality() {}

  /** The default for a locale: FORMAL for ja and de, NEUTRAL for en. */
  public static Formality of(Locale locale) {
    throw new UnsupportedOperationException("not built yet");
  }
}

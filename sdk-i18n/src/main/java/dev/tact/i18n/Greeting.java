package dev.tact.i18n;

import dev.tact.core.Formality;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A greeting that fits the customer's language, formality and <em>local</em> time of day.
 * (API fixed; implementation in progress.)
 */
public final class Greeting {
  private Greeting() {}

  /** The built-in greetings for every supported locale. */
  public static Greeting builtIn() {
    throw new UnsupportedOperationException("not built yet");
  }

  /**
   * The greeting for a customer whose clock reads {@code now} in {@code zone}; a neutral greeting
   * when the zone is unknown.
   */
  public String text(Locale locale, Formality formality, @Nullable ZoneId zone, Instant now) {
    throw new UnsupportedOperationException("not built yet");
  }
}

package dev.tact.i18n.internal;

import dev.tact.core.Formality;
import dev.tact.i18n.CustomerNames;
import dev.tact.i18n.Greeting;
import dev.tact.i18n.OutputFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a renderer adds to every template: the output format that escapes values, the providers of
 * the built-in arguments, and the zone for instants when the customer's is unknown.
 *
 * @param format how argument values are escaped
 * @param greeting the {@code greeting} provider
 * @param names the {@code customerName} provider
 * @param defaultFormality the formality of a locale when the customer asks for none
 * @param defaultZone the zone for dates when neither the customer nor the value has one
 */
public record RenderSettings(
    OutputFormat format,
    Greeting greeting,
    CustomerNames names,
    Function<Locale, Formality> defaultFormality,
    ZoneId defaultZone) {}

/**
 * The words of a reply: template catalogs in many locales ({@link dev.tact.i18n.TemplateCatalog}),
 * rendered safely for one customer ({@link dev.tact.i18n.Renderer}) with a greeting that fits their
 * local time of day ({@link dev.tact.i18n.Greeting}), their name in the form their language expects
 * ({@link dev.tact.i18n.CustomerNames}), support hours in their clock
 * ({@link dev.tact.i18n.HoursFormatter}), and the length a channel will count
 * ({@link dev.tact.i18n.TextLength}).
 *
 * <p>Every type here is immutable and safe to share between threads. Nothing is null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package dev.tact.i18n;

import org.jspecify.annotations.NullMarked;

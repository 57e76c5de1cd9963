package dev.tact.testkit;

import dev.tact.testkit.internal.CatalogArguments;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} once for every text a template catalog can render: every key,
 * in every locale that has it, every branch. The test takes {@code (String key, Locale locale,
 * String text)}.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0} [{1}] {2}")
 * @CatalogSource("templates")
 * void everyTemplateIsCalm(String key, Locale locale, String text) {
 *   assertThat(text).inLocale(locale).toUpsetCustomer().hasNoFindingsAtLeast(Severity.WARNING);
 * }
 * }</pre>
 *
 * <p>With the catalog {@code templates/en.yaml} holding {@code order.delayed: "{count, plural,
 * one{One item is} other{# items are}} late."}, the test runs with {@code ("order.delayed",
 * Locale.ENGLISH, "One item is late.")} and {@code ("order.delayed", Locale.ENGLISH, "0 items are
 * late.")}.
 *
 * <p>The catalog loads with every check of {@code TemplateCatalog} (a broken catalog fails the
 * test with its problems). Each template is rendered in its own locale once per variant: each
 * plural and selectordinal category of that locale (and each explicit {@code =n} branch), each
 * select keyword and each choice range, times the three formalities (which change the greeting
 * and the customer's name too); texts that come out the same are given once. Sample values: a
 * text argument renders its own name ({@code {orderId}} shows as {@code orderId}), a number 3, a
 * date or time 10 March 2026 10:00 UTC, a plural CLDR's first integer sample of each category
 * that no {@code =n} branch takes (1.5 for a category only fractions reach). The
 * customer is anonymous, with no time zone, so greetings and names are the time-free fallbacks
 * ("Hello", "there", 「お客様」). The order is the catalog's (by key, then locale) and stable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ArgumentsSource(CatalogArguments.class)
public @interface CatalogSource {
  /**
   * Where the catalog is: a directory, relative to the working directory (the module's directory
   * under Maven), such as {@code "src/main/templates"}; else a classpath folder whose {@code
   * index.txt} names its files, such as {@code "com/acme/templates"}. The directory wins when both
   * exist.
   */
  String value();
}

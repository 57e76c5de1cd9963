/**
 * Assertions on Tact for JUnit 5 tests: {@link dev.tact.testkit.TactAssertions#assertThat(String)}
 * reviews a reply the way a helpdesk would and fails with the offending words marked, and
 * {@link dev.tact.testkit.CatalogSource} feeds every text of a template catalog to a
 * {@code @ParameterizedTest}.
 *
 * <pre>{@code
 * import static dev.tact.testkit.TactAssertions.assertThat;
 *
 * @Test
 * void apologyToAnUpsetCustomerIsClean() {
 *   assertThat(bot.reply(order)).inLocale(Locale.JAPANESE).toUpsetCustomer().hasNoFindings();
 * }
 * }</pre>
 *
 * <p>Every type here is immutable and safe to share between threads. Nothing is null unless it is
 * marked {@code @Nullable}.
 */
@NullMarked
package dev.tact.testkit;

import org.jspecify.annotations.NullMarked;

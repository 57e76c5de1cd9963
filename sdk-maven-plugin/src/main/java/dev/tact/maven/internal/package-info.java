/** How {@code tact:lint} runs; may change in any release. */
@NullMarked
package dev.tact.maven.internal;

import org.jspecify.annotations.NullMarked;

/**
 * How lint works inside: finding catalogs and packs, expanding and rendering template variants with
 * a map back to the file, and the report writers. Not an API: anything here may change.
 */
@NullMarked
package dev.tact.lint.internal;

import org.jspecify.annotations.NullMarked;

/**
 * The test kit's implementation: how a reply is reviewed, how failures are worded, and how a
 * catalog's texts are expanded. Not API: anything here may change in any release.
 */
@NullMarked
package dev.tact.testkit.internal;

import org.jspecify.annotations.NullMarked;

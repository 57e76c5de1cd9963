package dev.tact.testkit.internal;

import dev.tact.Tact;

/**
 * The Tact that assertions use unless a test gives its own: the built-in rule packs and the default
 * escalation policy, built once, on first use, and shared by every test (a Tact is immutable).
 */
public final class BuiltInTact {
  private BuiltInTact() {}

  /** The shared built-in Tact. */
  public static Tact get() {
    return Holder.TACT;
  }

  /** Builds on first access only (the JVM's lazy, thread-safe class initialization). */
  private static final class Holder {
    static final Tact TACT = Tact.builder().build();
  }
}

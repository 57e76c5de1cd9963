package dev.tact.i18n.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Independent {@link MessageFormat} instances of one pattern, lent to one thread at a time.
 * MessageFormat is not thread-safe and its {@code clone()} shares the subformats, so each idle slot
 * holds a separately compiled instance; when every slot is lent out, a new instance is compiled
 * and, on return, kept if a slot is free. Lock-free: one compare-and-set to borrow, one to return.
 */
final class RenderPool {
  private static final int SLOTS =
      Math.max(2, Math.min(16, 2 * Runtime.getRuntime().availableProcessors()));

  private final String pattern;
  private final ULocale locale;
  private final AtomicReferenceArray<MessageFormat> idle = new AtomicReferenceArray<>(SLOTS);

  RenderPool(String pattern, ULocale locale, MessageFormat first) {
    this.pattern = pattern;
    this.locale = locale;
    idle.set(0, first);
  }

  /** An instance for this thread alone until {@link #release}. */
  MessageFormat borrow() {
    for (int i = 0; i < SLOTS; i++) {
      MessageFormat format = idle.get(i);
      if (format != null && idle.compareAndSet(i, format, null)) {
        return format;
      }
    }
    return new MessageFormat(pattern, locale);
  }

  /** Gives back an instance this thread borrowed. */
  void release(MessageFormat format) {
    for (int i = 0; i < SLOTS; i++) {
      if (idle.get(i) == null && idle.compareAndSet(i, null, format)) {
        return;
      }
    }
  }
}

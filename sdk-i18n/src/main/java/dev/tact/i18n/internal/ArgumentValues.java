package dev.tact.i18n.internal;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values of one render, by argument name, for {@code MessageFormat.format(Map)}: two arrays
 * searched linearly, which for the few arguments of a template is cheaper than building a hash
 * map on every render. Read-only; lives for one render.
 */
final class ArgumentValues extends AbstractMap<String, Object> {
  private final String[] names;
  private final Object[] values;

  ArgumentValues(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  @Override
  public @Nullable Object get(@Nullable Object key) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    for (String name : names) {
      if (name.equals(key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      copy.put(names[i], values[i]);
    }
    return copy.entrySet();
  }
}

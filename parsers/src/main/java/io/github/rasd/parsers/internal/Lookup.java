package io.github.rasd.parsers.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Immutable copies of the word tables that the scanners ask at almost every token. {@code
 * Map.copyOf} and {@code Set.copyOf} probe their open-addressed table by calling {@code equals} on
 * every occupied slot up to the first empty one, without comparing hashes first; most words of a
 * text are in none of the tables, so a miss pays several string comparisons. A {@link HashMap}
 * compares the cached hash first: a miss costs one index and at most a few int comparisons. Small
 * tables (two entries or fewer) stay {@code copyOf}'s, which compare once or twice. Not API.
 */
public final class Lookup {

  /** Up to this many entries, {@code copyOf}'s table is kept: one or two comparisons. */
  private static final int SMALL = 2;

  private Lookup() {}

  /**
   * An immutable copy of {@code map} for lookups.
   *
   * @param map no null keys or values
   * @param <K> the keys
   * @param <V> the values
   * @return the copy
   */
  public static <K, V> Map<K, V> map(Map<K, V> map) {
    if (map.size() <= SMALL) {
      return Map.copyOf(map);
    }
    Map<K, V> copy = new HashMap<>(capacity(map.size()));
    for (Map.Entry<K, V> e : map.entrySet()) {
      copy.put(requireNonNull(e.getKey()), requireNonNull(e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An immutable copy of {@code items} for lookups, duplicates dropped.
   *
   * @param items no nulls
   * @param <T> the items
   * @return the copy
   */
  public static <T> Set<T> set(Collection<? extends T> items) {
    if (items.size() <= SMALL) {
      return Set.copyOf(items);
    }
    Set<T> copy = new HashSet<>(capacity(items.size()));
    for (T t : items) {
      copy.add(requireNonNull(t));
    }
    return Collections.unmodifiableSet(copy);
  }

  /** A capacity that holds {@code n} entries under the default load factor without a resize. */
  private static int capacity(int n) {
    return (int) Math.min(1L << 30, n * 4L / 3 + 1);
  }

  private static <T> T requireNonNull(T t) {
    if (t == null) {
      throw new NullPointerException("null in a lookup table");
    }
    return t;
  }
}

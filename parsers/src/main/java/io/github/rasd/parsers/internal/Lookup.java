package io.github.rasd.parsers.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Immutable copies of the word tables that the scanners ask at almost every token. {@code
 * Map.copyOf} and {@code Set.copyOf} probe their open-addressed table by calling {@code equals} on
 * every occupied slot up to the first empty one, without comparing hashes first; most words of a
 * text are in none of the tables, so a miss pays several string comparisons. These copies keep
 * the keys' hashes in one {@code int} array beside the keys (open addressing, at most half full):
 * a miss reads one or two adjacent ints and compares no string, a hit compares one. Small tables
 * (two entries or fewer) stay {@code copyOf}'s, which compare once or twice. Iteration follows the
 * table, a fixed order. Not API.
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
    return new HashedMap<>(map);
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
    Map<T, Boolean> present = new HashMap<>(capacity(items.size()));
    for (T t : items) {
      present.put(requireNonNull(t), Boolean.TRUE);
    }
    return new HashedMap<>(present).keySet(); // immutable: AbstractSet refuses every change
  }

  /** The open-addressed table of {@link Lookup}: hashes, keys and values in parallel arrays. */
  private static final class HashedMap<K, V> extends AbstractMap<K, V> {
    private final int[] hashes;
    private final Object[] keys;
    private final Object[] values;
    private final int mask;
    private final int size;
    /** The views, made once: the scanners ask a table's {@code keySet()} at every token. */
    private Set<Map.Entry<K, V>> entryView;
    private Set<K> keyView;

    HashedMap(Map<K, V> source) {
      int slots = Integer.highestOneBit(Math.max(4, source.size()) * 2 - 1) << 1; // at most half full
      hashes = new int[slots];
      keys = new Object[slots];
      values = new Object[slots];
      mask = slots - 1;
      int n = 0;
      for (Map.Entry<K, V> e : source.entrySet()) {
        K k = requireNonNull(e.getKey());
        int h = k.hashCode();
        int i = slot(h);
        while (keys[i] != null) {
          if (hashes[i] == h && keys[i].equals(k)) {
            break;
          }
          i = (i + 1) & mask;
        }
        if (keys[i] == null) {
          n++;
        }
        hashes[i] = h;
        keys[i] = k;
        values[i] = requireNonNull(e.getValue());
      }
      size = n;
    }

    private int slot(int h) {
      return (h ^ (h >>> 16)) & mask;
    }

    /** The slot of {@code key}, or -1. */
    private int find(Object key) {
      if (key == null) {
        return -1;
      }
      int h = key.hashCode();
      for (int i = slot(h); keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == h && keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
      int i = find(key);
      return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
      return find(key) >= 0;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
      Set<Map.Entry<K, V>> e = entryView;
      if (e == null) {
        e = newEntrySet(); // a race makes two equal views, one kept
        entryView = e;
      }
      return e;
    }

    private Set<Map.Entry<K, V>> newEntrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
          return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
              int i = from;
              while (i < keys.length && keys[i] == null) {
                i++;
              }
              return i;
            }

            @Override
            public boolean hasNext() {
              return next < keys.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Map.Entry<K, V> next() {
              if (next >= keys.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>((K) keys[next], (V) values[next]);
              next = advance(next + 1);
              return e;
            }
          };
        }
      };
    }

    @Override
    public Set<K> keySet() {
      Set<K> k = keyView;
      if (k == null) {
        k = newKeySet(); // a race makes two equal views, one kept
        keyView = k;
      }
      return k;
    }

    private Set<K> newKeySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public boolean contains(Object o) {
          return find(o) >= 0;
        }

        @Override
        public Iterator<K> iterator() {
          Iterator<Map.Entry<K, V>> entries = entrySet().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return entries.hasNext();
            }

            @Override
            public K next() {
              return entries.next().getKey();
            }
          };
        }
      };
    }
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

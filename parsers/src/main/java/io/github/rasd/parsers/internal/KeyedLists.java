package io.github.rasd.parsers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entries of a table read under several keys (the analyses of one token), each key once, in
 * the order asked: the table's own list while a single key has entries, a copy from the second
 * one on, so that the usual token, under whose keys the table has nothing, allocates no list.
 * Built per lookup, never shared. Not API.
 *
 * @param <T> the table's entries
 */
public final class KeyedLists<T> {

  private final Map<String, List<T>> table;
  private List<T> found = List.of();
  private String firstKey;
  /** The keys read, from the second one with entries on (null before). */
  private List<String> keys;

  /**
   * A lookup in {@code table}.
   *
   * @param table immutable lists by key
   */
  public KeyedLists(Map<String, List<T>> table) {
    this.table = table;
  }

  /**
   * Adds the entries under {@code key}, unless that key was read already.
   *
   * @param key a key of the table
   */
  public void add(String key) {
    List<T> list = table.get(key);
    if (list == null || key.equals(firstKey) || keys != null && keys.contains(key)) {
      return;
    }
    if (firstKey == null) {
      firstKey = key;
      found = list;
      return;
    }
    if (keys == null) {
      keys = new ArrayList<>(List.of(firstKey));
      found = new ArrayList<>(found);
    }
    keys.add(key);
    found.addAll(list);
  }

  /**
   * The entries found.
   *
   * @return the entries in the order of their keys, the table's own list when one key had some;
   *     not to be changed
   */
  public List<T> found() {
    return found;
  }
}

package io.github.rasd.parsers.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The matches of one {@link PhraseTable} over one article, kept sparse: the tokens where a phrase
 * starts, ascending, and the match at each, wrapped once in its {@code Optional} so that {@link
 * #at} allocates nothing. Most tables match a few tokens of an article or none, so an array per
 * token of the article and per table (what this replaces) was mostly nulls; a lookup is a binary
 * search over the few starts. Built per article by {@link PhraseTable#scan}, never shared.
 *
 * @param <V> what the table's phrases stand for
 */
final class TableHits<V> {

  /** The hits of a table that matches nothing in an article. */
  private static final TableHits<?> NONE = new TableHits<>(new int[0], new Optional<?>[0], 0);

  private int[] starts;
  private Optional<?>[] hits;
  private int count;

  private TableHits(int[] starts, Optional<?>[] hits, int count) {
    this.starts = starts;
    this.hits = hits;
    this.count = count;
  }

  /** The hits of a table with no match (shared, never added to). */
  @SuppressWarnings("unchecked")
  static <V> TableHits<V> none() {
    return (TableHits<V>) NONE;
  }

  /**
   * {@code hits} with {@code hit} at token {@code i}, a token after every one already added; a new
   * instance at the first hit ({@link #none()} stays empty). Null {@code hit}: unchanged.
   */
  static <V> TableHits<V> add(TableHits<V> hits, int i, PhraseTable.Hit<V> hit) {
    if (hit == null) {
      return hits;
    }
    TableHits<V> out = hits == NONE ? new TableHits<>(new int[4], new Optional<?>[4], 0) : hits;
    if (out.count == out.starts.length) {
      out.starts = Arrays.copyOf(out.starts, 2 * out.count);
      out.hits = Arrays.copyOf(out.hits, 2 * out.count);
    }
    out.starts[out.count] = i;
    out.hits[out.count] = Optional.of(hit);
    out.count++;
    return out;
  }

  /** The match starting at token {@code i}, or empty. */
  @SuppressWarnings("unchecked")
  Optional<PhraseTable.Hit<V>> at(int i) {
    // asked at almost every token, and most tokens are outside the first and last start
    if (count == 0 || i < starts[0] || i > starts[count - 1]) {
      return Optional.empty();
    }
    int k = search(i);
    return k >= 0 ? (Optional<PhraseTable.Hit<V>>) hits[k] : Optional.empty();
  }

  /** The index of the first start at or after token {@code i} ({@link #size()} when none). */
  int firstFrom(int i) {
    int k = search(i);
    return k >= 0 ? k : -k - 1;
  }

  /** {@code Arrays.binarySearch} over the starts, written out (one call fewer per lookup). */
  private int search(int i) {
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = starts[mid];
      if (s < i) {
        lo = mid + 1;
      } else if (s > i) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  /** How many tokens have a match. */
  int size() {
    return count;
  }

  /** The token where the {@code k}-th match starts. */
  int start(int k) {
    return starts[k];
  }

  /** The {@code k}-th match. */
  @SuppressWarnings("unchecked")
  PhraseTable.Hit<V> hit(int k) {
    return ((Optional<PhraseTable.Hit<V>>) hits[k]).get();
  }
}

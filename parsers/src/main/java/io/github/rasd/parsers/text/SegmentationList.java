package io.github.rasd.parsers.text;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The analyses of one token ({@link Token#segmentations()}): an immutable list over an array.
 * One class for every token, so that the loops of the rules over a token's analyses see a single
 * list and iterator class, which the JIT inlines and whose iterator it keeps off the heap.
 */
final class SegmentationList extends AbstractList<Segmentation> implements RandomAccess {

  private final Segmentation[] items;

  SegmentationList(Segmentation... items) {
    this.items = items;
  }

  @Override
  public Segmentation get(int index) {
    return items[index];
  }

  @Override
  public int size() {
    return items.length;
  }

  @Override
  public Iterator<Segmentation> iterator() {
    return new Iter(items);
  }

  /** A plain cursor over the array. */
  private static final class Iter implements Iterator<Segmentation> {
    private final Segmentation[] items;
    private int next;

    Iter(Segmentation[] items) {
      this.items = items;
    }

    @Override
    public boolean hasNext() {
      return next < items.length;
    }

    @Override
    public Segmentation next() {
      if (next >= items.length) {
        throw new NoSuchElementException();
      }
      return items[next++];
    }
  }
}

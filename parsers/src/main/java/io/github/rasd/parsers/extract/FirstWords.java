package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first words of the phrases of every {@link PhraseTable}, each with a number, so that an
 * article's words are looked up once for all the tables: {@link #of} reads, for every analysis
 * of every token, the number of its stem and of its stem with the article ({@code "هجوم"} and
 * {@code "الهجوم"} in {@code "بالهجوم"}, "in the attack"), and each table then finds its phrases
 * by an array index instead of a map probe per table.
 *
 * <p>Tables register their first words when they are built; the numbering grows by copying
 * (tables are built a few times, articles read many), and an article's numbers carry the size of
 * the numbering they were read with, so that a table built later reads the article itself.
 * Thread-safe.
 */
final class FirstWords {

  /** A numbering of first words: word to number, numbers {@code 0..size-1}. */
  private record Numbering(Map<String, Integer> ids, int size) {}

  private static volatile Numbering current = new Numbering(Map.of(), 0);

  private FirstWords() {}

  /** Numbers {@code words} (those not numbered yet get the next numbers); their numbers. */
  static synchronized int[] register(Collection<String> words) {
    Numbering n = current;
    Map<String, Integer> ids = null;
    int size = n.size();
    int[] out = new int[words.size()];
    int k = 0;
    for (String w : words) {
      Integer id = ids != null ? ids.get(w) : n.ids().get(w);
      if (id == null) {
        if (ids == null) {
          ids = new HashMap<>(n.ids());
        }
        id = size++;
        ids.put(w, id);
      }
      out[k++] = id;
    }
    if (ids != null) {
      current = new Numbering(Map.copyOf(ids), size);
    }
    return out;
  }

  /**
   * The numbers of the first words of one article's tokens: for token {@code i}, analysis
   * {@code k}, {@link #stem} and {@link #withArticle} ({@code -1} when the word begins no phrase of
   * any table).
   */
  static final class Ids {
    /** How many words were numbered when these were read: larger numbers were not looked up. */
    final int numbered;
    private final int[] firstOfToken;
    private final int[] ids;
    /** The tokens with a numbered word, in text order: no phrase of any table begins elsewhere. */
    final int[] starts;

    private Ids(int numbered, int[] firstOfToken, int[] ids, int[] starts) {
      this.numbered = numbered;
      this.firstOfToken = firstOfToken;
      this.ids = ids;
      this.starts = starts;
    }

    /** The number of the stem of analysis {@code k} of token {@code i}, or -1. */
    int stem(int i, int k) {
      return ids[firstOfToken[i] + 2 * k];
    }

    /** The number of the stem with its article of analysis {@code k} of token {@code i}, or -1. */
    int withArticle(int i, int k) {
      return ids[firstOfToken[i] + 2 * k + 1];
    }
  }

  /** Reads the numbers of the first words of {@code tokens}, one lookup per analysis and form. */
  static Ids of(List<Token> tokens) {
    Numbering n = current;
    int[] first = new int[tokens.size() + 1];
    int total = 0;
    for (int i = 0; i < tokens.size(); i++) {
      first[i] = total;
      total += 2 * tokens.get(i).segmentations().size();
    }
    first[tokens.size()] = total;
    int[] ids = new int[total];
    int[] starts = new int[tokens.size()];
    int count = 0;
    for (int i = 0; i < tokens.size(); i++) {
      List<Segmentation> segs = tokens.get(i).segmentations();
      int at = first[i];
      boolean any = false;
      for (int k = 0; k < segs.size(); k++) {
        Segmentation s = segs.get(k);
        int stem = idOf(n, s.stem());
        int withArticle = s.definite() ? idOf(n, s.stemWithArticle()) : -1;
        ids[at + 2 * k] = stem;
        ids[at + 2 * k + 1] = withArticle;
        any |= stem >= 0 || withArticle >= 0;
      }
      if (any) {
        starts[count++] = i;
      }
    }
    return new Ids(n.size(), first, ids, java.util.Arrays.copyOf(starts, count));
  }

  private static int idOf(Numbering n, String word) {
    Integer id = n.ids().get(word);
    return id == null ? -1 : id;
  }
}

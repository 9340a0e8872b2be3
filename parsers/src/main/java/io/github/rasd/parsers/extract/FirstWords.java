package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.FormMemo;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the phrases of every {@link PhraseTable}, each with a number, so that an
 * article's words are looked up once for all the tables and a phrase is matched by comparing
 * numbers: {@link #of} reads, for every analysis
 * of every token, the number of its stem and of its stem with the article ({@code "هجوم"} and
 * {@code "الهجوم"} in {@code "بالهجوم"}, "in the attack"), and from it the tables that have a
 * phrase beginning with that word; each table then visits only its own tokens and finds its
 * phrases by an array index instead of a map probe per table. The later words of the phrases are
 * numbered too (they begin no phrase unless they are also a first word), so that the rest of a
 * phrase is matched by comparing a token's numbers ({@link Ids#has}) instead of its strings.
 *
 * <p>Tables register their first words when they are built and get a table number; the numbering
 * grows by copying (tables are built a few times, articles read many), and an article's numbers
 * carry the count of tables they were read with, so that a table built later reads the article
 * itself. Thread-safe.
 */
final class FirstWords {

  /**
   * A numbering of the words: the words of {@link #IDS} numbered {@code 0..size-1}; for each word
   * number the tables (by number, ascending) with a phrase beginning with it; {@code tables}
   * registered.
   */
  private record Numbering(int size, int[][] tablesOfWord, int tables) {}

  private static volatile Numbering current = new Numbering(0, new int[0][], 0);

  /**
   * Every word numbered so far, to its number; only {@link #register} adds, under its lock, before
   * it publishes the numbering that includes the word, so a numbering reads a word as its own only
   * when its number is below the numbering's size. One map for all numberings: a new table adds its
   * words instead of copying every word of the tables before it (83 tables at start-up).
   */
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

  private static final int[] NONE = new int[0];

  private FirstWords() {}

  /**
   * A table's registration: its number and the numbers of its first words, in the order given.
   *
   * @param table the table's number, from 0
   * @param ids the numbers of its first words
   * @param laterIds the numbers of the later words of its phrases, in the order given
   */
  record Registration(int table, int[] ids, int[] laterIds) {}

  /**
   * Registers a new table with first words {@code words} and later words {@code laterWords} (new
   * words get the next numbers; a word keeps its number in every later numbering).
   */
  static synchronized Registration register(Collection<String> words, Collection<String> laterWords) {
    Numbering n = current;
    Map<String, Integer> ids = IDS;
    int[] size = {n.size()};
    int table = n.tables();
    int[] out = number(words, ids, size);
    int[] later = number(laterWords, ids, size);
    int[][] tablesOfWord = Arrays.copyOf(n.tablesOfWord(), size[0]);
    for (int w = n.size(); w < size[0]; w++) {
      tablesOfWord[w] = NONE; // a new word, until it is found to begin a phrase
    }
    for (int id : out) {
      int[] had = tablesOfWord[id];
      if (had.length == 0 || had[had.length - 1] != table) {
        int[] more = Arrays.copyOf(had, had.length + 1);
        more[had.length] = table;
        tablesOfWord[id] = more;
      }
    }
    current = new Numbering(size[0], tablesOfWord, table + 1);
    return new Registration(table, out, later);
  }

  /** The numbers of {@code words}, new ones numbered from {@code size[0]} on (which grows). */
  private static int[] number(Collection<String> words, Map<String, Integer> ids, int[] size) {
    int[] out = new int[words.size()];
    int k = 0;
    for (String w : words) {
      Integer id = ids.get(w);
      if (id == null) {
        id = size[0]++;
        ids.put(w, id);
      }
      out[k++] = id;
    }
    return out;
  }

  /** How many tables are registered. */
  static int tables() {
    return current.tables();
  }

  /**
   * The numbers of the first words of one article's tokens: for token {@code i}, analysis
   * {@code k}, {@link #stem} and {@link #withArticle} ({@code -1} when the word begins no phrase of
   * any table); for each table, the tokens where one of its phrases may begin.
   */
  static final class Ids {
    /** How many tables were registered when these were read: later ones were not looked up. */
    final int tables;
    /** By token: the numbers of its analyses' words, two per analysis (its form's, shared). */
    private final int[][] idsOfToken;
    /**
     * The tokens where a phrase of each table may begin, in text order, table after table: those
     * of table {@code t} are {@code starts[startOf[t]..startOf[t + 1])}.
     */
    private final int[] startOf;
    private final int[] starts;

    private Ids(int tables, int[][] idsOfToken, int[] startOf, int[] starts) {
      this.tables = tables;
      this.idsOfToken = idsOfToken;
      this.startOf = startOf;
      this.starts = starts;
    }

    /** The number of the stem of analysis {@code k} of token {@code i}, or -1. */
    int stem(int i, int k) {
      return idsOfToken[i][2 * k];
    }

    /** The number of the stem with its article of analysis {@code k} of token {@code i}, or -1. */
    int withArticle(int i, int k) {
      return idsOfToken[i][2 * k + 1];
    }

    /**
     * Whether word {@code id} is the stem of an analysis of token {@code i}, alone or with its
     * article: what a later word of a phrase matches (the whole word is always an analysis, so
     * this includes the token's own text).
     */
    boolean has(int i, int id) {
      int[] of = idsOfToken[i];
      for (int k = 0; k < of.length; k++) {
        if (of[k] == id) {
          return true;
        }
      }
      return false;
    }

    /** Where the tokens of table {@code table} begin in {@link #start}. */
    int firstStart(int table) {
      return table < tables ? startOf[table] : 0;
    }

    /** Where the tokens of table {@code table} end in {@link #start} (exclusive). */
    int endStart(int table) {
      return table < tables ? startOf[table + 1] : 0;
    }

    /** The {@code k}-th token where a phrase of some table may begin (see {@link #firstStart}). */
    int start(int k) {
      return starts[k];
    }
  }

  /**
   * The numbers of a word form's first words (two per analysis: its stem, its stem with the
   * article), read against one numbering.
   */
  private record FormIds(Numbering numbering, int[] ids) {}

  /** {@link FormIds} kept per word form: a form is looked up once, not at each of its tokens. */
  private static final FormMemo<FormIds> FORM_IDS = FormMemo.of(t -> idsOf(current, t));

  /** The numbers of the first words of {@code t}'s analyses in numbering {@code n}. */
  private static FormIds idsOf(Numbering n, Token t) {
    List<Segmentation> segs = t.segmentations();
    int[] ids = new int[2 * segs.size()];
    for (int k = 0; k < segs.size(); k++) {
      Segmentation s = segs.get(k);
      ids[2 * k] = idOf(n, s.stem());
      ids[2 * k + 1] = s.definite() ? idOf(n, s.stemWithArticle()) : -1;
    }
    return new FormIds(n, ids);
  }

  /**
   * Reads the numbers of the first words of {@code tokens}, once per word form ({@link
   * #FORM_IDS}), and then, in two passes over them (a count per table, then its tokens), the
   * tokens of every table in one array.
   */
  static Ids of(List<Token> tokens) {
    Numbering n = current;
    int[][] idsOfToken = new int[tokens.size()][];
    int tables = n.tables();
    int[] startOf = new int[tables + 1];
    int[] lastToken = new int[tables]; // the last token counted for each table, plus one
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      FormIds f = t.memo(FORM_IDS);
      if (f.numbering() != n) { // read before a table was added
        f = idsOf(n, t);
        t.remember(FORM_IDS, f);
      }
      idsOfToken[i] = f.ids();
      for (int id : f.ids()) {
        count(n, id, i, startOf, lastToken);
      }
    }
    int sum = 0;
    for (int t = 0; t <= tables; t++) { // counts to offsets: startOf[t] = tokens before table t
      int c = t < tables ? startOf[t] : 0;
      startOf[t] = sum;
      sum += c;
    }
    int[] starts = new int[sum];
    int[] next = Arrays.copyOf(startOf, tables);
    Arrays.fill(lastToken, 0);
    for (int i = 0; i < tokens.size(); i++) {
      for (int id : idsOfToken[i]) {
        if (id < 0) {
          continue;
        }
        for (int t : n.tablesOfWord()[id]) {
          if (lastToken[t] != i + 1) { // not yet for another analysis of the same token
            lastToken[t] = i + 1;
            starts[next[t]++] = i;
          }
        }
      }
    }
    return new Ids(tables, idsOfToken, startOf, starts);
  }

  /** One more token {@code i} for every table with a phrase beginning with word {@code id}. */
  private static void count(Numbering n, int id, int i, int[] counts, int[] lastToken) {
    if (id < 0) {
      return;
    }
    for (int t : n.tablesOfWord()[id]) {
      if (lastToken[t] != i + 1) { // another analysis of the same token counts once
        lastToken[t] = i + 1;
        counts[t]++;
      }
    }
  }

  private static int idOf(Numbering n, String word) {
    Integer id = IDS.get(word);
    return id == null || id >= n.size() ? -1 : id; // a word numbered later is not in n
  }
}

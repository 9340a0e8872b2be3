package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multi-word phrases of a lexicon, matched over tokens: the first word of a phrase may carry
 * clitics in the text ({@code "وبحسب"} matches {@code "بحسب"}, {@code "بالقبض"} matches
 * {@code "القبض"}); later words match whole or without their own clitics.
 *
 * <p>Matching at one position costs the number of phrases sharing a first word, which the
 * lexicons keep small, so a pass over a text is linear in its length. Immutable and
 * thread-safe.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

  /** A phrase found at a token: its value and the tokens it covers, {@code [first, end)}. */
  record Hit<V>(V value, int first, int end, String prefix) {
    int length() {
      return end - first;
    }
  }

  /**
   * One phrase: its words and whether its last word is a proclitic preposition written glued to
   * the next word ("وفقا لـ"), decided once when the table is built; {@code ids}, the {@link
   * FirstWords} numbers of its words, filled by the table's constructor (before the table is
   * shared).
   */
  private record Phrase<V>(String[] words, V value, boolean gluedLast, int[] ids) {
    Phrase(List<String> words, V value) {
      this(words.toArray(new String[0]), value, words.size() > 1 && PROCLITICS.contains(words.get(words.size() - 1)),
          new int[words.size()]);
    }
  }

  private final Map<String, List<Phrase<V>>> byFirstWord;
  /** Whether a phrase written without ال also matches its word with ال ("هجوم" in "الهجوم"). */
  private final boolean articleAllowed;

  /**
   * Bits of the hashes of the first words ({@link #FIRST_WORD_BITS} of them): a word whose bit is
   * clear begins no phrase, and is passed without a map probe. Most words of an article begin
   * none of a table's phrases; each table is scanned once per article.
   */
  private final long[] firstWordBits = new long[FIRST_WORD_BITS / Long.SIZE];

  /** Size of the first-word filter: a power of two, large enough that few words collide. */
  private static final int FIRST_WORD_BITS = 1 << 14;

  /**
   * The phrases by the {@link FirstWords} number of their first word: what {@link #scan} reads,
   * one array index per analysis of a token instead of a filter and a map probe.
   */
  private final List<Phrase<V>>[] byFirstWordId;

  /** This table's number in {@link FirstWords}: the index of its hits in a {@link Doc}. */
  private final int id;

  @SuppressWarnings("unchecked")
  private PhraseTable(Map<String, List<Phrase<V>>> byFirstWord, boolean articleAllowed) {
    this.byFirstWord = byFirstWord;
    this.articleAllowed = articleAllowed;
    for (String w : byFirstWord.keySet()) {
      int h = w.hashCode() & (FIRST_WORD_BITS - 1);
      firstWordBits[h >>> 6] |= 1L << h;
    }
    List<String> words = List.copyOf(byFirstWord.keySet());
    List<Phrase<V>> phrases = new ArrayList<>();
    List<String> laterWords = new ArrayList<>();
    for (String w : words) {
      for (Phrase<V> p : byFirstWord.get(w)) {
        phrases.add(p);
        laterWords.addAll(Arrays.asList(p.words()).subList(1, p.words().length));
      }
    }
    FirstWords.Registration registration = FirstWords.register(words, laterWords);
    this.id = registration.table();
    int[] ids = registration.ids();
    int later = 0;
    for (Phrase<V> p : phrases) { // the numbers of each phrase's later words, in the order given
      for (int w = 1; w < p.words().length; w++) {
        p.ids()[w] = registration.laterIds()[later++];
      }
    }
    int max = -1;
    for (int id : ids) {
      max = Math.max(max, id);
    }
    byFirstWordId = (List<Phrase<V>>[]) new List<?>[max + 1];
    for (int k = 0; k < ids.length; k++) {
      byFirstWordId[ids[k]] = byFirstWord.get(words.get(k));
    }
  }

  /** This table's number, from 0: tables are numbered as they are built. */
  int id() {
    return id;
  }

  /** Builds a table; phrases are written naturally and normalized by the tokenizer. */
  static <V> PhraseTable<V> of(Map<String, V> phrases) {
    return of(phrases, true);
  }

  /**
   * Builds the table of a one-column phrase list, the data file {@code file} beside {@code owner}
   * (the phrase in its first field); a phrase listed twice fails with its file and line.
   */
  static PhraseTable<Boolean> listIn(Class<?> owner, String file) {
    Map<String, Boolean> map = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(owner, file)) {
      if (map.put(r.field(0), Boolean.TRUE) != null) {
        throw r.error("'" + r.field(0) + "' is listed twice");
      }
    }
    return of(map);
  }

  /**
   * Builds a table of verbs, whose first word never takes the article: "تابع" (he went on) is not
   * "التابع" (the affiliated).
   */
  static <V> PhraseTable<V> ofVerbs(Map<String, V> phrases) {
    return of(phrases, false);
  }

  private static <V> PhraseTable<V> of(Map<String, V> phrases, boolean articleAllowed) {
    Map<String, List<Phrase<V>>> index = new HashMap<>();
    Tokenizer tokenizer = Tokenizer.standard();
    for (Map.Entry<String, V> e : phrases.entrySet()) {
      List<String> words = new ArrayList<>();
      for (Token t : tokenizer.tokenize(e.getKey())) {
        if (t.is(Token.Type.PUNCTUATION) || t.isDetachedClitic()) {
          continue;
        }
        words.add(t.text());
      }
      if (words.isEmpty()) {
        continue;
      }
      index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase<>(List.copyOf(words), e.getValue()));
    }
    Map<String, List<Phrase<V>>> frozen = new HashMap<>();
    index.forEach((k, v) -> {
      v.sort(Comparator.comparingInt((Phrase<V> p) -> -p.words().length));
      frozen.put(k, List.copyOf(v));
    });
    return new PhraseTable<>(Map.copyOf(frozen), articleAllowed);
  }

  /**
   * The longest phrase starting at token {@code i} of the article, if any. The first call for an
   * article matches every token once and keeps the result with the article.
   */
  Optional<Hit<V>> at(Doc doc, int i) {
    if (i < 0 || i >= doc.tokens.size()) {
      return Optional.empty();
    }
    return doc.hits(this).at(i);
  }

  /**
   * The longest match at every token of an article, kept by {@link Doc#hits}: the tokens where
   * the article's {@link FirstWords} numbers ({@code ids}) put a first word of this table, each
   * read through those numbers (every token when the table was built after the article's words
   * were numbered). Each hit is wrapped once here, so that {@link #at}, asked at almost
   * every token by the rules, allocates nothing; kept sparse ({@link TableHits}), and shared
   * empty when no phrase starts in the whole article.
   */
  TableHits<V> scan(List<Token> tokens, FirstWords.Ids ids) {
    TableHits<V> hits = TableHits.none(); // most tables match nothing in most articles
    if (id >= ids.tables) {
      // built after the article's words were numbered: read them itself
      for (int i = 0; i < tokens.size(); i++) {
        hits = TableHits.add(hits, i, longestAt(tokens, i));
      }
      return hits;
    }
    for (int k = ids.firstStart(id); k < ids.endStart(id); k++) {
      int i = ids.start(k);
      hits = TableHits.add(hits, i, longestAt(tokens, i, ids));
    }
    return hits;
  }

  /** {@link #longestAt(List, int)}, the first words read through their numbers. */
  private Hit<V> longestAt(List<Token> tokens, int i, FirstWords.Ids ids) {
    Hit<V> best = null;
    List<Segmentation> segs = tokens.get(i).segmentations();
    for (int k = 0; k < segs.size(); k++) {
      Segmentation s = segs.get(k);
      if (!s.definite() || articleAllowed) {
        best = longer(best, tokens, i, s, phrasesOf(ids.stem(i, k)), ids);
      }
      if (s.definite()) {
        best = longer(best, tokens, i, s, phrasesOf(ids.withArticle(i, k)), ids);
      }
    }
    return best;
  }

  /** The phrases whose first word has number {@code id}, or null. */
  private List<Phrase<V>> phrasesOf(int id) {
    return id >= 0 && id < byFirstWordId.length ? byFirstWordId[id] : null;
  }

  /**
   * Every non-overlapping longest match in tokens {@code [from, to)} of the article (an immutable
   * empty list when there is none).
   */
  List<Hit<V>> findAll(Doc doc, int from, int to) {
    TableHits<V> all = doc.hits(this);
    List<Hit<V>> hits = null;
    int next = Math.max(from, 0); // the first token a match may start at
    for (int k = all.firstFrom(next); k < all.size(); k++) {
      Hit<V> h = all.hit(k);
      if (all.start(k) >= to) {
        break;
      }
      if (all.start(k) >= next && h.end() <= to) {
        if (hits == null) {
          hits = new ArrayList<>();
        }
        hits.add(h);
        next = h.end();
      }
    }
    return hits == null ? List.of() : hits;
  }

  /** The first words of the phrases, normalized as the tokenizer writes them. */
  java.util.Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  /** The longest phrase starting at token {@code i}, if any. */
  Optional<Hit<V>> at(List<Token> tokens, int i) {
    return Optional.ofNullable(longestAt(tokens, i));
  }

  private Hit<V> longestAt(List<Token> tokens, int i) {
    Hit<V> best = null;
    List<Segmentation> segs = tokens.get(i).segmentations();
    for (int k = 0; k < segs.size(); k++) {
      Segmentation s = segs.get(k);
      if (!s.definite() || articleAllowed) {
        best = longer(best, tokens, i, s, s.stem());
      }
      if (s.definite()) {
        best = longer(best, tokens, i, s, s.stemWithArticle());
      }
    }
    return best;
  }

  /** {@code best}, or a longer phrase whose first word is {@code key}. */
  private Hit<V> longer(Hit<V> best, List<Token> tokens, int i, Segmentation s, String key) {
    int h = key.hashCode() & (FIRST_WORD_BITS - 1);
    if ((firstWordBits[h >>> 6] & (1L << h)) == 0) {
      return best;
    }
    return longer(best, tokens, i, s, byFirstWord.get(key), null);
  }

  /**
   * {@code best}, or a longer phrase of {@code candidates} (null for none); its later words
   * matched through the article's numbers {@code ids}, or by their texts when null.
   */
  private Hit<V> longer(Hit<V> best, List<Token> tokens, int i, Segmentation s, List<Phrase<V>> candidates,
      FirstWords.Ids ids) {
    if (candidates == null) {
      return best;
    }
    for (int c = 0; c < candidates.size(); c++) {
      Phrase<V> p = candidates.get(c);
      if (best != null && p.words().length <= best.length()) {
        break;
      }
      int end = matchRest(tokens, i + 1, p, ids);
      if (end > 0) {
        best = new Hit<>(p.value(), i, end, s.prefixes());
      }
    }
    return best;
  }

  /**
   * The end of the match of {@code words[1..]} from token {@code i}, or -1; a word matched by its
   * number in {@code ids} ({@link FirstWords.Ids#has}), or by its text when {@code ids} is null.
   */
  private static int matchRest(List<Token> tokens, int i, Phrase<?> phrase, FirstWords.Ids ids) {
    String[] words = phrase.words();
    int n = tokens.size();
    int t = i;
    for (int w = 1; w < words.length; w++) {
      if (w == words.length - 1 && phrase.gluedLast()) {
        // "وفقا لـ", "طبقا لـ": the final preposition is glued to the next word ("للمعلومات")
        return t < n && startsWith(tokens.get(t), words[w]) ? t : -1;
      }
      while (t < n && tokens.get(t).isDetachedClitic()) {
        t++;
      }
      if (t >= n || !(ids != null ? ids.has(t, phrase.ids()[w]) : wordMatches(tokens.get(t), words[w]))) {
        return -1;
      }
      t++;
    }
    return t;
  }

  /** Prepositions written glued to the next word. */
  private static final java.util.Set<String> PROCLITICS = java.util.Set.of("ل", "ب", "ك");

  /** The token is, or begins with, the proclitic preposition {@code p}. */
  private static boolean startsWith(Token token, String p) {
    if (token.isDetachedClitic() && token.text().endsWith(p)) {
      return true;
    }
    List<Segmentation> segs = token.segmentations();
    for (int k = 0; k < segs.size(); k++) {
      if (segs.get(k).preposition().equals(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordMatches(Token token, String word) {
    if (token.hasText(word)) {
      return true;
    }
    List<Segmentation> segs = token.segmentations();
    for (int k = 0; k < segs.size(); k++) {
      Segmentation s = segs.get(k);
      if (s.stem().equals(word) || s.definite() && s.stemWithArticle().equals(word)) {
        return true;
      }
    }
    return false;
  }
}

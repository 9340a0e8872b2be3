package io.github.rasd.parsers.text;

import java.util.List;

/**
 * The distinct word forms the tokenizer has seen, each with its text and its clitic analyses
 * (package-private engine of {@link Tokenizer}): a token's text and analyses depend on its letters
 * alone, and news text repeats its words, so each form is cut out of the text once and segmented
 * once (when its analyses are first read), and every later token of the same letters shares the
 * form's {@code String} and analyses.
 *
 * <p>The table is looked up by the token's stretch of the normalized text, hashed in place: a
 * token that repeats a form allocates no text. It is open-addressed ({@link #SLOTS} slots), holds
 * at most {@link #MAX_FORMS} forms and is replaced by an empty one when full, so a long batch of new
 * words starts it afresh.
 *
 * <p>Thread-safe without locks: a {@link Form} is immutable (final fields, so a thread that reads
 * a slot sees the form whole), a slot once filled only ever holds a form, and two threads filling
 * the same slot at once lose one form to the cache, never a result. What the table holds never
 * changes what a token reads.
 */
final class WordForms {

  /** Slots of a table: a power of two, twice {@link #MAX_FORMS}, so probes stay short. */
  static final int SLOTS = 1 << 17;
  /** Most forms a table holds before it is replaced by an empty one. */
  static final int MAX_FORMS = SLOTS / 2;

  /** One word form: its normalized text, its token type and its analyses. */
  static final class Form {
    final String text;
    final int hash;
    final Token.Type type;
    private final CliticSegmenter segmenter;
    /**
     * Ranked analyses, shared by every token of the form; made on first read, so that a form
     * only tokenized for its text (the gazetteer's names at load) is never segmented. Read and
     * written without a lock, as {@code String} keeps its hash: two threads reading a new form
     * at once make equal lists and keep one, and a {@link SegmentationList} holds its items in a
     * final field, so a thread that sees the list sees it whole.
     */
    private List<Segmentation> analyses;

    private Form(String text, int hash, Token.Type type, CliticSegmenter segmenter) {
      this.text = text;
      this.hash = hash;
      this.type = type;
      this.segmenter = segmenter;
    }

    /** The form's analyses, most likely first. */
    List<Segmentation> analyses() {
      List<Segmentation> a = analyses;
      if (a == null) {
        a = new SegmentationList(type == Token.Type.ARABIC
            ? segmenter.segment(text).toArray(new Segmentation[0])
            : new Segmentation[] {Segmentation.whole(text)});
        analyses = a;
      }
      return a;
    }

    /**
     * The values of the {@link FormMemo}s by slot, null until one is kept; replaced whole (copy
     * on write), so a reader sees an array whose values are all complete. Two threads keeping a
     * value at once may lose one to the other: it is computed again, never wrong.
     */
    private volatile Object[] memo;

    /** The value kept in {@code slot}, or null. */
    Object memo(int slot) {
      Object[] m = memo;
      return m != null && slot < m.length ? m[slot] : null;
    }

    /** Keeps {@code value} in {@code slot}. */
    void remember(int slot, Object value) {
      Object[] m = memo;
      Object[] next = m == null ? new Object[slot + 1] : java.util.Arrays.copyOf(m, Math.max(m.length, slot + 1));
      next[slot] = value;
      memo = next;
    }
  }

  /** One generation of the table. */
  private static final class Table {
    final Form[] slots = new Form[SLOTS];
    /** Forms written (an estimate when threads race: it bounds the table, nothing else). */
    int size;
  }

  private final CliticSegmenter segmenter;
  private volatile Table table = new Table();

  WordForms(CliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /**
   * The form of the token of {@code type} at {@code [start, end)} of {@code text}, made (cut out;
   * its analyses made when first read) on its first sight; {@code hash} is the stretch's {@code
   * String.hashCode} (the tokenizer computes it while it finds the token's end), so a form's text
   * hashes alike.
   */
  Form of(String text, int start, int end, Token.Type type, int hash) {
    Table t = table;
    Form[] slots = t.slots;
    int mask = SLOTS - 1;
    int slot = mix(hash) & mask;
    int length = end - start;
    while (true) {
      Form f = slots[slot];
      if (f == null) {
        break;
      }
      if (f.hash == hash && f.type == type && f.text.length() == length
          && f.text.regionMatches(0, text, start, length)) {
        return f;
      }
      slot = (slot + 1) & mask;
    }
    String word = text.substring(start, end);
    Form made = new Form(word, hash, type, segmenter);
    if (t.size >= MAX_FORMS) {
      table = new Table(); // bounded: a long batch of new words starts the table afresh
      return made;
    }
    slots[slot] = made;
    t.size++;
    return made;
  }

  /** Spreads the hash's high bits to the low ones the slot index reads. */
  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}

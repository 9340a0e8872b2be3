package io.github.rasd.parsers.text;

import io.github.rasd.model.Span;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * One token of a {@link TextView}: a word, a digit run, a punctuation mark or a symbol.
 *
 * <p>Texts and offsets ({@link #text()}, {@link #start()}, {@link #end()}) are in the normalized
 * text; {@link #span()} points into the original. Example: in {@code "قتل ٣ جنود،"} ("3 soldiers
 * were killed,") the tokens are {@code قتل} (ARABIC), {@code 3} (NUMBER, from {@code ٣}), {@code
 * جنود} (ARABIC) and {@code ،} (PUNCTUATION, {@code spaceBefore() == false}).
 *
 * <p>Instances are immutable and thread-safe. The text and the clitic analyses are those of the
 * token's word form, made once per distinct form and shared by its tokens (so that huge token lists
 * stay small).
 *
 * @since 0.1.0
 */
public final class Token {

  /**
   * Kinds of tokens.
   *
   * @since 0.1.0
   */
  public enum Type {
    /** A run of Arabic-script letters. */
    ARABIC,
    /** A run of letters of another script (Latin mostly; also Cyrillic, Hebrew...). */
    LATIN,
    /**
     * A run of ASCII digits (every digit system is ASCII after normalization), without separators:
     * {@code "1,700"} is NUMBER {@code 1}, PUNCTUATION {@code ,}, NUMBER {@code 700}.
     */
    NUMBER,
    /** One punctuation character, such as {@code ، ؛ ؟ « » " . : - ( )}. */
    PUNCTUATION,
    /** One other character: symbols such as {@code % $ +}, controls, U+FFFD. */
    SYMBOL
  }

  private final TextView view;
  private final WordForms.Form form;
  private final int index;
  // no type and no end of its own: the form's type, and start + the form's length (a token of
  // 40 bytes, not 48: the tokens are the largest share of an article's objects)
  private final int start;
  private final boolean spaceBefore;
  private final boolean paragraphBreakBefore;
  private final boolean detachedClitic;
  private final String detachedPrefix;
  private volatile Span span;

  Token(TextView view, WordForms.Form form, int index, Type type, int start, int end,
      boolean spaceBefore, boolean paragraphBreakBefore, boolean detachedClitic, String detachedPrefix) {
    this.view = Objects.requireNonNull(view);
    this.form = Objects.requireNonNull(form);
    this.index = index;
    if (type != form.type || end - start != form.text.length()) {
      throw new IllegalArgumentException("token of another form: " + type + " [" + start + ", " + end + ")");
    }
    this.start = start;
    this.spaceBefore = spaceBefore;
    this.paragraphBreakBefore = paragraphBreakBefore;
    this.detachedClitic = detachedClitic;
    this.detachedPrefix = Objects.requireNonNull(detachedPrefix);
  }

  Token withClitic(boolean detachedClitic, String detachedPrefix) {
    return new Token(view, form, index, form.type, start, end(), spaceBefore, paragraphBreakBefore,
        detachedClitic, detachedPrefix);
  }

  /**
   * Position of this token in its token list.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * The kind of token.
   *
   * @return the type
   */
  public Type type() {
    return form.type;
  }

  /**
   * The normalized text of the token.
   *
   * @return {@code view().normalized().substring(start(), end())}
   */
  public String text() {
    return form.text; // shared by every token of the same letters (WordForms)
  }

  /**
   * Normalized offset of the first unit.
   *
   * @return offset into {@link TextView#normalized()}
   */
  public int start() {
    return start;
  }

  /**
   * Normalized offset after the last unit.
   *
   * @return exclusive offset into {@link TextView#normalized()}
   */
  public int end() {
    return start + form.text.length();
  }

  /**
   * The span of the original text this token comes from (including marks and tatweel that
   * normalization dropped inside or right after it).
   *
   * @return the original span
   */
  public Span span() {
    Span s = span;
    if (s == null) {
      s = view.originalSpan(start, end()); // made once: the rules ask for it again and again
      span = s;
    }
    return s;
  }

  /**
   * Where {@link #span()} starts in the original text, read without making the span: the binary
   * searches over the tokens by original offset ask it at every step.
   *
   * @return {@code span().start()}
   */
  public int originalStart() {
    Span s = span;
    return s != null ? s.start() : view.originalStart(start);
  }

  /**
   * Where {@link #span()} ends in the original text (exclusive), read without making the span.
   *
   * @return {@code span().end()}
   */
  public int originalEnd() {
    Span s = span;
    return s != null ? s.end() : view.originalEnd(end());
  }

  /**
   * The view this token was cut from.
   *
   * @return the view
   */
  public TextView view() {
    return view;
  }

  /**
   * True when whitespace precedes the token; false for the first token and for glued tokens
   * ({@code "،"} in {@code "جنود،"}, {@code "2016"} in {@code "مارس2016"}).
   *
   * @return whether whitespace precedes this token
   */
  public boolean spaceBefore() {
    return spaceBefore;
  }

  /**
   * True when the whitespace before the token holds a line break (a new line or a blank line both
   * start a new paragraph in news text).
   *
   * @return whether a line break precedes this token
   */
  public boolean paragraphBreakBefore() {
    return paragraphBreakBefore;
  }

  /**
   * True for a lone proclitic written apart from its word: a token {@code و ف ب ل ك} (or a pair
   * such as {@code وب ول}) glued, without space, to a following quote, bracket, number or Latin
   * word. Example: in {@code لـ"سبوتنيك"} ("to Sputnik") the token {@code ل} is a detached
   * clitic (the tatweel is removed by normalization); so is {@code ب} in {@code بـ«الخلافة»} ("by
   * the caliphate") and in {@code بـ5 قتلى} ("with 5 dead").
   *
   * @return whether this token is a detached proclitic
   */
  public boolean isDetachedClitic() {
    return detachedClitic;
  }

  /**
   * For the word that a detached clitic belongs to (the first word or number after it, behind the
   * quote or bracket), the clitic letters ({@code "ل"} for {@code سبوتنيك} in {@code
   * لـ"سبوتنيك"}); empty for other tokens.
   *
   * @return the detached proclitic of this word, or the empty string
   */
  public String detachedPrefix() {
    return detachedPrefix;
  }

  /**
   * The first analysis whose stem, alone or with its article, is one of {@code words}: "وبالقصف"
   * has the analysis و + ب + ال + قصف, found by "قصف" or "القصف". An index loop, no allocation:
   * the scanners' start gates call it at every token.
   *
   * @param words normalized stems, with or without the article
   * @return the analysis, or null when none has such a stem
   */
  public Segmentation analysisIn(Set<String> words) {
    List<Segmentation> all = segmentations();
    for (int k = 0; k < all.size(); k++) {
      Segmentation a = all.get(k);
      if (words.contains(a.stem()) || words.contains(a.stemWithArticle())) {
        return a;
      }
    }
    return null;
  }

  /**
   * The clitic analyses of an ARABIC token, most likely first; always contains the whole word.
   * Tokens of other types have the single whole-token analysis. See {@link Segmentation}.
   *
   * @return the immutable list of analyses, never empty
   */
  public List<Segmentation> segmentations() {
    return form.analyses(); // of the word form: every token of the same letters shares them
  }

  /**
   * The value of {@code key} for this token's word form, computed by the key's function on the
   * first token of the form that asks, and kept with the form: "بالهجوم" is looked up in a table
   * once, however often the text repeats it.
   *
   * @param key what to compute from the form
   * @param <T> the value
   * @return the value of this token's form
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(FormMemo<T> key) {
    Object v = form.memo(key.slot);
    if (v == null) {
      v = key.compute.apply(this);
      form.remember(key.slot, v);
    }
    return (T) v;
  }

  /**
   * Replaces the value of {@code key} for this token's word form (a value {@link #memo} gave that
   * the caller found out of date: one read against tables that have grown since).
   *
   * @param key what was computed from the form
   * @param value its new value, computed from the form alone
   * @param <T> the value
   */
  public <T> void remember(FormMemo<T> key, T value) {
    form.remember(key.slot, Objects.requireNonNull(value));
  }

  /**
   * Where the stem of {@code analysis}, one of {@link #segmentations()}, starts in this token: the
   * stem runs to the end of the word, so in {@code "قال وبالقصرين"} the stem {@code قصرين} of {@code
   * و + ب + ال + قصرين} starts at 8.
   *
   * @param analysis an analysis of this token
   * @return the normalized offset of the stem's first unit, {@code end() - analysis.stem().length()}
   */
  public int stemStart(Segmentation analysis) {
    return end() - analysis.stem().length();
  }

  /**
   * The stem of the first analysis, without the article: {@code "قصرين"} for {@code "وبالقصرين"}
   * ("and in Kasserine").
   *
   * @return {@code segmentations().get(0).stem()}
   */
  public String stem() {
    return segmentations().get(0).stem();
  }

  /**
   * True when this token is of {@code type}.
   *
   * @param type a token type
   * @return {@code type() == type}
   */
  public boolean is(Type type) {
    return form.type == type;
  }

  /**
   * True when this token's normalized text is {@code normalizedText}.
   *
   * @param normalizedText a normalized text
   * @return whether the texts are equal
   */
  public boolean hasText(String normalizedText) {
    return form.text.equals(normalizedText); // the form's text is the normalized text of the token
  }

  /**
   * Equal when cut from equal texts at the same place with the same attributes.
   *
   * @param o another object
   * @return whether {@code o} is an equal token
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Token)) {
      return false;
    }
    Token other = (Token) o;
    return index == other.index
        && type() == other.type()
        && start == other.start
        && end() == other.end()
        && spaceBefore == other.spaceBefore
        && paragraphBreakBefore == other.paragraphBreakBefore
        && detachedClitic == other.detachedClitic
        && detachedPrefix.equals(other.detachedPrefix)
        && text().equals(other.text())
        && span().equals(other.span());
  }

  /**
   * Hash of index, type, offsets and text.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(index, type(), start, end(), text());
  }

  /**
   * Debug form: {@code index:TYPE:text@start}.
   *
   * @return the token as text
   */
  @Override
  public String toString() {
    return index + ":" + type() + ":" + text() + "@" + start;
  }
}

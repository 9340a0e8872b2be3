package io.github.rasd.parsers.text;

import java.util.Objects;

/**
 * One clitic analysis of an Arabic word: the proclitics in front (conjunction {@code و ف},
 * preposition {@code ب ل ك}, article {@code ال}), and the stem after them.
 *
 * <p>Example: {@code "وبالقصرين"} ("and in Kasserine") analysed as {@code و + ب + ال + قصرين} has
 * {@code prefixes() = "وبال"}, {@code conjunction() = "و"}, {@code preposition() = "ب"}, {@code
 * definite() = true}, {@code stem() = "قصرين"} and {@code stemWithArticle() = "القصرين"}. The
 * preposition {@code ل} before the article is written {@code لل}: {@code "للجيش"} ("for the
 * army") is {@code ل + ال + جيش}, prefixes {@code "لل"}, definite. When the stem itself starts with
 * {@code ل} the article's lam merges into it ({@code "للجنة"}, "for the committee" = {@code ل + ال
 * + لجنة}); that analysis has prefixes {@code "لل"} and a stem starting one unit before the end of
 * the prefixes.
 *
 * <p>The unsegmented word is itself a segmentation with empty prefixes ({@link #isWholeWord()}).
 * Texts are normalized ({@link ArabicNormalizer}). An analysis belongs to a word form, not to one
 * place in a text: every token of the same letters shares the same analyses, and {@link
 * Token#stemStart(Segmentation)} gives where the stem starts in a token (the stem always runs to
 * the end of the word). Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Segmentation {

  private final String conjunction;
  private final String preposition;
  private final boolean definite;
  private final String prefixes;
  private final String stem;
  private final String stemWithArticle;

  Segmentation(String conjunction, String preposition, boolean definite, String prefixes, String stem) {
    this.conjunction = Objects.requireNonNull(conjunction);
    this.preposition = Objects.requireNonNull(preposition);
    this.definite = definite;
    this.prefixes = Objects.requireNonNull(prefixes);
    this.stem = Objects.requireNonNull(stem);
    // computed once: matchers ask for it at every token
    this.stemWithArticle = definite ? "ال" + stem : stem;
  }

  static Segmentation whole(String word) {
    return new Segmentation("", "", false, "", word);
  }

  /**
   * The proclitics as written, e.g. {@code "وبال"}, {@code "لل"}, {@code "و"}; empty for the
   * whole word.
   *
   * @return the normalized prefix letters
   */
  public String prefixes() {
    return prefixes;
  }

  /**
   * The conjunction proclitic: {@code "و"} ("and"), {@code "ف"} ("so, then") or empty.
   *
   * @return the conjunction or the empty string
   */
  public String conjunction() {
    return conjunction;
  }

  /**
   * The preposition proclitic: {@code "ب"} ("in, by, with"), {@code "ل"} ("for, to"), {@code "ك"}
   * ("like, as") or empty.
   *
   * @return the preposition or the empty string
   */
  public String preposition() {
    return preposition;
  }

  /**
   * True when the analysis has the article {@code ال} (also when written {@code لل}).
   *
   * @return whether the stem is definite
   */
  public boolean definite() {
    return definite;
  }

  /**
   * The stem without any proclitic or article, normalized (e.g. {@code "قصرين"}).
   *
   * @return the stem
   */
  public String stem() {
    return stem;
  }

  /**
   * The stem with its article when {@link #definite()} ({@code "القصرين"}), else the stem.
   *
   * @return the stem as it is written standing alone
   */
  public String stemWithArticle() {
    return stemWithArticle;
  }

  /**
   * True for the unsegmented analysis (no prefixes).
   *
   * @return whether this analysis is the whole word
   */
  public boolean isWholeWord() {
    return prefixes.isEmpty();
  }

  /**
   * Equal when prefixes, article and stem are equal.
   *
   * @param o another object
   * @return whether {@code o} is the same analysis
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Segmentation)) {
      return false;
    }
    Segmentation other = (Segmentation) o;
    return definite == other.definite
        && prefixes.equals(other.prefixes)
        && conjunction.equals(other.conjunction)
        && preposition.equals(other.preposition)
        && stem.equals(other.stem);
  }

  /**
   * Hash of the fields compared by {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(prefixes, conjunction, preposition, definite, stem);
  }

  /**
   * Readable form: the clitics joined with {@code +}, e.g. {@code "و+ب+ال+قصرين"}.
   *
   * @return the analysis as text
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (!conjunction.isEmpty()) {
      b.append(conjunction).append('+');
    }
    if (!preposition.isEmpty()) {
      b.append(preposition).append('+');
    }
    if (definite) {
      b.append("ال+");
    }
    return b.append(stem).toString();
  }
}

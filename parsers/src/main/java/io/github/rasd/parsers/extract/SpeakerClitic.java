package io.github.rasd.parsers.extract;

import io.github.rasd.model.Span;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.Optional;

/**
 * {@value #RULE}: a speaker phrase that opens its clause carries the conjunction of the clause
 * glued to its first word, and the conjunction is no part of the source's name. "والشرطة، في
 * بيان، أعلنت أنها ألقت القبض على المشتبه به" (and the police, in a statement, announced that
 * they had arrested the suspect) has the speaker "الشرطة", not "والشرطة"; so "فالجيش أكد أن"
 * (so the army stressed that). Only a word whose first reading is و or ف, then the article, then
 * a stem of at least {@value #MIN_STEM} letters is cut, so that "والي" (governor) and "والد"
 * (father), whose letters only look so, stay whole. The clitics are the segmenter's (و ف); the
 * rule has no word list of its own. Stateless and thread-safe.
 */
final class SpeakerClitic {

  static final String RULE = "claims/speaker-conjunction-clitic";

  /** The shortest stem after "وال"/"فال" read as a conjunction and the article. */
  static final int MIN_STEM = 3;

  private SpeakerClitic() {
  }

  /**
   * The speaker {@code [first, end)} without the conjunction glued to its first word, or empty
   * when the first word carries none.
   */
  static Optional<Span> bare(Doc doc, int first, int end) {
    Token t = doc.tokens.get(first);
    if (!t.is(Token.Type.ARABIC) || t.isDetachedClitic()) {
      return Optional.empty();
    }
    Segmentation seg = t.segmentations().get(0);
    if (seg.conjunction().isEmpty() || !seg.preposition().isEmpty() || !seg.definite()
        || seg.stem().length() < MIN_STEM) {
      return Optional.empty();
    }
    Span whole = doc.span(first, end);
    return Optional.of(Span.of(doc.article.text(), doc.stemSpan(first, seg).start(), whole.end()));
  }
}

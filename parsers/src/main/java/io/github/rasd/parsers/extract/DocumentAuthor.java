package io.github.rasd.parsers.extract;

import io.github.rasd.model.Span;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.Optional;

/**
 * Rule {@value #RULE}: a document joined by ل to its author speaks for the author, and the
 * author is named without the ل: "بحسب بيان لمديرية أمن المنطقة" (according to a statement of
 * the area's security directorate) has the speaker "مديرية أمن المنطقة", "وفق آخر تقرير لفريق
 * خبراء مستقلين" (according to the latest report of a panel of independent experts) "فريق خبراء
 * مستقلين", "وأفاد بيان لإدارة الإعلام العسكري بأن" "إدارة الإعلام العسكري". The document noun
 * (DOCUMENT of {@code claim-words.tsv}) opens the phrase or follows one word ("آخر"، "أحدث"),
 * and at most {@value #MAX_ADJECTIVES} words stand between it and the author ("بيان رسمي
 * لوزارة"، "إحصائية أولية لمكتب"). An author with the article keeps the phrase, its ل being
 * the article's first letter in writing ("بيان للوزارة"، "تقرير للبنك الدولي"), and so does a
 * document linked otherwise ("بيان صادر عن الحشد").
 *
 * <p>Words: DOCUMENT of {@code claim-words.tsv}; the ل is the segmenter's. Stateless and
 * thread-safe.
 */
final class DocumentAuthor {

  static final String RULE = "claims/speaker-document-author";

  /** Most words between the document noun and its author ("إحصائية أولية رسمية"). */
  static final int MAX_ADJECTIVES = 2;

  private DocumentAuthor() {
  }

  /** The author of the document phrase {@code [first, end)} without its ل, or empty. */
  static Optional<Span> author(Doc doc, ClaimWords claimWords, int first, int end) {
    int noun = -1;
    for (int k = first; k < Math.min(end, first + 2) && noun < 0; k++) {
      if (claimWords.end(ClaimWords.WordList.DOCUMENT, doc, k) > k) {
        noun = claimWords.end(ClaimWords.WordList.DOCUMENT, doc, k);
      }
    }
    if (noun < 0) {
      return Optional.empty();
    }
    for (int k = noun; k < Math.min(end - 0, noun + MAX_ADJECTIVES + 1); k++) {
      Token t = doc.tokens.get(k);
      if (!t.is(Token.Type.ARABIC) || t.isDetachedClitic()) {
        return Optional.empty();
      }
      Segmentation seg = t.segmentations().get(0);
      if (seg.preposition().equals("ل")) {
        if (seg.definite() || !seg.conjunction().isEmpty() || seg.stem().length() < SpeakerClitic.MIN_STEM) {
          return Optional.empty(); // "للوزارة": the article's letter, no substring reads "الوزارة"
        }
        return Optional.of(Span.of(doc.article.text(), doc.stemSpan(k, seg).start(), doc.span(first, end).end()));
      }
      if (!seg.prefixes().isEmpty() && !seg.prefixes().equals("ال")) {
        return Optional.empty(); // "بيان بشأن": another preposition, no author
      }
    }
    return Optional.empty();
  }
}

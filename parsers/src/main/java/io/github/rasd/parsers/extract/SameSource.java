package io.github.rasd.parsers.extract;

import java.util.List;
import java.util.Optional;

import io.github.rasd.parsers.text.Token;

/**
 * Rule {@value #RULE}: the source of an according-to clause that points back to a speaker already
 * quoted is that speaker, not a new one. Two forms: a document or estimate noun with an attached
 * pronoun, "وفق أحدث تقاريره" (according to its latest reports), "بحسب بيانها" (according to its
 * statement); and a source marked as the same, "بحسب التقديرات نفسها" (according to the same
 * estimates), "وفق المصادر ذاتها" (according to the same sources), unless the source is named
 * ("بحسب الجيش نفسه", according to the army itself). The claim takes the speaker
 * of the latest claim before it; when that claim is of the same sentence and holds the same
 * words, the clause only names where they were written and gives no claim of its own: "ويقدر
 * فريق المراقبة عدد عناصره بنحو ألف، وفق أحدث تقاريره" (the monitoring team puts its members at
 * about a thousand, according to its latest reports) is one claim of the team.
 *
 * <p>Words: SOURCE_ANAPHOR_HEAD (the nouns), SOURCE_ANAPHOR_LEAD (أحدث، آخر before them),
 * SAME_MARK (نفسه، ذاته…) and PRONOUN_SUFFIX of {@code claim-words.tsv}. Immutable and
 * thread-safe.
 */
final class SameSource {

  static final String RULE = "claims/according-to-same-source";
  /**
   * A document marked as the same points back to the latest claim spoken by a document of that
   * noun, not to the latest speaker: "أفاد بيان للجيش بأن ... . وأعلنت الحركة مسؤوليتها ... .
   * وقتل خمسة مسلحين، وفق البيان نفسه" (according to the same statement) is the army's statement.
   */
  static final String SAME_DOCUMENT = "claims/according-to-same-document";

  private final ClaimWords claimWords;

  SameSource(ClaimWords claimWords) {
    this.claimWords = claimWords;
  }

  /** True when the source phrase in tokens {@code [first, end)} points back to an earlier speaker. */
  boolean pointsBack(Doc doc, int first, int end) {
    if (end <= first) {
      return false;
    }
    int head = first;
    if (end - first >= 2 && claimWords.end(ClaimWords.WordList.SOURCE_ANAPHOR_LEAD, doc, first) == first + 1) {
      head = first + 1; // "أحدث تقاريره" (its latest reports)
    }
    if (possessed(doc.tokens.get(head))) {
      return true;
    }
    // "بحسب المصادر نفسها" (according to the same sources); not "بحسب الجيش نفسه" (according to
    // the army itself), a source named
    return end - first >= 2 && claimWords.end(ClaimWords.WordList.SAME_MARK, doc, end - 1) == end
        && doc.mentionAt(first).isEmpty();
  }

  /**
   * {@value #SAME_DOCUMENT}: the latest claim within {@code sentences} sentences whose speaker
   * opens with the document noun of the source "البيان نفسه" in tokens {@code [first, end)}; empty when the source is no marked
   * document or no such claim stands before it.
   */
  Optional<ClaimExtractor.Found> sameDocument(Doc doc, int first, int end, ClaimExtractor.Found c,
      List<ClaimExtractor.Found> previous, int sentences) {
    if (first < 0 || end - first < 2 || claimWords.end(ClaimWords.WordList.SAME_MARK, doc, end - 1) != end
        || claimWords.end(ClaimWords.WordList.DOCUMENT, doc, first) != first + 1) {
      return Optional.empty();
    }
    String noun = doc.tokens.get(first).segmentations().get(0).stem();
    for (int k = previous.size() - 1; k >= 0; k--) {
      ClaimExtractor.Found p = previous.get(k);
      if (doc.sentenceOf(c.cueFirst) - p.sentence > sentences) {
        break;
      }
      if (p.speakerFirst >= 0 && p.speakerText != null
          && doc.tokens.get(p.speakerFirst).segmentations().get(0).stem().equals(noun)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** A source noun with an attached pronoun: "تقاريره" (its reports), "بيانها" (its statement). */
  private boolean possessed(Token t) {
    if (!t.is(Token.Type.ARABIC)) {
      return false;
    }
    String x = t.segmentations().get(0).stem();
    for (String suffix : claimWords.words(ClaimWords.WordList.PRONOUN_SUFFIX)) {
      if (x.length() > suffix.length() + 2 && x.endsWith(suffix)
          && claimWords.has(ClaimWords.WordList.SOURCE_ANAPHOR_HEAD, x.substring(0, x.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }
}

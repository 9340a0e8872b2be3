package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * The word tests at the edge of a speaker phrase after a speech verb: what cannot be a speaker
 * (an adverb, a preposition with a pronoun, a quoted name) and what ends one (a word glued to ب,
 * a verbal noun with the article after a definite phrase), each named where it is a rule of its
 * own. Their words are lists of {@code claim-words.tsv} (BY_SAYING, OWN_REPORTER, PRONOUN_SUFFIX,
 * PRONOUN_HOST, IDIOM_OBJECT, ON_BEHALF). Immutable and thread-safe.
 */
final class SpeakerBoundary {

  /**
   * The outlet's own reporter, a noun with the suffix "نا" (our) that ends in ا like an adverb
   * and is none: "وأوضح مراسلنا في المنطقة أن ..." (our correspondent in the area explained
   * that ...), "وقالت مراسلتنا إن ..." (words: OWN_REPORTER of claim-words.tsv).
   */
  static final String OWN_REPORTER = "claims/speaker-own-reporter";
  static final String DEFINITE_BE_OBJECT = "claims/speaker-before-definite-be-object";

  private final ClaimWords claimWords;
  private final Words words;

  SpeakerBoundary(ClaimWords claimWords, Words words) {
    this.claimWords = claimWords;
    this.words = words;
  }

  /**
   * An adverb in the accusative where a speaker would stand: one indefinite word ending in ا,
   * "وأكد مجددا أن ..." (he stressed again that ...), "وقال أيضا إن ...".
   */
  boolean adverb(Doc doc, int first, int end) {
    Token t = doc.tokens.get(first);
    return end == first + 1 && (t.is(Token.Type.ARABIC) && t.text().endsWith("ا")
        && !t.segmentations().get(0).definite() && doc.mentionAt(first).isEmpty()
        || claimWords.end(ClaimWords.WordList.BY_SAYING, doc, first) == end) // "واختتم بالقول:"
        && claimWords.end(ClaimWords.WordList.OWN_REPORTER, doc, first) != end; // "مراسلنا" (our correspondent)
  }

  /**
   * One unknown word and a quotation right after it, with no colon or أن between, and the
   * sentence going on after the quotation: the quoted words name it, "يعتبر تنظيم "الدولة
   * الإسلامية في العراق والشام"، الذي ..." (the organisation "..." is considered), they are no
   * content.
   */
  boolean quotedName(Doc doc, int first, int end, int limit) {
    if (end != first + 1 || end >= limit || !doc.isQuote(end)) {
      return false;
    }
    int close = doc.quoteCloseOf(end);
    // "وقالت القناة "قتل 22 شخصا ..."." : the quotation ends the sentence, it is the content
    return close > end && close + 1 < limit && !doc.isPunct(close + 1, ".", "!", "؟", "?");
  }

  /** A preposition carrying a pronoun: "فيها" (in it), "عنه" (about him), "منهم" (of them). */
  boolean prepositionWithPronoun(Token t) {
    String x = t.text();
    for (String suffix : claimWords.words(ClaimWords.WordList.PRONOUN_SUFFIX)) {
      if (x.length() > suffix.length() && x.endsWith(suffix)
          && claimWords.has(ClaimWords.WordList.PRONOUN_HOST, x.substring(0, x.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A noun with the article and no other prefix: "الشركة" (the company), not "مقتل" (killing). */
  boolean definiteNoun(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    return t.is(Token.Type.ARABIC) && t.segmentations().get(0).definite()
        && claimWords.end(ClaimWords.WordList.IDIOM_OBJECT, doc, i) != i + 1
        && t.segmentations().get(0).preposition().isEmpty() && words.category(t) == null;
  }

  /**
   * {@value #DEFINITE_BE_OBJECT}: a verbal noun glued to ب with the article, "بالتدخل" (the
   * intervention), ends a speaker phrase of several words that all carry the article and opens
   * the verb's object: "وطالبت السلطة المحلية بالتدخل العاجل" (the local authority demanded
   * urgent intervention), "وأفادت الهيئة العامة بارتفاع الأسعار" (the general authority reported a
   * rise in prices); not "غرفة الطوارئ بمحلية ..." (an indefinite head, the phrase goes on).
   */
  boolean definiteBeObject(Doc doc, int from, int j) {
    if (j >= doc.tokens.size() || !gluedBe(doc, j) || !doc.tokens.get(j).segmentations().get(0).definite()) {
      return false;
    }
    for (int i = from; i < j; i++) {
      Token t = doc.tokens.get(i);
      if (!t.is(Token.Type.ARABIC) || !t.segmentations().get(0).definite()
          || !t.segmentations().get(0).preposition().isEmpty() || words.category(t) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word glued to ب that names nothing known: "بوقوع" (of the occurrence) ends a speaker; not
   * the head of an organisation, where the speaker is: "مصدر بمديرية الصحة" (a source at the
   * health directorate).
   */
  boolean gluedBe(Doc doc, int j) {
    Token t = doc.tokens.get(j);
    return t.is(Token.Type.ARABIC) && claimWords.end(ClaimWords.WordList.ON_BEHALF, doc, j) != j + 1 && doc.mentionAt(j).isEmpty()
        && t.segmentations().get(0).preposition().equals("ب")
        && claimWords.end(ClaimWords.WordList.ORG_HEAD, doc, j) < 0; // "مصدر بمديرية الصحة" (a source at the health directorate)
  }

  /** A word with the conjunction و or ف glued or standing apart: "وقال"، "و قال". */
  static boolean joined(Token t) {
    return !t.segmentations().get(0).conjunction().isEmpty() || t.isDetachedClitic();
  }
}

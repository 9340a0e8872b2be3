package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * Rule {@value #RULE}: an estimating verb puts its subject, the estimator, before the quantity it
 * estimates, and the claim's content starts at that quantity: "ويقدر خبراء عدد مقاتلي الحركة
 * بنحو خمسة آلاف" (experts put the number of the movement's fighters at about five thousand)
 * has the speaker "خبراء" (experts) and the content "عدد مقاتلي الحركة بنحو خمسة آلاف"; so do
 * "قدرت أوساط عسكرية عديد القوة بنحو 2500" (military circles put the strength of the force at
 * about 2,500) and "تقدر الأمم المتحدة أعداد النازحين بمئات الآلاف" (the UN puts the displaced at
 * hundreds of thousands). The estimator is every word between the verb and the quantity noun: at
 * most {@value #MAX_ESTIMATOR_TOKENS} tokens with no punctuation but quotation marks, no number
 * and no أن (that: "يقدر خبراء أن عدد ..." opens its content after أن); with no word between ("ويقدر عدد مقاتليها بنحو ألف", their number is estimated at about
 * a thousand) the verb is a passive and the rule gives nothing.
 *
 * <p>Words: ESTIMATING (the verbs) and ESTIMATED_QUANTITY (the quantity nouns) of {@code
 * claim-words.tsv}. Immutable and thread-safe.
 */
final class EstimateObject {

  static final String RULE = "claims/estimate-object";
  static final String PASSIVE = "claims/estimate-passive";

  /** Longest estimator phrase between the verb and the quantity it estimates, in tokens. */
  static final int MAX_ESTIMATOR_TOKENS = 10;

  private final ClaimWords claimWords;
  private final Words words;

  EstimateObject(ClaimWords claimWords, Words words) {
    this.claimWords = claimWords;
    this.words = words;
  }

  /**
   * Rule {@value #PASSIVE}: an estimating verb followed right away by its quantity is a passive
   * and has no speaker, "الحركة التي يقدر عدد مقاتليها بخمسة آلاف" (the movement, whose fighters
   * are estimated at five thousand): no claim of its own (an according-to clause may give one).
   */
  boolean passive(Doc doc, int verb, int verbEnd, int limit) {
    return verbEnd == verb + 1 && verbEnd < limit && claimWords.end(ClaimWords.WordList.ESTIMATING, doc, verb) == verbEnd
        && claimWords.end(ClaimWords.WordList.ESTIMATED_QUANTITY, doc, verbEnd) == verbEnd + 1;
  }

  /**
   * The token of the quantity noun that ends the estimator of the estimating verb ending at
   * {@code verbEnd} ({@code verb} its first token); -1 when the verb estimates nothing, no
   * quantity noun follows within reach, or no estimator stands between.
   */
  int quantityAt(Doc doc, int verb, int verbEnd, int limit) {
    if (verbEnd != verb + 1 || claimWords.end(ClaimWords.WordList.ESTIMATING, doc, verb) != verbEnd) {
      return -1;
    }
    for (int k = verbEnd; k < Math.min(limit, verbEnd + MAX_ESTIMATOR_TOKENS + 1); k++) {
      Token t = doc.tokens.get(k);
      if (k > verbEnd && t.is(Token.Type.ARABIC)
          && claimWords.end(ClaimWords.WordList.ESTIMATED_QUANTITY, doc, k) == k + 1
          && t.segmentations().get(0).preposition().isEmpty()) {
        return k;
      }
      if (t.is(Token.Type.NUMBER) || doc.isPunct(k) && !doc.isQuote(k)
          || words.is(t, Words.Category.COMPLEMENTIZER)) {
        return -1; // "يقدر خبراء أن عدد ..." (experts estimate that the number ...): a content opens
      }
    }
    return -1;
  }
}

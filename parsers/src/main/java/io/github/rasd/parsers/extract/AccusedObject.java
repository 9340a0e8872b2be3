package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Segmentation;
import java.util.Optional;

/**
 * Rule {@value #RULE}: after a verb of accusing, one noun phrase followed by the ب of the charge
 * is the one accused, not the speaker; the speaker stands before the verb (a relative's
 * antecedent, the subject of the clause before, the speaker going on): "حكومة الولاية، التي
 * اتهمت قوات الدعم بالوقوف وراء الهجوم" (the state government, which accused the support forces
 * of being behind the attack) and "...، واتهمت "ميليشيات المنطقة" بمهاجمة معسكر لها" (and it
 * accused the "militias of the region" of attacking one of its camps) are claims of the
 * government and of the speaker before. With two noun phrases the first speaks: "اتهمت الحكومة
 * المتمردين بقصف الأحياء" (the government accused the rebels of shelling the districts), and
 * persons and collectives accuse rather than being accused: "اتهم مسؤولون محليون الجيش بـ" (local
 * officials accused the army of).
 *
 * <p>Words: ACCUSING of {@code claim-words.tsv}; the phrase is read by {@link SpeakerGrammar} or
 * is a quotation of at most {@value QuotedSpeaker#MAX_QUOTED_NAME} tokens. Immutable and
 * thread-safe.
 */
final class AccusedObject {

  static final String RULE = "claims/accused-object";

  /** The preposition that names the charge: "بمهاجمة" (of attacking). */
  private static final String CHARGE = "ب";

  /** The grammar's rules of a phrase that may be the one accused: bodies, armed groups. */
  private static final java.util.Set<String> ACCUSED = java.util.Set.of(SpeakerGrammar.ORGANISATION,
      SpeakerGrammar.ORGANISATION_HEAD);

  private final ClaimWords claimWords;
  private final Words words;

  AccusedObject(ClaimWords claimWords, Words words) {
    this.claimWords = claimWords;
    this.words = words;
  }

  /**
   * True when the cue at {@code verb} accuses and the phrase after it, ending at {@code
   * phraseEnd} (the grammar's or a quotation's), is directly followed by the charge.
   */
  boolean objectFirst(Doc doc, int verb, int verbEnd, Optional<SpeakerGrammar.Phrase> np, int limit) {
    if (claimWords.end(ClaimWords.WordList.ACCUSING, doc, verb) != verbEnd || verbEnd >= limit) {
      return false;
    }
    // persons and collectives speak and accuse ("اتهم مسؤولون محليون الجيش بـ"); bodies are accused
    int end = np.filter(p -> ACCUSED.contains(p.rule()) && p.modifier() == null).map(SpeakerGrammar.Phrase::end).orElse(-1);
    if (end < 0 && doc.isQuote(verbEnd) && doc.quoteCloseOf(verbEnd) > verbEnd + 1
        && doc.quoteCloseOf(verbEnd) - verbEnd - 1 <= QuotedSpeaker.MAX_QUOTED_NAME) {
      end = doc.quoteCloseOf(verbEnd) + 1; // "واتهمت "ميليشيات المنطقة" بمهاجمة"
    }
    return end > verbEnd && end < limit && charge(doc, end);
  }

  /**
   * The end of the speaker when a speaker phrase after the accusing verb has taken in the one
   * accused: "اتهم مسؤولون محليون الجيش بارتكاب انتهاكات" (local officials accused the army of
   * abuses) has "مسؤولون محليون" speak and "الجيش" accused. The accused is a mention or a
   * definite noun standing after the phrase's head with no preposition before it, right before
   * the charge; -1 when the phrase holds none.
   */
  int accusedInside(Doc doc, int verb, int verbEnd, SpeakerGrammar.Phrase p, int limit) {
    if (claimWords.end(ClaimWords.WordList.ACCUSING, doc, verb) != verbEnd || p.end() >= limit
        || !charge(doc, p.end()) || ACCUSED.contains(p.rule())) {
      return -1;
    }
    int last = -1;
    for (int k = p.first() + 2; k < p.end(); k++) {
      var t = doc.tokens.get(k);
      Optional<Doc.Mention> m = doc.mentionAt(k);
      boolean free = t.segmentations().get(0).preposition().isEmpty() && !doc.isPunct(k - 1)
          && doc.tokens.get(k - 1).segmentations().get(0).preposition().isEmpty()
          && !words.is(doc.tokens.get(k - 1), Words.Category.PREPOSITION);
      if (free && m.isPresent() && m.get().first() == k) {
        return k; // the first body named in the phrase: "قوات الدعم السريع"
      }
      if (free && k == p.end() - 1 && t.segmentations().get(0).definite()) {
        last = k; // "الجيش"
      }
    }
    return last;
  }

  /** A word glued to ب that is no name part: "بمهاجمة"، "بالوقوف"، "بأنها". */
  private static boolean charge(Doc doc, int k) {
    var t = doc.tokens.get(k);
    if (t.isDetachedClitic()) {
      return t.text().startsWith(CHARGE);
    }
    for (Segmentation s : t.segmentations()) {
      if (s.preposition().equals(CHARGE) && s.conjunction().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}

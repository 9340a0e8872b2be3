package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * Rule {@value #RULE}: a quotation right after the opener that closes while its clause goes on is
 * a quoted part of reported speech, not the whole content: "وقال التنظيم إن "الاستشهادي أبو
 * فلان" نفذ العملية بحزام ناسف" (the organisation said that "the martyr Abu X" carried out the
 * operation with an explosive belt) has the content up to the end of the clause, a reported
 * claim; when the rest quotes the speaker again, "زاعما أن "المهاجم" قتل "أكثر من عشرين جنديا""
 * (claiming that "the attacker" killed "more than twenty soldiers"), a direct quote. The clause
 * goes on when the word after the closing mark is an Arabic word and no attribution cue.
 * Immutable and thread-safe.
 */
final class QuotedSubject {

  static final String RULE = "claims/content-quoted-subject";

  private final PhraseTable<ClaimCue> cues;

  QuotedSubject(PhraseTable<ClaimCue> cues) {
    this.cues = cues;
  }

  /** True when the clause goes on after the quotation closed at {@code close}, before {@code limit}. */
  boolean goesOn(Doc doc, int close, int limit) {
    int next = close + 1;
    return next < limit && doc.tokens.get(next).is(Token.Type.ARABIC) && cues.at(doc, next).isEmpty();
  }

  /** True when tokens {@code [from, end)} hold a quotation of at least {@code minWords} words. */
  boolean quotesAgain(Doc doc, int from, int end, int minWords) {
    for (int k = from; k < end; k++) {
      int close = doc.isQuote(k) ? doc.quoteCloseOf(k) : -1;
      if (close > k + minWords && close <= end + 1) {
        return true;
      }
    }
    return false;
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Token;
import java.util.Optional;

/**
 * {@value #RULE}: an outlet that opens its clause right before a speech verb is the verb's
 * subject, so the speaker, not a channel: "لكن قناة "العربية" ذكرت أن الاشتباكات توقفت" (but al-
 * Arabiya channel reported that the clashes stopped), "وإذاعة الأندلس قالت إن ...", "غير أن وكالة
 * الأنباء الرسمية أفادت بأن ..." (but the official news agency reported that ...). The outlet is a
 * known outlet, or the head noun of one ({@code OUTLET_NOUN} of {@code claim-words.tsv}) with its
 * name in quotation marks (at most {@value #MAX_NAME} words) or its definite genitive and
 * adjective words (at most {@value #MAX_NAME}); a word glued to ل ("لقناة") is an addressee,
 * never this rule's. Immutable and thread-safe.
 */
final class FrontedOutlet {

  static final String RULE = "claims/speaker-fronted-outlet";

  /** The longest name after an outlet's head noun, quoted or not. */
  static final int MAX_NAME = 4;

  private final ClaimWords claimWords;
  private final Words words;

  FrontedOutlet(ClaimWords claimWords, Words words) {
    this.claimWords = claimWords;
    this.words = words;
  }

  /** The end of the outlet phrase at {@code i} when it ends right at {@code verb}; else -1. */
  int endAt(Doc doc, int i, int verb) {
    Token t = doc.tokens.get(i);
    if (!t.is(Token.Type.ARABIC) || !t.segmentations().get(0).preposition().isEmpty()
        || !t.detachedPrefix().isEmpty()) {
      return -1;
    }
    Optional<Doc.Mention> m = doc.mentionAt(i);
    int e;
    if (m.isPresent() && m.get().first() == i && m.get().kind() == EntryKind.OUTLET) {
      e = m.get().end();
    } else if (claimWords.end(ClaimWords.WordList.OUTLET_NOUN, doc, i) == i + 1) {
      e = i + 1;
      if (doc.isQuote(e)) {
        int close = doc.quoteCloseOf(e);
        e = close > e + 1 && close - e - 1 <= MAX_NAME ? close + 1 : -1;
      } else {
        while (e < verb && e - i <= MAX_NAME && definiteWord(doc, e)) {
          e++;
        }
        if (e == i + 1) {
          return -1; // a bare "قناة" names no outlet
        }
      }
    } else {
      return -1;
    }
    return e == verb ? e : -1;
  }

  private boolean definiteWord(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    return t.is(Token.Type.ARABIC) && words.category(t) == null
        && t.segmentations().get(0).definite() && t.segmentations().get(0).preposition().isEmpty()
        && t.segmentations().get(0).conjunction().isEmpty();
  }
}

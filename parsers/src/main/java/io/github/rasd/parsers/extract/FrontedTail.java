package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * Rule {@value #RULE}: a known speaker phrase before its verb keeps the prepositional phrase that
 * places it, up to the verb: "لكن مصادر طبية في مستشفى المدينة قالت إن ..." (but medical sources
 * in the city hospital said that ...) speaks as "مصادر طبية في مستشفى المدينة", and "مصادر قريبة
 * من الحكومة قالت إن ..." (sources close to the government said that ...) as "مصادر قريبة من
 * الحكومة", not as the government named inside the tail. The tail opens with a preposition,
 * standing alone or glued ("بالمنطقة الصناعية"), or with one indefinite word before it ("قريبة
 * من") or after a preposition the phrase ended on, holds at most {@value #MAX_TAIL_WORDS} words
 * and no mark, number, cue, channel ("في بيانه" (in its statement) is no place) or complementizer,
 * and ends right at the verb.
 *
 * <p>Words: the prepositions of {@code function-words.tsv} and the glued ب / ل; the channel
 * phrases of {@code claim-channels.tsv}. Immutable and
 * thread-safe.
 */
final class FrontedTail {

  static final String RULE = "claims/fronted-speaker-tail";

  /** Longest prepositional tail between a fronted speaker and its verb, in words. */
  static final int MAX_TAIL_WORDS = 6;

  private final Words words;
  private final PhraseTable<ClaimCue> cues;
  private final PhraseTable<String> channelCues;

  FrontedTail(Words words, PhraseTable<ClaimCue> cues, PhraseTable<String> channelCues) {
    this.words = words;
    this.cues = cues;
    this.channelCues = channelCues;
  }

  /** True when the words from {@code from} to the verb are a tail of the phrase before them. */
  boolean reachesVerb(Doc doc, int from, int verb) {
    if (from >= verb || verb - from > MAX_TAIL_WORDS) {
      return false;
    }
    boolean dangling = from > 0 && words.is(doc.tokens.get(from - 1), Words.Category.PREPOSITION);
    boolean opens = dangling || preposition(doc, from) || from + 1 < verb && indefinite(doc.tokens.get(from))
        && preposition(doc, from + 1);
    if (!opens) {
      return false;
    }
    for (int k = from; k < verb; k++) {
      Token t = doc.tokens.get(k);
      if (!t.is(Token.Type.ARABIC) || doc.isPunct(k) || cues.at(doc, k).isPresent()
          || channelCues.at(doc, k).isPresent() || words.is(t, Words.Category.COMPLEMENTIZER)) {
        return false;
      }
    }
    return true;
  }

  private boolean preposition(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    return words.is(t, Words.Category.PREPOSITION) && !t.isDetachedClitic()
        || t.is(Token.Type.ARABIC) && !t.segmentations().get(0).preposition().isEmpty()
            && t.segmentations().get(0).definite();
  }

  private boolean indefinite(Token t) {
    var s = t.segmentations().get(0);
    return t.is(Token.Type.ARABIC) && !s.definite() && s.prefixes().isEmpty() && words.category(t) == null;
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * Rule {@value #RULE}: a present-tense cue verb right after a noun phrase, with no conjunction and
 * no mark between, describes that phrase and has no speaker after it: "وزعت الحركة منشورات
 * تطالب السكان بعدم التعاون مع الجيش" (the movement handed out leaflets calling on the residents
 * not to cooperate with the army): "السكان" (the residents) are whom the leaflets address, not a
 * speaker, and the verb gives no claim; "معلومات تفيد بوجود مسلحين" (information pointing to
 * gunmen) neither. A known speaker phrase ending right before the verb still speaks
 * ("مصادر أمنية تؤكد أن ...", security sources confirm that ...), decided by the caller.
 * Immutable and thread-safe.
 */
final class DescriptiveClause {

  static final String RULE = "claims/descriptive-clause";

  private final Words words;

  DescriptiveClause(Words words) {
    this.words = words;
  }

  /** True when the cue verb at {@code verb} describes the noun phrase right before it. */
  boolean describes(Doc doc, int verb, int sentenceFirst) {
    if (verb <= sentenceFirst) {
      return false;
    }
    Token v = doc.tokens.get(verb);
    Token before = doc.tokens.get(verb - 1);
    String stem = v.segmentations().get(0).stem();
    return v.is(Token.Type.ARABIC) && !SpeakerBoundary.joined(v) && (stem.startsWith("ي") || stem.startsWith("ت"))
        && before.is(Token.Type.ARABIC) && words.category(before) == null && doc.mentionAt(verb - 1).isEmpty();
  }
}

package io.github.rasd.parsers.extract;

import java.util.Optional;

/**
 * Rule {@value #RULE}: the press often sets the name of a body in quotation marks, and a
 * quotation right after a speech verb whose words are wholly a speaker phrase (an organisation,
 * an armed group, an outlet, a body read from its head noun) is the speaker, not quoted words:
 * "ذكر "المرصد السوري لحقوق الإنسان" أن الحصيلة ارتفعت" (the "Syrian Observatory for Human
 * Rights" reported that the toll rose), "أكدت "الشبكة السورية لحقوق الإنسان" مقتل عشرة" (the
 * "Syrian Network" confirmed the killing of ten), "نفت "قوات الدفاع الشعبي" (HPG)، الجناح
 * العسكري للحزب، سقوط قتلى" (the "People's Defence Forces" denied that any were killed). Words
 * that are no speaker phrase stay a quote: "قال "لن نتراجع عن قرارنا"" (he said "we will not go
 * back on our decision"). The speaker is the words inside the marks; an abbreviation in
 * parentheses after them ("(HPG)") goes with it.
 *
 * <p>The phrase is read by {@link SpeakerGrammar}; the window is {@value #MAX_QUOTED_NAME}
 * tokens. Immutable and thread-safe.
 */
final class QuotedSpeaker {

  static final String RULE = "claims/speaker-quoted-name";

  /** Longest quoted name read as a speaker, in tokens ("جماعة نصرة الإسلام والمسلمين"). */
  static final int MAX_QUOTED_NAME = 8;

  /** Longest abbreviation in parentheses after a quoted name ("(HPG)"), in tokens. */
  static final int MAX_ABBREVIATION = 3;

  /** The grammar's rules that read a body; a quoted title or name is {@link SpeakerBoundary}'s. */
  private static final java.util.Set<String> BODIES = java.util.Set.of(SpeakerGrammar.ORGANISATION,
      SpeakerGrammar.ORGANISATION_HEAD);

  private final SpeakerGrammar grammar;

  QuotedSpeaker(SpeakerGrammar grammar) {
    this.grammar = grammar;
  }

  /**
   * The speaker phrase quoted at {@code q}, right after the verb: the grammar's phrase inside the
   * marks, and the token after the closing mark as its end; empty when the quotation holds
   * anything else.
   */
  Optional<Quoted> at(Doc doc, int q, int limit, ClaimExtractor.People people) {
    if (q >= limit || !doc.isQuote(q)) {
      return Optional.empty();
    }
    int close = doc.quoteCloseOf(q);
    if (close <= q + 1 || close - q - 1 > MAX_QUOTED_NAME || close + 1 >= limit) {
      return Optional.empty();
    }
    return grammar.parse(doc, q + 1, close, people).filter(p -> p.end() == close && p.first() == q + 1
            && BODIES.contains(p.rule()))
        .map(p -> new Quoted(p, abbreviationEnd(doc, close + 1, limit)));
  }

  /** After a parenthesised abbreviation of the name, "(HPG)", the token after it; else {@code k}. */
  private static int abbreviationEnd(Doc doc, int k, int limit) {
    if (!doc.isPunct(k, "(")) {
      return k;
    }
    for (int e = k + 1; e < Math.min(limit, k + 2 + MAX_ABBREVIATION); e++) {
      if (doc.isPunct(e, ")")) {
        return e > k + 1 ? e + 1 : k;
      }
    }
    return k;
  }

  /** A quoted speaker phrase and the token after its closing mark. */
  record Quoted(SpeakerGrammar.Phrase phrase, int end) { }
}

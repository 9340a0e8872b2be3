package io.github.rasd.parsers.extract;

/**
 * Rule {@value #RULE}: a speaker before its verb, its whole name in quotation marks, is read
 * inside the marks: "غير أن «المرصد السوري لحقوق الإنسان» أفاد بأن الحصيلة بلغت سبعة" (but "the
 * Syrian Observatory for Human Rights" reported that the toll had reached seven) speaks as
 * المرصد السوري لحقوق الإنسان, not as the speaker of the sentence before. The marks open the
 * fronted phrase (after its particles: غير أن، لكن، و) and close right before the verb (or its
 * particle of the perfect, "قد"), with at most {@value #MAX_WORDS} words and no other mark
 * between them; the words are then a phrase of {@link SpeakerGrammar} or nothing.
 *
 * <p>Marks: {@link io.github.rasd.parsers.text.QuoteMarks}. Stateless and thread-safe.
 */
final class FrontedQuotedName {

  static final String RULE = "claims/speaker-fronted-quoted";

  /** Longest name in quotation marks read as a fronted speaker, in tokens. */
  static final int MAX_WORDS = 8;

  private FrontedQuotedName() {}

  /**
   * The tokens {@code [first, end)} inside the marks when {@code open} opens a quotation that
   * closes right before {@code verb}; else null.
   */
  static int[] inside(Doc doc, int open, int verb) {
    int close = verb - 1;
    if (close - open < 2 || close - open > MAX_WORDS + 1 || !doc.isQuote(open) || !doc.isQuote(close)) {
      return null;
    }
    for (int i = open + 1; i < close; i++) {
      if (doc.isPunct(i)) {
        return null;
      }
    }
    return new int[] {open + 1, close};
  }
}

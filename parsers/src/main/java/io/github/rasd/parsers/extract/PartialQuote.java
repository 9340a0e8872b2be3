package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * Rule {@value #RULE}: reported speech whose words are quoted after a short subject is a quote.
 * The content opens with at most {@value #LEAD} words with no punctuation and goes on with a
 * quotation of more than {@value #MIN_WORDS} words, the speaker's own: "أكدت الوزارة أن قواتها
 * "ستواصل ملاحقة الفارين"" (the ministry stressed that its forces "will go on chasing the
 * fugitives"). A quoted name or a quoted word further on leaves the claim reported: "قال إن
 * الهجوم استهدف مقر "الأمن العام" في المدينة" (he said the attack targeted the "general
 * security" headquarters in the city).
 *
 * <p>No words of its own: the quotation marks paired by {@link Doc}. Stateless and thread-safe.
 */
final class PartialQuote {

  static final String RULE = "claims/content-partial-quote";

  /** Most words between the opener and a quotation that still make the claim a quote. */
  static final int LEAD = 4;
  /** Fewest words in quotation marks that make a direct quote ("داعش" in quotes is a name). */
  static final int MIN_WORDS = 3;

  private PartialQuote() {}

  /** True when the content {@code [first, end)} is a short subject and a quotation. */
  static boolean at(Doc doc, int first, int end) {
    for (int k = first; k < Math.min(end, first + LEAD + 1); k++) {
      if (doc.isQuote(k)) {
        int close = doc.quoteCloseOf(k);
        return k > first && close > k + MIN_WORDS;
      }
      if (doc.tokens.get(k).is(Token.Type.PUNCTUATION)) {
        return false;
      }
    }
    return false;
  }
}

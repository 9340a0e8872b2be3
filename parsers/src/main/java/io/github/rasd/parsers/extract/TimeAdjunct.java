package io.github.rasd.parsers.extract;

/**
 * Rule {@value #RULE}: a time phrase right after a speech verb dates the verb and is no speaker:
 * "وكانت هيئة الانتخابات قد حذرت الأسبوع الماضي من خطاب الكراهية" (the elections body had
 * warned last week of hate speech) has no speaker "الأسبوع الماضي"; its speaker is read before
 * the verb or carried over. The phrase is a time noun, with the article or before a day or
 * another time word ("مساء الأحد" (Sunday evening)), and up to {@value #MAX_TIME_WORDS} words
 * of time or their adjectives.
 *
 * <p>Words: TIME_NOUN and TIME_ADJECTIVE of {@code claim-words.tsv} and the TIME words of {@code
 * function-words.tsv}. Immutable and thread-safe.
 */
final class TimeAdjunct {

  static final String RULE = "claims/time-not-speaker";

  /** Longest time phrase after a verb, in words ("مساء يوم الأحد الماضي"). */
  static final int MAX_TIME_WORDS = 4;

  private final ClaimWords claimWords;
  private final Words words;

  TimeAdjunct(ClaimWords claimWords, Words words) {
    this.claimWords = claimWords;
    this.words = words;
  }

  /** True when the words from {@code first} to {@code end} are a time phrase and nothing else. */
  boolean wholly(Doc doc, int first, int end) {
    if (end <= first || end - first > MAX_TIME_WORDS || claimWords.end(ClaimWords.WordList.TIME_NOUN, doc, first) != first + 1) {
      return false;
    }
    for (int k = first + 1; k < end; k++) {
      if (claimWords.end(ClaimWords.WordList.TIME_NOUN, doc, k) != k + 1
          && claimWords.end(ClaimWords.WordList.TIME_ADJECTIVE, doc, k) != k + 1
          && !words.is(doc.tokens.get(k), Words.Category.TIME)) {
        return false;
      }
    }
    return end > first + 1 || doc.tokens.get(first).segmentations().get(0).definite();
  }
}

package io.github.rasd.parsers.extract;

/**
 * Rule {@value #RULE}: a statement of responsibility is no claim: "أعلنت الحركة مسؤوليتها عن
 * التفجير" (the movement claimed responsibility for the bombing) says who did the act, which the
 * event's perpetrator records (responsibility-cues.tsv), and attributes no words; what the group
 * says after it is its claim: "...، قائلة إن مقاتليها قتلوا عشرة جنود" (saying that its fighters
 * killed ten soldiers). The phrase ({@code RESPONSIBILITY} of claim-words.tsv: مسؤوليتها عن،
 * المسؤولية عن) opens the verb's object, or stands within {@value #MAX_OFFSET} words of its
 * start after the speaker's own tail ("المرتبطة بالقاعدة مسؤوليتها عن") or an adjunct ("، في
 * بيان على تلغرام، مسؤوليته عن"). Immutable and
 * thread-safe.
 */
final class ResponsibilityStatement {

  static final String RULE = "claims/responsibility-statement";

  /** How far into a content "مسؤوليتها عن" may stand after the speaker's own tail or an adjunct. */
  static final int MAX_OFFSET = 4;

  /** Longest phrase of responsibility, in tokens: it may end where the content starts. */
  private static final int LEAD = 2;

  private final ClaimWords claimWords;
  private final Words words;

  ResponsibilityStatement(ClaimWords claimWords, Words words) {
    this.claimWords = claimWords;
    this.words = words;
  }

  /**
   * True when the claim with the content {@code [first, end)} states responsibility: the phrase
   * ends right where the content starts (the verb's preposition read as the opener: "مسؤوليتها
   * عن | الهجوم") or stands in the content's first {@value #MAX_OFFSET} words, before any opener
   * ("، في بيان على تلغرام، مسؤوليته عن الهجوم").
   */
  boolean states(Doc doc, int first, int end) {
    for (int k = Math.max(0, first - LEAD); k < end && k <= first + MAX_OFFSET; k++) {
      if (k >= first && (doc.isPunct(k, ":") || words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER))) {
        return false; // "إن الحركة أعلنت مسؤوليتها": reported words about the statement
      }
      int act = claimWords.end(ClaimWords.WordList.RESPONSIBILITY, doc, k);
      if (act > k && (k >= first || act == first)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.rasd.parsers.extract;

/**
 * Rule {@value #RULE}: a conjunction of contrast after a comma opens a clause of its own, so a
 * claim's content ends before it and a postposed according-to clause's content starts after it:
 * "ويقدر باحثون عدد مقاتلي الجماعة بنحو ستة آلاف، في حين يضم التنظيم المنافس ألفي مقاتل، بحسب
 * التقديرات نفسها" (researchers put the group's fighters at about six thousand, whereas the rival
 * organisation counts two thousand, according to the same estimates): the researchers' content
 * ends at "ستة آلاف" and the according-to clause is about "يضم التنظيم المنافس ألفي مقاتل". The
 * same with "فيما" (while) and "بينما" (whereas). A speech verb right after such a conjunction,
 * with no subject of its own, carries the speaker before it on: "...، فيما اعتبر أن الدوري ما
 * زال طويلا" (while he considered that the league is still long).
 *
 * <p>Words: CONTRAST of {@code claim-words.tsv}. Immutable and thread-safe.
 */
final class ContrastClause {

  static final String RULE = "claims/contrast-clause";

  private final ClaimWords claimWords;

  ContrastClause(ClaimWords claimWords) {
    this.claimWords = claimWords;
  }

  /** True when a contrast conjunction after a comma stands right before token {@code i}: "...، فيما اعتبر". */
  boolean opens(Doc doc, int i) {
    return clauseAt(doc, i - 1) == i || clauseAt(doc, i - 2) == i;
  }

  /** The first token of the clause a contrast conjunction at {@code i} opens after a comma; -1 when none. */
  int clauseAt(Doc doc, int i) {
    if (i < 1 || !doc.isPunct(i - 1, "،", ",")) {
      return -1;
    }
    return claimWords.end(ClaimWords.WordList.CONTRAST, doc, i);
  }
}

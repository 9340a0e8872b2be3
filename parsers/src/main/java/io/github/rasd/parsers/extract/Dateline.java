package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;

/**
 * {@value #RULE}: the agency credited in a wire dateline at the head of a paragraph is who
 * distributed the story, not whom the speaker spoke to, so it is no claim's channel: in
 * "مقديشو (رويترز) - قال مسؤول في الشرطة إن ..." (Mogadishu (Reuters) - a police official said
 * that ...) the claim has no channel, while "قال مسؤول لرويترز إن" (an official told Reuters that)
 * keeps its own. The forms: a place, then the agency in parentheses or between marks, closed by
 * a dash or a colon: "باماكو - أ ف ب -"، "كانو (نيجيريا) (أ ف ب) -"، "الرباط - «الشرق الأوسط»:".
 * The agency must stand within {@value #MAX_PLACE_TOKENS} tokens of the paragraph's start, set
 * off from the place by "(" or a mark, carry no ل, and be followed by a mark (words:
 * DATELINE_MARK of {@code claim-words.tsv}). Stateless and thread-safe.
 */
final class Dateline {

  static final String RULE = "claims/dateline-not-channel";
  /** Most tokens of the place before a dateline's agency: "كانو ( نيجيريا ) (". */
  static final int MAX_PLACE_TOKENS = 6;

  private Dateline() {}

  /** True when the outlet mention {@code m} is the agency of a paragraph's dateline. */
  static boolean isAgency(Doc doc, Doc.Mention m, ClaimWords words) {
    if (m.kind() != EntryKind.OUTLET) {
      return false;
    }
    int first = m.first();
    int start = first;
    while (start > 0 && !doc.tokens.get(start).paragraphBreakBefore() && first - start <= MAX_PLACE_TOKENS) {
      start--;
    }
    if (first - start > MAX_PLACE_TOKENS || first == start
        || start > 0 && !doc.tokens.get(start).paragraphBreakBefore()) {
      return false;
    }
    int before = first - 1;
    while (before > start && doc.isQuote(before)) {
      before--; // "- «الشرق الأوسط»"
    }
    if (!(doc.isPunct(before, "(") || mark(doc, before, words)) || before == start) {
      return false; // "قال لرويترز"، "أفاد رويترز": the agency is spoken to
    }
    if (doc.tokens.get(first).segmentations().get(0).preposition().equals("ل")
        || doc.tokens.get(first).detachedPrefix().contains("ل")) {
      return false;
    }
    for (int k = start; k < before; k++) {
      if (doc.tokens.get(k).segmentations().get(0).preposition().equals("ل")) {
        return false;
      }
    }
    int after = m.end();
    while (after < doc.tokens.size() && (doc.isQuote(after) || doc.isPunct(after, ")"))) {
      after++;
    }
    return mark(doc, after, words);
  }

  private static boolean mark(Doc doc, int i, ClaimWords words) {
    return doc.isPunct(i) && words.has(ClaimWords.WordList.DATELINE_MARK, doc.tokens.get(i).text());
  }
}

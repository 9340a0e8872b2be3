package io.github.rasd.parsers.extract;

import io.github.rasd.model.DateRange;

/**
 * Rule {@value #RULE}: "أسقطت الدفاعات طائرتين مسيرتين فجر الأحد ... وأعلنت الفصائل أنها
 * قصفت مساء اليوم ذاته مواقع للجيش" (air defences shot down two drones at dawn on Sunday ... the
 * factions said they shelled army positions on the evening of that same day): a time expression
 * followed by a word of sameness ({@code same-day-cues.tsv}: "ذاته", "نفسه") names the day of the
 * incident told just before, not the day the article was published; the record takes that
 * incident's date. "مساء اليوم" alone (this evening) keeps the day of publication. Immutable and
 * thread-safe.
 */
final class SameDay {

  /** The rule's name, written into the provenance of the records whose date it sets. */
  static final String RULE = "events/same-day";

  private final PhraseTable<Boolean> cues;

  SameDay() {
    this.cues = PhraseTable.listIn(SameDay.class, "same-day-cues.tsv");
  }

  /** A word of sameness stands right after the time expression {@code date} of the article. */
  boolean sameAsBefore(Doc doc, DateRange date) {
    if (date.span().isEmpty()) {
      return false;
    }
    int i = doc.tokenAtOriginal(date.span().get().end());
    return i >= 0 && i < doc.tokens.size() && doc.tokens.get(i).span().start() >= date.span().get().end()
        && cues.at(doc, i).isPresent();
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Sentence;

/**
 * Rule {@value #RULE}: "ردت الوحدات على مصادر النيران، مضيفا أن الدفاعات الجوية أسقطت طائرتين
 * مسيرتين" (the units returned fire, he added that air defences shot down two drones): a
 * speaker's word of adding (a participle "مضيفا", "مشيرا", or "وأضاف") right after a comma opens
 * a new clause when an act is named within {@link #WINDOW} words after it, so the act is not a
 * part of the clause before; "قتل ثلاثة، مضيفا أن الجيش يلاحق المهاجمين" names no act after it,
 * "هاجم مسلحون القرية، مشيرا إلى مقتل سبعة" (he pointed to seven killed) and "مضيفا أن الهجوم
 * أسفر عن مقتل سبعة" name the toll of the act before, and the clause goes on. Its words live in {@code added-statement-cues.tsv}. Immutable and
 * thread-safe.
 */
final class AddedStatement {

  /** The rule's name, written into the provenance of the record whose clause it closes. */
  static final String RULE = "events/added-statement";
  /** How far after the word of adding the act may stand, in tokens. */
  static final int WINDOW = 8;

  private final PhraseTable<Boolean> cues;

  AddedStatement() {
    this.cues = PhraseTable.listIn(AddedStatement.class, "added-statement-cues.tsv");
  }

  /**
   * The comma at {@code comma} opens an added statement: a word of adding right after it and a
   * new act ({@code newAct}: a trigger that is no toll word of the act before, "مشيرة إلى مقتل
   * سبعة" adds a toll) within {@link #WINDOW} words after that word, with no verb of result
   * (RESULT_VERB of word-lists.tsv, "أسفر") before it.
   */
  boolean opens(Doc doc, Words words, java.util.function.IntPredicate newAct, Sentence s, int comma) {
    int w = comma + 1;
    if (w >= s.endToken() || cues.at(doc, w).isEmpty()) {
      return false;
    }
    for (int i = w + 1; i < Math.min(s.endToken(), w + 1 + WINDOW); i++) {
      if (doc.isPunct(i, "،", ",", "؛", ";")) {
        return false;
      }
      if (words.in(Words.WordList.RESULT_VERB, doc.tokens.get(i).segmentations().get(0).stem())) {
        return false; // "مضيفة أن الرد أسفر عن تحييد": the result of the act before
      }
      if (newAct.test(i)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Sentence;
import java.util.Optional;

/**
 * Rule {@value #RULE}: "أعلنت غرفة عمليات الفتح المبين، التي تقودها هيئة تحرير الشام، عبر
 * قناتها على تلغرام أنها قصفت مواقع لقوات النظام" (the Fath al-Mubin operations room, led by
 * HTS, announced on its Telegram channel that it shelled government positions), "وزعم التنظيم
 * في بيان أن مقاتليه قتلوا عشرة جنود" (the group claimed in a statement that its fighters
 * killed ten soldiers): an act whose clause names no armed group, told right after a
 * complementizer with a pronoun or a noun of the speaker's fighters (the words of
 * {@code perpetrator-cues.tsv}, within {@link #WINDOW} words before the act), has as its actor the
 * armed group named last before that word in the sentence: the speaker of the statement. "قال
 * الجيش إنه قصف مواقع للتنظيم" names no armed group before "إنه" and gives none. Immutable and
 * thread-safe.
 */
final class SpeakerPerpetrator {

  /** The rule's name, written into the provenance of the records it gives a group. */
  static final String RULE = "events/speaker-perpetrator";
  /** How far before the act the pronoun or the noun of fighters may stand, in tokens. */
  static final int WINDOW = 2;

  private final PhraseTable<Boolean> cues;

  SpeakerPerpetrator() {
    this.cues = PhraseTable.listIn(SpeakerPerpetrator.class, "perpetrator-cues.tsv");
  }

  /** The speaker group of the act at {@code [triggerFirst, …)} of sentence {@code s}, if the rule holds. */
  Optional<Doc.Mention> speaker(Doc doc, Sentence s, int clauseFirst, int triggerFirst) {
    for (int i = triggerFirst - 1; i >= Math.max(clauseFirst, triggerFirst - WINDOW); i--) {
      if (cues.at(doc, i).isEmpty()) {
        continue;
      }
      int cue = i;
      return doc.mentionsIn(s.firstToken(), cue).stream()
          .filter(m -> m.kind() == EntryKind.GROUP).reduce((a, b) -> b);
    }
    return Optional.empty();
  }
}

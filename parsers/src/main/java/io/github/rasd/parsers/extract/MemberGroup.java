package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Sentence;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@value #RULE}: "تمكنت وحدات الجيش من القضاء على عنصرين إرهابيين بجبل المغيلة. وأكد
 * الناطق أن العنصرين ينتميان إلى ما يسمى جند الخلافة" (army units killed two terrorists on Mount
 * Mghila. The spokesman said the two belong to the so-called Jund al-Khilafa), "وقال مصدر إن
 * العناصر المستهدفة تنتمي لما يسمى ولاية سيناء" (a source said the men targeted belong to the
 * so-called Sinai Province): a word of belonging ({@code membership-cues.tsv}) followed within
 * {@link #WINDOW} words by an armed group names the group of the latest incident told in that
 * sentence or the {@link #SENTENCES} before it, when that incident names no group. "وينتمي
 * الوزير إلى حزب المؤتمر" names no armed group and gives none; an incident that names its group
 * keeps it. The group is the incident's target (the men struck or taken belong to it), never its
 * perpetrator. Immutable and thread-safe.
 */
final class MemberGroup {

  /** The rule's name, written into the provenance of the records it gives a group. */
  static final String RULE = "events/members-of";
  /** How far after the word of belonging the group may stand, in tokens ("إلى ما يسمى بـ"). */
  static final int WINDOW = 8;
  /** How many sentences back the incident may have been told. */
  static final int SENTENCES = 3;

  private final PhraseTable<Boolean> cues;

  MemberGroup() {
    this.cues = PhraseTable.listIn(MemberGroup.class, "membership-cues.tsv");
  }

  /** Gives the latest groupless incident its group, for every sentence that names one so. */
  void apply(Doc doc, List<EventExtractor.Found> events) {
    for (Sentence s : doc.sentences) {
      Optional<Doc.Mention> group = group(doc, s);
      if (group.isEmpty()) {
        continue;
      }
      for (int i = events.size() - 1; i >= 0; i--) {
        EventExtractor.Found e = events.get(i);
        if (e.sentence > s.index()) {
          continue;
        }
        if (s.index() - e.sentence > SENTENCES || !e.groups.isEmpty()) {
          break;
        }
        e.groups.add(group.get());
        e.targetGroups.add(group.get());
        e.rules.add(RULE);
        break;
      }
    }
  }

  private Optional<Doc.Mention> group(Doc doc, Sentence s) {
    for (PhraseTable.Hit<Boolean> h : cues.findAll(doc, s.firstToken(), s.endToken())) {
      Optional<Doc.Mention> g = doc.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + WINDOW)).stream()
          .filter(m -> m.kind() == EntryKind.GROUP).findFirst();
      if (g.isPresent()) {
        return g;
      }
    }
    return Optional.empty();
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule {@value #RULE}: the group a noun such as "الجماعة" (the group) points back to, for the
 * force rules, is named with that head noun, or with none that contradicts it. The press calls a
 * group by the head noun of its own name: "تنظيم داعش" is later "التنظيم", "جماعة نصرة الإسلام"
 * "الجماعة". So in "وتبنى تنظيم داعش الهجوم ... ويقول باحث إن الجماعة تضم قرابة ألفي مقاتل"
 * (IS claimed the attack ... a researcher says the group has nearly two thousand fighters),
 * after an article on the ADF, "الجماعة" is not IS, named nearest but with another head (تنظيم),
 * but the ADF named before, whose name has no head noun of the table; and in "شنت جماعة نصرة
 * الإسلام والمسلمين هجوما. وتنافس الجماعة تنظيم داعش في الساحل. ويقدر خبراء عدد مقاتلي
 * الجماعة" the last الجماعة is JNIM's, though the definite الجماعة stands right before IS's name
 * (a definite noun heads no name; only an indefinite one does: "جماعة بوكو حرام").
 *
 * <p>In order: the last group in the {@link Doc#ANAPHORA_SENTENCES} sentences before whose head
 * is the anaphor's; else the first group, in the closest sentence that names one, whose head does
 * not contradict it (a name with no head noun of {@code group-anaphora.tsv}, "القوات
 * الديمقراطية المتحالفة", contradicts none); else what {@link Doc#groupByHead} gives. A head is
 * the indefinite noun right before the name ("جماعة" in "جماعة بوكو حرام"), the name's own first
 * word ("تنظيم داعش"), or the first word of the entry's name. Immutable and thread-safe.
 */
final class GroupAnaphor {

  static final String RULE = "forces/anaphor-head";

  /** The head nouns of the anaphora table, without the article: "تنظيم", "جماعه", "حركه". */
  private final Set<String> heads;
  private final PhraseTable<String> anaphora;

  GroupAnaphor(PhraseTable<String> anaphora) {
    this.anaphora = anaphora;
    this.heads = anaphora.firstWords().stream().filter(w -> w.startsWith("ال") && w.length() > 3)
        .map(w -> w.substring(2)).collect(Collectors.toUnmodifiableSet());
  }

  /** What {@link #resolve} found: the group, and whether a nearer group of another head was passed over. */
  record Antecedent(Doc.Mention group, boolean passedOver) {}

  /** The group the anaphoric noun at token {@code i} points back to, if one starts there. */
  Optional<Antecedent> resolve(Doc doc, int i) {
    Optional<PhraseTable.Hit<String>> a = anaphora.at(doc, i);
    if (a.isEmpty() || doc.mentionAt(i).isPresent() || !a.get().value().equals("GROUP")) {
      return Optional.empty();
    }
    String head = null;
    for (int k = a.get().first(); k < a.get().end() && head == null; k++) {
      String stem = doc.tokens.get(k).segmentations().get(0).stem();
      head = heads.contains(stem) ? stem : null;
    }
    if (head == null) {
      return doc.groupAnaphor(anaphora, i, false).map(m -> new Antecedent(m, false));
    }
    int here = doc.sentenceOf(Math.min(i, doc.tokens.size() - 1));
    int from = doc.sentence(Math.max(0, here - Doc.ANAPHORA_SENTENCES)).firstToken();
    Doc.Mention same = null;
    for (Doc.Mention m : doc.mentionsIn(from, i)) {
      if (m.kind() == EntryKind.GROUP && !doc.isRelationObject(m) && head.equals(headOf(doc, m))) {
        same = m;
      }
    }
    if (same != null) {
      return Optional.of(new Antecedent(same, false));
    }
    boolean passed = false;
    for (int k = here; k >= Math.max(0, here - Doc.ANAPHORA_SENTENCES); k--) {
      Sentence s = doc.sentence(k);
      for (Doc.Mention m : doc.mentionsIn(s.firstToken(), Math.min(s.endToken(), i))) {
        if (m.kind() != EntryKind.GROUP || doc.isRelationObject(m)) {
          continue;
        }
        if (headOf(doc, m) == null) {
          return Optional.of(new Antecedent(m, passed));
        }
        passed = true;
      }
    }
    return doc.groupAnaphor(anaphora, i, false).map(m -> new Antecedent(m, false));
  }

  /** The head noun a group is named with, when it is one of the table's; null when none. */
  private String headOf(Doc doc, Doc.Mention m) {
    int before = m.first() - 1;
    while (before >= 0 && doc.isQuote(before)) {
      before--; // "جماعة "أنصار الإسلام""
    }
    if (before >= 0) {
      Token t = doc.tokens.get(before);
      String stem = t.segmentations().get(0).stem();
      if (heads.contains(stem) && !t.segmentations().get(0).definite()) {
        return stem;
      }
    }
    String first = doc.tokens.get(m.first()).segmentations().get(0).stem();
    if (heads.contains(first)) {
      return first;
    }
    String name = ArabicNormalizer.standard().normalize(m.entry().name());
    int space = name.indexOf(' ');
    String word = space < 0 ? name : name.substring(0, space);
    return heads.contains(word) ? word : null;
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule {@value #RULE}: the one resolver of nouns that point back to a group ("التنظيم", "الجماعة",
 * "عناصر التنظيم"), held by the {@link Doc} once its groups are known and asked by every
 * extractor ({@link Doc#antecedent}: forces, events, branches). The press calls a group by the
 * head noun of its own name: "تنظيم داعش" is later "التنظيم", "جماعة نصرة الإسلام" "الجماعة".
 * So in "وتبنى تنظيم داعش الهجوم ... ويقول باحث إن الجماعة تضم قرابة ألفي مقاتل" (IS claimed
 * the attack ... a researcher says the group has nearly two thousand fighters), after an article
 * on the ADF, "الجماعة" is not IS, named nearest but with another head (تنظيم), but the ADF named
 * before, whose name has no head noun of the table; and in "شنت جماعة نصرة الإسلام والمسلمين
 * هجوما. وتنافس الجماعة تنظيم داعش في الساحل. ويقدر خبراء عدد مقاتلي الجماعة" the last الجماعة
 * is JNIM's, though the definite الجماعة stands right before IS's name (a definite noun heads no
 * name; only an indefinite one does: "جماعة بوكو حرام").
 *
 * <p>In order: the last group in the {@link #SENTENCES} sentences before whose head is the
 * anaphor's, one named with that head in the text first ("لحركة طالبان باكستان" before "حكومة
 * طالبان", whose entry's name only begins with حركة), then one whose entry's name begins with it,
 * then one named as the whole a part belongs to ("الجناح المسلح لحزب العمال الكردستاني ... مسلحي
 * الحزب": the party named only as the parent of its wing is still "الحزب"; not a group named as
 * the object of another relation: in "ولاية سيناء الموالية لتنظيم داعش ... عناصر التنظيم" the
 * members are the province's); else the first group, in the closest sentence that names one, whose head does not
 * contradict it (a name with no head noun of {@code group-anaphora.tsv}, "القوات الديمقراطية
 * المتحالفة", contradicts none); else the group in focus by the looser reading of the head
 * ({@link #inFocus}). A head is the indefinite noun right before the name ("جماعة" in "جماعة
 * بوكو حرام"), the name's own first word ("تنظيم داعش"), or the first word of the entry's name.
 * Otherwise groups named only as the object of a relation ("الموالية لتنظيم القاعدة") are passed over.
 * Immutable and thread-safe.
 */
final class GroupAnaphor {

  static final String RULE = "forces/anaphor-head";

  /** How many sentences back a noun such as "التنظيم" looks for its group. */
  static final int SENTENCES = 12;

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

  /**
   * The group the noun at token {@code i} points back to, if one starts there: "التنظيم" (GROUP)
   * and, when {@code members} holds, "عناصر التنظيم" (MEMBERS, its men).
   */
  Optional<Antecedent> resolve(Doc doc, int i, boolean members) {
    Optional<PhraseTable.Hit<String>> a = anaphora.at(doc, i);
    if (a.isEmpty() || doc.mentionAt(i).isPresent()) {
      return Optional.empty();
    }
    String refersTo = a.get().value();
    if (!refersTo.equals("GROUP") && !(members && refersTo.equals("MEMBERS"))) {
      return Optional.empty();
    }
    String last = doc.tokens.get(a.get().end() - 1).segmentations().get(0).stem();
    String head = null;
    for (int k = a.get().first(); k < a.get().end() && head == null; k++) {
      String stem = doc.tokens.get(k).segmentations().get(0).stem();
      head = heads.contains(stem) ? stem : null;
    }
    if (head == null) {
      return inFocus(doc, i, last).map(m -> new Antecedent(m, false));
    }
    int here = doc.sentenceOf(Math.min(i, doc.tokens.size() - 1));
    int from = doc.sentence(Math.max(0, here - SENTENCES)).firstToken();
    Doc.Mention written = null; // named with the head in the text: "حركة طالبان باكستان"
    Doc.Mention known = null; // the head only in the entry's name: "حكومة طالبان"
    Doc.Mention related = null; // named as the whole of a part: "الجناح المسلح لحزب العمال"
    for (Doc.Mention m : doc.mentionsIn(from, i)) {
      if (m.kind() != EntryKind.GROUP) {
        continue;
      }
      if (head.equals(writtenHead(doc, m))) {
        if (doc.isWholeOfPart(m)) {
          related = m;
        } else if (doc.isRelationObject(m)) {
          continue;
        } else {
          written = m;
        }
      } else if (!doc.isRelationObject(m) && head.equals(headOf(doc, m))) {
        known = m;
      }
    }
    Doc.Mention same = written != null ? written : known != null ? known : related;
    if (same != null) {
      return Optional.of(new Antecedent(same, false));
    }
    boolean passed = false;
    for (int k = here; k >= Math.max(0, here - SENTENCES); k--) {
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
    return inFocus(doc, i, last).map(m -> new Antecedent(m, false));
  }

  /**
   * The looser reading, for a noun with no head of the table ("عناصر التنظيم", "الميليشيا") or
   * when the strict one found none: the last group named before with {@code head} (the noun's
   * last word) before it, as its first word or as its entry's first word; else the first group
   * of the closest sentence that names one.
   */
  private static Optional<Doc.Mention> inFocus(Doc doc, int i, String head) {
    Doc.Mention sameHead = null;
    int last = doc.sentenceOf(Math.min(i, doc.tokens.size() - 1));
    int from = doc.sentence(Math.max(0, last - SENTENCES)).firstToken();
    for (Doc.Mention m : doc.mentionsIn(from, i)) {
      if (m.kind() != EntryKind.GROUP || doc.isRelationObject(m)) {
        continue;
      }
      String before = m.first() > 0 ? doc.tokens.get(m.first() - 1).segmentations().get(0).stem() : "";
      String surface = doc.tokens.get(m.first()).segmentations().get(0).stem();
      if (before.equals(head) || surface.equals(head) || doc.normalizedName(m).startsWith(head + " ")) {
        sameHead = m;
      }
    }
    if (sameHead != null) {
      return Optional.of(sameHead);
    }
    for (int k = last; k >= Math.max(0, last - SENTENCES); k--) {
      Sentence s = doc.sentence(k);
      for (Doc.Mention m : doc.mentionsIn(s.firstToken(), Math.min(s.endToken(), i))) {
        if (m.kind() == EntryKind.GROUP && !doc.isRelationObject(m)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /** The head noun a group is named with, when it is one of the table's; null when none. */
  private String headOf(Doc doc, Doc.Mention m) {
    String written = writtenHead(doc, m);
    if (written != null) {
      return written;
    }
    String name = doc.normalizedName(m);
    int space = name.indexOf(' ');
    String word = space < 0 ? name : name.substring(0, space);
    return heads.contains(word) ? word : null;
  }

  /** The head noun of the table written with the group's name in the text; null when none. */
  private String writtenHead(Doc doc, Doc.Mention m) {
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
    return heads.contains(first) ? first : null;
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.model.ForceEstimate;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds statements of an armed group's size: a quantity whose counted noun is a unit of force
 * ("نحو 1700 مقاتل", about 1,700 fighters; "4 آلاف عنصر", 4,000 members) outside the toll or
 * the arrest of an incident ("خلية من أربعة أفراد", a cell of four, is an arrest). The group is
 * the one named right after the unit ("من داعش", "لتنظيم حراس الدين"), else the nearest one
 * before it in the sentence, else the group in focus in the sentences before. Immutable and
 * thread-safe.
 */
final class ForceExtractor {

  /** How far back a count may be governed by an incident trigger, in tokens. */
  private static final int TRIGGER_WINDOW = 6;
  /** How far after the unit a group may be named, in tokens. */
  private static final int GROUP_AFTER_WINDOW = 4;
  /** How many sentences back the group in focus is looked for. */
  private static final int FOCUS_SENTENCES = 2;

  /** An estimate found in one article. */
  static final class Found {
    Layers.Q quantity;
    ForceEstimate.Unit unit;
    Doc.Mention group;
    final List<Doc.Mention> places = new ArrayList<>();
    /** When the estimate holds, when its sentence says ("في مطلع 2024"); else the publication date. */
    Optional<io.github.rasd.model.DateRange> asOf = Optional.empty();
    int sentence;
    int first;
    int end;
  }

  private final Map<String, ForceEstimate.Unit> units;
  private final PhraseTable<Trigger> triggers;
  private final PhraseTable<String> blockers;
  private final PhraseTable<String> anaphora;

  ForceExtractor(Map<String, ForceEstimate.Unit> units, PhraseTable<Trigger> triggers,
      PhraseTable<String> blockers, PhraseTable<String> anaphora) {
    this.units = units;
    this.triggers = triggers;
    this.blockers = blockers;
    this.anaphora = anaphora;
  }

  List<Found> extract(Doc doc, Layers layers) {
    List<Found> found = new ArrayList<>();
    for (Layers.Q q : layers.quantities()) {
      Optional<ForceEstimate.Unit> unit = unit(doc, q);
      if (unit.isEmpty() || governedByIncident(doc, q)) {
        continue;
      }
      Found f = new Found();
      f.quantity = q;
      f.unit = unit.get();
      f.sentence = doc.sentenceOf(q.first());
      Sentence s = doc.sentence(f.sentence);
      int unitEnd = q.quantity().countedNoun().map(n -> doc.tokenAtOriginal(n.end() - 1) + 1).orElse(q.end());
      f.first = q.first();
      f.end = Math.max(unitEnd, q.end());
      f.group = groupAfter(doc, f.end, s).or(() -> groupBefore(doc, q.first(), s))
          .or(() -> anaphoraBefore(doc, q.first(), s)).or(() -> groupInFocus(doc, s)).orElse(null);
      if (f.group != null && f.group.first() >= f.end) {
        f.end = f.group.end();
      }
      f.asOf = layers.dateIn(s.firstToken(), s.endToken(), q.first());
      for (Doc.Mention m : doc.mentionsIn(s.firstToken(), s.endToken())) {
        if (m.kind() == EntryKind.PLACE || m.kind() == EntryKind.COUNTRY) {
          f.places.add(m);
        }
      }
      found.add(f);
    }
    return found;
  }

  private Optional<ForceEstimate.Unit> unit(Doc doc, Layers.Q q) {
    Optional<String> stem = q.quantity().countedNounStem();
    if (stem.isPresent() && units.containsKey(stem.get())) {
      return Optional.of(units.get(stem.get()));
    }
    Optional<io.github.rasd.model.Span> noun = q.quantity().countedNoun();
    if (noun.isPresent()) {
      Token t = doc.tokens.get(doc.tokenAtOriginal(noun.get().start()));
      for (var s : t.segmentations()) {
        ForceEstimate.Unit u = units.get(s.stem());
        if (u == null && s.definite()) {
          u = units.get(s.stemWithArticle());
        }
        if (u != null) {
          return Optional.of(u);
        }
      }
      return Optional.ofNullable(units.get(t.text()));
    }
    return Optional.empty();
  }

  /** "مقتل 10 مسلحين", "اعتقال 19 عنصرا", "خلية من أربعة أفراد": not a group's size. */
  private boolean governedByIncident(Doc doc, Layers.Q q) {
    Sentence s = doc.sentence(doc.sentenceOf(q.first()));
    for (int i = Math.max(s.firstToken(), q.first() - TRIGGER_WINDOW); i < q.first(); i++) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      if (t.isPresent() && t.get().value().countRole() != Trigger.CountRole.NONE) {
        return true;
      }
      if (blockers.at(doc, i).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** "من التنظيم" (of the organisation) right after the unit: the group it points back to. */
  private Optional<Doc.Mention> groupAfter(Doc doc, int from, Sentence s) {
    for (int i = from; i < Math.min(s.endToken(), from + GROUP_AFTER_WINDOW); i++) {
      if (doc.mentionOfKind(i, EntryKind.GROUP)) {
        return doc.mentionAt(i);
      }
      Optional<Doc.Mention> back = pointsBack(doc, i);
      if (back.isPresent()) {
        return back;
      }
      if (doc.isPunct(i, "،", ",", ".")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** "التنظيم" at {@code i}: the group it refers to, by its head noun. */
  private Optional<Doc.Mention> pointsBack(Doc doc, int i) {
    return doc.groupAnaphor(anaphora, i, false);
  }

  /** "عدد مقاتلي التنظيم بين ..." : the anaphora before the count, in the same sentence. */
  private Optional<Doc.Mention> anaphoraBefore(Doc doc, int to, Sentence s) {
    for (int i = to - 1; i >= s.firstToken(); i--) {
      Optional<Doc.Mention> back = pointsBack(doc, i);
      if (back.isPresent()) {
        return back;
      }
    }
    return Optional.empty();
  }

  /**
   * The nearest group named before the count in its sentence, skipping groups named only as the
   * object of a relation: in "جماعة نصرة الإسلام، التابعة لتنظيم القاعدة، ... عناصرها" the
   * count belongs to the subject, not to al-Qaeda.
   */
  private Optional<Doc.Mention> groupBefore(Doc doc, int to, Sentence s) {
    for (int i = to - 1; i >= s.firstToken(); i--) {
      Optional<Doc.Mention> m = doc.mentionAt(i);
      if (m.isPresent() && m.get().kind() == EntryKind.GROUP) {
        if (!doc.isRelationObject(m.get())) {
          return m;
        }
        i = m.get().first();
      }
    }
    return Optional.empty();
  }

  /**
   * The group in focus: the first group named in the closest sentence before that names one
   * ("هيئة تحرير الشام ... بتنظيم القاعدة. هذه الجماعة لديها ...": the subject, HTS).
   */
  private static Optional<Doc.Mention> groupInFocus(Doc doc, Sentence s) {
    for (int k = s.index() - 1; k >= Math.max(0, s.index() - FOCUS_SENTENCES); k--) {
      Sentence before = doc.sentence(k);
      for (Doc.Mention m : doc.mentionsIn(before.firstToken(), before.endToken())) {
        if (m.kind() == EntryKind.GROUP && !doc.isRelationObject(m)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }
}

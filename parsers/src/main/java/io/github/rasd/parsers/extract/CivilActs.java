package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventType;
import java.util.Optional;

/**
 * Acts of civil life told in the words of war, decided from their agent and their use
 * ({@code civil-acts.tsv}): the filters {@code events/verbal-attack} ({@link #verbalAttack}) and
 * {@code events/civil-use} ({@link #civilUse}). Immutable and thread-safe.
 */
final class CivilActs {

  /** How far before an accusative attack ("هجوما") its civil agent may stand, in tokens. */
  static final int AGENT_WINDOW = 3;
  /** How far after a weapon noun its civil use may stand, in tokens. */
  static final int USE_WINDOW = 2;

  /** The categories of {@code civil-acts.tsv}. */
  enum Cue { CIVIL_AGENT, SPEECH_ADVERB, CIVIL_USE }

  /** The words of {@code civil-acts.tsv}. */
  private final PhraseTable<Cue> cues =
      PhraseTable.of(CueTable.load(CivilActs.class, "civil-acts.tsv", Cue.class));
  /** The event triggers: an act before a weapon noun governs it. */
  private final PhraseTable<Trigger> triggers;
  /** The conflict evidence of a clause ({@link ConflictFrame#evidence}). */
  private final ConflictFrame frames;

  CivilActs(PhraseTable<Trigger> triggers, ConflictFrame frames) {
    this.triggers = triggers;
    this.frames = frames;
  }

  private boolean cueIn(Doc doc, int from, int to, Cue cue) {
    for (int i = Math.max(0, from); i < Math.min(to, doc.tokens.size()); i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == cue) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/verbal-attack: "هاجم رئيس اللائحة المنافسة الثنائي الشيعي، متهما إياه باستخدام
   * النفوذ" (the head of the rival list attacked the Shiite duo, accusing it of using its
   * influence), "شن المرشح هجوما لاذعا على منافسه" (the candidate launched a scathing attack
   * on his rival): an attack whose agent is a person of civil life (CIVIL_AGENT: a candidate, a
   * minister, a lawyer, a coach), as the subject right after a verb of attack or right before an
   * accusative "هجوما" it launches, or that a speech adverb follows within {@link #SPEECH_WINDOW}
   * words (SPEECH_ADVERB: "متهما"، "قائلا"، "واصفا"), is words, not violence, when its clause
   * holds no conflict evidence at all ({@link ConflictFrame#evidence}). "هاجم مجهولون منزل
   * النائب" (unknown men attacked the MP's house) has its assailants, and in "هجوم على موكب
   * الوزير" (an attack on the minister's convoy) the minister is the target: both stay.
   */
  boolean verbalAttack(EventFilters.Context c, EventExtractor.Found e) {
    if (e.type != EventType.ATTACK
        || frames.evidence(c.doc(), e.clauseFirst, e.clauseEnd) > 0) {
      return false;
    }
    Doc doc = c.doc();
    boolean subjectAfter = cueAt(doc, e.triggerEnd, Cue.CIVIL_AGENT);
    String t = doc.tokens.get(e.triggerFirst).text();
    boolean launched = e.prefix.isEmpty() && t.endsWith("ا")
        && cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - AGENT_WINDOW), e.triggerFirst, Cue.CIVIL_AGENT);
    int end = Math.min(doc.sentence(e.sentence).endToken(), e.triggerEnd + SPEECH_WINDOW);
    return subjectAfter || launched || cueIn(doc, e.triggerEnd, end, Cue.SPEECH_ADVERB);
  }

  /** How far after an attack a speech adverb may stand, in tokens. */
  static final int SPEECH_WINDOW = 14;

  private boolean cueAt(Doc doc, int i, Cue cue) {
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    return h.isPresent() && h.get().value() == cue;
  }

  /**
   * events/civil-use: "آلاف الكاميرات والطائرات المسيرة لمراقبة حركة الحشود" (thousands of
   * cameras and drones to watch the movement of the crowds), "طائرات مسيرة للاستطلاع" (drones
   * for reconnaissance), "طائرات مسيرة لرش المبيدات" (drones to spray pesticides): a weapon noun
   * that counts nothing, whose use, within {@link #USE_WINDOW} words after it, is watching,
   * mapping, spraying or delivering (CIVIL_USE), with no act before it in its clause, is a tool,
   * not a strike; so is a rocket that carries a satellite or goes to space ("صاروخا يحمل قمرا
   * صناعيا", a rocket carrying a satellite; "صاروخا فضائيا", a space rocket); "أسقطت الدفاعات طائرة مسيرة للاستطلاع" (the defences downed a reconnaissance
   * drone) has its act and stays.
   */
  boolean civilUse(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    return e.weakTrigger && e.killed == null && e.injured == null
        && !e.rules.contains("events/intercepted") // downed: launched, and attempted
        && cueIn(doc, e.triggerEnd, Math.min(e.clauseEnd, e.triggerEnd + USE_WINDOW), Cue.CIVIL_USE)
        && triggers.findAll(doc, e.clauseFirst, e.triggerFirst).isEmpty();
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rules that give a candidate the type its context says, where the trigger alone would mislead;
 * each names itself in the provenance of the record it retypes. Cue words live in
 * {@code event-typing.tsv}; windows are named constants. Immutable and thread-safe.
 * <ul>
 *   <li>{@value #VESSEL_TARGET}: "أصيبت ناقلة نفطية بصاروخ أطلقته الجماعة" (an oil tanker was
 *       hit by a missile the group fired), "استهدفت الجماعة سفينة تجارية بصاروخين" (the group
 *       targeted a merchant ship with two missiles): a rocket or missile word (a SHELLING trigger
 *       that counts nothing) whose clause names a vessel (VESSEL) is an attack on that vessel, not
 *       the shelling of a place. "سقط صاروخ على حي سكني" (a rocket fell on a residential
 *       district) names no vessel and stays shelling.</li>
 *   <li>{@value #STRIKE_DESTRUCTION}: "نفذت قواتها ضربات «دفاعية» دمرت ثلاثة أنظمة رادار" (its
 *       forces carried out "defensive" strikes that destroyed three radar systems), "وجهت
 *       المقاتلات ضربات أسفرت عن تدمير منصات" (the jets dealt strikes that destroyed launchers): a
 *       verb of destruction (a RAID trigger that counts nothing) within
 *       {@link #STRIKE_WINDOW} words after a noun of strikes (STRIKE) of its clause, with no
 *       comma and no other trigger between, tells what the strikes destroyed: an air strike, not
 *       a raid on the ground. "دمرت القوات مخبأ للأسلحة" (the forces destroyed an arms cache)
 *       has no strike noun and stays a raid.</li>
 *   <li>{@value #STRIKE_SUBJECT}: "إن الضربة التي استهدفت أطراف قرية كاني ماسي قتلت راعيين" (the
 *       strike that targeted the edge of Kani Masi killed two shepherds), "ضربات استهدفت مواقع
 *       للمسلحين" (strikes that targeted militant positions): a verb of targeting or attack (an
 *       ATTACK trigger) whose subject right before it, or before its relative pronoun, is a noun
 *       of strikes (STRIKE) is an air strike. "هجوم استهدف حاجزا" (an attack that targeted a
 *       checkpoint) has no strike noun and stays an attack.</li>
 *   <li>{@value #RELATIVE_ANTECEDENT}: "الغارات الجوية الباكستانية التي استهدفت ليل السبت معسكرات
 *       للحركة" (the Pakistani air strikes that targeted the movement's camps on Saturday night),
 *       "القذائف التي طالت الحي" (the shells that hit the quarter), "العبوة الناسفة التي استهدفت
 *       الدورية" (the roadside bomb that targeted the patrol): a verb of targeting (an ATTACK
 *       trigger of one word) right after a relative pronoun (RELATIVE) tells the act of its
 *       antecedent noun, a trigger of a specific act (an air strike, shelling, a bombing, an
 *       ambush) before the pronoun past at most {@link #ANTECEDENT_ADJECTIVES} definite
 *       adjectives; the act takes that type. "الهجوم الذي استهدف الحاجز" (the attack that
 *       targeted the checkpoint) has an antecedent of no specific act and stays an attack.</li>
 *   <li>{@value #AIRCRAFT_SUBJECT}: "قصفت مسيرات تابعة للجيش تجمعات للمسلحين" (drones of the army
 *       shelled gatherings of the gunmen), "قصف الطيران الحربي أطراف البلدة" (the warplanes
 *       shelled the edge of the town), "طائرات حربية قصفت مواقع" (warplanes shelled positions): a
 *       verb of shelling (a SHELLING trigger of one word) whose subject is an aircraft (AIRCRAFT),
 *       right after it or before it within {@link #STRIKE_WINDOW} words of its clause with no
 *       comma and no other trigger between, is an air strike. "قصفت المدفعية القرية" (the
 *       artillery shelled the village) names no aircraft and stays shelling.</li>
 *   <li>{@value #FORCES_STORMING}: "اقتحمت قوات الجيش البلدة فجرا" (army forces stormed the town
 *       at dawn), "قوة كبيرة من جيش الاحتلال، معززة بآليات عسكرية، اقتحمت المخيم" (a large force of
 *       the occupation army, backed by vehicles, stormed the camp), "استشهد شابان برصاص قوات
 *       الاحتلال خلال اقتحامها مدينة جنين" (two young men were killed by the occupation forces'
 *       fire during their storming of Jenin): a storming (STORMING) whose agent is the state's
 *       forces (an organisation of the army, the police, intelligence or the security forces named
 *       right after the verb, or before it in its sentence within {@link #STORMING_AGENT_WINDOW}
 *       words with no other act between), or a killing whose clause names such a storming, is a
 *       raid. "اقتحم مسلحون مقر الشرطة" (gunmen stormed the police headquarters) names the police
 *       as the target and stays an attack.</li>
 * </ul>
 */
final class EventTyping {

  /** Rule {@value}: see the class comment. */
  static final String VESSEL_TARGET = "events/vessel-target";
  /** Rule {@value}: see the class comment. */
  static final String STRIKE_DESTRUCTION = "events/strike-destruction";

  /** Rule {@value}: see the class comment. */
  static final String STRIKE_SUBJECT = "events/strike-subject";

  /** Rule {@value}: see the class comment. */
  static final String RELATIVE_ANTECEDENT = "events/relative-antecedent";
  /** How many definite adjectives may stand between an antecedent noun and its relative pronoun. */
  static final int ANTECEDENT_ADJECTIVES = 3;

  /** Rule {@value}: see the class comment. */
  static final String AIRCRAFT_SUBJECT = "events/aircraft-subject";

  /** Rule {@value}: see the class comment. */
  static final String FORCES_STORMING = "events/forces-storming";
  /** How far before a storming its agent may end, in tokens: "قوة من جيش الاحتلال، معززة بآليات، اقتحمت". */
  static final int STORMING_AGENT_WINDOW = 10;
  /** The kinds of organisation whose storming is a raid: the state's armed forces. */
  private static final java.util.Set<io.github.rasd.model.OrganizationKind> STATE_FORCES = java.util.EnumSet.of(
      io.github.rasd.model.OrganizationKind.MILITARY, io.github.rasd.model.OrganizationKind.POLICE,
      io.github.rasd.model.OrganizationKind.INTELLIGENCE, io.github.rasd.model.OrganizationKind.SECURITY_FORCE);

  /** How far before a verb of destruction its noun of strikes may stand, in tokens. */
  static final int STRIKE_WINDOW = 4;

  /** The cue categories of {@code event-typing.tsv}. */
  enum Cue { VESSEL, STRIKE, RELATIVE, STORMING, AIRCRAFT }

  private final PhraseTable<Cue> cues;
  private final PhraseTable<Trigger> triggers;

  EventTyping(PhraseTable<Trigger> triggers) {
    this.triggers = triggers;
    this.cues = PhraseTable.of(CueTable.load(EventTyping.class, "event-typing.tsv", Cue.class));
  }

  /** Retypes {@code e} when one of the rules holds, naming the rule in its provenance. */
  void retype(Doc doc, EventExtractor.Found e) {
    Optional<EventType> antecedent = relativeAntecedent(doc, e); // no side effect: asked once
    if (vesselTarget(doc, e)) {
      e.type = EventType.ATTACK;
      e.rules.add(VESSEL_TARGET);
    } else if (strikeDestruction(doc, e)) {
      e.type = EventType.AIR_STRIKE;
      e.rules.add(STRIKE_DESTRUCTION);
    } else if (strikeSubject(doc, e)) {
      e.type = EventType.AIR_STRIKE;
      e.rules.add(STRIKE_SUBJECT);
    } else if (antecedent.isPresent()) {
      e.type = antecedent.get();
      e.rules.add(RELATIVE_ANTECEDENT);
    } else if (aircraftSubject(doc, e)) {
      e.type = EventType.AIR_STRIKE;
      e.rules.add(AIRCRAFT_SUBJECT);
    } else if (forcesStorming(doc, e)) {
      e.type = EventType.RAID;
      e.rules.add(FORCES_STORMING);
    }
  }

  private boolean cueAt(Doc doc, int i, Cue cue) {
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    return h.isPresent() && h.get().value() == cue;
  }

  private boolean vesselTarget(Doc doc, EventExtractor.Found e) {
    if (e.type != EventType.SHELLING || e.trigger == null || e.trigger.countRole() != Trigger.CountRole.NONE) {
      return false;
    }
    for (int i = e.clauseFirst; i < e.clauseEnd; i++) {
      if (cueAt(doc, i, Cue.VESSEL)) {
        return true;
      }
    }
    return false;
  }

  private boolean forcesStorming(Doc doc, EventExtractor.Found e) {
    if (e.type == EventType.KILLING) {
      for (int i = e.triggerEnd; i < e.clauseEnd; i++) {
        if (cueAt(doc, i, Cue.STORMING) && stormedByForces(doc, i, e.clauseFirst)) {
          return true; // "برصاص قوات الاحتلال خلال اقتحامها"
        }
      }
      return false;
    }
    return e.type == EventType.ATTACK && e.triggerEnd - e.triggerFirst == 1
        && cueAt(doc, e.triggerFirst, Cue.STORMING) && stormedByForces(doc, e.triggerFirst, doc.sentence(e.sentence).firstToken());
  }

  /** The storming at token {@code at} has the state's forces as its agent (right after it, or before it from {@code from}). */
  private boolean stormedByForces(Doc doc, int at, int from) {
    if (at + 1 < doc.tokens.size() && stateForce(doc, at + 1, true)) {
      return true; // "اقتحمت قوات الجيش البلدة", "اقتحام قوات الأمن للمخيم"
    }
    for (int i = at - 1; i >= Math.max(from, at - STORMING_AGENT_WINDOW); i--) {
      if (i < at - 1 && triggers.at(doc, i).isPresent() && !stateForce(doc, i, false)) {
        return false; // another act between: its agent is not this storming's
      }
      if (stateForce(doc, i, false)) {
        return true; // "قوات الاحتلال خلال اقتحامها", "قوة من جيش الاحتلال ... اقتحمت"
      }
    }
    return false;
  }

  /** An organisation of the state's forces starts ({@code starts}) or ends at token {@code i}. */
  private static boolean stateForce(Doc doc, int i, boolean starts) {
    Optional<Doc.Mention> m = doc.mentionAt(i);
    return m.isPresent() && (starts ? m.get().first() == i : m.get().end() == i + 1)
        && m.get().entry() instanceof io.github.rasd.parsers.knowledge.OrganizationEntry o
        && STATE_FORCES.contains(o.kind());
  }

  private boolean strikeSubject(Doc doc, EventExtractor.Found e) {
    if (e.type != EventType.ATTACK || e.triggerEnd - e.triggerFirst != 1) {
      return false;
    }
    int p = e.triggerFirst - 1;
    if (p > e.clauseFirst && cueAt(doc, p, Cue.RELATIVE)) {
      p--; // "الضربة التي استهدفت"
    }
    return p >= e.clauseFirst && cueAt(doc, p, Cue.STRIKE);
  }

  /** The types of act an antecedent noun gives the verb of its relative clause ({@value #RELATIVE_ANTECEDENT}). */
  private static final Set<EventType> ANTECEDENT_TYPES = EnumSet.of(EventType.AIR_STRIKE,
      EventType.SHELLING, EventType.BOMBING, EventType.SUICIDE_BOMBING, EventType.AMBUSH);

  /**
   * The type the antecedent of {@code e}'s relative pronoun gives it ({@value #RELATIVE_ANTECEDENT}):
   * the verb is an ATTACK trigger of one word right after a relative pronoun (RELATIVE), and the
   * noun before the pronoun, past at most {@link #ANTECEDENT_ADJECTIVES} definite adjectives with
   * no comma and no other trigger between, is a trigger of a specific act.
   */
  private Optional<EventType> relativeAntecedent(Doc doc, EventExtractor.Found e) {
    int rel = e.triggerFirst - 1;
    if (e.type != EventType.ATTACK || e.triggerEnd - e.triggerFirst != 1 || rel <= e.clauseFirst
        || !cueAt(doc, rel, Cue.RELATIVE)) {
      return Optional.empty();
    }
    for (int i = rel - 1; i >= Math.max(e.clauseFirst, rel - 1 - ANTECEDENT_ADJECTIVES); i--) {
      if (doc.isPunct(i)) {
        return Optional.empty();
      }
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      if (t.isPresent()) {
        EventType type = t.get().value().type();
        return ANTECEDENT_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
      }
      if (!doc.tokens.get(i).segmentations().get(0).definite()) {
        return Optional.empty(); // "غارات استهدفت" has no pronoun; a word that is no adjective ends the noun phrase
      }
    }
    return Optional.empty();
  }

  private boolean aircraftSubject(Doc doc, EventExtractor.Found e) {
    if (e.type != EventType.SHELLING || e.triggerEnd - e.triggerFirst != 1) {
      return false;
    }
    if (e.triggerEnd < e.clauseEnd && cueAt(doc, e.triggerEnd, Cue.AIRCRAFT)) {
      return true; // "قصفت مسيرات تابعة للجيش"
    }
    for (int i = e.triggerFirst - 1; i >= Math.max(e.clauseFirst, e.triggerFirst - STRIKE_WINDOW); i--) {
      if (doc.isPunct(i, "،", ",", "؛", ";", ".") || triggers.at(doc, i).isPresent()) {
        return false;
      }
      if (cueAt(doc, i, Cue.AIRCRAFT)) {
        return true; // "طائرات حربية قصفت"
      }
    }
    return false;
  }

  private boolean strikeDestruction(Doc doc, EventExtractor.Found e) {
    if (e.type != EventType.RAID || e.trigger == null || e.trigger.countRole() != Trigger.CountRole.NONE) {
      return false;
    }
    for (int i = e.triggerFirst - 1; i >= Math.max(e.clauseFirst, e.triggerFirst - STRIKE_WINDOW); i--) {
      if (doc.isPunct(i, "،", ",", "؛", ";", ".") || triggers.at(doc, i).isPresent()) {
        return false;
      }
      if (cueAt(doc, i, Cue.STRIKE)) {
        return true;
      }
    }
    return false;
  }
}

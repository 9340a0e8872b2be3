package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventType;
import io.github.rasd.parsers.text.Sentence;
import java.util.Optional;

/**
 * Acts of civil life told in the words of war, decided from their agent, their use and their
 * stake ({@code civil-acts.tsv}): the filters {@code events/verbal-attack} ({@link #verbalAttack}),
 * {@code events/civil-use} ({@link #civilUse}), {@code events/civil-contest}
 * ({@link #civilContest}), {@code events/legal-penalty} ({@link #legalPenalty}),
 * {@code events/ordnance-disposal} ({@link #ordnanceDisposal}), {@code events/protest-march}
 * ({@link #protestMarch}), {@code events/launch-vehicle} ({@link #launchVehicle}),
 * {@code events/no-harm} ({@link #noHarm}), {@code events/civil-qualifier} ({@link #civilQualifier}),
 * {@code events/scare-quote} ({@link #scareQuote}) and {@code events/simile}
 * ({@link ConflictFrame#simile}). Immutable and thread-safe.
 */
final class CivilActs {

  /** How far before an accusative attack ("هجوما") its civil agent may stand, in tokens. */
  static final int AGENT_WINDOW = 3;
  /**
   * How far after a weapon noun its civil use may stand, in tokens: "طائرات مسيرة مزودة بكاميرات
   * حرارية لرصد الأشجار" (drones fitted with thermal cameras to spot the trees).
   */
  static final int USE_WINDOW = 4;

  /** The categories of {@code civil-acts.tsv}. */
  enum Cue {
    CIVIL_AGENT, SPEECH_ADVERB, CIVIL_USE, CONTEST_NOUN, PENALTY, DISPOSAL, DETONATION,
    ROCKET, SPACE, NEGATION, NEGATION_FILLER, CIVIL_BODY, BETWEEN, WAGE
  }

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
        || frames.evidence(c.doc(), c.frame(), e.clauseFirst, e.clauseEnd) > 0) {
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
   * that counts nothing, whose use, within {@link #USE_WINDOW} words after it and no act between, is watching,
   * mapping, spraying or delivering (CIVIL_USE), with no act before it in its clause, is a tool,
   * not a strike; so is a rocket that carries a satellite or goes to space ("صاروخا يحمل قمرا
   * صناعيا", a rocket carrying a satellite; "صاروخا فضائيا", a space rocket); "أسقطت الدفاعات طائرة مسيرة للاستطلاع" (the defences downed a reconnaissance
   * drone) has its act and stays.
   */
  boolean civilUse(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!e.weakTrigger || e.killed != null || e.injured != null
        || e.rules.contains("events/intercepted")) { // downed: launched, and attempted
      return false;
    }
    int use = -1;
    for (int i = e.triggerEnd; i < Math.min(e.clauseEnd, e.triggerEnd + USE_WINDOW) && use < 0; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      use = h.isPresent() && (h.get().value() == Cue.CIVIL_USE || h.get().value() == Cue.SPACE) ? i : -1;
    }
    // no act before the craft and none between it and its use ("طائرة مسيرة قصفت موقعا لرصد ...")
    return use >= 0 && triggers.findAll(doc, e.clauseFirst, e.triggerFirst).isEmpty()
        && triggers.findAll(doc, e.triggerEnd, use).isEmpty();
  }

  /**
   * events/civil-contest: "القوات تخوض معركة وهمية" (the Forces fight a sham battle), "الحزب
   * سيدخل المعركة الانتخابية موحدا" (the party will enter the electoral battle united), "أم
   * المعارك على المقاعد المسيحية" (the mother of battles for the Christian seats), "احتدمت
   * المواجهة على اللقب بين الفريقين" (the showdown for the title between the two teams heated up): a battle
   * noun (CONTEST_NOUN) whose stake or kind follows it
   * ({@link ConflictFrame#civilContest}: a seat, a title, prices, an election; a sham), in a
   * clause with no strong conflict evidence (an armed actor, a group, a weapon of war), is a
   * contest of civil life. "اندلعت معركة عنيفة مع المسلحين قرب المقاعد الخشبية للملعب" has its
   * gunmen and stays; "معارك عنيفة في ريف حماة" (fierce battles in the Hama countryside) has no
   * stake and stays.
   */
  boolean civilContest(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    return cueAt(doc, e.triggerFirst, Cue.CONTEST_NOUN)
        && frames.civilContest(doc.tokens, e.triggerEnd)
        && frames.strongEvidence(doc, c.frame(), e.clauseFirst, e.clauseEnd) == 0;
  }

  /** The acts a civil qualifier turns into a contest: not a killing, an abduction or an arrest. */
  static final java.util.Set<EventType> CONTEST_ACTS = java.util.EnumSet.of(EventType.ATTACK,
      EventType.ARMED_CLASH, EventType.SHELLING, EventType.AIR_STRIKE, EventType.BOMBING,
      EventType.AMBUSH, EventType.RAID, EventType.OTHER);

  /**
   * events/civil-qualifier ({@link ConflictFrame#civilQualifier}): "أطلقت الشركة عروضا في هجوم
   * ترويجي هو الأعنف منذ سنوات" (the company launched offers in a promotional attack, the fiercest
   * in years), "غارة تسويقية على عملاء المنافسين" (a marketing raid on the rivals' customers): an
   * act of war (CONTEST_ACTS) that a qualifier of civil life follows at once, with no toll, in a
   * clause with no strong conflict evidence, is a contest of civil life. "هجوم صاروخي على مجمع
   * تجاري" (a rocket attack on a shopping centre) has its qualifier of war first and its rocket:
   * it stays.
   */
  boolean civilQualifier(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    return CONTEST_ACTS.contains(e.type) && e.killed == null && e.injured == null
        && frames.civilQualifier(doc.tokens, e.triggerEnd)
        && frames.strongEvidence(doc, c.frame(), e.clauseFirst, e.clauseEnd) == 0;
  }

  /**
   * events/scare-quote ({@link ConflictFrame#scareQuote}): "انتهت "معركة" المجلس البلدي بفوز
   * لائحة" (the council's "battle" ended in a list's win), "في ما وصفه مسؤولون بـ"حرب إبادة" على
   * الآفة" (in what officials called "a war of extermination" on the pest): a trigger in scare
   * quotes, with no toll and no strong conflict evidence in its clause outside the quotation, is a
   * label, no incident. "قال إن "القصف طال المنازل"" (he said "the shelling hit the houses") is
   * speech, and "ارتكبت القوات "مجزرة" قتل فيها 12" (the forces committed a "massacre" killing 12)
   * has its toll: both stay.
   */
  boolean scareQuote(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    int open = frames.scareQuote(doc, e.triggerFirst, e.triggerEnd);
    if (open < 0 || e.killed != null || e.injured != null) {
      return false;
    }
    int close = doc.quoteCloseOf(open);
    return frames.strongEvidence(doc, c.frame(), e.clauseFirst, open) == 0
        && frames.strongEvidence(doc, c.frame(), close + 1, e.clauseEnd) == 0;
  }

  /** How far after a battle noun the "بين" of its parties may stand, in tokens. */
  static final int PARTIES_WINDOW = 3;

  /**
   * events/civil-parties: "تحولت الجلسة إلى ساحة مواجهة ساخنة بين الحكومة وكتل المعارضة" (the
   * session turned into an arena of a heated showdown between the government and the opposition
   * blocs), "الوزارة تخوض معركة على جبهتين" (the ministry wages a battle on two fronts), "تخوض
   * النقابات معركة الأجور" (the unions wage the battle of wages): a battle noun (CONTEST_NOUN)
   * with no toll whose parties are bodies or persons of civil life (CIVIL_BODY, CIVIL_AGENT), both
   * of them, right after a "بين" (BETWEEN) within {@link #PARTIES_WINDOW} words after it, in a
   * clause with no conflict evidence ({@link ConflictFrame#evidence}), or the agent of a verb of
   * waging (WAGE) right before it ("الوزارة تخوض معركة", "تخوض الوزارة معركة"), in a clause with
   * no armed actor ({@link ConflictFrame#armedActor}: the fronts of a ministry are words), is a
   * contest of civil life. "اندلعت مواجهات بين قوات
   * الحكومة والمتمردين" (clashes broke out between government forces and the rebels) has its
   * forces and rebels, and "الجيش يخوض معركة في ريف إدلب" (the army wages a battle in the Idlib
   * countryside) has no civil agent: both stay.
   */
  boolean civilParties(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!cueAt(doc, e.triggerFirst, Cue.CONTEST_NOUN) || e.killed != null || e.injured != null) {
      return false;
    }
    Sentence s = doc.sentence(e.sentence);
    boolean between = false;
    for (int i = e.triggerEnd; i < Math.min(s.endToken() - 1, e.triggerEnd + PARTIES_WINDOW); i++) {
      between |= cueAt(doc, i, Cue.BETWEEN) && civilParty(doc, i + 1) && secondParty(doc, i + 2, s.endToken());
    }
    int w = e.triggerFirst - 1;
    boolean waged = w > s.firstToken()
        && (cueAt(doc, w, Cue.WAGE) && civilParty(doc, doc.isPunct(w - 1) ? w - 2 : w - 1)
            || civilParty(doc, w) && cueAt(doc, w - 1, Cue.WAGE));
    return between && frames.evidence(doc, c.frame(), e.clauseFirst, e.clauseEnd) == 0
        || waged && !frames.armedActor(doc, e.clauseFirst, e.clauseEnd);
  }

  /**
   * Whether a second civil party joined by "و" begins within {@link #SECOND_PARTY_WINDOW} tokens
   * from {@code from}: "بين الحكومة وكتل المعارضة" (between the government and the opposition blocs).
   */
  private boolean secondParty(Doc doc, int from, int end) {
    for (int j = from; j < Math.min(end, from + SECOND_PARTY_WINDOW); j++) {
      if (doc.tokens.get(j).text().startsWith("و") && civilParty(doc, j)) {
        return true;
      }
    }
    return false;
  }

  /** How far after the first party of a battle its second party may begin, in tokens. */
  static final int SECOND_PARTY_WINDOW = 3;

  /** Token {@code i} begins a body or a person of civil life (CIVIL_BODY, CIVIL_AGENT). */
  private boolean civilParty(Doc doc, int i) {
    return i >= 0 && (cueAt(doc, i, Cue.CIVIL_BODY) || cueAt(doc, i, Cue.CIVIL_AGENT));
  }

  /** How far before a detention word the penalty of a law may stand, in tokens. */
  static final int PENALTY_WINDOW = 4;

  /**
   * events/legal-penalty: "محذرا من أن العقوبة تصل إلى الحبس عشر سنوات" (warning that the penalty
   * goes up to ten years in prison), "الرمي العشوائي جريمة يعاقب عليها القانون بالحبس" (random
   * firing is a crime the law punishes with prison): a detention word (ARREST) that a penalty
   * (PENALTY) stands before, within {@link #PENALTY_WINDOW} words of its clause, is what a law
   * threatens, no arrest. "اعتقلت الشرطة ثلاثة مسلحين وأودعتهم الحبس" (the police arrested three
   * gunmen and put them in custody) names no penalty and stays.
   */
  boolean legalPenalty(EventFilters.Context c, EventExtractor.Found e) {
    return e.type == EventType.ARREST
        && cueIn(c.doc(), Math.max(e.clauseFirst, e.triggerFirst - PENALTY_WINDOW), e.triggerFirst, Cue.PENALTY);
  }

  /** events/simile ({@link ConflictFrame#simile}): the trigger is a likeness, no incident. */
  boolean simile(EventFilters.Context c, EventExtractor.Found e) {
    return frames.simile(c.doc().tokens, e.triggerFirst);
  }

  /** How far after a detonation its unexploded object may stand, in tokens. */
  static final int DISPOSAL_WINDOW = 8;

  /**
   * events/ordnance-disposal: "ستقوم وحدة من فوج الهندسة بتفجير ذخائر غير منفجرة من مخلفات
   * الحرب" (an engineering unit will detonate unexploded ordnance left from the war), "فجرت فرق
   * نزع الألغام قذائف غير منفجرة" (demining teams blew up unexploded shells): a detonation
   * (DETONATION: تفجير، فجرت), or a weapon noun it detonates ("قذائف"), with no toll, followed
   * within {@link #DISPOSAL_WINDOW} words of its clause by a word of unexploded ordnance or of
   * the remnants of a war (DISPOSAL), in a clause with no armed actor, is a disposal, no
   * bombing. "قتل ثلاثة مدنيين بانفجار لغم من مخلفات الحرب" (three civilians were killed by the
   * blast of a mine left from the war) is an explosion with its toll, and "فجر مسلحون عبوة
   * ناسفة قرب دورية" (gunmen detonated an IED near a patrol) has its gunmen: both stay.
   */
  boolean ordnanceDisposal(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    boolean detonation = cueAt(doc, e.triggerFirst, Cue.DETONATION);
    boolean weapon = e.weakTrigger // "فجرت الفرق قذائف من مخلفات الحرب": the shells it detonates
        && cueIn(doc, e.clauseFirst, e.triggerFirst, Cue.DETONATION);
    return (detonation || weapon) && e.killed == null && e.injured == null
        && cueIn(doc, e.triggerEnd, Math.min(e.clauseEnd, e.triggerEnd + DISPOSAL_WINDOW), Cue.DISPOSAL)
        && !frames.armedActor(doc, e.clauseFirst, e.clauseEnd);
  }

  /** events/protest-march ({@link ConflictFrame#march}): "مسيرة" is a march, no drone. */
  boolean protestMarch(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    return e.killed == null && e.injured == null
        && frames.march(doc, e.triggerFirst, e.triggerEnd, e.clauseFirst, e.clauseEnd)
        && !frames.armedActor(doc, e.clauseFirst, e.clauseEnd);
  }

  /**
   * events/launch-vehicle: "أطلق المركز القمر الاصطناعي على متن صاروخ فالكون 9" (the centre
   * launched the satellite aboard a Falcon 9 rocket), "انطلق الصاروخ حاملا المركبة الفضائية"
   * (the rocket lifted off carrying the spacecraft): a rocket (ROCKET) with no toll in a sentence
   * that names a satellite, a spacecraft or a crew of space (SPACE, before or after it) and no
   * armed actor is a launch vehicle, no shelling. "سقط صاروخ على حي سكني فقتل ثلاثة" (a rocket
   * fell on a residential district, killing three) names no spacecraft and stays.
   */
  boolean launchVehicle(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    Sentence s = doc.sentence(e.sentence);
    return cueAt(doc, e.triggerFirst, Cue.ROCKET) && e.killed == null && e.injured == null
        && cueIn(doc, s.firstToken(), s.endToken(), Cue.SPACE)
        && !frames.armedActor(doc, s.firstToken(), s.endToken());
  }

  /** How many filler words ("وقوع"، "تسجيل"، "أي") may stand between a negation and a toll noun. */
  static final int NEGATION_FILLERS = 2;
  /** The longest negation phrase of {@code civil-acts.tsv}, in tokens ("لم تسفر عن"). */
  static final int NEGATION_LENGTH = 3;

  /**
   * events/no-harm: "وغادر المستشفى بعد ساعات دون إصابات خطيرة" (he left hospital after hours
   * with no serious injuries), "دون تسجيل أي إصابات" (without any injuries recorded), "لم تسفر عن
   * قتلى" (caused no deaths): a toll noun that a negation (NEGATION: دون، بدون، بلا، عدم، لم
   * تسفر عن) governs, over at most {@link #NEGATION_FILLERS} filler words (NEGATION_FILLER), is
   * the absence of harm, no incident. In "انفجرت عبوة ناسفة قرب دورية دون وقوع إصابات" (an IED
   * went off near a patrol without casualties) the IED is the incident and stays; "أسفر القصف عن
   * إصابات" (the shelling caused injuries) has no negation and stays.
   */
  boolean noHarm(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    int k = e.triggerFirst; // the negation ends here
    for (int f = 0; f <= NEGATION_FILLERS && k > 0; f++) {
      if (negationEndsAt(doc, k)) {
        return e.killed == null && e.injured == null;
      }
      if (!cueAt(doc, k - 1, Cue.NEGATION_FILLER)) {
        return false;
      }
      k--;
    }
    return false;
  }

  private boolean negationEndsAt(Doc doc, int end) {
    for (int i = Math.max(0, end - NEGATION_LENGTH); i < end; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.NEGATION && h.get().end() == end) {
        return true;
      }
    }
    return false;
  }
}

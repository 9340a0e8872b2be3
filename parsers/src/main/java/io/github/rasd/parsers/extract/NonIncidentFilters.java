package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventType;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Paradigms;
import io.github.rasd.parsers.text.Sentence;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The filters that tell a candidate names no new, real armed-conflict incident although its
 * words are those of one: a battle of policy ("المعركة ضد الفساد", the battle against
 * corruption), any or a possible act ("لأي هجوم", against any attack), a mistaken belief, a
 * drill, a judgement on acts in general, a state that has lasted for years, victims or a
 * happening told before, and a verb that with the article is a noun ("الفجر", dawn); a battle
 * judged in commentary ("تعتبر مأرب معركة مصيرية", events/stakes), a group's suicide unit
 * ("وحدته الانتحارية", events/suicide-unit), a role in operations told ("شاركوا في تمشيط
 * المزارع", events/role-told) and a checkpoint attacked ("هجوم استهدف كمينا أمنيا",
 * events/checkpoint-target), the incident answered ("ردا على القصف", events/response-reference)
 * and the incident whose dead are buried ("شيع ... جثامين الجنود الذين قتلوا في التفجير",
 * events/funeral-reference). They run in the orders of {@link EventFilters} (their names are listed there); their
 * words live in {@code non-incident-cues.tsv}. Immutable and thread-safe.
 */
final class NonIncidentFilters {

  /** How far after a battle noun what it is fought against may stand, in tokens. */
  static final int FIGURATIVE_WINDOW = 6;
  /** How many battle nouns in a row a figurative reading may chain over. */
  static final int FIGURATIVE_CHAIN = 3;
  /** How far after an act of answering "أي" may stand: "الرد على أي هجوم", in tokens. */
  static final int ANSWER_WINDOW = 2;
  /** How far a verb of mistaken belief may stand before its trigger, in tokens. */
  static final int SUPPOSITION_WINDOW = 6;
  /** How far a drill word may stand before its trigger, in tokens. */
  static final int DRILL_WINDOW = 12;
  /** How far after a verb of interception its weapon may stand, in tokens. */
  static final int INTERCEPT_WINDOW = 7;
  /** How far after a verb of interception a verb of destruction may stand, in tokens. */
  static final int INTERCEPT_DESTROY_WINDOW = 2;
  /** How far a verb of accusation may stand before the act its ب governs, in tokens. */
  static final int ACCUSATION_WINDOW = 6;
  /** How far after a weapon noun a verb of wearing may stand, in tokens. */
  static final int WORN_WINDOW = 3;
  /** How far after "طوال" (throughout) its unit of years may stand: "طوال تسع سنوات", in tokens. */
  static final int SPAN_UNIT_WINDOW = 2;
  /** How far before a battle noun a verb of regarding may stand, in tokens. */
  static final int CONSIDER_WINDOW = 4;
  /** How far before a security operation a verb of taking part may stand, in tokens. */
  static final int PARTICIPATION_WINDOW = 3;
  /** How far before "كمين" the act that targets it may stand, in tokens. */
  static final int CHECKPOINT_WINDOW = 4;
  /** How far after its verbal noun a judgement may stand, in tokens. */
  static final int JUDGEMENT_WINDOW = 5;
  /** How far after a word of response the incident answered may stand: "ردا على القصف", in tokens. */
  static final int RESPONSE_WINDOW = 1;
  /** How far after a word of funeral the incident its dead fell in may stand, in tokens. */
  static final int FUNERAL_WINDOW = 12;
  /** How far after a word of definition the acts it defines may stand, in tokens. */
  static final int DEFINITION_WINDOW = 10;
  /** How far after a definite trigger noun of succession a place of its own may stand, in tokens. */
  static final int AFTER_PLACE_WINDOW = 3;

  /** How far before "قبل" (before) the prevention of the act after it may stand, in tokens. */
  static final int PREVENTION_WINDOW = 8;
  /** How far before the act a tie denied may stand: "أي علاقة لقواتها بقصف", in tokens. */
  static final int TIE_WINDOW = 3;
  /** How far before a tie its verb of denial may stand, over the denier's name, in tokens. */
  static final int TIE_DENIAL_WINDOW = 8;

  /** How far before an act its noun of circumstances may stand: "ظروف وملابسات الهجوم", in tokens. */
  static final int CIRCUMSTANCE_WINDOW = 2;
  /** How far before the imperfect verb of a sweep its form of كان may stand, in tokens. */
  static final int PROGRESSIVE_WINDOW = 3;

  /** The cue categories of {@code non-incident-cues.tsv}. */
  enum Cue { BATTLE, FIGURATIVE, FIGURATIVE_KIND, PEOPLE_OF, ANY, HYPOTHETICAL, SUPPOSITION, DRILL, JUDGEMENT, LONG_SPAN, SPAN_OPENER, SPAN_UNIT, INTERCEPTION, ACCUSATION, WORN, DEFINITE_NOUN, VICTIM_NOUN, CONSIDER, STAKES, UNIT, PARTICIPATION, POST, RESPONSE, FUNERAL, RELATIVE, DEFINITION, REFERENCE, AFTER, HOURS, SPAN_CLOSE, MAY, BEFORE, PREVENTION, SO_FAR, SINCE, TIE, CIRCUMSTANCE, DAYS }

  private final PhraseTable<Cue> cues;
  private final PhraseTable<Trigger> triggers;
  private final Words words;

  NonIncidentFilters(PhraseTable<Trigger> triggers, Words words) {
    this.triggers = triggers;
    this.words = words;
    this.cues = PhraseTable.of(CueTable.load(NonIncidentFilters.class, "non-incident-cues.tsv", Cue.class));
  }

  private boolean cueAt(Doc doc, int i, Cue cue) {
    if (i < 0) {
      return false;
    }
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    return h.isPresent() && h.get().value() == cue;
  }

  /** The first token in {@code [from, to)} where a cue of kind {@code cue} starts, or -1. */
  private int cueIn(Doc doc, int from, int to, Cue cue) {
    for (int i = Math.max(0, from); i < Math.min(to, doc.tokens.size()); i++) {
      if (cueAt(doc, i, cue)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean noToll(EventExtractor.Found e) {
    return EventFilters.vague(e.killed) && EventFilters.vague(e.injured) && EventFilters.vague(e.arrested);
  }

  /** A trigger other than a battle noun starts at token {@code i}. */
  private boolean otherTrigger(Doc doc, int i) {
    return triggers.at(doc, i).isPresent() && !cueAt(doc, i, Cue.BATTLE);
  }

  /**
   * events/figurative-battle: "إن المعركة ضد الفساد لا تقل خطورة عن المعركة مع الإرهاب" (the
   * battle against corruption is no less serious than the battle with terrorism), "معركتنا هي
   * معركة الأسعار" (our battle is the battle of prices), "خاضت الحكومة معارك ضد الاحتكار" (the
   * government fought battles against monopoly): a battle noun with no toll, followed within
   * {@link #FIGURATIVE_WINDOW} words (over a chain of battle nouns) by what a policy fights (an
   * abstract evil: FIGURATIVE, not after a word for its people, "عناصر الإرهاب") or right after
   * it by its kind (an election, a market: FIGURATIVE_KIND, "المعركة الانتخابية"), and by no
   * armed group before it, is a policy, no fighting. "معارك عنيفة مع مسلحي التنظيم" (fierce
   * battles with the group's gunmen) and "معارك قرب القصر في العاصمة السياسية" name people and
   * places and stay.
   */
  boolean figurativeBattle(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!cueAt(doc, e.triggerFirst, Cue.BATTLE) || !noToll(e)) {
      return false;
    }
    Sentence s = doc.sentence(e.sentence);
    int from = e.triggerEnd;
    for (int chain = 0; chain < FIGURATIVE_CHAIN; chain++) {
      int next = -1;
      for (int i = from; i < Math.min(s.endToken(), from + FIGURATIVE_WINDOW); i++) {
        if (doc.isPunct(i, "،", ",", ".", "؛", ";", ":") || otherTrigger(doc, i) || groupAt(doc, i)) {
          return false;
        }
        if (cueAt(doc, i, Cue.FIGURATIVE) && !cueAt(doc, i - 1, Cue.PEOPLE_OF)
            || i == from && cueAt(doc, i, Cue.FIGURATIVE_KIND)) {
          return true; // "ضد الفساد"; "المعركة الانتخابية" right after; not "عناصر الإرهاب"
        }
        if (cueAt(doc, i, Cue.BATTLE)) {
          next = i + 1;
          break;
        }
      }
      if (next < 0) {
        return false;
      }
      from = next;
    }
    return false;
  }

  /**
   * events/stakes: "الجماعة تعتبر مأرب معركة مصيرية" (the group regards Marib as a decisive
   * battle), "يرى فيها الجيش حربا وجودية" (the army sees in it an existential war), "وصف
   * المحلل المواجهة بأنها معركة كسر عظم" (the analyst called the showdown a bone-breaking
   * battle): a battle noun with no toll that is the predicate of a verb of regarding (CONSIDER,
   * within {@link #CONSIDER_WINDOW} words before it in its clause), or that an adjective of what
   * is at stake follows right after (STAKES) with no date of the clause, judges what a fight
   * means; it tells none. "اندلعت معركة عنيفة في صرواح أمس" (a fierce battle broke out in
   * Sirwah yesterday) is neither and stays.
   */
  boolean stakes(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!cueAt(doc, e.triggerFirst, Cue.BATTLE) || !noToll(e)) {
      return false;
    }
    if (cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - CONSIDER_WINDOW), e.triggerFirst, Cue.CONSIDER) >= 0) {
      return true;
    }
    return cueAt(doc, e.triggerEnd, Cue.STAKES)
        && c.layers().dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst).isEmpty();
  }

  /**
   * events/suicide-unit: "لا تتجاوز وحدته الانتحارية بضع مئات من العناصر" (its suicide unit
   * numbers no more than a few hundred), "أعلنت كتيبة الانتحاريين في الحركة ..." (the
   * movement's battalion of suicide bombers announced): a word of suicide bombers (a trigger that
   * names an attacker and counts nothing) right after a noun of a unit (UNIT) names a part of a
   * group, not a bombing. "فجر انتحاري نفسه وسط وحدة عسكرية" (a bomber blew himself up amid a
   * military unit) has the unit after the bomber and stays.
   */
  boolean suicideUnit(EventFilters.Context c, EventExtractor.Found e) {
    return e.type == EventType.SUICIDE_BOMBING && e.trigger != null
        && e.trigger.countRole() == Trigger.CountRole.NONE && e.triggerEnd - e.triggerFirst == 1
        && cueAt(c.doc(), e.triggerFirst - 1, Cue.UNIT);
  }

  /** The security operations a role in which is told: sweeps, raids, arrests, seizures. */
  private static final java.util.Set<EventType> OPERATIONS = java.util.EnumSet.of(
      EventType.RAID, EventType.ARREST,
      EventType.SEIZURE);

  /**
   * events/role-told: "إن أبناء القبائل شاركوا في تمشيط المزارع وإرشاد القوات" (the sons of
   * the tribes took part in sweeping the farms and guiding the forces), "تساهم الطائرات في
   * ملاحقة المهربين" (the aircraft help in pursuing the smugglers): a security operation (a raid,
   * a sweep, an arrest, a seizure) a few words after a verb of taking part or helping
   * (PARTICIPATION, within {@link #PARTICIPATION_WINDOW} words), with no toll and no date of its
   * clause, tells what someone does or did in the operations, not an operation of its own.
   * "شاركت وحدات من الجيش أمس في مداهمة وكر للمسلحين" (army units took part yesterday in raiding
   * a hideout) is dated and stays.
   */
  boolean roleTold(EventFilters.Context c, EventExtractor.Found e) {
    if (!OPERATIONS.contains(e.type) || !noToll(e)
        || c.layers().dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst).isPresent()) {
      return false;
    }
    return cueIn(c.doc(), Math.max(e.clauseFirst, e.triggerFirst - PARTICIPATION_WINDOW), e.triggerFirst,
        Cue.PARTICIPATION) >= 0;
  }

  /**
   * events/checkpoint-target: "بعد يومين من هجوم استهدف كمينا أمنيا" (two days after an attack
   * on a security checkpoint), "هاجمت عناصر مسلحة الكمين بالأسلحة الثقيلة" (armed men attacked
   * the checkpoint with heavy weapons): the one word "كمين" followed by a word of a security post
   * (POST: "أمني", "شرطة"), or, in the accusative or with the article, the object of an act of
   * targeting (TARGETING in word-lists.tsv) within {@link #CHECKPOINT_WINDOW} words before it, is
   * the checkpoint attacked (Egyptian and Levantine usage), a target, not an ambush; the attack
   * is the incident. "نصب مسلحون كمينا لدورية" (gunmen laid an ambush for a patrol) and "استهدف
   * كمين مسلح القافلة" (an armed ambush hit the convoy) stay ambushes.
   */
  boolean checkpointTarget(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (e.type != EventType.AMBUSH || e.triggerEnd - e.triggerFirst != 1) {
      return false;
    }
    if (cueAt(doc, e.triggerEnd, Cue.POST)) {
      return true; // "كمين أمني"
    }
    var t = doc.tokens.get(e.triggerFirst);
    boolean object = t.segmentations().get(0).definite() || t.text().endsWith("ا");
    if (!object) {
      return false;
    }
    for (int i = e.triggerFirst - 1; i >= Math.max(e.clauseFirst, e.triggerFirst - CHECKPOINT_WINDOW); i--) {
      if (doc.isPunct(i)) {
        return false;
      }
      if (words.in(Words.WordList.TARGETING, doc.tokens.get(i).segmentations().get(0).stem())
          && triggers.at(doc, i).filter(h -> h.value().type() != EventType.AMBUSH).isPresent()) {
        return true; // "هاجمت عناصر مسلحة الكمين"
      }
    }
    return false;
  }

  /**
   * events/response-reference: "وردا على القصف، شن الطيران الحربي غارات على مواقع ... في مدينة
   * بارا" (in response to the shelling, warplanes struck positions ... in the town of Bara),
   * "انتقاما للهجوم، أعدمت الجماعة رهينتين" (in revenge for the attack, the group executed two
   * hostages): a definite trigger noun with no toll of its own right after a word of response
   * or revenge (RESPONSE, within {@link #RESPONSE_WINDOW} words) names the incident answered,
   * told before; the act of the sentence is a new incident and the noun is no record of it.
   * "ردا على هجوم شنه مسلحون" (in response to an attack gunmen launched) is indefinite and may
   * be the first telling of that attack: it stays.
   */
  boolean responseReference(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!noToll(e) || !doc.tokens.get(e.triggerFirst).segmentations().get(0).definite()) {
      return false;
    }
    for (int i = Math.max(e.clauseFirst, e.triggerFirst - RESPONSE_WINDOW - 2); i < e.triggerFirst; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.RESPONSE
          && e.triggerFirst - h.get().end() <= RESPONSE_WINDOW && e.triggerFirst >= h.get().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code e} is the act of a sentence that opens as an answer to an incident: a word of
   * response or revenge (RESPONSE) before it in its sentence, and not right before it (there the
   * trigger is the incident answered, {@link #responseReference}): "وردا على القصف، شن الطيران
   * الحربي غارات" (in response to the shelling, warplanes carried out strikes).
   */
  boolean answers(Doc doc, EventExtractor.Found e) {
    Sentence s = doc.sentence(e.sentence);
    for (int i = s.firstToken(); i < e.triggerFirst; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.RESPONSE) {
        return e.triggerFirst - h.get().end() > RESPONSE_WINDOW;
      }
    }
    return false;
  }

  /** How far into its sentence "بعد ساعات من الهجوم" may open, in tokens. */
  static final int LATER_OPENING = 2;

  /**
   * events/later-act (read by IncidentMerges): "وبعد ساعات من الهجوم، نفذت طائرة مسيرة ضربة
   * على دراجة نارية، ما أدى إلى مقتل شخصين" (hours after the attack, a drone struck a motorbike,
   * killing two), "وبعد يومين على التفجير، اعتقلت الشرطة ثلاثة مشتبهين" (two days after the
   * bombing, the police arrested three suspects): a sentence that opens with a span of time
   * after a definite noun of the incident told ("بعد ساعات من الهجوم") tells a later act, another
   * incident, though it names the first; so does an act followed right after its verb by a span
   * of hours ("أن طائرات إف-16 دمرت بعد ساعات وكرا للإرهابيين", that F-16s destroyed hours later a
   * hideout of the terrorists). "وبعد الهجوم، فر المسلحون" (after the attack the gunmen fled)
   * names no span and is the same story's next step, and "وتوفي جريح بعد ساعات" (a wounded man
   * died hours later) is a death of the incident, no act.
   */
  Optional<Later> laterAct(Doc doc, EventExtractor.Found e) {
    Sentence s = doc.sentence(e.sentence);
    int a = e.triggerEnd;
    if (e.type != EventType.KILLING && a + 1 < s.endToken() && cueAt(doc, a, Cue.AFTER)
        && cueAt(doc, a + 1, Cue.HOURS) && !cueAt(doc, a + 2, Cue.SPAN_CLOSE)) {
      return Optional.of(Later.HOURS); // "دمرت الطائرات بعد ساعات وكرا": hours after the story told
    }
    for (int i = s.firstToken(); i < Math.min(e.triggerFirst, s.firstToken() + LATER_OPENING); i++) {
      if (!cueAt(doc, i, Cue.AFTER)) {
        continue;
      }
      for (int j = i + 2; j < Math.min(e.triggerFirst, i + 3 + AFTER_SPAN_WORDS); j++) {
        if (triggers.at(doc, j).isPresent() && doc.tokens.get(j).segmentations().get(0).definite()
            && afterSpan(doc, j) == i) {
          return Optional.of(cueIn(doc, i + 1, j, Cue.HOURS) >= 0 ? Later.HOURS : Later.LATER);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * events/hours-later, bare: "وبعد ساعات، قالت القيادة إن قوات الأمن نفذت عملية في منطقة مير
   * علي" (hours later, the command said the security forces carried out an operation in Mir
   * Ali): a sentence that opens with a word of succession and a span of hours set off by a comma
   * tells its act on the day of the story told before it; unlike "بعد ساعات من الهجوم" it does
   * not by itself make another incident (a later toll of the same attack may follow it).
   */
  boolean hoursLaterOpening(Doc doc, EventExtractor.Found e) {
    Sentence s = doc.sentence(e.sentence);
    int i = s.firstToken();
    return i + 2 < e.triggerFirst && cueAt(doc, i, Cue.AFTER) && cueAt(doc, i + 1, Cue.HOURS)
        && doc.isPunct(i + 2, "،", ",");
  }

  /** How many words a span of days set off by a comma may take after its word of succession ("بعد بضعة أيام،"). */
  static final int DAYS_SPAN_WORDS = 2;

  /**
   * events/days-later: "وبعد أيام، قال المتحدث إن قوات بلاده استهدفت نقاطا عدة" (days later, the
   * spokesman said his country's forces struck several points), "وبعد أسبوعين، اعتقلت الشرطة
   * ثلاثة مشتبهين" (two weeks later the police arrested three suspects), "بعد بضعة أسابيع، شن
   * الطيران غارات": a sentence that opens with a word of succession and a span of days, weeks or
   * months (DAYS) set off by a comma tells its act on another day than the story told before it,
   * a day the text does not fix: the act takes no day carried from that story. "وبعد ساعات،"
   * (hours later) is the story's own day (events/hours-later).
   */
  boolean daysLaterOpening(Doc doc, EventExtractor.Found e) {
    Sentence s = doc.sentence(e.sentence);
    int i = s.firstToken();
    if (!cueAt(doc, i, Cue.AFTER)) {
      return false;
    }
    boolean days = false;
    for (int j = i + 1; j < Math.min(e.triggerFirst, i + 2 + DAYS_SPAN_WORDS); j++) {
      if (doc.isPunct(j, "،", ",")) {
        return days;
      }
      days |= cueAt(doc, j, Cue.DAYS) || cueAt(doc, j, Cue.SPAN_UNIT); // "بعد أشهر،", "بعد سنوات،"
    }
    return false;
  }

  /**
   * How much later an act of {@link #laterAct} is: hours (HOURS: "بعد ساعات من الهجوم", the day
   * of the incident, which events/hours-later gives the act), or a span of days or more.
   */
  enum Later { HOURS, LATER }

  /**
   * events/funeral-reference: "وشيع المئات يوم الجمعة جثامين الجنود الذين قتلوا في التفجير"
   * (hundreds on Friday buried the soldiers who were killed in the bombing), "تشييع ضحايا
   * الهجوم" (the funeral of the victims of the attack): after a word of funeral (FUNERAL) in
   * its clause, within {@link #FUNERAL_WINDOW} words, a trigger with no toll of its own that a
   * relative pronoun (RELATIVE) introduces or that is a definite noun names the incident the
   * dead fell in, told before; a funeral is no incident. An attack on a funeral ("فجر انتحاري
   * نفسه وسط جنازة", a suicide bomber blew himself up amid a funeral) has its trigger before the
   * word, and "خلال التشييع، انفجرت عبوة" (during the funeral a bomb went off) an indefinite
   * act in a clause of its own: both stay.
   */
  boolean funeralReference(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!noToll(e)) {
      return false;
    }
    int funeral = -1;
    for (int i = e.triggerFirst - 1; i >= Math.max(e.clauseFirst, e.triggerFirst - FUNERAL_WINDOW); i--) {
      if (doc.isPunct(i)) {
        return false;
      }
      if (cueAt(doc, i, Cue.FUNERAL)) {
        funeral = i;
        break;
      }
    }
    if (funeral < 0) {
      return false;
    }
    if (doc.tokens.get(e.triggerFirst).segmentations().get(0).definite()) {
      return true; // "ضحايا التفجير", "في التفجير"
    }
    return cueIn(doc, funeral + 1, e.triggerFirst, Cue.RELATIVE) >= 0; // "الذين قتلوا"
  }

  /**
   * events/definition: "وتستخدم أنقرة مصطلح "التحييد" للإشارة إلى القتل أو الأسر أو الاستسلام"
   * (Ankara uses the term "neutralisation" to refer to killing, capture or surrender), "ويقصد
   * بالتحييد في بيانات الجيش القتل أو الاعتقال" (by neutralisation the army's statements mean
   * killing or arrest): an act with no toll within {@link #DEFINITION_WINDOW} words after a word
   * that names or defines a term (DEFINITION: مصطلح، يقصد به، بمعنى; "إشارة إلى" only with the
   * purpose ل, "للإشارة إلى") in its sentence, with no comma between, is a word being explained,
   * not an act. "أعلنت الوزارة تحييد خمسة مسلحين في الزاب" (the ministry announced five
   * militants neutralised in Zap) names no term and stays, as does "في إشارة إلى هجوم شنه
   * مسلحون" (in reference to an attack gunmen carried out), which has no purpose ل.
   */
  boolean definition(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!noToll(e)) {
      return false;
    }
    Sentence s = doc.sentence(e.sentence);
    for (int i = e.triggerFirst - 1; i >= Math.max(s.firstToken(), e.triggerFirst - DEFINITION_WINDOW); i--) {
      if (doc.isPunct(i, "،", ",", "؛", ";", ".")) {
        return false;
      }
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.DEFINITION) {
        return true;
      }
      if (h.isPresent() && h.get().value() == Cue.REFERENCE && h.get().prefix().endsWith(PURPOSE)) {
        return true; // "للإشارة إلى": to refer to
      }
    }
    return false;
  }

  /** How many words a span of time may take between "بعد" and its "من": "بعد أقل من ساعة على". */
  static final int AFTER_SPAN_WORDS = 3;

  /**
   * Where the word of succession of "بعد ساعات من" stands when it and a span of time end with
   * من or على right before token {@code at} ("بعد ساعات من الهجوم", hours after the attack), or -1.
   */
  private int afterSpan(Doc doc, int at) {
    if (at < 2 || !cueAt(doc, at - 1, Cue.SPAN_CLOSE)) {
      return -1;
    }
    for (int i = at - 3; i >= Math.max(0, at - 2 - AFTER_SPAN_WORDS); i--) {
      if (doc.isPunct(i)) {
        return -1;
      }
      if (cueAt(doc, i, Cue.AFTER)) {
        return i;
      }
    }
    return -1;
  }

  /** How many words a cue that must end right before a trigger may have. */
  private static final int CUE_WORDS = 2;

  /** A cue of kind {@code cue} ends right before token {@code at}: "في أعقاب" before "الهجوم". */
  private boolean endsAt(Doc doc, int at, Cue cue) {
    for (int i = Math.max(0, at - CUE_WORDS); i < at; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == cue && h.get().end() == at) {
        return true;
      }
    }
    return false;
  }

  /** The proclitic of purpose: "للإشارة" (in order to refer). */
  private static final String PURPOSE = "ل";

  /**
   * events/after-reference: "وأن القوات قتلت أربعة مسلحين حاولوا بعد التفجير اقتحام نقطة تفتيش"
   * (and that the forces killed four gunmen who tried, after the blast, to storm a checkpoint),
   * "وعقب الهجوم فرضت القوات طوقا" (after the attack the forces threw a cordon): a definite
   * trigger noun with no toll right after a word of succession (AFTER: بعد، عقب، في أعقاب) that
   * names no target and no place of its own is the incident told, named as the time of what
   * followed; it is no record of its sentence. So is the noun after a span of time: "وبعد ساعات
   * من الهجوم، نفذت طائرة مسيرة ضربة" (hours after the attack, a drone carried out a strike:
   * {@link #answers} makes the strike another incident). "بعد هجوم شنه مسلحون على حاجز" (after an attack
   * gunmen launched on a checkpoint) is indefinite and may tell that attack first; "بعد الهجوم
   * على كنيسة في المنيا" names its place: both stay.
   */
  boolean afterReference(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!noToll(e) || e.target != null || !endsAt(doc, e.triggerFirst, Cue.AFTER) && afterSpan(doc, e.triggerFirst) < 0
        || !doc.tokens.get(e.triggerFirst).segmentations().get(0).definite()) {
      return false;
    }
    int end = Math.min(e.clauseEnd, e.triggerEnd + AFTER_PLACE_WINDOW);
    for (int i = e.triggerEnd; i < end; i++) {
      if (doc.isPunct(i)) {
        break;
      }
      if (doc.mentionOfKind(i, EntryKind.PLACE) || doc.mentionOfKind(i, EntryKind.COUNTRY)) {
        return false;
      }
    }
    return true;
  }

  /** A group's name starts at token {@code i}. */
  private static boolean groupAt(Doc doc, int i) {
    return doc.mentionOfKind(i, EntryKind.GROUP) && doc.mentionAt(i).orElseThrow().first() == i;
  }

  /**
   * events/any-act: "إن الجيش على أهبة الاستعداد للتصدي لأي هجوم" (the army stands ready to
   * repel any attack), "أي اعتداء على أراضينا سيقابل برد حاسم" (any aggression on our land will
   * meet a firm reply), "تحسبا لهجوم محتمل" (in expectation of a possible attack): an act right
   * after "أي" (ANY, with at most a word of operations between), right before an adjective of
   * possibility (HYPOTHETICAL), or answering "أي" a word or two after it ("للتصدي لأي هجوم",
   * "الرد على أي اعتداء") is no particular act. (A negated "لم يشن أي غارات" is named by
   * events/denied, which runs first.)
   */
  /** Token {@code i} is a particle of possibility (MAY: "قد", "ربما"), for events/may-act. */
  boolean mayParticle(Doc doc, int i) {
    return cueAt(doc, i, Cue.MAY);
  }

  boolean anyAct(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    int a = e.triggerFirst - 1;
    boolean any = a >= e.clauseFirst && (cueAt(doc, a, Cue.ANY)
        || a - 1 >= e.clauseFirst && cueAt(doc, a - 1, Cue.ANY) && triggers.at(doc, a).isPresent());
    // "للتصدي لأي هجوم" (to repel any attack): an act that answers any act is no act either
    boolean answersAny = cueIn(doc, e.triggerEnd, Math.min(e.clauseEnd, e.triggerEnd + ANSWER_WINDOW), Cue.ANY) >= 0;
    return any || answersAny || e.triggerEnd < e.clauseEnd && cueAt(doc, e.triggerEnd, Cue.HYPOTHETICAL);
  }

  /**
   * events/supposed: "وظن السكان في البداية أنه هجوم إرهابي" (the residents first thought it
   * was a terrorist attack), "خيل إلينا أنه قصف" (it seemed to us it was shelling): an act a few
   * words after a verb of mistaken belief (SUPPOSITION) is what someone took the event for, not
   * what happened; so is a definite act with no toll (pointing back at what was mistaken) in the
   * sentence that tells the mistake ("دوي الانفجار سمع في الحي، وظن البعض أنه هجوم", the blast
   * was heard, and some thought it an attack); "هاجم مسلحون الحافلة، وظن الركاب أنهم من الأمن"
   * (gunmen attacked the bus, and the passengers took them for police) keeps its attack. "يعتقد أن مسلحين نفذوا الهجوم" (gunmen are believed to have carried out the
   * attack) attributes a real attack and is not listed.
   */
  boolean supposed(EventFilters.Context c, EventExtractor.Found e) {
    Sentence s = c.doc().sentence(e.sentence);
    if (noToll(e) && definite(c.doc(), e)
        && cueIn(c.doc(), s.firstToken(), s.endToken(), Cue.SUPPOSITION) >= 0) {
      return true; // "دوي الانفجار سمع، وظن البعض أنه هجوم": the sentence tells the mistake
    }
    return cueIn(c.doc(), Math.max(s.firstToken(), e.triggerFirst - SUPPOSITION_WINDOW), e.triggerFirst,
        Cue.SUPPOSITION) >= 0;
  }

  /** A word of the trigger carries the article: "دوي الانفجار" (the sound of the blast). */
  private static boolean definite(Doc doc, EventExtractor.Found e) {
    for (int i = e.triggerFirst; i < e.triggerEnd; i++) {
      if (doc.tokens.get(i).segmentations().get(0).definite()) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/drill: "نفذت القوات تمرينا تكتيكيا بالذخيرة الحية حاكت فيه هجوما على مجموعة
   * إرهابية" (the forces held a live-fire exercise simulating an attack on a terrorist group),
   * "مناورات تحاكي صد هجوم بحري" (manoeuvres simulating the repulse of a naval attack): an act
   * within {@link #DRILL_WINDOW} words after a word of exercise or simulation (DRILL) of its
   * sentence, with no other act between, is played, not fought. An act joined by و right after
   * another ("سيناريو لتحرير رهائن واقتحام مبنى", a scenario of freeing hostages and storming a
   * building) is played with it (events/drill-coordinated, within {@link #COORDINATED_GAP}).
   */
  boolean drill(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    Sentence s = doc.sentence(e.sentence);
    boolean coordinated = e.prefix.startsWith("و");
    for (int i = e.triggerFirst - 1; i >= Math.max(s.firstToken(), e.triggerFirst - DRILL_WINDOW); i--) {
      if (cueAt(doc, i, Cue.DRILL)) {
        return true;
      }
      Optional<PhraseTable.Hit<Trigger>> act = triggers.at(doc, i).filter(h -> h.end() <= e.triggerFirst);
      if (act.isPresent() && !(coordinated && e.triggerFirst - act.get().end() < COORDINATED_GAP)) {
        return false;
      }
    }
    return false;
  }

  /** How many tokens may stand between an act and the act joined to it by و (events/drill). */
  static final int COORDINATED_GAP = 2;

  /**
   * events/judgement: "إن استهداف أماكن العبادة جريمة لا يمكن تبريرها" (targeting places of
   * worship is a crime that cannot be justified), "قصف المستشفيات يرقى إلى جريمة حرب" (shelling
   * hospitals amounts to a war crime): an indefinite verbal noun with no toll, the subject of its
   * clause (first in it, or after إن / أن), followed a few words on and with no comma between by
   * a judgement (JUDGEMENT), judges acts in general; it reports none. "قتل ثلاثة في جريمة مروعة"
   * (three killed in a horrible crime) has a toll, and "نفذ مسلحون هجوما على مسجد، في جريمة هزت
   * البلاد" (gunmen attacked a mosque, in a crime that shook the country) an object: both stay.
   */
  boolean judgement(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!noToll(e) || doc.tokens.get(e.triggerFirst).segmentations().get(0).definite() || !subject(doc, e)) {
      return false;
    }
    int j = cueIn(doc, e.triggerEnd, Math.min(e.clauseEnd, e.triggerEnd + JUDGEMENT_WINDOW), Cue.JUDGEMENT);
    for (int i = e.triggerEnd; i < j; i++) {
      if (doc.isPunct(i, "،", ",", ".", "؛", ";", ":")) {
        return false; // "هجوما على مسجد، في جريمة هزت البلاد": the crime is the attack told
      }
    }
    return j >= 0;
  }

  /**
   * The verbal noun opens its clause or follows إن / أن (and an opening quote): it is the subject
   * a judgement is passed on, not the object of a verb ("نفذ مسلحون هجوما").
   */
  private boolean subject(Doc doc, EventExtractor.Found e) {
    int p = e.triggerFirst - 1;
    if (p >= e.clauseFirst && doc.isPunct(p)) {
      p--; // the quote of "إن "استهداف ..."
    }
    return p < e.clauseFirst || words.is(doc.tokens.get(p), Words.Category.COMPLEMENTIZER);
  }

  /**
   * events/long-span: "وتتعرض المدينة منذ سنوات لهجمات صاروخية" (the city has been under rocket
   * attack for years), "تشهد المنطقة منذ أشهر معارك متقطعة" (the area has seen intermittent
   * fighting for months): an act after a span of years or months opened by منذ (LONG_SPAN) in its
   * clause, with no act before the span, is a state that lasts, not an incident; so is an act
   * that a span of years or months follows right after ("صمد الشعب في وجه الحصار والغارات طوال
   * تسع سنوات", the people withstood the siege and the strikes for nine years: "طوال", "على
   * مدى" and a unit of years a word or two on). "منذ يومين" (two days ago) and "طوال الليل" (all
   * night) are no such spans; "قتل قيادي مطلوب منذ أشهر في غارة" (a leader wanted for months was
   * killed in a strike) keeps its strike.
   */
  boolean longSpan(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    int span = cueIn(doc, e.clauseFirst, e.triggerFirst, Cue.LONG_SPAN);
    if (span >= 0) {
      // the span governs the clause's verb, not a noun of an earlier act: "قتل قيادي مطلوب منذ
      // أشهر في غارة" (a leader wanted for months was killed in a strike) keeps its strike
      return triggers.findAll(doc, e.clauseFirst, span).isEmpty();
    }
    for (int i = e.triggerEnd; i < Math.min(e.clauseEnd, e.triggerEnd + SPAN_UNIT_WINDOW); i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.SPAN_OPENER
          && cueIn(doc, h.get().end(), Math.min(e.clauseEnd, h.get().end() + SPAN_UNIT_WINDOW), Cue.SPAN_UNIT) >= 0) {
        return true; // "صمد في وجه الحصار والغارات طوال تسع سنوات"
      }
    }
    return false;
  }

  /**
   * events/victims-told: "وتدخلت وحدات الجيش لنقل الجرحى إلى المستشفى" (army units stepped in
   * to take the wounded to hospital), "وإن ثلاثة من المصابين في حالة حرجة" (three of the injured
   * are in a critical state): a definite noun of victims (VICTIM_NOUN) with no count, or with a
   * part of them ("ثلاثة من", three of), names victims an earlier sentence told and counts none
   * anew; when that telling is an incident it holds its toll, when it is none (a road accident)
   * neither is this. "وبلغ عدد القتلى 15" (the dead numbered 15) gives the toll and stays;
   * "سقوط قتلى وجرحى في قصف" (dead and wounded in shelling) is indefinite and stays.
   */
  boolean victimsTold(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!cueAt(doc, e.triggerFirst, Cue.VICTIM_NOUN)
        || !doc.tokens.get(e.triggerFirst).segmentations().get(0).definite()) {
      return false;
    }
    boolean part = e.triggerFirst > 0 && doc.tokens.get(e.triggerFirst - 1).text().equals("من");
    return part || noToll(e);
  }

  /**
   * events/definite-noun: "في حديث لـ"الفجر"" (speaking to the newspaper al-Fajr), "بعد صلاة
   * الفجر" (after the dawn prayer): a verb trigger that with the article is another noun
   * (DEFINITE_NOUN) names no act; the verb "فجر انتحاري نفسه" (a suicide bomber blew himself up)
   * takes no article.
   */
  boolean definiteNoun(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    return e.triggerEnd - e.triggerFirst == 1 && cueAt(doc, e.triggerFirst, Cue.DEFINITE_NOUN)
        && doc.tokens.get(e.triggerFirst).segmentations().get(0).definite();
  }

  /**
   * events/told-before (a last filter, once merges are done and dates and places carried): "وفرضت قوات الأمن طوقا حول موقع الانفجار" (the security
   * forces threw a cordon round the site of the blast): a record made by one definite trigger
   * alone, with no toll, no date and no place of its own (only carried ones), points back at a happening told
   * before; had that been an incident the record would have merged into it, so it is none
   * (here a gas explosion). So does an act told as part of "العملية" (the operation) already
   * reported: "وأوضح الناطق أن العملية جاءت إثر مداهمة منزل" (the spokesman said the operation
   * followed the raid of a house) after a drug arrest. "وتبنى التنظيم الهجوم على حاجز في ديالى"
   * names its place and stays.
   */
  boolean toldBefore(EventFilters.Context c, EventExtractor.Found e) {
    return e.singleTrigger()
        && noToll(e) && (e.date.isEmpty() || e.dateCarried)
        && (e.places.isEmpty() || e.rules.contains(EventExtractor.CARRY_PLACE))
        && (e.duringOperation || c.doc().tokens.get(e.triggerFirst).segmentations().get(0).definite());
  }

  /**
   * events/intercepted (a rule that retypes a candidate): "أعلن التحالف اعتراض وتدمير ثلاث طائرات
   * مسيرة مفخخة أطلقها الحوثيون باتجاه جازان" (the coalition announced it intercepted and
   * destroyed three explosive drones the Houthis launched at Jazan), "أسقطت الدفاعات الجوية
   * صاروخا" (air defences shot down a missile): a weapon noun (a drone, a missile: a trigger that
   * counts nothing) within {@link #INTERCEPT_WINDOW} words after a verb of interception
   * (INTERCEPTION) is an attack that was attempted and stopped, by whoever launched it.
   */
  boolean intercepted(Doc doc, EventExtractor.Found e) {
    if (!e.weakTrigger) {
      return false;
    }
    Sentence s = doc.sentence(e.sentence);
    return cueIn(doc, Math.max(s.firstToken(), e.triggerFirst - INTERCEPT_WINDOW), e.triggerFirst, Cue.INTERCEPTION) >= 0;
  }

  /**
   * events/intercepted (a filter): "اعتراض وتدمير ثلاث طائرات مسيرة" (intercepting and destroying
   * three drones): a verb of destruction right after a verb of interception destroys the
   * weapons in the air; it is no raid on the ground.
   */
  boolean destroyedInFlight(EventFilters.Context c, EventExtractor.Found e) {
    return e.type == EventType.RAID && cueIn(c.doc(),
        Math.max(e.clauseFirst, e.triggerFirst - INTERCEPT_DESTROY_WINDOW), e.triggerFirst, Cue.INTERCEPTION) >= 0;
  }

  /**
   * events/accusation: "اتهم ناشطون محليون القوات المداهمة باعتقال مدنيين لا صلة لهم بالتنظيم"
   * (local activists accused the raiding forces of arresting civilians with no tie to the
   * group), "واتهمت الحكومة الحوثيين بقصف الأحياء السكنية" (the government accused the Houthis
   * of shelling residential districts): an act with the preposition ب a few words after a verb
   * of accusation (ACCUSATION), with no toll and no date of its own, is alleged of an actor, not
   * told as an incident. "اتهم الجيش المتمردين بقصف قرية أمس ما أسفر عن مقتل ثلاثة" (the army
   * accused the rebels of shelling a village yesterday, killing three) tells one and stays.
   */
  boolean accusation(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (!e.prefix.endsWith("ب") || !noToll(e)
        || c.layers().dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst).isPresent()) {
      return false;
    }
    return cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - ACCUSATION_WINDOW), e.triggerFirst, Cue.ACCUSATION) >= 0;
  }

  /**
   * events/worn-weapon: "تمكن خبراء المفرقعات من تفكيك حزام ناسف كان يرتديه أحد القتيلين"
   * (bomb experts defused an explosive belt one of the two dead was wearing), "وعثر على قنبلة
   * يدوية بحوزته" (a grenade was found on him): a weapon noun (a trigger that counts nothing)
   * followed within {@link #WORN_WINDOW} words by a verb of wearing or carrying (WORN) is the
   * equipment of someone the story tells of, no incident of its own; "عبوة ناسفة زرعت على
   * الطريق" (an IED planted on the road) is none of these and stays.
   */
  boolean wornWeapon(EventFilters.Context c, EventExtractor.Found e) {
    return e.weakTrigger && worn(c.doc(), e);
  }

  /** A word of wearing or carrying (WORN) follows the weapon of {@code e}: "بحوزته", "يرتديه". */
  boolean worn(Doc doc, EventExtractor.Found e) {
    return cueIn(doc, e.triggerEnd, Math.min(e.clauseEnd, e.triggerEnd + WORN_WINDOW), Cue.WORN) >= 0;
  }

  /**
   * events/death-sentence: "قضت محكمة الجنايات، الأحد، بالإعدام شنقا على 10 متهمين" (the
   * criminal court sentenced ten defendants to death by hanging on Sunday), "وحكم عليهم
   * بالإعدام" (they were sentenced to death): an execution word with the preposition ب is the
   * sentence a court passes, wherever its verb stands (the contiguous "حكم بالإعدام" is a
   * blocker of {@code trigger-blockers.tsv}); "أعدم التنظيم رهينتين" (the group executed two
   * hostages) and "إعدام ميداني" (a summary execution) stay.
   */
  boolean deathSentence(EventFilters.Context c, EventExtractor.Found e) {
    return e.type == EventType.EXECUTION && e.prefix.contains("ب");
  }

  /**
   * events/prevented-act: "وضبط العبوة قبل تفجيرها" (and the bomb was seized before it was set
   * off), "تمكن خبراء المتفجرات من تفكيك العبوة قبل انفجارها" (bomb experts defused the charge
   * before it went off), "اعتقال الانتحاري قبل أن يفجر نفسه" (the arrest of the bomber before
   * he blew himself up): an act right after "قبل" / "قبل أن" (BEFORE), with no toll, whose
   * clause tells before it, within {@link #PREVENTION_WINDOW} words, its prevention (a verb of
   * defusing or foiling, PREVENTION; an interception; an arrest or a seizure) never took place;
   * the prevention is the record. "أطلق المهاجم النار على المصلين قبل أن يفجر نفسه" (the
   * attacker opened fire on the worshippers before blowing himself up) prevents nothing and
   * stays.
   */
  boolean preventedAct(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    int before = beforeAt(doc, e);
    if (before < 0 || !noToll(e)) {
      return false;
    }
    int from = Math.max(e.clauseFirst, before - PREVENTION_WINDOW);
    if (cueIn(doc, from, before, Cue.PREVENTION) >= 0 || cueIn(doc, from, before, Cue.INTERCEPTION) >= 0) {
      return true;
    }
    for (PhraseTable.Hit<Trigger> h : triggers.findAll(doc, from, before)) {
      EventType t = h.value().type();
      if (t == EventType.ARREST || t == EventType.SEIZURE) {
        return true; // "وضبط العبوة قبل تفجيرها"
      }
    }
    return false;
  }

  /** Where the BEFORE cue that ends right at the trigger of {@code e} starts, or -1. */
  private int beforeAt(Doc doc, EventExtractor.Found e) {
    for (int i = e.triggerFirst - 1; i >= Math.max(e.clauseFirst, e.triggerFirst - 2); i--) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.BEFORE && h.get().end() == e.triggerFirst) {
        return i;
      }
    }
    return -1;
  }

  /**
   * events/running-toll: "ومنذ مطلع العام، يشن الجيش حملة في شمال الضفة، أسفرت حتى الآن عن مقتل
   * أكثر من 100 شخص" (since the start of the year the army has waged a campaign in the north of
   * the West Bank which has so far killed more than 100), "قتل منذ اندلاع المعارك حتى اليوم 300
   * مدني" (300 civilians have been killed since the fighting broke out until today): a killing
   * counted "until now" (SO_FAR) in its clause, with "منذ" (SINCE) before it in its sentence, is
   * the running toll of a war or a campaign, counted from its start, not an incident. "أسفر
   * الهجوم حتى الآن عن مقتل خمسة" (the attack has so far killed five) has no start and stays.
   */
  boolean runningToll(EventFilters.Context c, EventExtractor.Found e) {
    if (e.type != EventType.KILLING) {
      return false;
    }
    Doc doc = c.doc();
    int soFar = cueIn(doc, e.clauseFirst, e.clauseEnd, Cue.SO_FAR);
    if (soFar < 0) {
      return false;
    }
    Sentence s = doc.sentence(e.sentence);
    return cueIn(doc, s.firstToken(), Math.max(soFar, e.triggerFirst), Cue.SINCE) >= 0
        || cueIn(doc, s.firstToken(), Math.max(soFar, e.triggerFirst), Cue.LONG_SPAN) >= 0;
  }

  /**
   * events/tie-denied: "نفت قناة المسيرة الناطقة باسم الجماعة أي علاقة لقواتها بقصف الحي" (the
   * group's channel al-Masira denied any tie of its forces to the shelling of the district),
   * "ونفى الحزب صلته بالهجوم" (the party denied its link to the attack): an act with the
   * preposition ب within {@link #TIE_WINDOW} words after a tie (TIE: علاقة، صلة، تورط، ضلوع) that
   * a verb of denial (DENIAL of event-cues.tsv) governs, the denier's name in between, with no
   * toll and no date of its own, is the incident the article tells, disowned: no new one.
   * "نفت الحركة أي علاقة لها بتفجير وقع أمس وأودى بحياة خمسة" (the movement denied any tie to
   * a bombing yesterday that killed five) tells its day and toll and stays. A definite act or
   * weapon with nothing of its own in a later clause of that sentence points back at the act
   * disowned: "..., زاعمة أن "القذيفة أطلقها خصومها"" (claiming "the shell was fired by its
   * foes").
   */
  boolean tieDenied(EventFilters.Context c, EventExtractor.Found e, IntPredicate denial) {
    Doc doc = c.doc();
    if (!noToll(e) || c.layers().dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst).isPresent()) {
      return false;
    }
    if (e.prefix.replace("ال", "").endsWith("ب")) {
      int tie = cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - TIE_WINDOW), e.triggerFirst, Cue.TIE);
      if (tie >= 0 && deniedTie(doc, tie, e.clauseFirst, denial)) {
        return true;
      }
    }
    // the definite act or weapon of a later clause of the denial points back at it: "نفت أي
    // علاقة لقواتها بقصف الحي، زاعمة أن "القذيفة أطلقها خصومها""
    Sentence s = doc.sentence(e.sentence);
    if (!doc.tokens.get(e.triggerFirst).segmentations().get(0).definite()) {
      return false;
    }
    for (int tie = s.firstToken(); tie < e.clauseFirst; tie++) {
      if (cueAt(doc, tie, Cue.TIE) && deniedTie(doc, tie, s.firstToken(), denial)
          && !triggers.findAll(doc, tie + 1, Math.min(e.clauseFirst, tie + 1 + TIE_WINDOW)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A verb of denial stands within {@link #TIE_DENIAL_WINDOW} words before the tie at {@code tie}. */
  private static boolean deniedTie(Doc doc, int tie, int first, IntPredicate denial) {
    for (int d = tie - 1; d >= Math.max(first, tie - TIE_DENIAL_WINDOW); d--) {
      if (denial.test(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/circumstances-of: "من دون أن يحدد ظروف استشهاده" (without saying how he was killed:
   * the circumstances of his death), "فتحت السلطات تحقيقا في ملابسات الهجوم" (the authorities
   * opened an inquiry into the circumstances of the attack), "لم تعرف تفاصيل اعتقاله" (the details
   * of his arrest are not known): an act right after a noun of circumstances or details
   * (CIRCUMSTANCE), within {@link #CIRCUMSTANCE_WINDOW} words, with no toll and no date of its
   * own, is an act told before, spoken of: no new incident. "ظروف إنسانية صعبة" (hard humanitarian
   * conditions) names no act at all.
   */
  boolean circumstancesOf(EventFilters.Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    return noToll(e) && c.layers().dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst).isEmpty()
        && cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - CIRCUMSTANCE_WINDOW), e.triggerFirst, Cue.CIRCUMSTANCE) >= 0;
  }

  /**
   * events/progressive-sweep: "وأوضح الناطق أن الدورية كانت تقوم بعملية تمشيط في المنطقة حين
   * انفجر لغم" (the spokesman said the patrol was carrying out a sweep of the area when a mine
   * went off), "كانت القوة تنفذ حملة تفتيش في البساتين" (the force was carrying out a search in
   * the orchards): a sweep, search or raid (RAID) with no toll, set in the past progressive (an
   * imperfect verb of the third person right before it, a form of كان, PAST_AUX, within
   * {@link #PROGRESSIVE_WINDOW} words before that) is what the force was doing when the incident
   * told befell it, the circumstance, not an operation of its own. "داهمت القوات منزلا واعتقلت
   * ثلاثة" (the forces raided a house and arrested three) is in the perfect and stays; a sweep
   * with arrests or dead counts them and stays.
   */
  boolean progressiveSweep(EventFilters.Context c, EventExtractor.Found e, IntPredicate pastAux) {
    if (e.type != EventType.RAID || !noToll(e)) {
      return false;
    }
    Doc doc = c.doc();
    // the imperfect right before the sweep ("تقوم بعملية", "تنفذ عملية"), the form of كان
    // before it over a subject of up to two words ("كانت القوة العراقية تنفذ")
    int v = e.triggerFirst - 1;
    if (v <= e.clauseFirst || !Paradigms.thirdPersonImperfect(
        doc.tokens.get(v).segmentations().get(0).stem())) {
      return false;
    }
    for (int k = v - 1; k >= Math.max(e.clauseFirst, v - PROGRESSIVE_WINDOW); k--) {
      if (pastAux.test(k)) {
        return true; // "كانت تقوم بعملية تمشيط", "كانت الدورية تنفذ عملية تفتيش"
      }
    }
    return false;
  }
}

package io.github.rasd.parsers.extract;

import static io.github.rasd.parsers.extract.EventExtractor.VIOLENCE;

import io.github.rasd.model.Count;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.PlaceEntry;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.extract.EventExtractor.Figure;
import io.github.rasd.parsers.extract.EventExtractor.Found;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Incident identity inside one article: whether a candidate that passed the filters tells an
 * incident already found (and is merged into it) or a new one. One incident is often told in
 * several clauses and sentences: coordinated verbs ("هاجم مسلحون القرية وأحرقوا المنازل وقتلوا
 * ثلاثة", gunmen attacked the village, burned houses and killed three), stages ("تلاه اقتحام",
 * followed by a storming), a source's detail ("مضيفا أن اشتباكات اندلعت", adding that clashes
 * broke out), a restated or revised toll, the other side's version. Two really different
 * incidents stay apart: another place, another day, "وفي هجوم آخر" (in another attack).
 *
 * <p>The merges run in three stages, each in one documented order; every merge names itself in
 * the provenance of the record it changes ({@link #touched}):
 * <ol>
 *   <li>inside a sentence, as each candidate comes ({@link #intoSentence}):
 *       {@code events/consequence}, {@code events/same-clause}, then against the incident just
 *       named: {@link #SENTENCE_ORDER} ({@code events/after-result}, {@code events/raid-sequel},
 *       {@code events/during-it}, {@code events/strike-effect}, {@code events/operation-list},
 *       {@code events/sequence}, {@code events/coordinated-act});</li>
 *   <li>once a sentence is read ({@link #sentenceDone}): {@code events/intercepted-weapon},
 *       then {@code events/operation-acts} (the killings, arrests and seizures of a raid or a
 *       clash: one operation);</li>
 *   <li>into the incidents of the article, as each sentence's incidents come
 *       ({@link #intoArticle}): {@code events/other-side}, {@code events/same-incident},
 *       {@code events/back-reference} (with {@code events/restated-toll}), then
 *       {@code events/reported-telling} (a source's telling of the incident just told), adjusted
 *       by {@code events/first-telling}, {@code events/attributive} and
 *       {@code events/manner-of-killing}; an incident told aside ({@code events/aside}) takes no
 *       later undated detail;</li>
 *   <li>once the records are filtered ({@link #acrossRecords}): {@code events/same-toll}, then
 *       {@code events/detail-of-incident}, {@code events/toll-revision},
 *       {@code events/restatement}; when sources give different tolls the incident keeps each
 *       figure with its clause and no single toll; last {@code events/one-incident}, which
 *       folds a later record that nothing marks as another incident into the incident before.</li>
 * </ol>
 * Cue words live in {@code incident-merges.tsv}; windows are named constants. Immutable and
 * thread-safe.
 */
final class IncidentMerges {

  /** The cue categories of {@code incident-merges.tsv}. */
  enum Cue { SEQUENCE, INTERCEPT, WEAPON, OTHER_SIDE, TOPIC, SAYING, NEW_ITEM, BESIDE_ITEM, PARTITIVE, BORDER, SCENE, LATEST }

  /** How many sentences back an incident is still the one a later telling carries on. */
  private static final int CARRY_SENTENCES = EventExtractor.CARRY_SENTENCES;
  /** How far before its trigger a cue of succession ("تلاه", followed by) may stand, in tokens. */
  static final int SEQUENCE_WINDOW = 2;
  /** How far before its weapon a cue of interception ("اعتراض") may stand, in tokens. */
  static final int INTERCEPT_WINDOW = 4;

  /** What a security operation consists of: a later "خلال العملية" merges them. */
  static final Set<EventType> OPERATION_PARTS = EnumSet.of(EventType.RAID,
      EventType.ARREST, EventType.SEIZURE);

  /**
   * events/manner-of-killing: "قتلت خمس نساء وطفل في تعز. وسقطت قذيفة على منزل ..." (five
   * women and a child were killed in Taiz; a shell fell on a house): a killing reported first,
   * then the weapon that did it, is an incident of that weapon's type (shelling, air strike,
   * bombing), even when the later trigger names only the weapon.
   */
  private static final Set<EventType> MANNERS = EnumSet.of(EventType.SHELLING,
      EventType.AIR_STRIKE, EventType.BOMBING, EventType.SUICIDE_BOMBING);

  /** Which type wins when triggers of one incident disagree: the more specific first. */
  private static final List<EventType> PRIORITY = List.of(EventType.SUICIDE_BOMBING,
      EventType.AMBUSH, EventType.BOMBING, EventType.AIR_STRIKE, EventType.SHELLING,
      EventType.EXECUTION, EventType.ARMED_CLASH, EventType.ATTACK, EventType.KIDNAPPING,
      EventType.KILLING, EventType.PLOT, EventType.ARREST, EventType.RAID, EventType.SEIZURE,
      EventType.OTHER);

  /** A merge of a candidate into the incident named just before it in its sentence. */
  @FunctionalInterface
  private interface SameIncident {
    boolean test(IncidentMerges m, Doc doc, Layers layers, Found host, Found e);
  }

  /**
   * A named merge of {@link #SENTENCE_ORDER}; a stage of an incident ({@code keepsStatus}) does
   * not change how the incident went: "تفجير ... أعقبه اشتباك مع مسلحين حاولوا اقتحام المبنى" (a
   * bombing followed by a clash with gunmen who tried to storm the building) occurred.
   */
  private record Rule(String name, boolean keepsStatus, SameIncident test) {}

  /** The clause of {@code e} after its trigger names a day or a place of the gazetteer ({@link #AGENT_NOUN}). */
  private static boolean ownScene(Doc doc, Layers layers, Found e) {
    return layers.dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst).isPresent()
        || doc.mentionsIn(e.triggerEnd, e.clauseEnd).stream().anyMatch(m -> m.kind() == EntryKind.PLACE);
  }

  /** Rule {@value}: see {@link #strikeEffect}. */
  static final String STRIKE_EFFECT = "events/strike-effect";

  /**
   * Rule {@value}: "قتل ستة مدنيين في قصف مدفعي على المدينة مساء الأحد ... وقال المتحدث إن
   * الطيران الحربي استهدف صباح اليوم تجمعات للمتمردين شمال بلدة بارا" (six civilians were
   * killed in shelling on Sunday evening ... the spokesman said the air force struck rebel
   * gatherings north of Bara this morning), "فيما شن الطيران الحربي غارة على أطراف بلدة أخرى"
   * (while the air force carried out a strike on the edge of another town): a definite weapon or
   * agent noun (a trigger that counts nothing: "الطيران الحربي", "المدفعية", "الطائرات المسيرة")
   * that an indefinite act of its own clause follows, not joined by و ("استهدف", "غارة"), with a
   * day or a place of the gazetteer in that clause, names
   * who struck in that act, a new one, not the incident told before: it does not point back by
   * its article. "أن الصاروخ سقط بين الخيام" (that the missile fell among the tents) has no act
   * of its own, and "العبوة كانت مزروعة على الطريق، وانفجرت لحظة مرور الدورية" (the bomb was
   * planted on the road and went off as the patrol passed) tells the bomb's own going off: both
   * still point back to the weapon's incident, and so does "أفاد المرصد بأن الطائرات الحربية نفذت
   * أربع غارات على أطراف المدينة" (the observatory said the warplanes carried out four strikes on
   * the edge of the town), which names no day and no place of its own.
   */
  static final String AGENT_NOUN = "events/agent-noun";

  /**
   * The merges against the incident named just before in the sentence, in the order they are
   * tried; the first that holds merges the candidate into it.
   */
  private static final List<Rule> SENTENCE_ORDER = List.of(
      new Rule("events/after-result", false, (m, d, l, h, e) -> m.afterResult(d, h, e)),
      new Rule("events/raid-sequel", false, (m, d, l, h, e) -> raidSequel(h, e)),
      new Rule("events/during-it", false, (m, d, l, h, e) -> m.duringIt(d, h, e)),
      new Rule(STRIKE_EFFECT, false, (m, d, l, h, e) -> strikeEffect(d, h, e)),
      new Rule("events/operation-list", false, (m, d, l, h, e) -> operationList(d, h, e)),
      new Rule("events/sequence", true, (m, d, l, h, e) -> m.sequence(d, l, h, e)),
      new Rule("events/coordinated-act", true, (m, d, l, h, e) -> m.coordinatedAct(d, l, h, e)));

  private final PhraseTable<Cue> cues;
  private final Words words;
  private final EventFilters filters;

  IncidentMerges(Words words, EventFilters filters) {
    this.cues = PhraseTable.of(loadCues());
    this.words = words;
    this.filters = filters;
  }

  private static Map<String, Cue> loadCues() {
    Map<String, Cue> map = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(IncidentMerges.class, "incident-merges.tsv")) {
      try {
        map.put(r.field(0), Cue.valueOf(r.field(1).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw r.error("column 2: '" + r.field(1) + "' is not a cue");
      }
    }
    return map;
  }

  /**
   * events/answer: {@code e} is marked as another incident ("بعد أيام من كمين", events/other-incident)
   * or is the act of a sentence that answers an incident told before: "وردا على القصف، شن
   * الطيران الحربي غارات على مواقع ... في مدينة بارا" (in response to the shelling, warplanes
   * struck positions in Bara) is the retaliation, another incident, though it names the
   * shelling; its own acts still merge inside its sentence (a raid and its arrests).
   */
  private static final String ANSWER_RULE = "events/answer";

  /** Rule {@value}: {@link NonIncidentFilters#laterAct}, an act told as hours or days after the incident. */
  static final String LATER_ACT = "events/later-act";
  /**
   * Rule {@value}: "وبعد ساعات من الهجوم" (hours after the attack): the later act keeps the day
   * of the incident it is dated from, however far down the article ({@code events/carry-date}
   * reaches only {@link EventExtractor#CARRY_SENTENCES} back).
   */
  static final String HOURS_LATER = "events/hours-later";

  private boolean apart(Doc doc, Found e) {
    Optional<NonIncidentFilters.Later> later = e.otherIncident ? Optional.empty() : filters.laterAct(doc, e);
    if (later.isPresent()) {
      if (!e.rules.contains(LATER_ACT)) {
        e.rules.add(LATER_ACT);
        if (later.get() == NonIncidentFilters.Later.HOURS) {
          e.rules.add(HOURS_LATER);
        }
      }
      return true;
    }
    if (!e.otherIncident && filters.answers(doc, e)) {
      e.touch(ANSWER_RULE);
      return true;
    }
    return e.otherIncident;
  }

  /** Rule {@value}: see {@link #contrastOf}. */
  static final String CONTRAST_APART = "events/contrast-apart";

  /**
   * events/contrast-apart: "قتل مدنيون بقصف مدفعي شنته قوات النظام على بلدة كنصفرة، في حين
   * أعلنت «الهيئة» أنها ردت بقصف مواقع للنظام في ريف حماة" (civilians were killed in the
   * regime's shelling of Kansafra, while HTS said it responded by shelling regime positions in
   * the Hama countryside): the act of a clause of contrast ({@link #contrastClause}) is another
   * incident than those of its own sentence, and does not point back to them; it may still
   * repeat an incident of an earlier sentence. The incidents it may join are returned.
   */
  private List<Found> contrastOf(Doc doc, List<Found> events, Found e) {
    Sentence s = doc.sentence(e.sentence);
    if (e.clauseFirst <= s.firstToken() || !contrastClause(doc, s, e.clauseFirst)
        || events.stream().noneMatch(o -> o.sentence == e.sentence)) {
      return events;
    }
    e.touch(CONTRAST_APART);
    return events.stream().filter(o -> o.sentence != e.sentence).toList();
  }

  /** Whether a cue of {@code cue} starts at token {@code i}. */
  boolean is(Doc doc, int i, Cue cue) {
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    return h.isPresent() && h.get().value() == cue;
  }

  /** Whether a cue of {@code cue} starts at or after {@code from} and ends by token {@code end}. */
  private boolean endsBefore(Doc doc, int from, int end, Cue cue) {
    for (int i = Math.max(0, from); i < end; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == cue && h.get().end() <= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/latest-frame: "أصيبت ناقلة نفطية بصاروخ أطلقته الجماعة أمس، في أحدث هجوم تتبناه
   * الجماعة على الملاحة" (a tanker was hit by a missile the group fired yesterday, in the latest
   * attack the group has claimed on shipping), "قتل ثلاثة جنود، في ثاني هجوم من نوعه هذا الأسبوع"
   * (three soldiers were killed, in the second attack of its kind this week): a frame preposition
   * (FRAME in word-lists.tsv: في) after a comma, then a word of rank (LATEST in
   * incident-merges.tsv: أحدث، آخر، أعنف، ثاني) and a trigger, places the act just told in a
   * series; it opens no clause of a new incident. "، وفي هجوم آخر" (and in another attack) has
   * "آخر" after its noun and still opens one.
   */
  /** How far after a connective of contrast the act of its clause may stand, in tokens. */
  static final int CONTRAST_REACH = 8;

  /**
   * events/contrast-clause: "قتل ستة مقاتلين في هجوم على حاجز جنوب المدينة، فيما لقي عنصران
   * آخران حتفهما بضربة بطائرة مسيرة قرب بلدة أخرى" (six fighters were killed in an attack on a
   * checkpoint south of the city, while two others met their death in a drone strike near another
   * town), "، بينما قتل مدنيان في قصف على السوق" (while two civilians were killed in shelling on
   * the market): after a comma, a connective of contrast (OTHER_SIDE in incident-merges.tsv: فيما،
   * بينما، في حين) with an act of its own a few words on (a trigger of violence that names more
   * than a death: "بضربة", "في قصف") opens a clause of its own: its dead are not the toll of the
   * act before the comma. "، فيما أصيب ثلاثة آخرون" (while three others were hurt) names no act
   * and stays the toll of the incident before it. The quotation marks of a name ("في حين أعلنت
   * «هيئة تحرير الشام» أنها ردت بقصف مواقع", while HTS said it responded by shelling positions)
   * neither end the reach nor count in it.
   */
  boolean contrastClause(Doc doc, Sentence s, int i) {
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    if (h.isEmpty() || h.get().value() != Cue.OTHER_SIDE) {
      return false;
    }
    int words = 0;
    for (int k = h.get().end(); k < s.endToken() && words < CONTRAST_REACH; k++) {
      if (doc.isQuote(k)) {
        continue; // "في حين أعلنت «هيئة تحرير الشام» أنها ردت بقصف": the marks of a name end no clause
      }
      words++;
      if (doc.isPunct(k)) {
        return false;
      }
      if (filters.triggerOfType(doc, k, k + 1, CONTRAST_ACTS)) {
        return true;
      }
    }
    return false;
  }

  /** The acts that give a clause of contrast its own incident: violence that names more than a death. */
  private static final Set<EventType> CONTRAST_ACTS = EnumSet.complementOf(EnumSet.of(EventType.KILLING));

  /** Rule {@value}: see {@link #latestFrame}. */
  static final String LATEST_FRAME = "events/latest-frame";

  boolean latestFrame(Doc doc, int i) {
    return i + 2 < doc.tokens.size()
        && words.in(Words.WordList.FRAME, doc.tokens.get(i).segmentations().get(0).stem())
        && is(doc, i + 1, Cue.LATEST) && filters.triggerAt(doc, i + 2);
  }

  // ---------------------------------------------------------------- inside a sentence

  /**
   * Merges {@code e} into an incident of its sentence when one of the sentence merges holds
   * ({@code consequence}: its trigger is a consequence word, "أسفر عن مقتل"); false when it is
   * a new incident of the sentence.
   */
  boolean intoSentence(Doc doc, Layers layers, List<Found> inSentence, Found e,
      boolean consequence) {
    // before a merge moves its trigger; a construct ("تبادلت إطلاق النار") may be a verb
    Token head = doc.tokens.get(e.triggerFirst);
    e.definiteNoun = head.text().startsWith(ARTICLE) || head.segmentations().get(0).definite();
    Found host = consequence ? host(inSentence, e) : null;
    String merge = "events/consequence";
    boolean keepsStatus = false;
    if (host == null && !inSentence.isEmpty() && !e.otherIncident) {
      host = sameClause(doc, inSentence, e);
      merge = "events/same-clause";
    }
    if (host == null && !inSentence.isEmpty() && !e.otherIncident) {
      Found last = inSentence.get(inSentence.size() - 1);
      for (Rule r : SENTENCE_ORDER) {
        if (r.test().test(this, doc, layers, last, e)) {
          host = last;
          merge = r.name();
          keepsStatus = r.keepsStatus();
          break;
        }
      }
    }
    if (host == null) {
      return false;
    }
    EventStatus status = host.status;
    // once a stage is merged, what the later clause tells is the stage's: its status too
    List<String> touchedBy = host.rules;
    keepsStatus |= SENTENCE_ORDER.stream()
        .anyMatch(s -> s.keepsStatus() && touchedBy.contains(s.name()));
    int hostTriggerEnd = host.triggerEnd;
    if (host.definiteNoun && host.weakTrigger && !e.weakTrigger && !e.definiteNoun && !definiteTrigger(doc, e)
        && e.clauseFirst == host.clauseFirst && !e.prefix.startsWith("و") && ownScene(doc, layers, e)) {
      host.agentNoun = true; // events/agent-noun: "الطيران الحربي استهدف تجمعات": a strike of its own
      touched(host, AGENT_NOUN, e);
    }
    absorb(host, e);
    if (host.definiteNoun && host.triggerFirst == e.triggerFirst && !meansOf(doc, hostTriggerEnd, e)) {
      host.definiteNoun = false; // "الهجمات ... وآخرها تفجير حافلة": the bombing is told on its own
    }
    if (keepsStatus) {
      host.status = status;
    }
    touched(host, merge, e);
    return true;
  }

  /**
   * events/sequence: "بدأ الهجوم بتفجير سيارتين مفخختين عند المدخل، تلاهما اقتحام بمئات
   * المسلحين" (the attack began with two car bombs at the entrance, followed by a storming by
   * hundreds of gunmen), "قصفت المدفعية القرية ثم اقتحمها المسلحون" (the artillery shelled the
   * village, then the gunmen stormed it): an act introduced by a word of succession (SEQUENCE
   * in incident-merges.tsv: تلاه، أعقبه، تبعه، ثم) is the next stage of the violent incident
   * just named in its sentence, with no place, day or word of another incident of its own: one
   * incident. "انفجرت عبوة في سوق ببغداد، تلاها هجوم على حاجز في الموصل" (a bomb went off in a
   * Baghdad market, followed by an attack on a checkpoint in Mosul) names another place: two.
   */
  private boolean sequence(Doc doc, Layers layers, Found host, Found e) {
    return VIOLENCE.contains(host.type) && (VIOLENCE.contains(e.type) || e.type == EventType.RAID)
        && e.triggerFirst >= host.triggerEnd
        && endsBefore(doc, e.triggerFirst - SEQUENCE_WINDOW - 1, e.triggerFirst, Cue.SEQUENCE)
        && noPlaceOfItsOwn(doc, host, e) && noDateOfItsOwn(layers, host, e)
        && !filters.another(doc, e.clauseFirst, e.clauseEnd);
  }

  /** The tokens after the host's clause up to the end of {@code e}'s name no time expression. */
  private static boolean noDateOfItsOwn(Layers layers, Found host, Found e) {
    for (int i = host.clauseEnd; i < e.clauseEnd; i++) {
      if (layers.inDate(i)) {
        return false; // "ثم هاجموا ... يوم الأحد": a day of its own
      }
    }
    return true;
  }

  /**
   * events/coordinated-act: "هاجم مسلحون قرية نديغوا ليل الاثنين، وأحرقوا منازل وقتلوا عددا من
   * السكان" (gunmen attacked the village on Monday night, burned houses and killed a number of
   * residents), "فتح المسلحون النار على الحاجز، فقتلوا جنديين" (the gunmen opened fire on the
   * checkpoint and so killed two soldiers): a violent verb joined by و or ف to a violent incident
   * of its sentence, whose plural ending is its subject (or whose feminine ending agrees with the
   * incident's verb, {@link #sameFeminineSubject}), with no place, date or armed group of
   * its own and no word of another incident, goes on with the same subject: one incident (the killing is its toll, not a
   * killing of its own). "قصفت الطائرات مواقع في إدلب، وقتل مسلحون جنديين في درعا" (another
   * place) and "... وفي هجوم آخر قتل ..." (another attack) stay apart.
   */
  private boolean coordinatedAct(Doc doc, Layers layers, Found host, Found e) {
    if (!VIOLENCE.contains(host.type) || !VIOLENCE.contains(e.type) || e.triggerFirst < host.triggerEnd
        || !(e.prefix.startsWith("و") || e.prefix.startsWith("ف")) || !pronounSubject(doc, e) && !sameFeminineSubject(doc, host, e)) {
      return false;
    }
    if (filters.another(doc, e.clauseFirst, e.clauseEnd)
        || !agree(host.killed, e.killed) || !agree(host.injured, e.injured)) {
      return false;
    }
    if (!noDateOfItsOwn(layers, host, e)) {
      return false; // "وقتلوا ... يوم الأحد": a day of its own
    }
    boolean ownGroup = doc.mentionsIn(e.triggerEnd, e.clauseEnd).stream()
        .anyMatch(m -> m.kind() == EntryKind.GROUP && doc.mentionsIn(host.clauseFirst, host.clauseEnd)
            .stream().noneMatch(g -> g.entry() == m.entry()));
    return !ownGroup && noPlaceOfItsOwn(doc, host, e);
  }

  /**
   * The trigger is a verb whose plural ending is its subject ("وقتلوا", and they killed;
   * "ويقتلون"): a verb before a subject of its own stays singular ("وفجرت امرأة نفسها", and a
   * woman blew herself up), so the plural ending says the subject is the one already named.
   */
  private static boolean pronounSubject(Doc doc, Found e) {
    String w = doc.tokens.get(e.triggerFirst).text();
    return w.endsWith(PLURAL_PAST) || w.endsWith(PLURAL_PRESENT);
  }

  /**
   * The host's verb and {@code e}'s both end in the ت of a feminine singular subject (a group,
   * a force, a state): "أعلنت فانو أنها نصبت كمينا لرتل عسكري ...، وقتلت عشرين جنديا" (Fano
   * announced it had ambushed a convoy ... and killed twenty soldiers): the second verb goes on
   * with the subject of the first (events/coordinated-act). A noun in ات ("هجمات") is no such
   * verb.
   */
  private static boolean sameFeminineSubject(Doc doc, Found host, Found e) {
    String h = doc.tokens.get(host.triggerFirst).text();
    String w = doc.tokens.get(e.triggerFirst).text();
    return e.triggerEnd - e.triggerFirst == 1 && feminineVerb(h) && feminineVerb(w);
  }

  /** The ending of the past verb with a feminine singular subject: "قتلت" (she / it killed). */
  private static final String FEMININE_PAST = "ت";
  /** The ending of the feminine sound plural, which a noun has: "هجمات" (attacks). */
  private static final String FEMININE_PLURAL = "ات";

  private static boolean feminineVerb(String w) {
    return w.endsWith(FEMININE_PAST) && !w.endsWith(FEMININE_PLURAL);
  }

  /** The definite article, the only proclitic an attributive adjective has: "الانتحارية". */
  private static final String ARTICLE = "ال";

  /**
   * The trigger of {@code e} names the means of the definite noun right before it: "الهجوم
   * بقصف مدفعي" (the attack with artillery fire), whose head still points back.
   */
  private static boolean meansOf(Doc doc, int nounEnd, Found e) {
    return e.triggerFirst - nounEnd <= MEANS_REACH
        && MEANS.equals(doc.tokens.get(e.triggerFirst).segmentations().get(0).preposition());
  }

  /** How far after a definite noun its means ("بقصف") may stand, in tokens. */
  private static final int MEANS_REACH = 1;

  /** The preposition of means or instrument: "بسيارتين" (with two cars). */
  private static final String MEANS = "ب";

  /** The ending of the past verb with a plural subject: "قتلوا" (they killed). */
  private static final String PLURAL_PAST = "وا";
  /** The ending of the present verb with a plural subject: "يقتلون" (they kill). */
  private static final String PLURAL_PRESENT = "ون";

  /** The clause of {@code e} after its trigger names no place that the host's clause does not. */
  private static boolean noPlaceOfItsOwn(Doc doc, Found host, Found e) {
    List<Doc.Mention> hostPlaces = doc.mentionsIn(host.clauseFirst, host.clauseEnd);
    return doc.mentionsIn(e.triggerEnd, e.clauseEnd).stream()
        .filter(m -> m.kind() == EntryKind.PLACE)
        .allMatch(m -> hostPlaces.stream().anyMatch(p -> p.entry() == m.entry()));
  }

  /**
   * events/weapon-count: "بدأ الهجوم بتفجير سيارتين مفخختين" (the attack began with two car
   * bombs), "اقتحام القاعدة بسيارتين مفخختين" (storming the base with two car bombs), "أطلقت
   * المسيرة صاروخين" (the drone fired two rockets): a number whose words, or the word right after
   * it, name a weapon or a vehicle (WEAPON in incident-merges.tsv) counts the means, not the
   * victims, and is no toll; so does a number after the preposition of means ب after an act
   * that is no killing: "تلاه اقتحام بمئات المسلحين" (followed by a storming by hundreds of
   * gunmen). "مقتل جنديين" (two soldiers killed) is a toll.
   */
  boolean weaponCount(Doc doc, EventType type, int first, int end, int limit) {
    if (type != EventType.KILLING && MEANS.equals(doc.tokens.get(first).segmentations().get(0).preposition())) {
      return true; // "اقتحام بمئات المسلحين": stormed with hundreds of gunmen
    }
    for (int i = first; i < Math.min(end + 1, limit); i++) {
      if (is(doc, i, Cue.WEAPON)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- a sentence read

  /**
   * Merges that need the whole sentence: events/intercepted-weapon: "أعلن التحالف اعتراض
   * وتدمير ثلاث طائرات مسيرة مفخخة أطلقتها الجماعة باتجاه جازان" (the coalition announced it
   * intercepted and destroyed three explosive drones launched towards Jazan), "أسقطت الدفاعات
   * الجوية صاروخا باليستيا" (the air defences shot down a ballistic missile): a weapon (a trigger
   * that counts nothing: a drone, a missile, a shell) after a word of interception (INTERCEPT in
   * incident-merges.tsv) is an attempted attack by whoever launched it, not an air strike, and
   * the destruction named with the interception ("وتدمير") is the same incident, no raid.
   */
  void sentenceDone(Doc doc, Layers layers, List<Found> inSentence) {
    interceptedWeapons(doc, inSentence);
    operationActs(doc, layers, inSentence);
  }

  /** The types of the acts of a security operation (events/operation-acts). */
  private static final Set<EventType> OPERATION_ACTS = EnumSet.of(EventType.RAID,
      EventType.ARREST, EventType.SEIZURE, EventType.KILLING, EventType.ARMED_CLASH);
  /** The acts that make an operation of a sentence: a raid or a clash. */
  private static final Set<EventType> OPERATION_FRAMES = EnumSet.of(EventType.RAID,
      EventType.ARMED_CLASH);
  /** The acts of an operation that only the security forces do. */
  private static final Set<EventType> SECURITY_ACTS = EnumSet.of(EventType.RAID,
      EventType.ARREST, EventType.SEIZURE);

  /**
   * events/operation-acts: "مقتل إرهابيين اثنين واعتقال ثالث بعملية إنزال جوي في وادي حوران"
   * (two terrorists killed and a third arrested in an air landing in Wadi Horan), "نفذت القوة
   * إنزالا جويا على وكر للمسلحين، وقد اشتبكت مع من فيه وقتلت اثنين وألقت القبض على ثالث"
   * (the force carried out an air landing on a hideout, clashed with those inside, killed two and
   * arrested a third), "تبادلوا إطلاق النار مع المهربين قبل أن يتمكنوا من توقيف خمسة منهم"
   * (they exchanged fire with the smugglers before arresting five of them): in a sentence that
   * names a raid or a clash, its killings, arrests and seizures with no place, day or word of
   * another incident of their own are the acts of one operation: one record with the killed and
   * the arrested, an armed clash when there was one, else a raid when it killed, else an
   * arrest. A sentence that also tells an attack or a bombing is left alone (the attack and
   * the arrests after it are two incidents); "داهمت القوات منزلا في بلدة الطيبة واعتقلت
   * مطلوبين، فيما قتل مسلحون جنديين في بلدة أخرى" (another town) stays two.
   */
  private void operationActs(Doc doc, Layers layers, List<Found> inSentence) {
    for (Found f : inSentence) {
      // "مقتل سبعة عناصر خلال عملية مداهمة" (seven killed during a raid): the raid's toll; not
      // what the killers destroyed ("قتلت 22 إرهابيا ودمرت أربع شاحنات", events/strike-effect)
      if (f.type == EventType.KILLING && !f.otherIncident && !f.rules.contains(STRIKE_EFFECT)
          && filters.triggerOfType(doc, f.clauseFirst, f.clauseEnd, Set.of(EventType.RAID))) {
        f.type = EventType.RAID;
        touched(f, OPERATION_ACTS_RULE, f);
      }
    }
    if (inSentence.size() < 2) {
      return; // fewer than two acts (most sentences): no operation
    }
    // "العناصر المتورطة في الهجوم" (those involved in the attack): a bare definite noun points
    // back to the incident told before and is no act of the operation
    List<Found> acts = inSentence.stream().filter(f -> !bareReference(f)).toList();
    if (acts.size() < 2 || acts.stream().anyMatch(f -> !OPERATION_ACTS.contains(f.type)
        || f.otherIncident || f.aside || f.status != EventStatus.OCCURRED)
        || acts.stream().noneMatch(f -> SECURITY_ACTS.contains(f.type))) {
      return;
    }
    Sentence s = doc.sentence(acts.get(0).sentence);
    if (!filters.triggerOfType(doc, s.firstToken(), s.endToken(), OPERATION_FRAMES)) {
      return;
    }
    Found first = acts.get(0);
    for (Found e : acts.subList(1, acts.size())) {
      if (!noPlaceOfItsOwn(doc, first, e) || !noDateOfItsOwn(layers, first, e)
          || filters.another(doc, e.clauseFirst, e.clauseEnd)) {
        return;
      }
    }
    boolean clash = acts.stream().anyMatch(f -> f.type == EventType.ARMED_CLASH);
    boolean killing = acts.stream().anyMatch(f -> f.type == EventType.KILLING || f.killed != null);
    boolean raid = filters.triggerOfType(doc, s.firstToken(), s.endToken(), Set.of(EventType.RAID));
    boolean arrest = acts.stream().anyMatch(f -> f.type == EventType.ARREST);
    for (Found e : acts.subList(1, acts.size())) {
      absorb(first, e);
      inSentence.remove(e);
      touched(first, OPERATION_ACTS_RULE, e);
    }
    first.type = clash ? EventType.ARMED_CLASH : raid && killing ? EventType.RAID
        : arrest ? EventType.ARREST : first.type;
  }

  /** A definite trigger noun alone, with no toll: it names an incident told before. */
  private static boolean bareReference(Found f) {
    return f.definiteNoun && EventFilters.vague(f.killed) && EventFilters.vague(f.injured)
        && EventFilters.vague(f.arrested);
  }

  /** The record is an operation of several acts (events/operation-acts). */
  private static boolean operation(Found f) {
    return f.rules.contains(OPERATION_ACTS_RULE);
  }

  private static final String OPERATION_ACTS_RULE = "events/operation-acts";

  /**
   * events/intercepted-weapon (once the sentence is read), see {@link #sentenceDone}.
   */
  private void interceptedWeapons(Doc doc, List<Found> inSentence) {
    for (Found w : List.copyOf(inSentence)) {
      if (!inSentence.contains(w) || w.trigger == null
          || w.trigger.countRole() != Trigger.CountRole.NONE || !VIOLENCE.contains(w.type)) {
        continue;
      }
      int cue = -1;
      for (int i = Math.max(0, w.triggerFirst - INTERCEPT_WINDOW); i < w.triggerFirst; i++) {
        if (is(doc, i, Cue.INTERCEPT)) {
          cue = i;
        }
      }
      if (cue < 0) {
        continue;
      }
      w.type = EventType.ATTACK;
      w.status = EventStatus.ATTEMPTED;
      touched(w, "events/intercepted-weapon", w);
      for (Found r : List.copyOf(inSentence)) {
        if (r != w && r.type == EventType.RAID && r.trigger.countRole() == Trigger.CountRole.NONE
            && r.triggerFirst > cue && r.triggerFirst < w.triggerFirst) {
          absorb(w, r);
          w.type = EventType.ATTACK;
          w.status = EventStatus.ATTEMPTED;
          inSentence.remove(r);
          touched(w, "events/intercepted-weapon", r);
        }
      }
    }
  }

  // ---------------------------------------------------------------- into the article

  /**
   * Merges {@code e} into an incident already reported when it repeats or points back to it
   * (events/same-incident, events/back-reference); false when it is a new incident. The incident
   * keeps the evidence and, by events/first-telling, the type of its first telling.
   */
  boolean intoArticle(Doc doc, Layers layers, List<Found> events, Found e) {
    Found swept = sweepGoesOn(doc, events, e);
    if (swept != null) {
      foldKeeping(swept, e, SWEEP_GOES_ON, true);
      return true;
    }
    Found attacked = apart(doc, e) ? null : attackersDead(doc, layers, events, e);
    if (attacked != null) {
      Count killed = attacked.killed;
      Count injured = attacked.injured;
      foldKeeping(attacked, e, ATTACKERS_DEAD, true);
      attacked.killed = killed; // the attackers' dead are no toll of the incident they made
      attacked.injured = injured;
      return true;
    }
    // "ارتفاع الحصيلة إلى 12 قتيلا": the update of a toll already given is the incident's as it
    // comes, so that what the later sentences tell of the incident finds it with its toll
    // (events/toll-update); an update of no exact toll waits for the records' merges
    Found updated = risen(e) && VIOLENCE.contains(e.type) && !apart(doc, e)
        ? versionOf(doc, events.stream().filter(o -> o.killed != null && !o.killed.approximate()).toList(), e, false, true) : null;
    if (updated != null) {
      mergeVersion(updated, e, TOLL_UPDATE);
      return true;
    }
    boolean kind = VIOLENCE.contains(e.type) || OPERATION_PARTS.contains(e.type);
    if (!apart(doc, e) && kind && otherSide(doc, doc.sentence(e.sentence))) {
      Found told = versionOf(doc, events, e, true, false);
      if (told != null) {
        mergeVersion(told, e, "events/other-side");
        return true;
      }
    }
    // "أن هجوما آخر استهدف حاجزا" (that another attack hit a checkpoint): no repetition
    boolean anotherAct = e.type != EventType.KILLING && filters.is(doc, e.triggerEnd, EventFilters.Cue.ANOTHER);
    List<Found> before = contrastOf(doc, events, e);
    Found previous = apart(doc, e) || anotherAct ? null : backReference(doc, before, e);
    if (previous == null) {
      // what neither repeats nor points back may still be a source's telling of the incident
      Found told = !apart(doc, e) && !anotherAct && kind && reportedTelling(doc, e) ? toldIncident(doc, layers, before, e) : null;
      if (told != null && roughOrPart(doc, told, e)) {
        foldKeeping(told, e, "events/reported-telling", true); // "بين القتلى خمسة أطفال": no figure of its own
        return true;
      }
      if (told != null) {
        boolean operation = !VIOLENCE.contains(told.type) || !VIOLENCE.contains(e.type);
        mergeVersion(told, e, "events/reported-telling");
        if (operation) {
          touched(told, TOLD_OPERATION, e);
        }
        return true;
      }
      return false;
    }
    if (CLAIMED_TOLL.equals(e.mergedBy) || FRAMED_REFERENCE.equals(e.mergedBy)) {
      mergeVersion(previous, e, e.mergedBy); // the claimant's or the other side's figure competes
      return true;
    }
    EventType kept = previous.type;
    EventStatus keptStatus = previous.status;
    int clauseFirst = previous.clauseFirst;
    int clauseEnd = previous.clauseEnd;
    boolean competing = !previous.competingFigures.isEmpty();
    absorb(previous, e);
    if (ROUND_TOLL.equals(e.mergedBy) && roundPlural(previous.killed) && !roundPlural(e.killed)) {
      previous.killed = e.killed; // the figure is the toll, the round plural the other side's dead
    }
    if (competing) {
      keepCompeting(previous, e);
    }
    previous.clauseFirst = clauseFirst; // the evidence stays the sentence that reported it
    previous.clauseEnd = clauseEnd;
    boolean manner = kept == EventType.KILLING && MANNERS.contains(e.type);
    if ((e.weakTrigger || attributive(doc, e)) && !manner) {
      // "حزام ناسف" or "وحدته الانتحارية" in a later sentence does not retype the incident
      if (previous.type != kept && !e.weakTrigger) {
        touched(previous, ATTRIBUTIVE, e);
      }
      previous.type = kept;
    } else if (!manner && previous.type != kept && !retypes(kept, previous.type)) {
      previous.type = kept;
      touched(previous, "events/first-telling", e);
    }
    if (keptStatus == EventStatus.OCCURRED && previous.status != EventStatus.OCCURRED) {
      previous.status = keptStatus; // "حاولوا اقتحام المعسكر": how it went, it occurred
      touched(previous, "events/first-telling", e);
    }
    fillFrom(previous, e);
    touched(previous, e.mergedBy, e);
    if (manner) {
      previous.type = e.type;
      touched(previous, "events/manner-of-killing", e);
    }
    return true;
  }

  /**
   * Rule {@value}: "قتل عشرة جنود في كمين ... وأكد الجيش أنه حيد نحو عشرين من المهاجمين خلال الرد"
   * (ten soldiers were killed in an ambush ... the army said it neutralised about twenty of the
   * attackers during its response), "وقتل ثلاثة من المسلحين المهاجمين في الاشتباك", "مشيرا إلى
   * مقتل خمسة من المهاجمين": a later killing whose count is of the definite attackers (an ATTACKER
   * word of event-cues.tsv with its article, right after the count or its "من") counts the dead
   * of the side that made the incident told before, in its response: a part of that incident,
   * whose own toll stays. It folds into the latest violent incident of the
   * {@link #ATTACKERS_DEAD_SENTENCES} sentences before it that is not told aside, on the same day
   * and at its places. "قتل عشرون مهاجما في هجوم آخر" is indefinite and another incident; "وقتل
   * المهاجمون ثلاثة حراس" makes the attackers the killers, with no count before them.
   */
  static final String ATTACKERS_DEAD = "events/attackers-dead";
  /** How many sentences back the incident whose attackers were killed may be told ({@link #ATTACKERS_DEAD}). */
  static final int ATTACKERS_DEAD_SENTENCES = 2;
  /**
   * How far after its count the definite attackers may stand ({@link #ATTACKERS_DEAD}), in
   * tokens: "نحو عشرين من المهاجمين", "عشرة من الإرهابيين المهاجمين".
   */
  static final int ATTACKERS_REACH = 3;

  private Found attackersDead(Doc doc, Layers layers, List<Found> events, Found e) {
    if (!VIOLENCE.contains(e.type) || e.killed == null || e.killed.span().isEmpty() || e.aside || e.otherIncident
        || filters.another(doc, doc.sentence(e.sentence).firstToken(), e.clauseEnd)) {
      return null;
    }
    int end = doc.tokenAtOriginal(e.killed.span().get().end() - 1) + 1;
    boolean attackers = false;
    for (int i = end; i < Math.min(e.clauseEnd, end + ATTACKERS_REACH); i++) {
      Token t = doc.tokens.get(i);
      attackers |= filters.is(doc, i, EventFilters.Cue.ATTACKER)
          && (t.segmentations().get(0).definite() || t.text().startsWith(ARTICLE));
    }
    if (!attackers) {
      return null;
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      Found o = events.get(i);
      if (e.sentence - latest(o) > ATTACKERS_DEAD_SENTENCES) {
        return null;
      }
      if (VIOLENCE.contains(o.type) && !o.aside && o.sentence < e.sentence
          && (sameDay(doc, layers, o, e) || byReportDay(e, o)) && withinPlaces(doc, o, e)) {
        return o;
      }
    }
    return null;
  }

  /**
   * Rule {@value}: "تمكنت وحدات الجيش ليلة الاثنين من القضاء على عنصرين إرهابيين خلال عملية
   * أمنية بجبل المغيلة ... وتواصل الوحدات العسكرية تمشيط المرتفعات الغربية" (army units
   * eliminated two terrorists in a security operation on Mount Mghila ... the military units go
   * on sweeping the western heights), "ويواصل الجيش ملاحقة المهاجمين" (the army keeps pursuing
   * the attackers): a raid or a sweep with no toll, no arrests and no day of its own, a few words
   * after a verb of going on (CONTINUATION in event-cues.tsv), is the operation or the clash told
   * before still under way, not an operation of its own: it folds into the latest incident of the
   * {@link #REVISION_SENTENCES} sentences before it that is not told aside. "وتواصل القوات
   * تمشيط المنطقة منذ يوم الجمعة" names a day of its own; with no incident before it the sweep
   * stays what it is.
   */
  static final String SWEEP_GOES_ON = "events/sweep-goes-on";
  /** How far before its sweep the verb of going on may stand, in tokens. */
  static final int SWEEP_CONTINUATION_WINDOW = 3;

  private Found sweepGoesOn(Doc doc, List<Found> events, Found e) {
    if (e.type != EventType.RAID || e.killed != null || e.injured != null || e.arrested != null
        || e.date.isPresent() && !e.dateCarried || e.otherIncident || e.aside) {
      return null;
    }
    boolean goesOn = false;
    for (int i = Math.max(e.clauseFirst, e.triggerFirst - SWEEP_CONTINUATION_WINDOW); i < e.triggerFirst; i++) {
      goesOn |= filters.is(doc, i, EventFilters.Cue.CONTINUATION);
    }
    if (!goesOn) {
      return null;
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      Found o = events.get(i);
      if (e.sentence - o.sentence > REVISION_SENTENCES) {
        return null;
      }
      if (!o.aside && !o.otherIncident && (lethal(o) || OPERATION_PARTS.contains(o.type))) {
        return o;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- across records

  /** The merges of records once they are filtered: a restated toll, a detail, a revision. */
  void acrossRecords(Doc doc, Layers layers, List<Found> events) {
    mergeSameToll(events);
    mergeTollRevisions(doc, events);
    mergeOneIncident(doc, layers, events);
  }

  /** What a later telling of a violent incident may be beside an act of violence: its hostages, the arms seized. */
  private static final Set<EventType> INCIDENT_PARTS = EnumSet.of(EventType.KIDNAPPING,
      EventType.SEIZURE);

  /** How far into its sentence a word opening another item of news (NEW_ITEM) may stand, in tokens. */
  static final int NEW_ITEM_WINDOW = 3;

  /**
   * events/one-incident, the last merge: "هاجم مسلحون قرية تنغا فجر الأحد وقتلوا 14 قرويا. وروت
   * إحدى الناجيات أنها فرت بينما كان المهاجمون يحرقون البيوت، مؤكدة أن بين القتلى خمسة أطفال"
   * (gunmen attacked Tanga village at dawn on Sunday and killed 14 villagers; a survivor said she
   * fled while the attackers burned the houses, adding that five children were among the dead):
   * as a coder codes one event per actors, place and day, a later record in a later sentence is
   * the incident before it when nothing marks it as another one:
   * <ul>
   *   <li>no day of its own that differs from the incident's ({@link #sameDay});</li>
   *   <li>its places are the incident's, inside its most specific place or holding it
   *       ({@link #withinPlaces});</li>
   *   <li>no word of another incident in its sentence (ANOTHER in event-cues.tsv: آخر، منفصل،
   *       مماثل) nor a word opening another item of news at its start (NEW_ITEM in
   *       incident-merges.tsv: في سياق متصل، إلى ذلك، في غضون ذلك) nor a span of days opening it
   *       ("وبعد أيام،", events/days-later); not told aside nor as another incident;</li>
   *   <li>no toll of its own that differs ({@link #tollsAgree}), no other armed groups
   *       ({@link #sameSides}), the same arm ({@link #sameArm});</li>
   *   <li>a part of a violent incident: an act of violence; hostages taken by the attackers (an
   *       arrest verb whose plural ending is its subject: "واحتجزوا عددا من الموظفين"); a
   *       kidnapping or the arms seized a sentence or two later ("وأفادت القوات أن عناصرها صادروا
   *       أسلحة تركها المهاجمون", the forces said their men seized weapons the attackers left).
   *       Arrests by the security forces are events of their own.</li>
   * </ul>
   * The incident keeps its toll, its status and, by events/first-telling, its type unless the
   * later type names the whole of it (a bombing that opens an ambush stays an ambush). "وفي مدينة
   * رفح" (in Rafah, when the incident was in Arish), "وفي يوم الثلاثاء" (on Tuesday, when it was
   * on Sunday), "وفي تطور آخر" (in another development), "وشنت طائرات حربية غارات" (warplanes
   * struck, after a ground attack) keep two incidents.
   */
  private void mergeOneIncident(Doc doc, Layers layers, List<Found> events) {
    for (int j = 1; j < events.size(); j++) {
      Found e = events.get(j);
      boolean hostages = e.type == EventType.ARREST && pronounSubject(doc, e);
      if (e.type == EventType.KIDNAPPING && !goesOn(doc, e) && abductionOwnAct(events, j)) {
        continue; // events/abduction-apart: "مشيرة إلى اختطاف إحدى عشرة امرأة" is an act of its own
      }
      if (apart(doc, e) || e.aside || !VIOLENCE.contains(e.type) && !INCIDENT_PARTS.contains(e.type) && !hostages
          || newItem(doc, e) || filters.another(doc, doc.sentence(e.sentence).firstToken(), e.clauseEnd)
          || e.date.isEmpty() && filters.daysLaterOpening(doc, e)) {
        continue;
      }
      for (int i = j - 1; i >= 0; i--) {
        Found o = events.get(i);
        boolean kind = (VIOLENCE.contains(o.type) || o.type == EventType.KIDNAPPING) && !o.aside
            && o.sentence < e.sentence;
        if (kind && abductionOfAttack(events, i, e)) {
          o.touch(ABDUCTION_APART); // the kidnapping stays its own act
          continue;
        }
        if (kind && sameDay(doc, layers, o, e) && withinPlaces(doc, o, e)
            && tollsAgree(doc, o, e) && sameSides(o, e) && sameArm(o, e)
            && (VIOLENCE.contains(e.type) || e.sentence - latest(o) <= DETAIL_SENTENCES)) {
          foldInto(o, e, attributive(doc, e));
          events.remove(j);
          j--;
          break;
        }
      }
    }
  }

  /**
   * Rule {@value}: "هاجمت قوات الدعم السريع قرية الشيخ مساء الأحد وقتلت العشرات ... مشيرة إلى
   * اختطاف إحدى عشرة امرأة. وقال مستشار للقائد إن قواته لا تستهدف المدنيين" (the RSF attacked the
   * village on Sunday evening and killed dozens ... pointing to the abduction of eleven women; an
   * adviser said his forces do not target civilians): the abduction of people within an attack
   * already recorded (a violent record before the kidnapping) is an act of its own, a KIDNAPPING,
   * and does not fold into the attack by events/one-incident (as coders code the women taken in a
   * massacre beside it), unless it is a verb that goes on with the attackers' acts ("وأضرموا النار
   * واختطفوا راعيا", {@link #goesOn}); a later act of violence ("تستهدف", "أطلقوا النار") tells the
   * attack, not the abduction, and does not fold into it (which would retype it to the attack). A
   * kidnapping with no attack before it ("خطف مسلحون 20 قرويا ... وقال إن المسلحين أطلقوا النار")
   * is the incident and takes its later telling as before.
   */
  static final String ABDUCTION_APART = "events/abduction-apart";

  /**
   * The trigger of {@code e} is a verb joined by و whose plural ending is its subject: the
   * attackers going on with the acts of the attack ("اقتحموا البيوت وأضرموا النار واختطفوا
   * راعيا", they stormed the houses, set fire and abducted a shepherd), one incident.
   */
  private static boolean goesOn(Doc doc, Found e) {
    return e.prefix.startsWith("و") && pronounSubject(doc, e);
  }

  /**
   * The kidnapping {@code events.get(k)} comes after a violent record of the article (the attack it
   * was part of), and so stays a KIDNAPPING of its own ({@link #ABDUCTION_APART}); the kidnapping
   * is marked with the rule.
   */
  private static boolean abductionOwnAct(List<Found> events, int k) {
    if (!violentBefore(events, k)) {
      return false;
    }
    events.get(k).touch(ABDUCTION_APART);
    return true;
  }

  /** {@code e}, a violent act, would fold into the kidnapping {@code events.get(kidnapping)} that is an act of its own. */
  private static boolean abductionOfAttack(List<Found> events, int kidnapping, Found e) {
    return events.get(kidnapping).type == EventType.KIDNAPPING && e.type != EventType.KIDNAPPING
        && VIOLENCE.contains(e.type) && violentBefore(events, kidnapping);
  }

  /** A violent record not told aside stands before {@code events.get(k)}. */
  private static boolean violentBefore(List<Found> events, int k) {
    for (int i = 0; i < k; i++) {
      Found a = events.get(i);
      if (VIOLENCE.contains(a.type) && !a.aside) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same arm: an air strike is the act of whoever has aircraft, most often the answer of the
   * other side ("وشن الطيران غارات على مواقع المهاجمين", the air force struck the attackers'
   * positions): it folds only into an air strike or a killing (the air strike is its manner),
   * and only an air strike or a killing (its toll) folds into one.
   */
  private static boolean sameArm(Found o, Found e) {
    return (o.type == EventType.AIR_STRIKE) == (e.type == EventType.AIR_STRIKE)
        || o.type == EventType.KILLING || e.type == EventType.KILLING;
  }

  /**
   * No toll of its own that differs: the tolls meet; or one of them is a round figure ("عشرات
   * الإرهابيين", dozens of terrorists; "أكثر من ثلاثين"), which counts the other side's dead
   * more often than the incident's victims; or the later one counts a part of the dead (PARTITIVE
   * in incident-merges.tsv before it: "بين القتلى خمسة أطفال", five children among the dead) no
   * larger than the incident's toll. "قتل جنديان" after "مقتل تسعة جنود" is another toll.
   */
  private boolean tollsAgree(Doc doc, Found o, Found e) {
    return (roughOrPart(doc, o, e) || agree(o.killed, e.killed)) && agree(o.injured, e.injured);
  }

  /**
   * One of the killed tolls is a round figure (the other side's dead, most often), or the later
   * one counts a part of the dead ({@link #tollsAgree}): no competing figure.
   */
  private boolean roughOrPart(Doc doc, Found o, Found e) {
    boolean rough = o.killed != null && o.killed.approximate() || e.killed != null && e.killed.approximate();
    boolean part = e.killed != null && o.killed != null && e.killed.span().isPresent()
        && partitive(doc, doc.tokenAtOriginal(e.killed.span().get().start()))
        && e.killed.min().orElse(Long.MAX_VALUE) <= o.killed.max().orElse(Long.MAX_VALUE);
    return rough || part;
  }

  /** How far before a count its word of part ("بين", among) may stand, in tokens. */
  static final int PARTITIVE_WINDOW = 3;

  /** A word of part (PARTITIVE) stands a few tokens before token {@code count}. */
  private boolean partitive(Doc doc, int count) {
    for (int i = Math.max(0, count - PARTITIVE_WINDOW); i < count; i++) {
      if (is(doc, i, Cue.PARTITIVE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * No other actors: when both records name armed groups, they share one ("نفذ مسلحو الحركة
   * هجوما ... وقتل الجيش عناصر من تنظيم آخر", the army killing men of another group, is no part
   * of the movement's attack).
   */
  private static boolean sameSides(Found o, Found e) {
    return o.groups.isEmpty() || e.groups.isEmpty()
        || e.groups.stream().anyMatch(g -> o.groups.stream().anyMatch(q -> q.entry() == g.entry()));
  }

  /** A word opening another item of news (NEW_ITEM or BESIDE_ITEM) stands at the start of {@code e}'s sentence. */
  private boolean newItem(Doc doc, Found e) {
    return opens(doc, e, Cue.NEW_ITEM) || opens(doc, e, Cue.BESIDE_ITEM);
  }

  /** A cue of kind {@code cue} stands within {@link #NEW_ITEM_WINDOW} tokens of the start of {@code e}'s sentence. */
  private boolean opens(Doc doc, Found e, Cue cue) {
    Sentence s = doc.sentence(e.sentence);
    for (int i = s.firstToken(); i < Math.min(s.endToken(), s.firstToken() + NEW_ITEM_WINDOW); i++) {
      if (is(doc, i, cue)) {
        return true;
      }
    }
    return false;
  }

  /** Rule {@value}: see {@link #newItemDay}. */
  static final String NEW_ITEM_DAY = "events/new-item-day";

  /**
   * events/new-item-day: "استشهد مواطنان برصاص قوات الاحتلال مساء أمس. وفي سياق متصل، أعلنت
   * سرايا القدس أن مقاتليها قصفوا تجمعا للجنود بقذائف الهاون" (two citizens were killed by the
   * occupation's fire last evening; in a related context, Saraya al-Quds said its fighters shelled
   * a gathering of soldiers with mortars), "وعلى صعيد آخر، اعتقلت القوات ثلاثة مطلوبين": an act
   * in a sentence that opens another item of news (NEW_ITEM: في سياق متصل، على صعيد آخر، في تطور
   * آخر) and names no day of its own is not dated by the item before it; the text fixes no day.
   * An item told beside the story (BESIDE_ITEM: "في غضون ذلك", meanwhile; "كما", also) may share
   * its day and still takes it.
   */
  boolean newItemDay(Doc doc, Found e) {
    return opens(doc, e, Cue.NEW_ITEM);
  }

  /**
   * No day of its own that differs: no time expression stands in {@code e}'s sentence up to the
   * end of its clause (a day told in a later statement, "في بيان مساء الأربعاء", is the
   * statement's), or it gives the incident's day, or the same words as the incident's clause.
   */
  private static boolean sameDay(Doc doc, Layers layers, Found o, Found e) {
    StringBuilder own = new StringBuilder();
    for (int i = doc.sentence(e.sentence).firstToken(); i < e.clauseEnd; i++) {
      if (layers.inDate(i)) {
        own.append(doc.tokens.get(i).text()).append(' ');
      }
    }
    if (own.isEmpty() || e.dateCarried) {
      return true;
    }
    if (e.date.isPresent() && o.date.isPresent()) {
      return o.date.get().start().equals(e.date.get().start()) || reportedThere(o, e);
    }
    StringBuilder told = new StringBuilder();
    for (int i = o.clauseFirst; i < o.clauseEnd; i++) {
      if (layers.inDate(i)) {
        told.append(doc.tokens.get(i).text()).append(' ');
      }
    }
    if (o.date.isEmpty() && told.isEmpty()) {
      return true; // an undated telling of the incident ("مضيفا أن اشتباكات أوقعت قتلى") names no other day
    }
    return told.toString().contentEquals(own); // "السبت" and "السبت" with no known week
  }

  /**
   * Every place of {@code e} is one of {@code o}'s, or lies inside or holds {@code o}'s most
   * specific place (a country of its own: the incident's); a district beside the incident's in the
   * same province is another place. A place named as a border (BORDER in incident-merges.tsv
   * right before it or opening its name: "قرب الحدود مع مالي", near the border with Mali;
   * "الحدود المالية") tells where the incident lies, not another place.
   */
  private boolean withinPlaces(Doc doc, Found o, Found e) {
    List<Doc.Mention> own = e.places.stream().filter(p -> !border(doc, p)).toList();
    if (o.places.isEmpty()) {
      return own.stream().allMatch(IncidentMerges::isCountry);
    }
    Doc.Mention specific = o.places.get(0);
    return own.stream().allMatch(p -> o.places.stream().anyMatch(q -> q.entry() == p.entry())
        || sameOrWithin(p, specific));
  }

  /** How far before a country its word of border ("الحدود") may stand, in tokens. */
  static final int BORDER_WINDOW = 2;

  /** A word of border opens the mention {@code m} or stands right before it. */
  private boolean border(Doc doc, Doc.Mention m) {
    for (int i = Math.max(0, m.first() - BORDER_WINDOW); i <= m.first() && i < m.end(); i++) {
      if (is(doc, i, Cue.BORDER)) {
        return true;
      }
    }
    return false;
  }

  /** The rule that keeps an incident's type against an attributive adjective ({@link #attributive}). */
  static final String ATTRIBUTIVE = "events/attributive";

  /**
   * events/attributive: the trigger of {@code e} is a definite adjective of a noun that names no act: "وحدته
   * الانتحارية" (its suicide unit), "خلاياه النائمة"; it qualifies the unit, it tells no manner
   * of the incident, so events/one-incident does not retype the incident by it ("الهجوم
   * الانتحاري", the suicide attack, qualifies an act and does).
   */
  private boolean attributive(Doc doc, Found e) {
    Token t = doc.tokens.get(e.triggerFirst);
    int before = e.triggerFirst - 1;
    if (e.triggerEnd - e.triggerFirst != 1 || !(e.prefix.isEmpty() || e.prefix.equals(ARTICLE)) || !t.text().startsWith(ARTICLE)
        || before < doc.sentence(e.sentence).firstToken()) {
      return false;
    }
    Token b = doc.tokens.get(before);
    // the adjective agrees with a definite noun: "الوحدة الانتحارية", "وحدته" (its unit); an
    // indefinite word before it is the subject, the noun its object: "هاجمت عناصر مسلحة الكمين"
    boolean definiteNoun = b.text().startsWith(ARTICLE) || b.segmentations().get(0).definite()
        || POSSESSED_FEMININE.stream().anyMatch(b.text()::endsWith);
    return b.is(Token.Type.ARABIC) && definiteNoun && !words.isClosedClass(b)
        && !filters.triggerAt(doc, before);
  }

  /**
   * The endings of a feminine noun with a possessive pronoun, definite by it: "وحدته" (his unit),
   * "كتيبتها" (its battalion), "خليتهم" (their cell).
   */
  private static final List<String> POSSESSED_FEMININE = List.of("ته", "تها", "تهم", "تهما");

  /**
   * {@code e} tells a part of {@code o}: {@code o} keeps its toll, status and first type (always,
   * when {@code attributive}).
   */
  private static void foldInto(Found o, Found e, boolean attributive) {
    EventType kept = o.type;
    EventStatus status = o.status;
    Count killed = o.killed;
    Count injured = o.injured;
    boolean competing = !o.competingFigures.isEmpty();
    int clauseFirst = o.clauseFirst;
    int clauseEnd = o.clauseEnd;
    absorb(o, e);
    if (o.type != kept && (attributive || !retypes(kept, o.type))) {
      if (attributive && retypes(kept, o.type)) {
        o.rules.add(ATTRIBUTIVE);
      }
      o.type = kept;
    }
    o.status = status;
    if (competing || killed != null) {
      o.killed = killed; // "بين القتلى ثلاثة" (three among the dead) is no toll of its own
    }
    if (competing || injured != null) {
      o.injured = injured;
    }
    o.clauseFirst = clauseFirst;
    o.clauseEnd = clauseEnd;
    fillFrom(o, e);
    touched(o, "events/one-incident", e);
  }

  /**
   * events/raid-sequel: "داهمت قوات الأمن وكرا للمسلحين أمس واشتبكت معهم وقتل ستة منهم" (the
   * security forces raided a hideout yesterday, clashed with them and six of them were killed):
   * a clash or a killing whose verb is joined by و after a raid of the
   * same sentence goes on with the raid's subject: one incident (the clash, the more specific).
   * "داهمت قوات الأمن وكرا للمسلحين أمس، فيما قتل مسلحون جنديين في بلدة أخرى" (meanwhile
   * gunmen killed two soldiers elsewhere) opens with فيما, not و, and stays apart.
   */
  private static boolean raidSequel(Found raid, Found e) {
    return raid.type == EventType.RAID && raid.sentence == e.sentence
        && (e.type == EventType.ARMED_CLASH || e.type == EventType.KILLING)
        && e.prefix.startsWith("و") && !e.otherIncident;
  }

  /**
   * events/during-it: "نفذت القوات عملية إنزال في بلدة الطيانة، اعتقلت خلالها ثلاثة أشخاص" (the
   * forces carried out a landing in the town, arresting three during it): an arrest, a seizure
   * or a killing followed by "خلالها" (during it, DURING_IT in event-cues.tsv) belongs to the
   * raid or the operation just named in its sentence.
   */
  private boolean duringIt(Doc doc, Found host, Found e) {
    if (host.type != EventType.RAID && !OPERATION_PARTS.contains(host.type) && !VIOLENCE.contains(host.type)) {
      return false;
    }
    if (e.type != EventType.ARREST && e.type != EventType.SEIZURE && e.type != EventType.KILLING) {
      return false;
    }
    for (int i = e.triggerEnd; i < Math.min(e.clauseEnd, e.triggerEnd + DURING_IT_WINDOW); i++) {
      if (filters.is(doc, i, EventFilters.Cue.DURING_IT)) {
        return true;
      }
    }
    return false;
  }

  /** How far after its trigger "خلالها" (during it) may stand, in tokens. */
  private static final int DURING_IT_WINDOW = 2;

  /**
   * events/operation-list: "أشار إلى القبض على 27 مطلوبا، وتدمير 12 عربة، وحجز أسلحة" (he
   * reported 27 wanted men arrested, 12 vehicles destroyed and weapons seized): arrests,
   * destructions and seizures joined by و in one sentence, with no place named after the later
   * word, are the results of one operation: one record.
   */
  private static boolean operationList(Doc doc, Found host, Found e) {
    if (!OPERATION_PARTS.contains(host.type) || !OPERATION_PARTS.contains(e.type)
        || !e.prefix.startsWith("و") || host.sentence != e.sentence) {
      return false;
    }
    List<Doc.Mention> own = doc.mentionsIn(e.triggerFirst, e.clauseEnd).stream()
        .filter(m -> m.kind() == EntryKind.PLACE).toList();
    return own.isEmpty();
  }

  /**
   * events/same-toll: "أصيب خمسة جنود خلال اشتباك ... وأفاد مصدر طبي أن خمسة جنود أصيبوا بجروح"
   * (five soldiers were hurt in a clash ... a medical source said five soldiers were hurt): a
   * later violent record with the same killed or injured count as an earlier one, a date and
   * places that agree, restates it and adds its place, date and groups to it.
   */
  private static void mergeSameToll(List<Found> events) {
    for (int j = 1; j < events.size(); j++) {
      Found e = events.get(j);
      for (int i = 0; i < j; i++) {
        Found o = events.get(i);
        boolean kinds = lethal(o) && lethal(e);
        boolean sameToll = o.killed != null && e.killed != null && agreeExactly(o.killed, e.killed)
            || o.injured != null && e.injured != null && agreeExactly(o.injured, e.injured);
        boolean counts = agree(o.killed, e.killed) && agree(o.injured, e.injured);
        // a day of the announcement ("أعلن، مساء اليوم الاثنين، مقتل سبعة") is no day of the act
        boolean dates = o.date.isEmpty() || e.date.isEmpty() || e.dateCarried || o.dateCarried
            || o.dateOfSentence || e.dateOfSentence
            || o.date.get().start().equals(e.date.get().start()) && o.date.get().end().equals(e.date.get().end());
        // a country alone ("قال الجيش المصري") contradicts no place of a restated toll, nor
        // does another name of a place in the same country: the same toll on the same day is
        // the stronger sign
        boolean places = onlyCountries(o.places) || onlyCountries(e.places) || o.places.stream()
            .anyMatch(p -> e.places.stream().anyMatch(q -> sameOrWithin(p, q)
                || p.country().isPresent() && p.country().equals(q.country())));
        if (kinds && sameToll && counts && dates && places) {
          foldKeeping(o, e, "events/same-toll", false); // a restatement does not retype it
          events.remove(j);
          j--;
          break;
        }
      }
    }
  }

  /** An act of violence, or a raid that killed (events/operation-acts): a toll of its own. */
  private static boolean lethal(Found f) {
    return VIOLENCE.contains(f.type) || f.type == EventType.RAID && f.killed != null;
  }

  /** How many sentences back a revised toll may reach its incident. */
  private static final int REVISION_SENTENCES = 6;

  /**
   * events/toll-revision: "وحددت مصادر أمنية رقما أعلى للقتلى، إذ قالت إن 20 قتلوا" (security
   * sources gave a higher figure, saying 20 were killed): a later violent record whose clause
   * gives a toll again, with no other date, belongs to the incident before it; when the figures
   * differ, the incident keeps both and states no single one. events/restatement does the same
   * for a witness's or the perpetrator's own telling: "قال أحد السكان إن دوي الانفجار ..." (a
   * resident said the blast ...), "وقالت الحركة إن مقاتليها قتلوا عشرة جنود" (the movement said
   * its fighters killed ten soldiers), "وقال مصدر طبي إن الغارة أسفرت عن مقتل سبعة" (a medical
   * source said the strike killed seven: a that-clause about the incident by its definite noun).
   */
  private void mergeTollRevisions(Doc doc, List<Found> events) {
    for (int j = 1; j < events.size(); j++) {
      Found e = events.get(j);
      Sentence es = doc.sentence(e.sentence);
      boolean risen = risen(e);
      boolean revision = risen || filters.tollRevision(doc, e.clauseFirst, e.clauseEnd);
      boolean otherSide = !revision && otherSide(doc, es);
      boolean restated = !revision && (otherSide || filters.restatement(doc, es.firstToken(), e.clauseEnd));
      Found before = events.get(j - 1);
      boolean plot = !revision && !restated && plotDetail(doc, before, e);
      boolean detail = plot || !revision && !restated && detailOf(doc, before, e);
      if (detail) {
        mergeDetail(before, e, plot ? "events/plot-detail" : "events/detail-of-incident");
        events.remove(j);
        j--;
        continue;
      }
      // the perpetrator's own telling lists what it destroyed or took ("ودمروا آلية", "غنموا
      // أسلحة"): in a restatement those acts are the incident's too
      boolean kind = VIOLENCE.contains(e.type) || restated && OPERATION_PARTS.contains(e.type)
          && e.type != EventType.ARREST;
      if (!kind || !revision && !restated || apart(doc, e)) {
        continue;
      }
      Found o = versionOf(doc, events.subList(0, j), e, restated, risen);
      if (o != null) {
        boolean operation = restated && (!VIOLENCE.contains(o.type) || !VIOLENCE.contains(e.type));
        mergeVersion(o, e, risen ? TOLL_UPDATE : revision ? "events/toll-revision" : otherSide ? "events/other-side" : "events/restatement");
        if (operation && toldOperation(doc, o, e)) {
          touched(o, TOLD_OPERATION, e);
        }
        events.remove(j);
        j--;
      }
    }
  }

  /**
   * Rule {@value}: "قتل خمسة مدنيين بصاروخ سقط على مخيم للنازحين مساء أمس ... وفي وقت لاحق
   * اليوم، أعلن مكتب الصحة ارتفاع عدد القتلى إلى سبعة بعد وفاة اثنين من الجرحى" (five civilians
   * were killed by a missile that fell on a camp last night ... later today the health office
   * announced the dead had risen to seven after two of the wounded died), "ونقلت الوكالة عن
   * المحافظ قوله إن عدد القتلى ارتفع إلى تسعة" (the agency quoted the governor as saying the dead
   * had risen to nine), "ارتفعت حصيلة القصف إلى 12" (the toll of the shelling rose to 12): a
   * later record whose toll was read as risen ({@link TollCounts#TOLL_ROSE_TO}, either word
   * order) updates the toll of the incident told in the {@link #REVISION_SENTENCES} sentences
   * before it, whose places it shares; its day, when it has one, is the update's, never before
   * the incident's. The risen figure is the incident's toll when it is no lower than the one it
   * rises from: the same count taken later, not a source against another; when the sources
   * already disagree it is one more of their figures. "ارتفعت حصيلة تفجير في مدينة أخرى إلى
   * عشرة" names another place and updates nothing.
   */
  static final String TOLL_UPDATE = "events/toll-update";

  /** The toll of {@code e} was read as a risen toll ({@link #TOLL_UPDATE}). */
  private static boolean risen(Found e) {
    return e.rules.contains(TollCounts.TOLL_ROSE_TO) && e.killed != null;
  }

  /**
   * The incident of {@code events} (latest first) that {@code e}, a revised toll or a restatement
   * ({@code restated}), tells again: a few sentences back, a date and places that agree; a risen
   * toll ({@code risen}, {@link #TOLL_UPDATE}) is dated by its update and names the incident's places.
   */
  private static Found versionOf(Doc doc, List<Found> events, Found e, boolean restated, boolean risen) {
    // an incident of violence the telling may be is read first; an operation's acts
    // (events/told-operation) only when there is none: "زعم التنظيم أن مقاتليه قتلوا عشرة جنود
    // في الهجوم" after the attack and then the arrests of the campaign is the attack's
    Found violent = versionOf(doc, events, e, restated, risen, false);
    return violent != null ? violent : versionOf(doc, events, e, restated, risen, true);
  }

  private static Found versionOf(Doc doc, List<Found> events, Found e, boolean restated, boolean risen,
      boolean operations) {
    Sentence es = doc.sentence(e.sentence);
    for (int i = events.size() - 1; i >= 0; i--) {
      Found o = events.get(i);
      if (e.sentence - o.sentence > REVISION_SENTENCES) {
        return null;
      }
      boolean dates = o.date.isEmpty() || e.date.isEmpty() || e.dateCarried
          || o.date.get().start().equals(e.date.get().start())
          // "في وقت لاحق اليوم، أعلن ... ارتفاع عدد القتلى": the day of the update, not before the act
          || risen && (e.dateOfSentence || !e.date.get().start().isBefore(o.date.get().start()));
      // a restatement names no other place: "قال أحد سكان بلدة أخرى" tells another incident;
      // only the places of its own sentence count, not those a later back-reference brought
      List<Doc.Mention> own = e.places.stream()
          .filter(m -> m.first() >= es.firstToken() && m.end() <= es.endToken()).toList();
      boolean places = !restated && !risen || own.isEmpty() || onlyCountries(own)
          || o.places.isEmpty() || o.places.stream()
              .anyMatch(p -> own.stream().anyMatch(q -> sameOrWithin(p, q) || sameOrWithin(q, p)));
      // a witness who tells the kidnapping again: "قال أحد السكان إن المسلحين أطلقوا النار"
      boolean host = VIOLENCE.contains(o.type) && (VIOLENCE.contains(e.type) || restated)
          || restated && o.type == EventType.KIDNAPPING
          // "في المقابل، اتهم ناشطون القوات المداهمة باعتقال مدنيين": the arrests of the campaign
          || OPERATION_PARTS.contains(o.type) && OPERATION_PARTS.contains(e.type) && restated
          // "وأفادت مصادر محلية بأن القوة اقتحمت المخيم" after the raid: how it went
          || operations && restated && toldOperation(doc, o, e)
          // "ارتفاع عدد الشهداء إلى ثلاثة" after a raid that killed: the raid's toll
          || risen && lethal(o);
      if (host && dates && places) {
        return o;
      }
    }
    return null;
  }

  /**
   * events/competing-kept: an incident whose sources already gave different tolls keeps no
   * single toll when a later telling merges into it: the telling's figure ("وقال مسؤول إن عدد
   * القتلى بلغ عشرة", an official said the dead numbered ten) is one more of its figures, not the
   * toll that fills the gap.
   */
  private static void keepCompeting(Found o, Found e) {
    for (io.github.rasd.model.TollFigure.Kind kind : io.github.rasd.model.TollFigure.Kind.values()) {
      boolean given = o.competingFigures.stream().anyMatch(f -> f.kind() == kind);
      if (given && kind == io.github.rasd.model.TollFigure.Kind.KILLED && o.killed != null && o.killed == e.killed) {
        o.killed = addFigure(o, e, kind, e.killed);
      } else if (given && kind == io.github.rasd.model.TollFigure.Kind.INJURED && o.injured != null && o.injured == e.injured) {
        o.injured = addFigure(o, e, kind, e.injured);
      }
    }
  }

  /** Adds {@code c}, told in {@code e}'s clause, to {@code o}'s figures unless one agrees: no single toll. */
  private static Count addFigure(Found o, Found e, io.github.rasd.model.TollFigure.Kind kind, Count c) {
    if (EventFilters.vague(c)) {
      return null;
    }
    if (o.competingFigures.stream().noneMatch(f -> f.kind() == kind && agree(f.count(), c))) {
      o.competingFigures.add(new Figure(kind, c, e.clauseFirst, e.clauseEnd));
      touched(o, COMPETING_KEPT, e);
    }
    return null;
  }

  /** Rule {@value}: see {@link #keepCompeting}. */
  static final String COMPETING_KEPT = "events/competing-kept";

  /**
   * {@code e} tells {@code o} again: its figures compete with the incident's, its type is not
   * kept; an incident told as occurred in an earlier sentence stays occurred ("حاولوا بعد التفجير
   * اقتحام نقطة", they tried after the blast to storm a checkpoint, tells how a part of it went).
   */
  private static void mergeVersion(Found o, Found e, String rule) {
    Count killed = competing(o, e, io.github.rasd.model.TollFigure.Kind.KILLED, o.killed, e.killed);
    Count injured = competing(o, e, io.github.rasd.model.TollFigure.Kind.INJURED, o.injured, e.injured);
    int clauseFirst = o.clauseFirst;
    int clauseEnd = o.clauseEnd;
    EventType type = o.type;
    EventStatus status = o.status;
    absorb(o, e);
    o.type = type;
    if (status == EventStatus.OCCURRED && o.sentence < e.sentence) {
      o.status = status; // the same sentence may tell the attempt itself: "أسقطت طائرتين مسيرتين"
    }
    o.killed = killed;
    o.injured = injured;
    o.clauseFirst = clauseFirst;
    o.clauseEnd = clauseEnd;
    fillFrom(o, e);
    touched(o, rule, e);
  }

  /** How far into its sentence the connective of the other side's version may stand, in tokens. */
  static final int OTHER_SIDE_WINDOW = 2;
  /**
   * How far after the connective its verb of saying may stand, in tokens: the speaker between
   * them may be a long name ("غير أن وكالة الأنباء السورية الرسمية "سانا" نقلت") or a title and a
   * parenthesis between commas ("لكن مسؤولا في الشرطة المحلية، فضل عدم نشر اسمه، قال").
   */
  static final int SAYING_WINDOW = 13;

  /**
   * events/other-side: "وقالت شبكة الأطباء إن الغارة أسفرت عن مقتل 11 مدنيا. في حين قالت قوات
   * الدعم السريع إن طيران الجيش قتل 15 مواطنا" (the doctors' network said the strike killed 11
   * civilians; whereas the Rapid Support Forces said the army's aircraft killed 15), "في
   * المقابل، زعمت الحركة أن مقاتليها قتلوا 17 جنديا" (on the other hand, the movement claimed its
   * fighters killed 17 soldiers): a sentence that opens with a connective of contrast (OTHER_SIDE
   * in incident-merges.tsv) and a verb of saying (SAYING) tells the other side's version of the
   * incident just told, like events/restatement: one incident, its figures kept with their
   * sources. A version that names another place or day is another incident. The topic particle
   * "أما" (as for) opens such a version when a source follows it and the ف of its answer stands
   * on the verb of saying or right before it: "أما المرصد السوري فتحدث عن مقتل أربعة" (as for the
   * observatory, it spoke of four killed), "أما الجيش فقد أعلن أن ..." (as for the army, it
   * announced that ...); "أما في النيجر، فقد أعلنت الوزارة" (as for Niger, the ministry
   * announced) turns to a place, not to a source, and opens no version.
   */
  private boolean otherSide(Doc doc, Sentence s) {
    for (int i = s.firstToken(); i < Math.min(s.endToken(), s.firstToken() + OTHER_SIDE_WINDOW); i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.OTHER_SIDE) {
        for (int k = h.get().end(); k < Math.min(s.endToken(), h.get().end() + SAYING_WINDOW); k++) {
          if (is(doc, k, Cue.SAYING)) {
            return true;
          }
        }
      }
      if (h.isPresent() && h.get().value() == Cue.TOPIC && topicSource(doc, s, h.get().end())) {
        return true;
      }
    }
    return false;
  }

  /** The answer particle of "أما": "فتحدث", "فقد أعلن" (events/other-side). */
  private static final String TOPIC_ANSWER = "ف";

  /**
   * After "أما" at token {@code from}: a source (no preposition, no place) and, within
   * {@link #SAYING_WINDOW} words, a verb of saying that carries the ف of the answer or follows
   * a word that does ("فقد").
   */
  private boolean topicSource(Doc doc, Sentence s, int from) {
    if (from >= s.endToken() || words.isClosedClass(doc.tokens.get(from))
        || doc.mentionOfKind(from, EntryKind.PLACE, EntryKind.COUNTRY)) {
      return false; // "أما في النيجر" (as for Niger): a place, no source
    }
    for (int k = from + 1; k < Math.min(s.endToken(), from + SAYING_WINDOW); k++) {
      if (is(doc, k, Cue.SAYING)) {
        return doc.tokens.get(k).text().startsWith(TOPIC_ANSWER)
            || doc.tokens.get(k - 1).text().startsWith(TOPIC_ANSWER);
      }
    }
    return false;
  }

  /** How far into its sentence the verb of saying of a reported telling may stand, in tokens. */
  static final int TELLING_VERB_WINDOW = 2;
  /** How many sentences after an incident a source's telling of it may come. */
  static final int TELLING_SENTENCES = 2;
  /** How far apart two places with coordinates may lie and still be one incident's, in km. */
  static final double SAME_AREA_KM = 30;

  /**
   * events/reported-telling: "قتل ثلاثة مدنيين بهجوم على قرية في قضاء المقدادية. وأفاد المصدر
   * بأن مجموعة إرهابية تسللت واقتحمت قرية الحاج علي التابعة لناحية أبي صيدا وأطلقت النار على
   * الأهالي" (three civilians were killed in an attack on a village of Muqdadiya; the source
   * said a terrorist group infiltrated, stormed the village of Hajj Ali in Abu Saida and opened
   * fire on the people), "وقال المرصد إن سبعة مدنيين قتلوا معظمهم في سوق أريحا" (the
   * observatory said seven civilians were killed, most in the Ariha market): a sentence that
   * opens with a verb of saying (SAYING in incident-merges.tsv: قال، أفاد، ذكر، أوضح، أعلن)
   * and tells, in what is said, an act of violence a sentence or two after an incident, with no
   * day of its own that differs, no word of another incident (ANOTHER: آخر، منفصل) and no word
   * opening another item (NEW_ITEM), tells that incident again: the places it names are the
   * detail of where it happened unless they lie elsewhere ({@link #sameArea}), and its toll is
   * one of the incident's competing figures. "وقال مصدر إن مسلحين قتلوا جنديين في مدينة رفح
   * يوم الأحد" (another day) and "... في محافظة صلاح الدين" (another province) stay apart.
   */
  private boolean reportedTelling(Doc doc, Found e) {
    Sentence s = doc.sentence(e.sentence);
    int verb = -1;
    for (int i = s.firstToken(); i < Math.min(s.endToken(), s.firstToken() + TELLING_VERB_WINDOW); i++) {
      if (is(doc, i, Cue.SAYING)) {
        verb = i;
        break;
      }
    }
    // a witness's or the perpetrator's telling, a revised toll: events/restatement and
    // events/toll-revision read them once the records are filtered
    return verb >= 0 && e.triggerFirst > verb && !newItem(doc, e)
        && !filters.another(doc, s.firstToken(), e.clauseEnd)
        && !filters.restatement(doc, s.firstToken(), e.clauseEnd)
        && !filters.tollRevision(doc, s.firstToken(), e.clauseEnd);
  }

  /** The types a telling may give to any incident: a toll ("قتلوا") or an attack in general. */
  private static final Set<EventType> GENERAL_TYPES = EnumSet.of(EventType.KILLING, EventType.ATTACK);

  /** The incident just told that the reported telling {@code e} tells again, or null. */
  private static Found toldIncident(Doc doc, Layers layers, List<Found> events, Found e) {
    if (events.isEmpty()) {
      return null;
    }
    Found o = events.get(events.size() - 1);
    boolean near = e.sentence > o.sentence && e.sentence - latest(o) <= TELLING_SENTENCES;
    // "وأكد أن الميليشيا قصفت قرية" after a clash: another act of the speaker's list
    boolean kind = VIOLENCE.contains(o.type) && VIOLENCE.contains(e.type) && (o.type == e.type
        || GENERAL_TYPES.contains(o.type) || GENERAL_TYPES.contains(e.type))
        || toldOperation(doc, o, e);
    boolean day = e.date.isEmpty() || reportedThere(o, e) || o.date.isPresent()
        && o.date.get().start().equals(e.date.get().start());
    if (!near || !kind || !day || o.aside || !sameDay(doc, layers, o, e)) {
      return null;
    }
    if (e.killed != null && o.killed != null && !agree(o.killed, e.killed) && events.stream()
        .anyMatch(f -> f.killed != null && agreeExactly(f.killed, e.killed))) {
      return null; // the toll of an incident told before: events/same-toll finds it
    }
    return e.places.stream().allMatch(p -> o.places.isEmpty()
        || o.places.stream().anyMatch(q -> sameOrWithin(p, q) || sameOrWithin(q, p))
        || o.places.stream().allMatch(q -> sameArea(p, q))) ? o : null;
  }

  /**
   * Rule {@value}: "أفاد مصدر أمني، اليوم الثلاثاء، بمقتل عنصرين بانفجار عبوة ناسفة ... وقال
   * المصدر إن العبوة انفجرت لحظة مرور العجلة مساء أمس" (a security source said on Tuesday that two
   * were killed by a roadside bomb ... the source said it went off as the vehicle passed last
   * evening), "خطف مسلحون 23 قرويا في هجوم ليلي على قرية ...، حسبما ذكرت الشرطة اليوم" (gunmen
   * abducted 23 villagers in a night attack on a village, the police said today), "على ما أفاد
   * مسؤول محلي وكالة فرانس برس الثلاثاء" (as a local official told AFP on Tuesday): a time
   * expression that follows a verb of saying (SAYING in incident-merges.tsv) within
   * {@link #REPORT_DAY_WINDOW} words, with no trigger, no complementizer (أن، إن) and no quote
   * between, or the day of a dateline before its agency ("أبوجا 15 يناير 2025 (شينخوا) خطف
   * مسلحون", Abuja, 15 January 2025 (Xinhua): gunmen abducted), dates the saying, not the act: the record keeps it as the day of its sentence, which
   * a later telling's own day replaces and which no day of a telling up to {@link #REPORT_DAYS_BACK}
   * days earlier contradicts. "قال
   * مسؤولون إن طائرة قصفت سيارة يوم الاثنين" has its day inside what is said and dates the act.
   */
  static final String REPORT_DAY = "events/report-day";
  /** How far after the day of a dateline its agency may stand: "15 يناير 2025 (شينخوا)", in tokens. */
  static final int DATELINE_REACH = 2;
  /** How far after its verb of saying the day of a report may stand, in tokens. */
  static final int REPORT_DAY_WINDOW = 8;

  /** The tokens {@code [first, end)} of a time expression in its sentence. */
  private record DayTokens(Sentence sentence, int first, int end) {}

  private static Optional<DayTokens> dayTokens(Doc doc, io.github.rasd.model.DateRange d) {
    if (d.span().isEmpty()) {
      return Optional.empty();
    }
    int first = doc.tokenAtOriginal(d.span().get().start());
    if (first < 0) {
      return Optional.empty();
    }
    int end = doc.tokenAtOriginal(d.span().get().end() - 1) + 1;
    return Optional.of(new DayTokens(doc.sentence(doc.sentenceOf(first)), first, end));
  }

  /** The time expression {@code d} dates a saying ({@link #REPORT_DAY}). */
  boolean reportDay(Doc doc, io.github.rasd.model.DateRange d) {
    Optional<DayTokens> at = dayTokens(doc, d);
    if (at.isEmpty()) {
      return false;
    }
    Sentence s = at.get().sentence();
    int first = at.get().first();
    int end = at.get().end();
    if (first - s.firstToken() <= Dateline.MAX_PLACE_TOKENS) {
      // the dateline of a dispatch: "أبوجا 15 يناير 2025 (شينخوا) خطف مسلحون ..."
      for (int k = end; k < Math.min(s.endToken(), end + DATELINE_REACH); k++) {
        if (doc.mentionOfKind(k, EntryKind.OUTLET)) {
          return true;
        }
      }
    }
    if (statementDay(doc, at.get())) {
      return true;
    }
    for (int k = first - 1; k >= Math.max(s.firstToken(), first - REPORT_DAY_WINDOW); k--) {
      if (doc.isQuote(k) || filters.triggerAt(doc, k)
          || words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER)) {
        return false;
      }
      if (is(doc, k, Cue.SAYING)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@value}, a part of {@link #REPORT_DAY}: "وفي وقت لاحق الجمعة، أعلنت هيئة الأركان في
   * بيان ارتفاع الحصيلة" (later on Friday the general staff announced in a statement that the toll
   * had risen), "ومساء الأحد، قال الجيش إن ..." (on Sunday evening the army said that ...),
   * "وصباح اليوم أفادت الشرطة بأن ...": a time expression that opens its sentence (a
   * preposition or a frame before it, no trigger) and is followed, after a comma or none, within
   * {@link #STATEMENT_DAY_REACH} words by a verb of saying (SAYING in incident-merges.tsv) dates
   * the statement, not the act it tells. "وفي يوم الأحد، هاجم مسلحون القرية" has its act right
   * after the day and dates it; "قال الجيش إن مسلحين هاجموا القرية الأحد" has its day inside
   * what is said.
   */
  static final String STATEMENT_DAY = "events/statement-day";
  /** How far after a fronted day its verb of saying may stand ({@link #STATEMENT_DAY}), in tokens. */
  static final int STATEMENT_DAY_REACH = 2;
  /** How far into its sentence a fronted day of a statement may start ({@link #STATEMENT_DAY}), in tokens. */
  static final int STATEMENT_DAY_OPENING = 4;

  /** The time expression {@code d} opens its sentence before a verb of saying ({@link #STATEMENT_DAY}). */
  boolean statementDay(Doc doc, io.github.rasd.model.DateRange d) {
    return dayTokens(doc, d).map(at -> statementDay(doc, at)).orElse(false);
  }

  private boolean statementDay(Doc doc, DayTokens at) {
    Sentence s = at.sentence();
    int first = at.first();
    int end = at.end();
    if (first - s.firstToken() > STATEMENT_DAY_OPENING) {
      return false;
    }
    for (int k = s.firstToken(); k < first; k++) {
      if (filters.triggerAt(doc, k) || doc.isQuote(k)) {
        return false;
      }
    }
    int k = end;
    if (k < s.endToken() && doc.isPunct(k, "،", ",")) {
      k++;
    }
    for (int i = k; i < Math.min(s.endToken(), k + STATEMENT_DAY_REACH); i++) {
      if (filters.triggerAt(doc, i) || doc.isQuote(i)) {
        return false;
      }
      if (is(doc, i, Cue.SAYING)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day of {@code o} is the day of its report or sentence ({@link #REPORT_DAY}) and {@code e}
   * names no later day: the act told happened by then.
   */
  private static boolean byReportDay(Found o, Found e) {
    // an incident named only as the point another is dated from ("بعد يومين من هجوم") has no
    // day of its own to report: events/same-incident reads its retelling (retold)
    return o.dateOfSentence && !o.otherIncident && o.date.isPresent() && e.date.isPresent()
        && !e.date.get().start().isAfter(o.date.get().start())
        && !e.date.get().start().isBefore(o.date.get().start().minusDays(REPORT_DAYS_BACK));
  }

  /**
   * {@link #byReportDay}, and {@code e} names no place that is not one of {@code o}'s: "حاولت
   * عناصر فجر الثلاثاء مهاجمة كمين بقرية أخرى" (elements tried on Tuesday at dawn to attack a
   * checkpoint in another village) after a statement of Wednesday tells another incident.
   */
  private static boolean reportedThere(Found o, Found e) {
    return byReportDay(o, e) && e.places.stream()
        .allMatch(p -> o.places.stream().anyMatch(q -> sameOrWithin(p, q) || sameOrWithin(q, p)));
  }

  /**
   * How many days before its report an act told may lie and still be the reported one: "مساء
   * أمس" (last evening), "ليل الأحد" two days back; "في الثاني عشر من تشرين الأول الماضي" (on
   * 12 October last) months back is another incident.
   */
  static final int REPORT_DAYS_BACK = 3;

  /** Rule {@value}: see {@link #toldOperation}. */
  static final String TOLD_OPERATION = "events/told-operation";

  /** The hosts whose acts a source tells ({@link #TOLD_OPERATION}): a raid, an arrest, a seizure, a kidnapping. */
  private static final Set<EventType> OPERATION_HOSTS = EnumSet.of(EventType.RAID,
      EventType.ARREST, EventType.SEIZURE, EventType.KIDNAPPING);

  /**
   * events/told-operation, a part of events/reported-telling: "نفذت القوات فجر الثلاثاء عملية
   * إنزال في بلدة ذيبان اعتقلت خلالها ستة مدنيين. وقالت المصادر إن القوة داهمت منازل في الحي
   * الشرقي" (the forces carried out a landing in Dhiban at dawn on Tuesday and arrested six
   * civilians; the sources said the force raided houses in the eastern quarter), "خطف مسلحون 20
   * قرويا في هجوم على قرية ... وقال المتحدث إن المسلحين اقتحموا القرية وأطلقوا النار" (gunmen
   * abducted 20 villagers in an attack on a village; the spokesman said the gunmen stormed the
   * village and opened fire), "قتل سبعة جنود في هجوم انتحاري ... وأفاد البيان بأن انتحاريا اقتحم
   * بسيارة مفخخة مؤخرة القافلة" (a suicide bomber stormed the rear of the convoy): what a source
   * tells of a raid, an arrest, a kidnapping or an attack just told (a storming, a raid on
   * houses, the shooting, the drones over the raided town) is how that operation went, not an
   * operation of its own; the storming of an attack is its manner. A raid told of another place
   * ("وقال المصدر إن قوة أخرى داهمت منازل في مدينة الرقة") stays apart by the places of
   * events/reported-telling; a telling that names no place of the operation's and no place at
   * all, of an act of violence after a raid, is another act of the speaker's list and stays.
   */
  private static boolean toldOperation(Doc doc, Found o, Found e) {
    // one word of storming or raiding ("اقتحم", "داهمت"), not "المداهمات" (the raids) in general
    // nor a sweep named as an operation ("عملية تمشيط ما زالت جارية": events/ongoing-campaign)
    boolean storming = e.type == EventType.RAID && !e.definiteNoun && e.triggerEnd - e.triggerFirst == 1
        && (VIOLENCE.contains(o.type) || OPERATION_HOSTS.contains(o.type));
    if (storming) {
      return true;
    }
    if (o.type == EventType.KIDNAPPING) {
      // "وقال المتحدث إن المسلحين اقتحموا القرية ليلا الثلاثاء وأطلقوا النار": the kidnapping's
      // raid, told with its hour; with no day of its own events/detail-of-incident takes it
      return VIOLENCE.contains(e.type) && e.date.isPresent() && !e.dateCarried;
    }
    if (!OPERATION_HOSTS.contains(o.type)) {
      return false;
    }
    // after a raid or an arrest, an act of violence or an arrest is the operation's only where
    // the operation was: a place of its own inside the operation's
    boolean part = VIOLENCE.contains(e.type) || OPERATION_PARTS.contains(e.type);
    boolean next = e.sentence - latest(o) <= 1; // the sentence right after names no place again
    return part && (e.places.isEmpty() ? next : e.places.stream()
        .allMatch(p -> o.places.stream().anyMatch(q -> sameOrWithin(p, q) || sameOrWithin(q, p))));
  }

  /**
   * Two places that nothing puts apart: the same country (or one unknown), not two divisions of
   * GeoNames of different provinces, and not farther apart than {@link #SAME_AREA_KM} when both
   * have coordinates. A village the gazetteer knows no province of ("قرية الحاج علي", "سوق
   * أريحا") is where the incident happened, told more precisely.
   */
  private static boolean sameArea(Doc.Mention a, Doc.Mention b) {
    if (!(a.entry() instanceof PlaceEntry p) || !(b.entry() instanceof PlaceEntry q)) {
      return false;
    }
    if (p.kind() == PlaceKind.COUNTRY || q.kind() == PlaceKind.COUNTRY) {
      return a.country().isEmpty() || b.country().isEmpty() || a.country().equals(b.country());
    }
    Optional<String> pc = a.country().or(p::country);
    Optional<String> qc = b.country().or(q::country);
    if (pc.isPresent() && qc.isPresent() && !pc.equals(qc)) {
      return false;
    }
    if (p.fromGeoNames() && q.fromGeoNames() && p.admin1().isPresent() && q.admin1().isPresent()
        && !p.admin1().equals(q.admin1())) {
      return false;
    }
    if (p.latitude().isPresent() && p.longitude().isPresent() && q.latitude().isPresent()
        && q.longitude().isPresent()) {
      return kilometres(p, q) <= SAME_AREA_KM;
    }
    return true;
  }

  /** The mean radius of the earth, in km. */
  private static final double EARTH_KM = 6371;

  /** The distance of two places, on an equirectangular projection (good over a few hundred km). */
  private static double kilometres(PlaceEntry p, PlaceEntry q) {
    double lat1 = Math.toRadians(p.latitude().getAsDouble());
    double lat2 = Math.toRadians(q.latitude().getAsDouble());
    double x = Math.toRadians(q.longitude().getAsDouble() - p.longitude().getAsDouble())
        * Math.cos((lat1 + lat2) / 2);
    return Math.hypot(x, lat2 - lat1) * EARTH_KM;
  }

  /** How many sentences after an incident a detail of it may come. */
  private static final int DETAIL_SENTENCES = 2;

  /**
   * events/detail-of-incident: "أقدم مسلحون على خطف 15 طالبا في بلدة دانموسا ليل السبت. وقال
   * المتحدث إن المسلحين أطلقوا النار في الهواء" (gunmen abducted 15 students in Danmusa on
   * Saturday night; the spokesman said the gunmen fired in the air): a violent record a sentence
   * or two after an incident, with no date and no place of its own (a country at most), a toll
   * that agrees, no word of another incident ("هجوم آخر", another attack) and no word opening
   * another item at its start (NEW_ITEM: "ميدانيا", on the ground), tells the same incident and
   * adds its toll to it.
   */
  private boolean detailOf(Doc doc, Found o, Found e) {
    if (!VIOLENCE.contains(e.type) || apart(doc, e) || o.aside || newItem(doc, e)
        || !VIOLENCE.contains(o.type) && o.type != EventType.KIDNAPPING) {
      return false;
    }
    Sentence es = doc.sentence(e.sentence);
    boolean near = e.sentence > o.sentence && e.sentence - latest(o) <= DETAIL_SENTENCES;
    boolean own = e.date.isPresent() && !e.dateCarried || !onlyCountries(e.places);
    return near && !own && agree(o.killed, e.killed) && agree(o.injured, e.injured)
        && !filters.another(doc, es.firstToken(), e.clauseEnd);
  }

  /**
   * events/plot-detail: "أعلنت الأجهزة الأمنية إحباط مخطط لتفجير سيارة مفخخة في مدينة مأرب.
   * وذكر البيان أن الأجهزة تمكنت من ضبط العبوات قبل تجهيزها" (the security services announced
   * they foiled a car-bomb plot in Marib; the statement said they seized the devices before
   * they were ready): an arrest or a seizure a sentence or two after a foiled or planned plot,
   * with no date and no place of its own and no word of another incident, is how the plot was
   * foiled: one record, as events/plot-arrests does inside a sentence.
   */
  private boolean plotDetail(Doc doc, Found o, Found e) {
    if (o.type != EventType.PLOT || o.status != EventStatus.FOILED && o.status != EventStatus.PLANNED
        || e.type != EventType.ARREST && e.type != EventType.SEIZURE || e.otherIncident) {
      return false;
    }
    Sentence es = doc.sentence(e.sentence);
    boolean near = e.sentence > o.sentence && e.sentence - latest(o) <= DETAIL_SENTENCES;
    boolean own = e.date.isPresent() && !e.dateCarried || !onlyCountries(e.places);
    return near && !own && !filters.another(doc, es.firstToken(), e.clauseEnd);
  }

  private static void mergeDetail(Found o, Found e, String rule) {
    foldKeeping(o, e, rule, true); // a detail does not retype the incident nor change its status
  }

  /**
   * Folds {@code e} into {@code o} as a restatement or a detail: its counts, places and date
   * fill {@code o}'s gaps, while {@code o} keeps its type, its clause and, when
   * {@code keepStatus}, its status; {@code rule} goes into the provenance.
   */
  private static void foldKeeping(Found o, Found e, String rule, boolean keepStatus) {
    int clauseFirst = o.clauseFirst;
    int clauseEnd = o.clauseEnd;
    EventType type = o.type;
    EventStatus status = o.status;
    absorb(o, e);
    o.type = type;
    if (keepStatus) {
      o.status = status;
    }
    o.clauseFirst = clauseFirst;
    o.clauseEnd = clauseEnd;
    fillFrom(o, e);
    touched(o, rule, e);
  }

  /** The toll an incident keeps from two figures: the one given, or none when they differ. */
  private static Count competing(Found o, Found e, io.github.rasd.model.TollFigure.Kind kind,
      Count a, Count b) {
    if (a == null && b != null && o.competingFigures.stream().anyMatch(f -> f.kind() == kind)) {
      return addFigure(o, e, kind, b); // events/competing-kept: the sources disagree already
    }
    if (kind == io.github.rasd.model.TollFigure.Kind.KILLED && a != null && b != null && risen(e)
        && o.competingFigures.isEmpty() && !EventFilters.vague(b)
        && b.min().orElse(0L) >= a.min().orElse(0L)) {
      o.rules.add(TOLL_UPDATE); // "ارتفع عدد القتلى إلى سبعة": the same count, taken later
      o.preliminaryToll = false;
      return b;
    }
    if (a == null || b == null || agree(a, b) && !EventFilters.vague(a) && !EventFilters.vague(b)) {
      return a != null ? a : b;
    }
    if (kind == io.github.rasd.model.TollFigure.Kind.KILLED && o.preliminaryToll != e.preliminaryToll) {
      o.rules.add(TollCounts.PRELIMINARY_TOLL); // a first count gives way to the later figure
      Count kept = o.preliminaryToll ? b : a;
      o.preliminaryToll = false;
      return kept;
    }
    if (EventFilters.vague(a) || EventFilters.vague(b)) {
      return EventFilters.vague(a) ? b : a;
    }
    if (roundPlural(a) != roundPlural(b)) {
      return roundPlural(a) ? b : a; // "عشرات المسلحين" (dozens of gunmen) beside 12 soldiers: no figure of the toll
    }
    if (o.competingFigures.stream().noneMatch(f -> f.kind() == kind)) {
      o.competingFigures.add(new Figure(kind, a, o.clauseFirst, o.clauseEnd));
    }
    o.competingFigures.add(new Figure(kind, b, e.clauseFirst, e.clauseEnd));
    return null; // "15 according to one source, 13 according to another": no single toll
  }

  /** A round plural ("عشرات", dozens; "مئات", hundreds): a span of figures, hedged. */
  private static boolean roundPlural(Count c) {
    return c.approximate() && c.min().isPresent() && c.max().isPresent() && c.max().get() > c.min().get();
  }

  private static boolean isCountry(Doc.Mention m) {
    return m.kind() == EntryKind.COUNTRY || m.entry() instanceof PlaceEntry p && p.kind() == PlaceKind.COUNTRY;
  }

  private static boolean onlyCountries(List<Doc.Mention> places) {
    return places.stream().allMatch(m -> m.kind() == EntryKind.COUNTRY
        || m.entry() instanceof PlaceEntry p && p.kind() == PlaceKind.COUNTRY);
  }

  /** A toll smaller than this (one killed) is too common to tell one incident from another. */
  private static final long MIN_SAME_TOLL = 2;

  private static boolean agreeExactly(Count a, Count b) {
    return a.min().isPresent() && a.min().get() >= MIN_SAME_TOLL && a.min().equals(b.min());
  }

  /** {@code into} was changed by {@code rule} with what {@code from} brought: both named. */
  static void touched(Found into, String rule, Found from) {
    into.lastSentence = Math.max(into.lastSentence, latest(from));
    into.touch(rule);
    from.rules.forEach(into::touch);
  }

  /** The latest sentence that told {@code f}: a later detail is near what was told last. */
  private static int latest(Found f) {
    return Math.max(f.sentence, f.lastSentence);
  }

  /** A result verb (أسفر عن) stands between the incident and {@code e}, in one clause. */
  private boolean afterResult(Doc doc, Found host, Found e) {
    if (e.triggerFirst <= host.triggerEnd || e.clauseFirst > host.clauseEnd) {
      return false;
    }
    for (int i = host.triggerEnd; i < e.triggerFirst; i++) {
      if (words.in(Words.WordList.RESULT_VERB, doc.tokens.get(i).segmentations().get(0).stem())) {
        return true;
      }
    }
    return false;
  }

  /** The incident of the same clause a toll belongs to. */
  private static Found host(List<Found> inSentence, Found toll) {
    for (int i = inSentence.size() - 1; i >= 0; i--) {
      Found e = inSentence.get(i);
      if (VIOLENCE.contains(e.type) && e.clauseEnd >= toll.triggerFirst) {
        return e;
      }
    }
    return null;
  }

  /** The types a first telling fixes: a later sentence tells a part of the incident. */
  private static final Set<EventType> TOLD_TYPES = Set.of(EventType.SUICIDE_BOMBING,
      EventType.AMBUSH, EventType.BOMBING, EventType.AIR_STRIKE, EventType.SHELLING,
      EventType.EXECUTION);

  /**
   * events/first-telling: "قتل مدنيون في غارات جوية ... وقال الدفاع المدني إن قذيفة لم
   * تنفجر" (civilians were killed in air strikes ... an unexploded shell, the civil defence said),
   * "هاجم مسلحون معسكرا ... وقال الجيش إن المهاجمين تسللوا تحت غطاء من قذائف الهاون" (gunmen
   * attacked a camp ... under cover of mortar fire, the army said): a later sentence that merges
   * into an incident tells a part or a weapon of it, and keeps the type of its first telling when
   * that type is specific (a bombing, an air strike, shelling, an ambush, an execution); an
   * incident becomes only what names the whole of it (a suicide attacker, or an ambush for an
   * attack or a clash); a killing or
   * a kidnapping takes the type of its later telling as before. An incident first told as
   * occurred stays occurred: "حاولوا اقتحام المعسكر" (they tried to storm the camp) or "قبل
   * التفجير" (before the blast) in a later sentence tell how it went.
   */
  private static boolean retypes(EventType kept, EventType later) {
    if (later == EventType.SUICIDE_BOMBING) {
      return true; // "وفجر انتحاري نفسه": a suicide attacker names the whole incident
    }
    if (TOLD_TYPES.contains(kept)) {
      return false;
    }
    if (kept == EventType.ATTACK || kept == EventType.ARMED_CLASH) {
      return later == EventType.SUICIDE_BOMBING || later == EventType.AMBUSH;
    }
    return true;
  }

  /**
   * events/strike-effect: "استهدفت طائرة مسيرة تجمعا لعربات المسلحين شرق المدينة، ودمرت 12 عربة"
   * (a drone struck a gathering of the militants' vehicles east of the city and destroyed 12 of
   * them): a verb of destruction (a raid trigger that counts nothing) joined by و after a violent
   * incident of its sentence, with no place of its own after it, tells what the incident
   * destroyed, not a raid of its own.
   */
  private static boolean strikeEffect(Doc doc, Found host, Found e) {
    return VIOLENCE.contains(host.type) && e.type == EventType.RAID
        && e.trigger.countRole() == Trigger.CountRole.NONE && e.prefix.startsWith("و")
        && !e.otherIncident && e.triggerFirst >= host.triggerEnd
        && doc.mentionsIn(e.triggerEnd, e.clauseEnd).stream().noneMatch(m -> m.entry() instanceof PlaceEntry);
  }

  /** An incident of the same clause and family, which {@code e} describes further. */
  private Found sameClause(Doc doc, List<Found> inSentence, Found e) {
    for (int i = inSentence.size() - 1; i >= 0; i--) {
      Found o = inSentence.get(i);
      boolean sameClause = o.clauseEnd >= e.triggerFirst && o.clauseFirst <= e.triggerFirst;
      boolean compatible = VIOLENCE.contains(o.type) && VIOLENCE.contains(e.type)
          || o.type == e.type || raidOfArrest(o.type, e.type) || raidOfArrest(e.type, o.type)
          // "مقتل 12 عنصرا خلال مداهمات": the raids are the frame of the killing
          || VIOLENCE.contains(o.type) && e.type == EventType.RAID && framedBy(doc, e);
      if (sameClause && compatible) {
        return o;
      }
    }
    return null;
  }

  private boolean framedBy(Doc doc, Found e) {
    int p = e.triggerFirst - 1;
    return p >= 0 && words.in(Words.WordList.FRAME, doc.tokens.get(p).segmentations().get(0).stem());
  }

  /** "القبض على خمسة في عملية أمنية": the security operation is the frame of the arrest. */
  private static boolean raidOfArrest(EventType a, EventType b) {
    return a == EventType.ARREST && b == EventType.RAID;
  }

  static void absorb(Found into, Found from) {
    if (into.type == EventType.RAID && from.type == EventType.ARREST) {
      into.type = EventType.ARREST;
      into.triggerFirst = from.triggerFirst;
      into.triggerEnd = from.triggerEnd;
    }
    if (PRIORITY.indexOf(from.type) < PRIORITY.indexOf(into.type) && from.type != EventType.KILLING
        && !(into.type == EventType.ARREST && from.type == EventType.RAID)) {
      into.type = from.type;
      into.triggerFirst = from.triggerFirst;
      into.triggerEnd = from.triggerEnd;
    }
    if (into.status == EventStatus.OCCURRED && from.status != EventStatus.PLANNED
        && from.status != EventStatus.THREATENED) {
      into.status = from.status; // a plan inside an arrest's clause is the cell's, not the arrest's
    }
    into.victims.addAll(from.victims);
    // "وزعم التنظيم أن مقاتليه قتلوا عشرة جنود في الهجوم": the group telling its act is its actor
    into.speakerGroup = into.speakerGroup.isPresent() ? into.speakerGroup : from.speakerGroup;
    into.target = into.target != null ? into.target : from.target;
    into.killed = into.killed != null ? into.killed : from.killed;
    into.injured = into.injured != null ? into.injured : from.injured;
    into.arrested = into.arrested != null ? into.arrested : from.arrested;
    into.clauseFirst = Math.min(into.clauseFirst, from.clauseFirst);
    into.clauseEnd = Math.max(into.clauseEnd, from.clauseEnd);
  }

  /** How far after the opening "وفي" of a sentence the comma that closes its scene may stand, in tokens. */
  static final int SCENE_REACH = 4;

  /**
   * events/new-scene: "قتل 12 مدنيا في قصف على مدينة الفاشر الأحد. وفي الخرطوم، شن الطيران
   * الحربي غارات على مواقع للدعم السريع" (12 civilians were killed in shelling of El Fasher on
   * Sunday. In Khartoum, warplanes struck positions of the RSF): a sentence that opens with a
   * preposition of place (SCENE), a place and a comma within {@link #SCENE_REACH} words, where
   * the place is neither the incident's nor one inside or around it, moves to another scene; its
   * definite trigger ("الطيران الحربي") points back to nothing. "وفي المدينة، ..." names no
   * place of the gazetteer, and "وفي الفاشر، ..." names the incident's own: both still point back.
   * An incident told with no place of the gazetteer ("استهدفوا ثكنة زرعيت") is no scene of the
   * place named: "وفي قضاء صور، أفاد المندوب بأن القصف المدفعي طال بلدتين" (in the district of
   * Tyre, the shelling hit two towns) moves to another scene too.
   */
  private boolean newScene(Doc doc, Found o, Found e) {
    int first = doc.sentence(e.sentence).firstToken();
    if (!is(doc, first, Cue.SCENE)) {
      return false;
    }
    for (int i = first + 1; i <= Math.min(first + SCENE_REACH, e.triggerFirst - 1); i++) {
      if (doc.isPunct(i, "،", ",")) {
        List<Doc.Mention> scene = doc.mentionsIn(first + 1, i).stream()
            .filter(m -> m.entry() instanceof PlaceEntry).toList();
        return !scene.isEmpty() && scene.stream()
            .noneMatch(p -> o.places.stream().anyMatch(q -> sameOrWithin(p, q)));
      }
    }
    return false;
  }

  /** "الهجوم" (the attack): a definite trigger noun that points back to a reported incident. */
  private Found backReference(Doc doc, List<Found> events, Found e) {
    // "وبدأ الهجوم بقصف مدفعي": the record first named by "الهجوم" points back, though the
    // shelling of its clause now gives its trigger
    boolean definite = !e.agentNoun && (e.definiteNoun || definiteTrigger(doc, e));
    // "ميدانيا، قال المتحدث إن قواته صدت هجوما" (on the ground, the spokesman said his forces
    // repelled an attack): an indefinite act of another item of news repeats nothing told before
    // its sentence
    Found same = sameIncident(newItem(doc, e)
        ? events.stream().filter(o -> o.sentence == e.sentence).toList() : events, e);
    if (same != null) {
      e.mergedBy = "events/same-incident";
      return same;
    }
    e.mergedBy = "events/back-reference";
    boolean tolled = e.killed != null || e.arrested != null;
    if (!definite || events.isEmpty()) {
      return null;
    }
    // "للهجوم الذي وقع السبت" (the attack that took place on Saturday) far down the article:
    // with no date, toll or other place of its own it can only be the incident reported
    boolean bare = e.date.isEmpty() && EventFilters.vague(e.killed) && EventFilters.vague(e.injured);
    for (int i = events.size() - 1; i >= 0; i--) {
      Found o = events.get(i);
      if (o.aside && e.date.isEmpty()) {
        continue; // the earlier incident told aside is not what "الهجوم" points back to
      }
      if (e.date.isPresent() && !e.dateOfSentence && o.date.isPresent() && !bareReference(e)
          && !o.date.get().start().equals(e.date.get().start()) && !byReportDay(o, e)) {
        // "وتم تبادل إطلاق النيران أمس الأحد، ما أسفر عن مقتل سبعة": a day and a toll of its
        // own, another incident's; "يقفون وراء الهجوم ... حتى ظهر الثلاثاء" still points back
        continue;
      }
      if (e.date.isPresent() && !e.dateOfSentence && o.date.isEmpty()
          && COARSE.contains(e.date.get().granularity())) {
        return null; // "الهجوم على مسجد الروضة في نوفمبر 2017": an incident recalled by its month
      }
      if (newScene(doc, o, e)) {
        e.mergedBy = "events/new-scene";
        return null;
      }
      boolean near = e.sentence - o.sentence <= CARRY_SENTENCES + 2;
      if (!near && !bare) {
        return null;
      }
      if (!near && !e.places.isEmpty() && e.places.stream().noneMatch(p -> o.places.stream().anyMatch(q -> sameOrWithin(p, q)))) {
        continue;
      }
      boolean framed = framedBack(doc, e);
      boolean compatible = VIOLENCE.contains(o.type) && VIOLENCE.contains(e.type) || o.type == e.type
          || framed && lethal(o) && VIOLENCE.contains(e.type);
      // a country agrees with the incident's places inside it ("القتال" later in a story of
      // Sirte names Libya): events/back-reference reads places as containing one another
      boolean placesAgree = e.places.isEmpty() || o.places.isEmpty()
          || e.places.stream().anyMatch(p -> o.places.stream().anyMatch(q -> q.entry() == p.entry()))
          || e.places.stream().allMatch(p -> !isCountry(p)
              || o.places.stream().anyMatch(q -> sameOrWithin(p, q)));
      if (compatible && placesAgree && tolled) {
        // events/restated-toll: "أن التفجير الذي أودى بحياة الجنديين وقع مساء" (that the blast
        // which killed the two soldiers happened in the evening): a definite noun of the
        // incident with a toll of its own points back to it when the tolls agree
        // a vague toll ("عدد كبير", a large number) tells no incident from another
        boolean given = e.killed != null && !EventFilters.vague(e.killed)
            || e.arrested != null && !EventFilters.vague(e.arrested);
        if (near && given && e.arrested == null && agree(o.injured, e.injured) && roundFigure(o, e)) {
          // events/round-toll: "وذكر البيان أن الهجوم وقع على بعد 30 كلم جنوب البلدة، وأن القوات
          // حيدت عشرات الإرهابيين" (the statement said the attack took place 30 km south of the
          // town and that the forces neutralised dozens of terrorists): a round figure ("عشرات")
          // counts the other side's dead, no toll of the incident; the place is its detail
          e.mergedBy = ROUND_TOLL;
          return o;
        }
        if (!near || !given || !agree(o.killed, e.killed) || !agree(o.injured, e.injured)
            || !agree(o.arrested, e.arrested)) {
          // another toll for the incident told: its places must be the incident's, not another town's
          boolean samePlaces = e.places.stream().filter(p -> !isCountry(p))
              .allMatch(p -> o.places.stream().anyMatch(q -> !isCountry(q) && (sameOrWithin(p, q) || sameOrWithin(q, p))));
          if (near && given && samePlaces && (claimedToll(doc, e) || framed)) {
            e.mergedBy = framed ? FRAMED_REFERENCE : CLAIMED_TOLL;
            return namedBefore(events, i, e).orElse(o);
          }
          return null;
        }
        e.mergedBy = "events/restated-toll";
        return o;
      }
      if (compatible && placesAgree) {
        return o;
      }
    }
    return null;
  }

  /**
   * Rule {@value}: a definite noun of the incident a few sentences on ("أن الهجوم وقع على بعد 30
   * كلم جنوب جيبو", that the attack took place 30 km south of Djibo) whose clause counts dead in a
   * round plural ("عشرات الإرهابيين", dozens of terrorists) when the incident gives a figure, or
   * the other way round, points back to it: the round figure counts the other side's dead, no
   * toll that competes (events/back-reference keeps the incident's figure). "وقال الجيش إن الهجوم
   * أوقع ثلاثة قتلى" after ten dead is a figure of its own and stays apart.
   */
  static final String ROUND_TOLL = "events/round-toll";

  /** One of the two killed counts is a round plural, the other a figure ({@link #ROUND_TOLL}). */
  private static boolean roundFigure(Found o, Found e) {
    return o.killed != null && e.killed != null && roundPlural(o.killed) != roundPlural(e.killed);
  }

  /**
   * The incident before {@code events[i]}, a few sentences back, of the very type the definite
   * noun of {@code e} names: "زعم التنظيم أن عناصره قتلوا 12 عسكريا في الهجوم" (the group claimed
   * its men killed 12 soldiers in the attack) points to the attack told before the clash that
   * followed it (events/claimed-toll, events/framed-reference).
   */
  private static Optional<Found> namedBefore(List<Found> events, int i, Found e) {
    for (int k = i - 1; k >= 0 && e.sentence - events.get(k).sentence <= CARRY_SENTENCES + 2; k--) {
      Found o = events.get(k);
      if (o.type == e.type && !o.aside) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Rule {@value}: "قتل أربعة جنود بانفجار عبوة ناسفة ... وفي وقت لاحق، تبنى التنظيم الهجوم في
   * بيان، مدعيا أنه أوقع سبعة قتلى" (four soldiers were killed by a roadside bomb ... later the
   * group claimed the attack, alleging it had killed seven): a definite noun of the incident in a
   * sentence that tells a disputed claim (CLAIM in event-cues.tsv: زعم، مدعيا، زاعما)
   * points back to it even when its toll differs; the claimant's figure is one of the incident's
   * competing figures. A definite noun with another toll and no claim ("وقال الجيش إن الهجوم
   * أوقع ثلاثة قتلى" after ten) is still another incident.
   */
  static final String CLAIMED_TOLL = "events/claimed-toll";

  /**
   * Rule {@value}: "مقتل 14 عنصرا تكفيريا خلال مداهمة بؤرة إرهابية ... مشيرا إلى استشهاد ضابط
   * وجنديين خلال الاشتباك" (14 militants killed during a raid on a hideout ... adding that an
   * officer and two soldiers were killed during the clash): a toll framed by a definite noun of
   * the incident (FRAME in word-lists.tsv right before it: خلال، أثناء، في) counts more dead of
   * that incident, the other side's, not another incident; it points back to the violent
   * incident or the raid that killed, told in the sentences before, and its figure competes with
   * the incident's. "قتل جنديان في هجوم على حاجز آخر" is indefinite and stays apart.
   */
  static final String FRAMED_REFERENCE = "events/framed-reference";

  /** The definite trigger noun of {@code e} follows a frame preposition: "خلال الاشتباك". */
  private boolean framedBack(Doc doc, Found e) {
    int p = e.triggerFirst - 1;
    Token t = doc.tokens.get(e.triggerFirst);
    return p >= e.clauseFirst && (t.text().startsWith(ARTICLE) || t.segmentations().get(0).definite())
        && words.in(Words.WordList.FRAME, doc.tokens.get(p).segmentations().get(0).stem())
        && !filters.is(doc, e.triggerEnd, EventFilters.Cue.ANOTHER);
  }

  private boolean claimedToll(Doc doc, Found e) {
    return filters.claim(doc, doc.sentence(e.sentence).firstToken(), e.clauseEnd);
  }

  /**
   * The trigger of {@code e} is a definite noun: "الهجوم" (the attack); a construct whose last
   * word is definite is definite: "تبادل إطلاق النار" (the exchange of fire), "إطلاق النار" (the
   * shooting).
   */
  private static boolean definiteTrigger(Doc doc, Found e) {
    Token t = doc.tokens.get(e.triggerFirst);
    Token last = doc.tokens.get(e.triggerEnd - 1);
    return t.text().startsWith("ال") || t.segmentations().get(0).definite()
        || e.triggerEnd - e.triggerFirst > 1
            && (last.text().startsWith("ال") || last.segmentations().get(0).definite());
  }

  /**
   * An incident already reported that {@code e} repeats: same type, same stated date, a few
   * sentences back, places that agree and no conflicting count (a summary then its details).
   */
  private static Found sameIncident(List<Found> events, Found e) {
    for (int i = events.size() - 1; i >= 0; i--) {
      Found o = events.get(i);
      if (e.sentence - o.sentence > CARRY_SENTENCES + 1) {
        return null;
      }
      // an incident that states no date a sentence or two after another takes its date
      if (o.aside && e.date.isEmpty() && e.sentence > o.sentence) {
        continue; // "وكانت البلدة قد شهدت هجوما مماثلا": a later undated detail is not its
      }
      boolean carried = e.date.isEmpty() && o.date.isPresent() && e.sentence - o.sentence <= CARRY_SENTENCES;
      boolean undated = e.date.isEmpty() && o.date.isEmpty() && e.sentence - o.sentence <= CARRY_SENTENCES;
      boolean sameDate = carried || undated || e.date.isPresent() && o.date.isPresent()
          && o.date.get().start().equals(e.date.get().start())
          && o.date.get().end().equals(e.date.get().end())
          || retold(o, e) || byReportDay(o, e) || byReportDay(e, o);
      boolean countsAgree = agree(o.killed, e.killed) && agree(o.arrested, e.arrested);
      boolean placesAgree = o.places.isEmpty() || e.places.isEmpty() || o.places.stream()
          .anyMatch(p -> e.places.stream().anyMatch(q -> sameOrWithin(p, q)));
      boolean sameKind = o.type == e.type || VIOLENCE.contains(o.type) && VIOLENCE.contains(e.type)
          // "عملية أمنية ... تمكنت من اعتقال أربعة خلال العملية" (arrested four during the
          // operation): the arrests and seizures of the operation reported before
          || OPERATION_PARTS.contains(o.type) && OPERATION_PARTS.contains(e.type) && e.duringOperation
          // the operation told twice, with its acts each time: "مقتل اثنين واعتقال ثالث بعملية
          // إنزال" then "نفذت إنزالا ... واشتبكت ... وقتلت اثنين وألقت القبض على ثالث"
          || operation(o) && operation(e);
      // a later sentence that names other places reports another incident
      if (sameKind && sameDate && countsAgree && (placesAgree && !undated
          || (carried || e.dateCarried || undated) && e.places.isEmpty())) {
        return o;
      }
    }
    return null;
  }

  /**
   * events/same-incident, a pluperfect retelling: "مقتل سبعة عناصر خلال عملية مداهمة، وذلك بعد
   * يومين من هجوم استهدف كمينا أمنيا بقرية الجورة. ... وكان ضابط وأربعة مجندين قد استشهدوا،
   * السبت، عندما هاجمت عناصر مسلحة الكمين" (seven killed in a raid, two days after an attack
   * on a checkpoint in al-Joura; an officer and four conscripts had been killed on Saturday when
   * gunmen attacked the checkpoint): an incident named only as the point another is dated from
   * ("بعد يومين من هجوم", two days after an attack) has no day of its own (the sentence's is the
   * announcement's); a later pluperfect telling (كان ... قد) gives its day, no later than that.
   */
  private static boolean retold(Found o, Found e) {
    return e.aside && o.otherIncident && e.date.isPresent() && !e.dateOfSentence
        && (o.date.isEmpty() || o.dateOfSentence
            && !e.date.get().start().isAfter(o.date.get().start()));
  }

  /**
   * Two tolls agree when their ranges meet ("18" and "18 على الأقل", at least 18), or when one is
   * missing or vague ("العشرات", dozens).
   */
  private static boolean agree(Count a, Count b) {
    if (EventFilters.vague(a) || EventFilters.vague(b)) {
      return true;
    }
    long aMin = a.min().orElse(Long.MIN_VALUE);
    long bMin = b.min().orElse(Long.MIN_VALUE);
    long aMax = a.max().orElse(Long.MAX_VALUE);
    long bMax = b.max().orElse(Long.MAX_VALUE);
    return aMin <= bMax && bMin <= aMax;
  }

  /** Dates that recall an incident of another time rather than tell the day of this one. */
  private static final Set<io.github.rasd.model.DateRange.Granularity> COARSE = EnumSet.of(
      io.github.rasd.model.DateRange.Granularity.YEAR, io.github.rasd.model.DateRange.Granularity.MONTH);

  /** The same entry, or one place inside the other (same country, one of them a division). */
  private static boolean sameOrWithin(Doc.Mention a, Doc.Mention b) {
    if (a.entry() == b.entry()) {
      return true;
    }
    if (a.entry() instanceof PlaceEntry p && b.entry() instanceof PlaceEntry q) {
      boolean country = p.kind() == PlaceKind.COUNTRY || q.kind() == PlaceKind.COUNTRY;
      boolean parent = p.parent().filter(q.id()::equals).isPresent()
          || q.parent().filter(p.id()::equals).isPresent(); // جبل سمامة in ولاية القصرين
      return parent || country && a.country().isPresent() && a.country().equals(b.country());
    }
    return false;
  }

  private static void fillFrom(Found into, Found from) {
    // a later telling with a toll and a day of its own gives the act's day ("تبادل إطلاق النيران
    // أمس الأحد، ما أسفر عن مقتل سبعة"); a bare definite noun does not
    boolean ownLater = from.date.isPresent() && !from.dateCarried && !from.dateOfSentence
        && !bareReference(from);
    if (into.date.isEmpty() || into.dateCarried && from.date.isPresent() || into.dateOfSentence && ownLater) {
      into.date = from.date;
      into.dateCarried = from.dateCarried;
      into.dateOfSentence = from.dateOfSentence;
    }
    for (Doc.Mention p : from.places) {
      if (into.places.stream().noneMatch(q -> q.entry() == p.entry())) {
        into.places.add(p);
      }
    }
    EventExtractor.sortPlaces(into.places);
    for (Doc.Mention g : from.groups) {
      if (into.groups.stream().noneMatch(q -> q.entry() == g.entry())) {
        into.groups.add(g);
      }
    }
  }

}

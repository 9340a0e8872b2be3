package io.github.rasd.parsers.extract;

import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.knowledge.PlaceEntry;
import io.github.rasd.parsers.text.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of event candidates and records: named predicates, each rejecting what names no
 * new armed-conflict incident, evaluated in the order of {@link #CANDIDATE_ORDER} on every
 * candidate a trigger makes (before merging) and of {@link #RECORD_ORDER} on every record after
 * merging. The first filter that rejects is the one named; a record that passes carries no
 * filter name (the filters change nothing). Cue words live in {@code event-cues.tsv}, frame
 * words in {@code event-frames.tsv}. Immutable and thread-safe.
 */
final class EventFilters {

  /** How far back from an explosive noun a seizure may govern it, in tokens. */
  static final int OBJECT_WINDOW = 12;
  /** How far a status cue or another trigger may stand before a purpose ل, in tokens. */
  static final int PURPOSE_WINDOW = 5;
  /** How far a capability word (قادر على) may stand before its trigger, in tokens. */
  static final int CAPABILITY_WINDOW = 4;
  /** How far the pluperfect قد may stand before a trigger of its clause, in tokens. */
  static final int EARLIER_REPORT_WINDOW = 12;
  /** How far كان may stand before its قد, in tokens: "كانت وكالة الأنباء الرسمية (سانا) قد". */
  static final int PAST_AUX_WINDOW = 10;
  /** How far a campaign noun may stand from its targeting verb, in tokens. */
  static final int CAMPAIGN_WINDOW = 2;
  /** How far a blocking phrase may start before the trigger it contains, in tokens. */
  static final int BLOCKER_REACH = 3;
  /** How many sentences before a trigger may hold its conflict evidence. */
  static final int EVIDENCE_SENTENCES = 1;
  /** How much conflict evidence makes a whole article a conflict story. */
  static final int ARTICLE_EVIDENCE = 2;
  /** How far a condition (إذا، في حال، وإلا) may stand before its trigger, in tokens. */
  static final int CONDITIONAL_WINDOW = 6;
  /** How far a charge or a case noun (قضية، بتهمة) may stand before its first trigger, in tokens. */
  static final int JUDICIAL_WINDOW = 3;
  /** How far a case noun reaches over the triggers of its object, in tokens. */
  static final int JUDICIAL_REACH = 12;
  /** How far before a trigger an air force may stand as its subject, in tokens. */
  static final int AIR_AGENT_WINDOW = 12;
  /** How far a negation may stand before "أي" (any) or "وقوع" (occurrence), in tokens. */
  static final int NEGATION_WINDOW = 5;
  /** How far an anniversary word may stand before its trigger, in tokens. */
  static final int ANNIVERSARY_WINDOW = 3;
  /** How far a verb of freeing may stand before its hostages, in tokens. */
  static final int LIBERATION_WINDOW = 3;
  /** How far a verb of denial may stand before the verbal noun it governs, in tokens. */
  static final int DENIAL_WINDOW = 14;
  /** How many words a subject may take between a verb of denial and its object, in tokens. */
  static final int DENIAL_SUBJECT = 3;
  /** How far "سبق أن" (had before) may stand before its trigger, in tokens. */
  static final int PRIOR_WINDOW = 4;
  /** How many years before the publication's year a record of another subject's story may lie. */
  static final int HISTORY_YEARS = 1;
  /** How far before a destruction noun a verb of result may stand ("أسفر الانفجار عن تدمير"), in tokens. */
  static final int RESULT_REACH = 3;
  /** A toll this large describes a war, not an incident. */
  static final long AGGREGATE_TOLL = 1000;

  /** The cue categories of {@code event-cues.tsv}. */
  enum Cue { BACKGROUND, EARLIER_REPORT, PAST_AUX, REPORT_VERB, PURPOSE, OPERATION, TOLL_REVISION, NOT_VICTIMS, SEQUEL, SEQUEL_OF, TARGET_PREP, PASSIVE_AUX, ATTACKER, RESTATEMENT, CAPABILITY, QUANTIFIER, REINFORCEMENT, CAMPAIGN, CONTINUATION, PLURAL_ACTS, DISMANTLE, CELL, PERIOD, CONDITIONAL, JUDICIAL, STATISTIC, AIR_AGENT, LIBERATION, DURING_IT, ANOTHER, FIND, NEGATION, ANY, OCCURRENCE, ANNIVERSARY, WEAPON_CONTEXT, DENIAL, DENIAL_BREAK, DISAVOWAL, PRIOR, ONGOING, RECALL, OTHERS, IDIOM_HEAD, CLAIM, SUCCUMBED, SOURCE, DISCOVER,
    /** Not a word of the table: a seizure or an arrest trigger governs an explosive object. */
    SEIZURE_MARK }

  /** What a filter sees: the article, its layers and its frame. */
  record Context(Doc doc, Layers layers, ConflictFrame.Article frame) {}

  /** A named predicate: {@code rejects} is true when the candidate names no new incident. */
  record Filter(String name, java.util.function.BiPredicate<Context, EventExtractor.Found> rejects) {}

  private final PhraseTable<Trigger> triggers;
  private final PhraseTable<EventStatus> statusCues;
  private final PhraseTable<String> blockers;
  private final PhraseTable<String> habitual;
  private final PhraseTable<Cue> cues;
  private final ConflictFrame frames;
  private final Words words;
  /** First words of the triggers that are present-tense verbs ({@link #presentForms}). */
  private final java.util.Set<String> presentForms;

  /** The BACKGROUND words of {@code event-cues.tsv} ("منذ"), also when a longer cue starts with them. */
  private final java.util.Set<String> backgroundWords;
  /** The non-incident filters and the interception rule ({@link NonIncidentFilters}). */
  private final NonIncidentFilters nonIncident;
  /** The filters of civil acts told in the words of war ({@link CivilActs}). */
  private final CivilActs civilActs;

  /** The filters of candidates, in the order they run. */
  final List<Filter> candidateOrder;
  /** The filters of merged records, in the order they run. */
  final List<Filter> recordOrder;

  /** Names of the candidate filters, in order (documentation and tests). */
  static final List<String> CANDIDATE_ORDER = List.of("events/in-date", "events/background",
      "events/blocked-phrase", "events/seized-object", "events/purpose", "events/capability",
      "events/earlier-report", "events/reinforcement", "events/campaign-aim",
      "events/generic-quantity", "events/conditional", "events/judicial-reference", "events/statistic", "events/freed-hostages", "events/executed-hostages", "events/died-of-wounds", "events/denied", "events/weapon-object", "events/effect-of-attack",
      "events/figurative-battle", "events/stakes", "events/suicide-unit", "events/role-told", "events/checkpoint-target", "events/response-reference", "events/funeral-reference", "events/definition", "events/after-reference", "events/any-act", "events/may-act", "events/supposed", "events/drill", "events/judgement",
      "events/long-span", "events/since-span", "events/worn-weapon", "events/accusation", "events/prevented-act", "events/running-toll", "events/tie-denied", "events/circumstances-of", "events/progressive-sweep", "events/intercepted", "events/victims-told", "events/definite-noun", "events/death-sentence", "events/non-conflict-clause", "events/non-conflict-article", "events/verbal-attack", "events/civil-use", "events/civil-contest", "events/civil-qualifier", "events/scare-quote", "events/civil-parties", "events/legal-penalty", "events/ordnance-disposal", "events/simile", "events/protest-march", "events/launch-vehicle", "events/no-harm", "events/told-in-work", "events/conflict-evidence");
  /** Names of the record filters, in order. */
  static final List<String> RECORD_ORDER = List.of("events/only-regions",
      "events/generic-plural", "events/since-year", "events/recalled-past", "events/habitual",
      "events/ongoing-campaign", "events/period-summary", "events/period-toll", "events/intention",
      "events/imperfect-generic", "events/topic-noun", "events/generic-head");
  /** Names of the filters that run after dates and places are carried. */
  static final List<String> FINAL_ORDER = List.of("events/told-before", "events/no-anchor",
      "events/aggregate-toll", "events/history-told", "events/non-conflict-headline");

  EventFilters(PhraseTable<Trigger> triggers, PhraseTable<EventStatus> statusCues,
      PhraseTable<String> blockers, PhraseTable<String> habitual, ConflictFrame frames, Words words) {
    this.triggers = triggers;
    this.statusCues = statusCues;
    this.blockers = blockers;
    this.habitual = habitual;
    this.frames = frames;
    this.words = words;
    Map<String, Cue> cueWords = loadCues();
    this.cues = PhraseTable.of(cueWords);
    this.backgroundWords = cueWords.entrySet().stream().filter(c -> c.getValue() == Cue.BACKGROUND)
        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.presentForms = presentForms(triggers);
    this.nonIncident = new NonIncidentFilters(triggers, words);
    this.civilActs = new CivilActs(triggers, frames);
    this.candidateOrder = List.of(
        new Filter("events/in-date", (c, e) -> c.layers().inDate(e.triggerFirst)),
        new Filter("events/background", (c, e) -> background(c.doc(), e)),
        new Filter("events/blocked-phrase", (c, e) -> blocked(c.doc(), e)),
        new Filter("events/seized-object", (c, e) -> seizedObject(c.doc(), e)),
        new Filter("events/purpose", (c, e) -> purpose(c.doc(), e)),
        new Filter("events/capability", (c, e) -> capability(c.doc(), e)),
        new Filter("events/earlier-report", (c, e) -> earlierReport(c.doc(), e)),
        new Filter("events/reinforcement", (c, e) -> reinforcement(c.doc(), e)),
        new Filter("events/campaign-aim", (c, e) -> campaignAim(c.doc(), e)),
        new Filter("events/generic-quantity", (c, e) -> genericQuantity(c.doc(), e)),
        new Filter("events/conditional", (c, e) -> conditional(c.doc(), e)),
        new Filter("events/judicial-reference", (c, e) -> judicialReference(c.doc(), e)),
        new Filter("events/statistic", (c, e) -> statistic(c, e)),
        new Filter("events/freed-hostages", (c, e) -> freedHostages(c.doc(), e)),
        new Filter("events/executed-hostages", (c, e) -> executedHostages(c.doc(), e)),
        new Filter("events/died-of-wounds", (c, e) -> diedOfWounds(c.doc(), e)),
        new Filter("events/denied", (c, e) -> denied(c.doc(), e)),
        new Filter("events/weapon-object", (c, e) -> weaponObject(c.doc(), e)),
        new Filter("events/effect-of-attack", (c, e) -> effectOfAttack(c.doc(), e)),
        new Filter("events/figurative-battle", nonIncident::figurativeBattle),
        new Filter("events/stakes", nonIncident::stakes),
        new Filter("events/suicide-unit", nonIncident::suicideUnit),
        new Filter("events/role-told", nonIncident::roleTold),
        new Filter("events/checkpoint-target", nonIncident::checkpointTarget),
        new Filter("events/response-reference", nonIncident::responseReference),
        new Filter("events/funeral-reference", nonIncident::funeralReference),
        new Filter("events/definition", nonIncident::definition),
        new Filter("events/after-reference", nonIncident::afterReference),
        new Filter("events/any-act", nonIncident::anyAct),
        new Filter("events/may-act", this::mayAct),
        new Filter("events/supposed", nonIncident::supposed),
        new Filter("events/drill", nonIncident::drill),
        new Filter("events/judgement", nonIncident::judgement),
        new Filter("events/long-span", nonIncident::longSpan),
        new Filter("events/since-span", (c, e) -> sinceSpan(c, e)),
        new Filter("events/worn-weapon", nonIncident::wornWeapon),
        new Filter("events/accusation", nonIncident::accusation),
        new Filter("events/prevented-act", nonIncident::preventedAct),
        new Filter("events/running-toll", nonIncident::runningToll),
        new Filter("events/tie-denied", (c, e) -> nonIncident.tieDenied(c, e, i -> cueAt(c.doc(), i, Cue.DENIAL))),
        new Filter("events/circumstances-of", nonIncident::circumstancesOf),
        new Filter("events/progressive-sweep", (c, e) -> nonIncident.progressiveSweep(c, e, i -> cueAt(c.doc(), i, Cue.PAST_AUX))),
        new Filter("events/intercepted", nonIncident::destroyedInFlight),
        new Filter("events/victims-told", nonIncident::victimsTold),
        new Filter("events/definite-noun", nonIncident::definiteNoun),
        new Filter("events/death-sentence", nonIncident::deathSentence),
        new Filter("events/non-conflict-clause", this::nonConflictClause),
        new Filter("events/non-conflict-article", this::nonConflictArticle),
        new Filter("events/verbal-attack", civilActs::verbalAttack),
        new Filter("events/civil-use", civilActs::civilUse),
        new Filter("events/civil-contest", civilActs::civilContest),
        new Filter("events/civil-qualifier", civilActs::civilQualifier),
        new Filter("events/scare-quote", civilActs::scareQuote),
        new Filter("events/civil-parties", civilActs::civilParties),
        new Filter("events/legal-penalty", civilActs::legalPenalty),
        new Filter("events/ordnance-disposal", civilActs::ordnanceDisposal),
        new Filter("events/simile", civilActs::simile),
        new Filter("events/protest-march", civilActs::protestMarch),
        new Filter("events/launch-vehicle", civilActs::launchVehicle),
        new Filter("events/no-harm", civilActs::noHarm),
        new Filter("events/told-in-work", this::toldInWork),
        new Filter("events/conflict-evidence", this::noConflictEvidence));
    this.recordOrder = List.of(
        new Filter("events/only-regions", (c, e) -> onlyRegions(e)),
        new Filter("events/generic-plural", (c, e) -> genericPlural(c, e)),
        new Filter("events/since-year", (c, e) -> sinceYear(c.doc(), e)),
        new Filter("events/recalled-past", (c, e) -> recalledPast(c.doc(), e)),
        new Filter("events/habitual", (c, e) -> habitual(c.doc(), e)),
        new Filter("events/ongoing-campaign", (c, e) -> ongoingCampaign(c.doc(), e)),
        new Filter("events/period-summary", (c, e) -> periodSummary(c.doc(), e)),
        new Filter("events/period-toll", (c, e) -> periodToll(c.doc(), e)),
        new Filter("events/intention", (c, e) -> intention(e)),
        new Filter("events/imperfect-generic", (c, e) -> imperfectGeneric(c.doc(), e)),
        new Filter("events/topic-noun", (c, e) -> topicNoun(c.doc(), e)),
        new Filter("events/generic-head", (c, e) -> genericHead(e)));
    this.recordFinal = List.of(
        new Filter("events/told-before", nonIncident::toldBefore),
        new Filter("events/no-anchor", (c, e) -> e.places.isEmpty() && e.date.isEmpty()),
        new Filter("events/aggregate-toll", (c, e) -> isAggregate(e.killed) || isAggregate(e.arrested)),
        new Filter("events/history-told", this::historyTold),
        new Filter("events/non-conflict-headline", this::nonConflictHeadline));
  }

  /** The filters that run last, once dates and places are carried. */
  final List<Filter> recordFinal;

  private static Map<String, Cue> loadCues() {
    return ParadigmRows.read(EventFilters.class, "event-cues.tsv", false, (r, form) -> {
      try {
        return Cue.valueOf(r.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("column 2: '" + r.field(1) + "' is not a cue");
      }
    });
  }

  /** The name of the first filter of {@code order} that rejects {@code e}, if any. */
  static Optional<String> firstRejecting(List<Filter> order, Context c, EventExtractor.Found e) {
    for (Filter f : order) {
      if (f.rejects().test(c, e)) {
        return Optional.of(f.name());
      }
    }
    return Optional.empty();
  }

  private boolean cueAt(Doc doc, int i, Cue cue) {
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    return h.isPresent() && h.get().value() == cue;
  }

  /** A cue of kind {@code cue} starts in tokens {@code [from, to)}. */
  private boolean cueIn(Doc doc, int from, int to, Cue cue) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (cueAt(doc, i, cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/not-a-toll: "السائحتين (24 عاما)" (the two tourists, aged 24): a number whose
   * counted noun starting at token {@code noun} is an age or a span of time counts no victims.
   */
  boolean notVictims(Doc doc, int noun) {
    return noun >= 0 && noun < doc.tokens.size() && cueAt(doc, noun, Cue.NOT_VICTIMS);
  }

  /** How far before its trigger "بعد ... من" may open, in tokens. */
  static final int SEQUEL_WINDOW = 5;

  /**
   * events/other-incident: "واوقع 18 قتيلا وذلك بعد بضعة أيام من كمين" (it killed 18, a few
   * days after an ambush): a trigger after بعد or قبل, a span of time and من is another incident,
   * not one more word for the incident of its clause.
   */
  boolean otherIncident(Doc doc, EventExtractor.Found e) {
    int from = e.triggerFirst - 1;
    if (from <= 0 || !cueAt(doc, from, Cue.SEQUEL_OF)) {
      return false;
    }
    for (int i = from - 1; i >= Math.max(e.clauseFirst, e.triggerFirst - SEQUEL_WINDOW); i--) {
      if (cueAt(doc, i, Cue.SEQUEL)) {
        return cueIn(doc, i + 1, from, Cue.NOT_VICTIMS);
      }
    }
    return false;
  }

  /** Whether {@code e} answers an incident told before ({@link NonIncidentFilters#answers}). */
  boolean answers(Doc doc, EventExtractor.Found e) {
    return nonIncident.answers(doc, e);
  }

  /** events/later-act: how much later than the incident told {@code e} is told ({@link NonIncidentFilters#laterAct}). */
  Optional<NonIncidentFilters.Later> laterAct(Doc doc, EventExtractor.Found e) {
    return nonIncident.laterAct(doc, e);
  }

  /** events/hours-later: {@code e}'s sentence opens with "وبعد ساعات،" ({@link NonIncidentFilters#hoursLaterOpening}). */
  boolean hoursLaterOpening(Doc doc, EventExtractor.Found e) {
    return nonIncident.hoursLaterOpening(doc, e);
  }

  /** events/days-later: {@code e}'s sentence opens with "وبعد أيام،" ({@link NonIncidentFilters#daysLaterOpening}). */
  boolean daysLaterOpening(Doc doc, EventExtractor.Found e) {
    return nonIncident.daysLaterOpening(doc, e);
  }

  /** events/intercepted: the weapon noun of {@code e} was intercepted ({@link NonIncidentFilters#intercepted}). */
  boolean intercepted(Doc doc, EventExtractor.Found e) {
    return nonIncident.intercepted(doc, e);
  }

  /** Token {@code i} is a cue of kind {@code cue} (for the extractor's argument rules). */
  boolean is(Doc doc, int i, Cue cue) {
    return i >= 0 && i < doc.tokens.size() && cueAt(doc, i, cue);
  }

  /** A trigger of one of {@code types} starts in tokens {@code [from, to)}. */
  boolean triggerOfType(Doc doc, int from, int to, Set<EventType> types) {
    for (int i = Math.max(0, from); i < Math.min(to, doc.tokens.size()); i++) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      if (t.isPresent() && types.contains(t.get().value().type())) {
        return true;
      }
    }
    return false;
  }

  /** A trigger of the lexicon starts at token {@code i}. */
  boolean triggerAt(Doc doc, int i) {
    return i >= 0 && i < doc.tokens.size() && triggers.at(doc, i).isPresent();
  }

  /** Tokens {@code [from, to)} give a toll again: "ارتفاع حصيلة" (the toll rose). */
  boolean tollRevision(Doc doc, int from, int to) {
    return cueIn(doc, from, to, Cue.TOLL_REVISION);
  }

  /** Tokens {@code [from, to)} tell again an incident: a witness, the group's own fighters. */
  boolean restatement(Doc doc, int from, int to) {
    return cueIn(doc, from, to, Cue.RESTATEMENT) || claim(doc, from, to);
  }

  /** Tokens {@code [from, to)} tell a disputed claim: "زعمت", "مدعيا" (events/claimed-toll). */
  boolean claim(Doc doc, int from, int to) {
    return cueIn(doc, from, to, Cue.CLAIM);
  }

  /**
   * The record tells an earlier or another incident aside from the story: "وكانت البلدة قد شهدت
   * هجوما مماثلا في مارس" (the town had seen a similar attack in March): a pluperfect (كان ... قد)
   * before the trigger, or a word of another incident right after a noun of incident.
   */
  boolean aside(Doc doc, EventExtractor.Found e) {
    // "هجوما مماثلا" (a similar attack) right after the noun; not "وأصيب آخرون" (and others
    // were hurt), a toll of the same incident
    boolean similar = e.type != EventType.KILLING && cueAt(doc, e.triggerEnd, Cue.ANOTHER);
    return similar || cueIn(doc, e.clauseFirst, e.triggerFirst, Cue.EARLIER_REPORT)
        && cueIn(doc, e.clauseFirst, e.triggerFirst, Cue.PAST_AUX);
  }

  /**
   * Tokens {@code [from, to)} mark another incident: "وفي هجوم آخر" (in another attack). Not
   * the "others" of a toll (OTHERS of event-cues.tsv), "وإصابة ثلاثة آخرين" (and three
   * others injured), victims of the same incident, nor "آخر" in an idiom after an IDIOM_HEAD
   * word: "واحدا تلو الآخر" (one after another), "بين حين وآخر" (from time to time).
   */
  boolean another(Doc doc, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.ANOTHER
          && !othersOfToll(doc, i) && !(i > 0 && cueAt(doc, i - 1, Cue.IDIOM_HEAD))) {
        return true;
      }
    }
    return false;
  }

  /** "ثلاثة آخرين" (three others): the plural "others" counts more victims of the incident. */
  private boolean othersOfToll(Doc doc, int i) {
    return cueAt(doc, i, Cue.OTHERS);
  }

  /** Tokens {@code [from, to)} name "العملية" (the operation), an operation already reported. */
  boolean definiteOperation(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cueAt(doc, i, Cue.OPERATION) && doc.tokens.get(i).segmentations().get(0).definite()) {
        return true;
      }
    }
    return false;
  }

  private static boolean noToll(EventExtractor.Found e) {
    return vague(e.killed) && vague(e.injured) && vague(e.arrested);
  }

  // ---------------------------------------------------------------- candidate filters

  /**
   * events/background: "منذ مقتل قادتها" (since its leaders were killed): a trigger right after
   * a BACKGROUND cue, or a few words after an ANNIVERSARY ("الذكرى الخامسة للهجوم", the fifth
   * anniversary of the attack) or after "سبق أن" (PRIOR: "وسبق أن شنت الجماعة هجمات", the
   * group has launched attacks before), is what the story looks back on.
   */
  private boolean background(Doc doc, EventExtractor.Found e) {
    return e.triggerFirst > 0 && cueAt(doc, e.triggerFirst - 1, Cue.BACKGROUND)
        || cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - PRIOR_WINDOW), e.triggerFirst, Cue.PRIOR)
        // "في الذكرى الخامسة للهجوم" (on the fifth anniversary of the attack)
        || cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - ANNIVERSARY_WINDOW), e.triggerFirst, Cue.ANNIVERSARY);
  }

  /**
   * events/blocked-phrase: "المواد شديدة الانفجار" (highly explosive materials): a trigger inside
   * a phrase of {@code trigger-blockers.tsv} names no incident.
   */
  private boolean blocked(Doc doc, EventExtractor.Found e) {
    Sentence s = doc.sentence(e.sentence);
    for (int i = Math.max(s.firstToken(), e.triggerFirst - BLOCKER_REACH); i <= e.triggerFirst; i++) {
      Optional<PhraseTable.Hit<String>> b = blockers.at(doc, i);
      if (b.isPresent() && b.get().end() > e.triggerFirst) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/seized-object: "ضبطت أسلحة وأحزمة ناسفة" (seized weapons and explosive belts), "عثرت
   * داخل الوكر على أحزمة ناسفة" (found explosive belts inside the hideout): an explosive noun
   * after a seizure, an arrest or a verb of finding (FIND, DISCOVER) of its clause is an object,
   * not an incident. A candidate that {@link #FOUND_WEAPONS} made a seizure is that seizure.
   */
  private boolean seizedObject(Doc doc, EventExtractor.Found e) {
    return e.type != EventType.SEIZURE && objectOf(doc, e) != null;
  }

  /**
   * Rule {@value}: "عثرت قوة من الجيش على مخبأ يحتوي على عبوات وأحزمة ناسفة" (an army force
   * found a hideout holding bombs and explosive belts), "واكتشفت الشرطة مستودعا للعبوات
   * الناسفة" (the police discovered a store of bombs): explosives that a force finds (DISCOVER
   * in {@code event-cues.tsv}: عثر، اكتشف) with no seizure, arrest or raid of its own clause
   * before them are a seizure, an incident of its own. "داهمت القوات الوكر وعثرت على أحزمة
   * ناسفة" is the raid's; "انتزع فريق الهندسة عبوة ناسفة" (the engineers removed a bomb) is
   * the ordnance cleared (FIND), no seizure. The finds need a place of their own after them
   * (a hideout "داخل الوكر", "في المكان" points back to the incident told) and no possessor
   * ("بحوزته", on him: the arrest's).
   */
  static final String FOUND_WEAPONS = "events/found-weapons";

  /** The candidate names explosives that a force found, no act of its own ({@link #FOUND_WEAPONS}). */
  boolean foundWeapons(Doc doc, EventExtractor.Found e) {
    if (objectOf(doc, e) != Cue.DISCOVER || nonIncident.worn(doc, e)) {
      return false; // "عثرت الشرطة على عبوة ناسفة بحوزته": carried by someone told of
    }
    for (int i = e.clauseFirst; i < e.triggerFirst; i++) {
      if (triggers.at(doc, i).isPresent() && !cueAt(doc, i, Cue.DISCOVER)) {
        return false; // "داهمت القوات وكرا وعثرت على أحزمة ناسفة": the raid's
      }
    }
    // "في سلسلة جبال حمرين": a place of its own; "داخل الوكر", "في المكان" point back to an
    // incident told, whose finds they are
    return doc.mentionsIn(e.clauseFirst, e.clauseEnd).stream()
        .anyMatch(m -> m.kind() == io.github.rasd.parsers.knowledge.EntryKind.PLACE);
  }

  /**
   * What makes an explosive trigger an object: {@link Cue#SEIZURE_MARK} for a seizure or an arrest
   * before it, FIND or DISCOVER for a verb of finding or clearing, null when nothing does.
   */
  private Cue objectOf(Doc doc, EventExtractor.Found e) {
    if (e.trigger.countRole() != Trigger.CountRole.NONE
        || e.trigger.type() != EventType.BOMBING && e.trigger.type() != EventType.SUICIDE_BOMBING) {
      return null;
    }
    Sentence s = doc.sentence(e.sentence);
    int from = Math.max(s.firstToken(), e.triggerFirst - OBJECT_WINDOW);
    for (int i = e.triggerFirst - 1; i >= from; i--) {
      if (doc.isPunct(i, "،", ",", ".")) {
        return null;
      }
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      if (t.isPresent() && (t.get().value().type() == EventType.SEIZURE
          || t.get().value().type() == EventType.ARREST)) {
        return Cue.SEIZURE_MARK;
      }
      if (cueAt(doc, i, Cue.FIND) || cueAt(doc, i, Cue.DISCOVER)) {
        return cues.at(doc, i).get().value();
      }
      if (t.isPresent() && t.get().value().countRole() == Trigger.CountRole.NONE) {
        // "انتزعت ثلاثة آلاف لغم وقذيفة غير منفجرة وعبوة ناسفة" (removed 3,000 mines, shells
        // and IEDs): the object before in the list carries the window on
        from = Math.max(s.firstToken(), i - OBJECT_WINDOW);
      }
    }
    return null;
  }

  /**
   * events/purpose: "أحبطت مخططا لاستهداف منشأة" (foiled a plot to target a facility): an
   * indefinite verbal noun with the purpose ل after another trigger, a status cue or an
   * operation noun of its clause ("العملية تأتي لاستهداف أوكار", the operation comes to target
   * hideouts) names the aim, not an incident; so does a trigger right after a PURPOSE cue
   * ("بهدف التصدي", with the aim of confronting).
   */
  private boolean purpose(Doc doc, EventExtractor.Found e) {
    if (e.triggerFirst > 0 && cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - 2), e.triggerFirst, Cue.PURPOSE)) {
      return true; // "بهدف التصدي للجهاديين" (with the aim of confronting the jihadists)
    }
    if (!e.prefix.endsWith("ل") || doc.tokens.get(e.triggerFirst).segmentations().get(0).definite()) {
      return false;
    }
    Sentence s = doc.sentence(e.sentence);
    for (int i = e.triggerFirst - 1; i >= Math.max(s.firstToken(), e.triggerFirst - PURPOSE_WINDOW); i--) {
      if (doc.isPunct(i, "،", ",", ".")) {
        return false;
      }
      if (triggers.at(doc, i).isPresent() || statusCues.at(doc, i).isPresent()
          || cueAt(doc, i, Cue.OPERATION)) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/capability: "لا يزال قادرا على شن هجمات" (it is still able to launch attacks): a
   * CAPABILITY cue a few words before the trigger states a means, not an act. So does one right
   * after a weapon noun that counts nothing, with no act before it in its clause: "طائرة مسيرة
   * انتحارية قادرة على حمل رأس حربي" (a kamikaze drone able to carry a warhead) describes the
   * weapon, as a catalogue or a defence show does; "أطلق الحوثيون صاروخا" has its act.
   */
  private boolean capability(Doc doc, EventExtractor.Found e) {
    return cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - CAPABILITY_WINDOW), e.triggerFirst,
        Cue.CAPABILITY) || describedWeapon(doc, e);
  }

  /** How far after a weapon noun its capability may stand, in tokens. */
  static final int DESCRIBED_WEAPON_WINDOW = 3;

  private boolean describedWeapon(Doc doc, EventExtractor.Found e) {
    if (!e.weakTrigger || !noToll(e)
        || !cueIn(doc, e.triggerEnd, Math.min(e.clauseEnd, e.triggerEnd + DESCRIBED_WEAPON_WINDOW), Cue.CAPABILITY)) {
      return false;
    }
    // an act before the weapon governs it: "أطلق الحوثيون صاروخا قادرا على ..."
    return triggers.findAll(doc, e.clauseFirst, e.triggerFirst).isEmpty();
  }

  /**
   * events/earlier-report: "وكانت الوكالة الرسمية قد أعلنت مقتل 13" (the official agency had
   * announced 13 killed), "وكانت الحكومة أعلنت الأربعاء مقتل 25" (the government had announced
   * on Wednesday 25 killed): كان ... (قد) and a verb of saying before the trigger restate what was
   * reported before, no new incident ("وكان التنظيم قد تبنى هجوما", the group had claimed an
   * attack, is an earlier incident and stays).
   */
  private boolean earlierReport(Doc doc, EventExtractor.Found e) {
    Sentence s = doc.sentence(e.sentence);
    for (int v = e.triggerFirst - 1; v >= Math.max(e.clauseFirst, e.triggerFirst - EARLIER_REPORT_WINDOW); v--) {
      if (!cueAt(doc, v, Cue.REPORT_VERB)) {
        continue;
      }
      int q = v > 0 && cueAt(doc, v - 1, Cue.EARLIER_REPORT) ? v - 1 : v; // قد is optional
      if (cueIn(doc, Math.max(s.firstToken(), q - PAST_AUX_WINDOW), q, Cue.PAST_AUX)) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/reinforcement: "أرسلت تعزيزات إلى القرية التي وقع فيها الهجوم" (reinforcements were
   * sent to the village where the attack took place): a response to an incident, with no toll
   * of its own, is no new incident.
   */
  private boolean reinforcement(Doc doc, EventExtractor.Found e) {
    return noToll(e) && cueIn(doc, e.clauseFirst, e.triggerFirst, Cue.REINFORCEMENT);
  }

  /**
   * events/campaign-aim: "تستهدف الحملة 40 ألف منزل" (the campaign targets 40,000 homes): a
   * targeting verb whose subject is a campaign, a programme or a security operation names its
   * aim, not an attack.
   */
  private boolean campaignAim(Doc doc, EventExtractor.Found e) {
    String stem = doc.tokens.get(e.triggerFirst).segmentations().get(0).stem();
    if (!stem.startsWith("استهدف") && !stem.startsWith("يستهدف") && !stem.startsWith("تستهدف")) {
      return false;
    }
    return cueIn(doc, e.triggerFirst - CAMPAIGN_WINDOW, e.triggerFirst, Cue.CAMPAIGN)
        || cueIn(doc, e.triggerEnd, e.triggerEnd + CAMPAIGN_WINDOW, Cue.CAMPAIGN);
  }

  /**
   * events/effect-of-attack: "ودمر هجوم مزدوج موقفا للسيارات" (a twin attack destroyed a car
   * park): a verb of destruction whose subject is an attack or a strike is what the attack did,
   * not a raid of its own. So is a destruction named as the result of an incident, after a verb
   * of result (RESULT_VERB in {@code word-lists.tsv}) at most {@link #RESULT_REACH} words before
   * it: "وأسفر الانفجار عن تدمير المدرعة بالكامل" (the blast resulted in the destruction of the
   * armoured vehicle), "ما أسفر عن تدمير آليتين" (which resulted in the destruction of two
   * vehicles), when an act of violence is named before it in its sentence; "واصلت القوات الجوية
   * ضرباتها ما أسفر عن تدمير آليتين" names none (ضربات is no trigger) and the destruction is
   * the record of the strikes.
   */
  private boolean effectOfAttack(Doc doc, EventExtractor.Found e) {
    if (e.trigger.type() != EventType.RAID || e.trigger.countRole() != Trigger.CountRole.NONE) {
      return false;
    }
    for (int i = Math.max(0, e.triggerFirst - RESULT_REACH); i < e.triggerFirst; i++) {
      if (words.in(Words.WordList.RESULT_VERB, doc.tokens.get(i).segmentations().get(0).stem())
          && violenceBefore(doc, e)) {
        return true;
      }
    }
    Optional<PhraseTable.Hit<Trigger>> next = triggers.at(doc, e.triggerEnd);
    return next.isPresent() && EventExtractor.VIOLENCE.contains(next.get().value().type());
  }

  /** An act of violence is named in {@code e}'s sentence before its trigger. */
  private boolean violenceBefore(Doc doc, EventExtractor.Found e) {
    for (int i = doc.sentence(e.sentence).firstToken(); i < e.triggerFirst; i++) {
      Optional<PhraseTable.Hit<Trigger>> h = triggers.at(doc, i);
      if (h.isPresent() && EventExtractor.VIOLENCE.contains(h.get().value().type())) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/non-conflict-clause: "تم اعتقال صاحب المنجم عقب الانهيار" (the mine owner was
   * arrested after the collapse): a clause with a word of sport, accident, disaster, disease,
   * markets or ordinary crime and no strong conflict evidence of its own (an armed actor, a
   * weapon of war, an operation; the army alone is not: it also rescues flood victims) names no
   * conflict incident.
   */
  private boolean nonConflictClause(Context c, EventExtractor.Found e) {
    if (!frames.nonConflictWord(c.doc(), e.clauseFirst, e.clauseEnd)
        || frames.strongEvidence(c.doc(), c.frame(), e.clauseFirst, e.clauseEnd) > 0) {
      return false;
    }
    if (!frames.nonConflictWord(c.doc(), e.clauseFirst, beforeSource(c.doc(), e))) {
      e.rules.add(SOURCE_NO_FRAME); // the veto's word stands only in the source of the telling
      return false;
    }
    if (frames.strongEvidence(c.doc(), c.frame(), subjectBeforeTime(c, e), e.clauseEnd) > 0) {
      e.rules.add(SUBJECT_BEFORE_TIME); // the evidence stands before "، الأحد،"
      return false;
    }
    return true;
  }

  /**
   * Rule {@value}: the source a clause is told by frames nothing of it: "اعتقلت القوات 15 شابا
   * خلال اقتحام البلدة، بحسب نادي الأسير" (the forces arrested 15 young men while storming the
   * town, according to the Prisoners' Club): the club of the source is no sport; a word of
   * another subject after an attribution (SOURCE in {@code event-cues.tsv}: بحسب، وفق، نقلا عن)
   * that follows the trigger vetoes nothing. "أصيب لاعب في حادث سير، بحسب النادي" (a player was
   * hurt in a road accident, according to the club) keeps its accident before the source.
   */
  static final String SOURCE_NO_FRAME = "events/source-no-frame";

  /** Where the clause's words of another subject end: at its attribution to a source, if any. */
  private int beforeSource(Doc doc, EventExtractor.Found e) {
    for (int i = e.triggerEnd; i < e.clauseEnd; i++) {
      if (cueAt(doc, i, Cue.SOURCE)) {
        return i;
      }
    }
    return e.clauseEnd;
  }

  /**
   * Rule {@value}: a time phrase between commas after the verb parts no clause from its
   * subject: "نفذت سلطات طالبان، الأحد، حكم الإعدام علنا" (the Taliban authorities carried out,
   * on Sunday, the death sentence in public): the evidence of the clause (its armed group, its
   * armed actor) is read from the words before the time phrase too.
   */
  static final String SUBJECT_BEFORE_TIME = "events/subject-before-time";

  /** The start of the clause before a comma-enclosed time phrase that opens it, else its start. */
  private static int subjectBeforeTime(Context c, EventExtractor.Found e) {
    int comma = e.clauseFirst - 1;
    if (comma < 1 || !c.doc().isPunct(comma, "،", ",")) {
      return e.clauseFirst;
    }
    int k = comma - 1;
    while (k >= 0 && c.layers().inDate(k)) {
      k--;
    }
    if (k == comma - 1 || k < 1 || !c.doc().isPunct(k, "،", ",")) {
      return e.clauseFirst; // no time phrase, or one that no comma opens
    }
    Sentence s = c.doc().sentence(e.sentence);
    int start = s.firstToken();
    for (int i = k - 1; i > s.firstToken(); i--) {
      if (c.doc().isPunct(i, "،", ",", "؛", ";", ":")) {
        start = i + 1;
        break;
      }
    }
    return start;
  }

  /**
   * events/non-conflict-article: "وفي الهجوم نجحت محاولات اللاعبين" (in attack, the players'
   * attempts succeeded) in a handball report: in an article whose frame is sport, accident,
   * disaster, disease, markets or crime, an ambiguous trigger needs strong conflict evidence in
   * its own sentence.
   */
  private boolean nonConflictArticle(Context c, EventExtractor.Found e) {
    if (!c.frame().nonConflictFrame()) {
      return false;
    }
    Sentence s = c.doc().sentence(e.sentence);
    return frames.strongEvidence(c.doc(), c.frame(), s.firstToken(), s.endToken()) == 0;
  }

  /**
   * events/non-conflict-headline: "وقال إن الفرق رشت 20 ألف هكتار باستخدام طائرات مسيرة" (he
   * said the teams sprayed 20,000 hectares using drones) in a story headed "أسراب الجراد تغزو
   * المزارع" (locust swarms invade the farms): in an article whose headline is of another subject
   * ({@link ConflictFrame#headlineOfOtherSubject}), a record needs a group, an armed actor
   * ({@link ConflictFrame#armedActor}) or a state force's exchange of fire
   * ({@link ConflictFrame#armedConfrontation}) in its sentence or the {@link #EVIDENCE_SENTENCES}
   * before and after it (a date of long ago is history: {@link #historyTold}); run last, once the record is merged and its group linked; a weapon, an operation noun ("كمين" of a vendetta) or a verb of war ("قصفت" told by a
   * veteran at an anniversary) alone is no incident there. "استهدفت طائرة مسيرة للحوثيين منشأة
   * نفطية" (a Houthi drone hit an oil facility) names its group and stays.
   */
  private boolean nonConflictHeadline(Context c, EventExtractor.Found e) {
    if (!c.frame().nonConflictHeadline() || !e.groups.isEmpty()) {
      return false; // a record with a group ("تبنى تنظيم داعش الهجوم") names its armed actor
    }
    Sentence first = c.doc().sentence(Math.max(0, e.sentence - EVIDENCE_SENTENCES));
    Sentence last = c.doc().sentence(Math.min(c.doc().sentences.size() - 1, e.sentence + EVIDENCE_SENTENCES));
    return !frames.armedActor(c.doc(), first.firstToken(), last.endToken())
        && !frames.armedConfrontation(c.doc(), first.firstToken(), last.endToken());
  }

  /**
   * events/history-told: "قصفت الطائرات مواقع العدو يوم السادس من أكتوبر 1973" (the planes
   * bombed the enemy's positions on 6 October 1973) told at the war's anniversary, "اختطف قرب
   * مدينة غاو عام 2021 على يد جماعة نصرة الإسلام والمسلمين" (he was kidnapped near Gao in 2021
   * by JNIM) in a story headed "رهينة سابق يروي في كتاب سنوات احتجازه" (a former hostage tells
   * his years of captivity in a book): in an article whose headline or title alone is of another
   * subject ({@link ConflictFrame#titleSubject}), a record dated more than
   * {@link #HISTORY_YEARS} years before the publication's year is history, even when it names
   * its group; run last, once the date is carried.
   */
  private boolean historyTold(Context c, EventExtractor.Found e) {
    return (c.frame().nonConflictHeadline() || c.frame().nonConflictTitle())
        && e.date.isPresent() && c.doc().anchor.isPresent()
        && e.date.get().end().getYear() < c.doc().anchor.get().getYear() - HISTORY_YEARS;
  }

  /**
   * events/told-in-work: "ويبدأ الفيلم بمشهد تنفجر فيه سيارة مفخخة" (the film opens on a scene
   * in which a car bomb explodes): in an article about a film, a series, a novel or a play, a
   * trigger whose sentence names the work is part of its story, whatever conflict words the
   * story holds; a sentence of the same article that names no work keeps the usual tests.
   */
  private boolean toldInWork(Context c, EventExtractor.Found e) {
    if (!c.frame().artsFrame()) {
      return false;
    }
    Sentence s = c.doc().sentence(e.sentence);
    return frames.artsWord(c.doc(), s.firstToken(), s.endToken());
  }

  /**
   * events/conflict-evidence: "لقي شخص مصرعه وأصيب ثلاثة آخرون" (a person died and three were
   * hurt) in a story that names no armed actor, weapon, operation or conflict victim is no
   * armed-conflict incident; an ambiguous trigger needs evidence in its sentence, the sentence
   * before, or an article that is a conflict story.
   */
  private boolean noConflictEvidence(Context c, EventExtractor.Found e) {
    if (ConflictFrame.UNAMBIGUOUS.contains(e.trigger.type())
        || c.frame().conflictEvidence() >= ARTICLE_EVIDENCE) {
      return false;
    }
    Sentence first = c.doc().sentence(Math.max(0, e.sentence - EVIDENCE_SENTENCES));
    Sentence s = c.doc().sentence(e.sentence);
    return frames.evidence(c.doc(), c.frame(), first.firstToken(), s.endToken()) == 0;
  }

  // ---------------------------------------------------------------- conditions, cases, statistics

  /**
   * events/conditional: "أمروا الناس بالخروج وإلا سيقتلون" (they ordered people out, or else
   * they would be killed), "في حال هاجم المسلحون البلدة" (should the militants attack the
   * town): a trigger a few words after a CONDITIONAL cue of its clause depends on a condition
   * and reports no incident.
   */
  private boolean conditional(Doc doc, EventExtractor.Found e) {
    for (int i = Math.max(e.clauseFirst, e.triggerFirst - CONDITIONAL_WINDOW); i < e.triggerFirst; i++) {
      Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
      if (h.isPresent() && h.get().value() == Cue.CONDITIONAL && conditionalWord(doc, h.get())) {
        return true;
      }
    }
    return false;
  }

  /** "وإلا" (or else) is written with its و; "إلا" alone is "except" or "however" (إلا أن). */
  private static boolean conditionalWord(Doc doc, PhraseTable.Hit<Cue> h) {
    String first = doc.tokens.get(h.first()).text();
    String stem = doc.tokens.get(h.first()).segmentations().get(0).stem();
    boolean illa = stem.equals("الا") || stem.equals("إلا") || first.endsWith("إلا") || first.endsWith("الا");
    return !illa || h.length() > 1 || first.startsWith("و") || first.startsWith("ف");
  }

  /**
   * events/judicial-reference: "محاكمة المتهمين في قضية قتل السائحتين" (the trial of the accused
   * in the case of the killing of the two tourists), "أدين بتهمة تفجير حافلة" (convicted on a
   * charge of bombing a bus): a trigger a few words after a JUDICIAL cue, and the triggers after
   * it in its clause, or in a relative clause that follows it after a comma ("في قضية الهجوم على
   * متحف باردو، الذي أسفر عن مقتل 22 شخصا", in the case of the attack on the Bardo museum, which
   * killed 22), name the incident a court or a charge is about; the incident itself is reported
   * where it is told, not in its case.
   */
  private boolean judicialReference(Doc doc, EventExtractor.Found e) {
    // "في قضية الهجوم على متحف باردو، الذي أسفر عن مقتل 22 شخصا" (in the case of the attack on
    // the Bardo museum, which killed 22): a relative clause after the comma tells the case's
    // incident on; the clause before it holds the case
    Sentence s = doc.sentence(e.sentence);
    int before = e.clauseFirst - 1;
    int from = e.clauseFirst;
    if (before > s.firstToken() && doc.isPunct(before, "،", ",") && e.clauseFirst < e.triggerFirst
        && words.is(doc.tokens.get(e.clauseFirst), Words.Category.RELATIVE)) {
      from = Math.max(s.firstToken(), before - JUDICIAL_REACH);
    }
    for (int j = e.triggerFirst - 1; j >= Math.max(from, e.triggerFirst - JUDICIAL_REACH - (e.clauseFirst - from)); j--) {
      if (!cueAt(doc, j, Cue.JUDICIAL)) {
        continue;
      }
      // the case's object is the first trigger after its noun; the triggers after it in the
      // clause tell the same incident: "في قضية قتل ثلاثة جنود في هجوم على حاجز"
      for (int k = j + 1; k <= Math.min(e.triggerFirst, j + JUDICIAL_WINDOW); k++) {
        if (k == e.triggerFirst || triggers.at(doc, k).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * events/statistic: "ارتفاع في عدد قتلى الهجمات خلال 2013 مقارنة بعام 2012" (a rise in the
   * number killed in attacks in 2013 compared with 2012), "5 بالمئة منها هجمات انتحارية" (5
   * per cent of them suicide attacks): a clause with a STATISTIC cue and no day of its own sums
   * up many incidents; it reports none.
   */
  private boolean statistic(Context c, EventExtractor.Found e) {
    if (!cueIn(c.doc(), e.clauseFirst, e.clauseEnd, Cue.STATISTIC)) {
      return false;
    }
    Optional<DateRange> d = c.layers().dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst);
    return d.isEmpty() || d.get().granularity() != DateRange.Granularity.DAY;
  }

  /**
   * events/denied: "قال الجيش إنه لم يشن أي غارات على المدينة" (the army said it launched no
   * strikes on the city), "نفى الجيش وقوع هجوم على مواقعه" (the army denied that an attack on
   * its positions took place): a trigger right after "أي" (any) or "وقوع" (the occurrence of)
   * with a negation or a denial a few words before names no incident. "لم يسفر الهجوم عن
   * إصابات" (the attack caused no injuries) negates the result, not the attack, and "لم تتبن
   * أي جهة الهجوم" (no group claimed the attack) its claim: both stay. A verb of denial (DENIAL)
   * also denies the verbal noun it governs: "نفت الحركة استهداف المدنيين" (the movement denied
   * targeting civilians), "نفى المتحدث، فلان، قصف الأحياء" (the spokesman, X, denied shelling
   * the districts): the trigger stands right after the verb, after a subject of up to
   * {@link #DENIAL_SUBJECT} words or after a comma closing an apposition, with no other trigger
   * and no DENIAL_BREAK word ("نفت مسؤوليتها عن الهجوم", denied responsibility for the attack,
   * or a clause of its own opened by أن) between; the attack then stays.
   */
  private boolean denied(Doc doc, EventExtractor.Found e) {
    if (deniedObject(doc, e)) {
      return true;
    }
    int a = e.triggerFirst - 1;
    if (a > e.clauseFirst && (cueAt(doc, a, Cue.OPERATION) || cueAt(doc, a, Cue.PLURAL_ACTS))) {
      a--; // "لم تسجل أي عمليات خطف" (no kidnappings at all were recorded)
    }
    // "لم تتبن أي جهة الهجوم" (no group claimed the attack): أي governs جهة, the attack stays
    if (a < e.clauseFirst || !cueAt(doc, a, Cue.ANY)
        && !(a == e.triggerFirst - 1 && cueAt(doc, a, Cue.OCCURRENCE))) {
      return false;
    }
    int from = Math.max(e.clauseFirst, a - NEGATION_WINDOW);
    return cueIn(doc, from, a, Cue.NEGATION) || cueIn(doc, from, a, Cue.DENIAL);
  }

  /** A DENIAL_BREAK word at {@code i}, with at most a conjunction before it ("فلان" is no "أن"). */
  private boolean denialBreak(Doc doc, int i) {
    Optional<PhraseTable.Hit<Cue>> h = cues.at(doc, i);
    return h.isPresent() && h.get().value() == Cue.DENIAL_BREAK
        && (h.get().prefix().isEmpty() || h.get().prefix().equals("و") || h.get().prefix().equals("ف"));
  }

  private boolean deniedObject(Doc doc, EventExtractor.Found e) {
    Sentence s = doc.sentence(e.sentence);
    int from = Math.max(s.firstToken(), e.triggerFirst - DENIAL_WINDOW);
    for (int d = e.triggerFirst - 1; d >= from; d--) {
      if (denialBreak(doc, d) || cueAt(doc, d, Cue.RESTATEMENT) || cueAt(doc, d, Cue.CLAIM) || cueAt(doc, d, Cue.JUDICIAL)
          || cueAt(doc, d, Cue.REPORT_VERB) || triggers.at(doc, d).isPresent()) {
        return false;
      }
      if (cueAt(doc, d, Cue.DENIAL)) {
        int gap = e.triggerFirst - d - 1;
        return gap <= DENIAL_SUBJECT || doc.isPunct(e.triggerFirst - 1, "،", ",");
      }
    }
    return false;
  }

  /**
   * events/weapon-object: "افتتح الوزير معرضا عرضت فيه طائرات مسيرة وصواريخ" (the minister
   * opened an exhibition showing drones and missiles), "صفقة لشراء طائرات مقاتلة" (a deal to buy
   * fighter jets), "مناورات بمشاركة طائرات حربية" (manoeuvres with war planes): a weapon noun that
   * counts nothing, with a WEAPON_CONTEXT cue before it in its clause (or earlier in its sentence,
   * with no act between), is the object of a display,
   * a trade or an exercise; "سقطت قذيفة على منزل" (a shell fell on a house) has none and stays.
   */
  private boolean weaponObject(Doc doc, EventExtractor.Found e) {
    if (!e.weakTrigger || !noToll(e)) {
      return false;
    }
    if (cueIn(doc, e.clauseFirst, e.triggerFirst, Cue.WEAPON_CONTEXT)) {
      return true;
    }
    // "افتتح معرض الدفاع بمشاركة 300 شركة، تعرض طائرات مسيرة" (opened the defence show, where
    // 300 companies display drones): the display opens the sentence, a comma before its objects
    Sentence s = doc.sentence(e.sentence);
    for (int i = e.clauseFirst - 1; i >= s.firstToken(); i--) {
      if (triggers.at(doc, i).isPresent()) {
        return false;
      }
      if (cueAt(doc, i, Cue.WEAPON_CONTEXT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/freed-hostages: "أسفرت العملية عن مقتل تسعة مسلحين وتحرير ست رهائن" (the operation
   * killed nine gunmen and freed six hostages), "أفرج الخاطفون عن الرهائن" (the kidnappers
   * released the hostages): a kidnapping word right after a LIBERATION cue ends a kidnapping;
   * it reports no new one.
   */
  private boolean freedHostages(Doc doc, EventExtractor.Found e) {
    return e.type == EventType.KIDNAPPING
        && cueIn(doc, Math.max(e.clauseFirst, e.triggerFirst - LIBERATION_WINDOW), e.triggerFirst, Cue.LIBERATION);
  }

  /**
   * events/executed-hostages: "أعدم مسلحو الجماعة رهينتين" (the group's gunmen executed two
   * hostages), "قتل الخاطفون الرهينة" (the kidnappers killed the hostage), "ذبحوا رهائن" (they
   * beheaded hostages): a hostage noun (a kidnapping trigger that counts nothing) that is the
   * object of a killing or an execution (the nearest trigger before it) at most {@value #HOSTAGE_OBJECT_WINDOW} words before it in
   * its clause names that act's victims; it reports no new kidnapping ("اختطف مسلحون رهائن",
   * gunmen took hostages, has no such verb before it, and stays).
   */
  private boolean executedHostages(Doc doc, EventExtractor.Found e) {
    if (e.type != EventType.KIDNAPPING || e.trigger == null || e.trigger.countRole() != Trigger.CountRole.NONE) {
      return false;
    }
    for (int i = e.triggerFirst - 1; i >= Math.max(e.clauseFirst, e.triggerFirst - HOSTAGE_OBJECT_WINDOW); i--) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      if (t.isPresent() && t.get().end() <= e.triggerFirst) {
        Trigger v = t.get().value(); // the nearest act decides: "واختطفوا رهينتين" is a kidnapping
        return (v.type() == EventType.EXECUTION || v.type() == EventType.KILLING)
            && v.countRole() == Trigger.CountRole.KILLED;
      }
    }
    return false;
  }

  /**
   * events/died-of-wounds: "فارق ثلاثة من الجرحى الحياة متأثرين بإصاباتهم" (three of the wounded
   * died of their injuries), "توفي شرطي متأثرا بإصابته" (a policeman died of his injury): an injury
   * noun right after a word of succumbing (SUCCUMBED in event-cues.tsv: متأثرا، متأثرين…) is the
   * cause of a death that adds to the toll of an incident told before; it is no incident.
   */
  private boolean diedOfWounds(Doc doc, EventExtractor.Found e) {
    return e.trigger != null && e.trigger.countRole() == Trigger.CountRole.INJURED && e.triggerFirst > 0
        && cueAt(doc, e.triggerFirst - 1, Cue.SUCCUMBED);
  }

  /** Words from an execution verb to its hostage object: "أعدم مسلحو الجماعة رهينتين" is 3. */
  static final int HOSTAGE_OBJECT_WINDOW = 4;

  /**
   * events/air-agent: "واصلت القوات الجوية ضرباتها ما أسفر عن تدمير عربة ومقتل 7" (the air
   * force kept striking, destroying a vehicle and killing 7), "قتلت مقاتلات حربية خمسة مسلحين"
   * (fighter jets killed five gunmen): a raid, an attack or a killing whose sentence names an
   * air force or its aircraft (AIR_AGENT) before it as a subject (no preposition on it or on
   * the word before: "بمساندة مروحيات", with the support of helicopters, is none), with no other
   * trigger between, is an air strike.
   */
  boolean airAgent(Doc doc, EventExtractor.Found e) {
    if (e.type != EventType.RAID && e.type != EventType.ATTACK && e.type != EventType.KILLING) {
      return false;
    }
    Sentence s = doc.sentence(e.sentence);
    for (int i = e.triggerFirst - 1; i >= Math.max(s.firstToken(), e.triggerFirst - AIR_AGENT_WINDOW); i--) {
      if (triggers.at(doc, i).filter(h -> h.end() <= e.triggerFirst).isPresent()) {
        return false;
      }
      if (cueAt(doc, i, Cue.AIR_AGENT)) {
        return subject(doc, i);
      }
    }
    return false;
  }

  /**
   * Token {@code i} can be a subject: neither it nor the word before it carries a preposition
   * ("بمساندة مروحيات التحالف", with the support of the coalition's helicopters, names a support,
   * not who struck; "قاعدة للقوات الجوية" is a target).
   */
  private static boolean subject(Doc doc, int i) {
    if (!doc.tokens.get(i).segmentations().get(0).preposition().isEmpty()) {
      return false;
    }
    return i == 0 || doc.tokens.get(i - 1).segmentations().get(0).preposition().isEmpty();
  }

  /**
   * The first words of the triggers that are present-tense verbs: those that begin with the
   * prefix ي, and those with ت whose ي form is a trigger too ("تقتل" beside "يقتل"; "تفجير"
   * has no "يفجير" and is a noun).
   */
  private static java.util.Set<String> presentForms(PhraseTable<Trigger> triggers) {
    java.util.Set<String> firsts = triggers.firstWords();
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : firsts) {
      if (w.length() > 2 && (w.startsWith("ي") || w.startsWith("ت") && firsts.contains("ي" + w.substring(1)))) {
        out.add(w);
      }
    }
    return java.util.Set.copyOf(out);
  }

  /** Nothing pins the record down: no toll, no date and no place of its own sentence. */
  private static boolean unanchored(EventExtractor.Found e) {
    return noToll(e) && (e.date.isEmpty() || e.dateCarried) && e.places.isEmpty();
  }

  /**
   * events/imperfect-generic: "ويقتلون من يرفض الخروج" (and they kill whoever refuses to leave),
   * "تستهدف عناصر الحزب ومنشآته" (it targets the party's members and sites): a present-tense
   * verb alone, with no toll, no date and no place of its own, states what someone does or
   * would do, not an incident ("يشن الجيش هجوما على بلدة ... منذ الصباح" names its place and
   * stays).
   */
  private boolean imperfectGeneric(Doc doc, EventExtractor.Found e) {
    if (!e.singleTrigger() || !unanchored(e)) {
      return false;
    }
    var seg = doc.tokens.get(e.triggerFirst).segmentations().get(0);
    return presentForms.contains(seg.stem()) || presentForms.contains(doc.tokens.get(e.triggerFirst).text());
  }

  /**
   * events/may-act: "ويحذر خبراء من أن الجماعات قد تستهدف العواصم نفسها" (experts warn that the
   * groups may target the capitals themselves), "ربما يهاجم التنظيم المدن" (the group may attack
   * the towns): a present-tense verb of one word right after a particle of possibility (MAY in
   * {@code non-incident-cues.tsv}: "قد", "ربما"), with no toll, tells what may happen, not an
   * incident. "وقد استهدفت غارة موقعا للمسلحين" (a strike has targeted a militant position) has a
   * past verb and stays.
   */
  private boolean mayAct(Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    int a = e.triggerFirst - 1;
    if (!e.singleTrigger() || !noToll(e) || a < e.clauseFirst || !nonIncident.mayParticle(doc, a)) {
      return false;
    }
    var seg = doc.tokens.get(e.triggerFirst).segmentations().get(0);
    return presentForms.contains(seg.stem()) || presentForms.contains(doc.tokens.get(e.triggerFirst).text());
  }

  /**
   * events/topic-noun: "نحن منشغلون بالقتال على الجبهات" (we are busy with the fighting on the
   * fronts), "ملتزمون بالقتال حتى النهاية" (committed to fighting to the end): a definite verbal noun
   * after the preposition ب or ل, alone, with no toll, no date and no place of its own, names
   * a topic, not an incident.
   */
  private boolean topicNoun(Doc doc, EventExtractor.Found e) {
    if (!e.singleTrigger() || !unanchored(e)) {
      return false;
    }
    var seg = doc.tokens.get(e.triggerFirst).segmentations().get(0);
    String p = seg.preposition();
    return seg.definite() && (p.equals("ب") || p.equals("ل"));
  }

  // ---------------------------------------------------------------- record filters

  /**
   * events/only-regions: "المغرب العربي" (the Maghreb) alone, with no date and no toll, places no
   * incident.
   */
  private static boolean onlyRegions(EventExtractor.Found e) {
    return e.date.isEmpty() && noToll(e) && !e.places.isEmpty() && e.places.stream().allMatch(
        m -> m.entry() instanceof PlaceEntry p && p.kind() == PlaceKind.REGION && p.country().isEmpty());
  }

  /**
   * events/generic-plural: "هجمات متكررة" (repeated attacks), "عمليات الاختطاف" (kidnappings),
   * "الهجمات خلال 2013" (the attacks during 2013): plural attacks with no toll and no date of
   * their own, or only a whole year, are attacks in general; "ثلاثة هجمات" (three attacks) are
   * counted incidents.
   */
  /** How far before the trigger a continuation verb may stand: "تواصل إسرائيل شن غارات". */
  static final int CONTINUATION_WINDOW = 4;
  /** How far after the continuation verb its plural act may stand: "يواصل الطيران الحربي شن غارات". */
  static final int CONTINUATION_OBJECT_WINDOW = 5;
  /** How far after the trigger "ما زالت جارية" (still under way) may stand, in tokens. */
  static final int ONGOING_WINDOW = 4;

  /**
   * events/ongoing-campaign: "وتواصل إسرائيل شن غارات شبه يومية على القطاع" (Israel keeps
   * launching near-daily strikes on the strip), "يواصل الجيش عملياته ضد التنظيم" (the army
   * goes on with its operations): a continuation verb a few words before the trigger, a plural
   * act (غارات، ضربات، هجمات) at or after the continuation verb, no toll and no day of the
   * record's own (a month or a year is the campaign's span): a campaign that goes on, no
   * incident. "واصلت القوات الجوية ضرباتها الأربعاء
   * ما أسفر عن مقتل 7" (the air force kept striking on Wednesday, killing 7) has a toll and a
   * date and stays. An operation still under way (ONGOING right after its trigger: "وأن
   * عملية تمشيط ما زالت جارية في المنطقة", a sweep is still under way in the area) with no toll
   * and no day of its own is the aftermath the story reports, no incident either.
   */
  private boolean ongoingCampaign(Doc doc, EventExtractor.Found e) {
    if (!noToll(e) || e.date.isPresent() && !e.dateCarried
        && e.date.get().granularity() == DateRange.Granularity.DAY) {
      return false; // "واصلت ضرباتها الأربعاء": a day names the strikes of that day
    }
    if (cueIn(doc, e.triggerEnd, Math.min(e.clauseEnd, e.triggerEnd + ONGOING_WINDOW), Cue.ONGOING)) {
      return true;
    }
    int from = Math.max(e.clauseFirst, e.triggerFirst - CONTINUATION_WINDOW);
    for (int i = from; i <= e.triggerFirst; i++) {
      if (cueAt(doc, i, Cue.CONTINUATION)) {
        return cueIn(doc, i + 1, Math.min(e.clauseEnd, i + 1 + CONTINUATION_OBJECT_WINDOW),
            Cue.PLURAL_ACTS);
      }
    }
    return false;
  }

  /**
   * events/period-summary: "وأوقفت مفارز الجيش خلال الفترة ذاتها خمسة عناصر دعم" (army
   * detachments arrested five support elements over the same period), "وفي حصيلة أسبوعية
   * ..." (in a weekly balance): a clause that sums up a unit's activity over a period (PERIOD
   * in event-cues.tsv) and names no place of its own is an aggregate, no incident. "وأوقفت
   * مفارز الجيش خلال الأسبوع الماضي إرهابيا في ولاية تمنراست" names its place and stays.
   */
  private boolean periodSummary(Doc doc, EventExtractor.Found e) {
    if (e.places.isEmpty() && cueIn(doc, e.clauseFirst, e.clauseEnd, Cue.PERIOD)) {
      return true;
    }
    // "وكشفت الوزارة أنه ومنذ بداية الشهر الجاري، تمكنت قوات الجيش من القضاء على 10
    // إرهابيين" (the ministry said that since the start of the month the army has eliminated
    // 10 terrorists): a period right before the clause governs it; the clause itself names no
    // place (a place elsewhere in the sentence is another report's)
    Sentence s = doc.sentence(e.sentence);
    return cueIn(doc, Math.max(s.firstToken(), e.clauseFirst - PERIOD_OPENING), e.clauseFirst, Cue.PERIOD)
        && doc.mentionsIn(e.clauseFirst, e.clauseEnd).stream().noneMatch(m -> m.kind() == io.github.rasd.parsers.knowledge.EntryKind.PLACE);
  }

  /**
   * events/period-toll: "ومنذ بداية العام قتل أكثر من 300 شخص في هجمات نفذتها جماعات مسلحة في
   * الإقليم" (since the start of the year more than 300 people were killed in attacks by armed
   * groups in the province): a clause that sums up a PERIOD and counts plural acts (PLURAL_ACTS:
   * هجمات، غارات، اشتباكات) is a tally of many incidents, whatever place it names, unless the
   * record has a day of its own.
   */
  private boolean periodToll(Doc doc, EventExtractor.Found e) {
    if (e.date.isPresent() && !e.dateCarried && e.date.get().granularity() == DateRange.Granularity.DAY) {
      return false;
    }
    return cueIn(doc, e.clauseFirst, e.clauseEnd, Cue.PERIOD) && cueIn(doc, e.clauseFirst, e.clauseEnd, Cue.PLURAL_ACTS);
  }

  /** How far before a clause a period may stand and govern it, in tokens. */
  static final int PERIOD_OPENING = 6;

  private boolean genericPlural(Context c, EventExtractor.Found e) {
    Doc doc = c.doc();
    if (e.rules.contains("events/intercepted")) {
      return false; // "أسقطت الدفاعات طائرتين مسيرتين": a weapon shot down is one particular attempt
    }
    for (Layers.Q q : c.layers().quantitiesIn(Math.max(0, e.triggerFirst - 2), e.triggerFirst)) {
      if (q.end() == e.triggerFirst) {
        return false; // "ثلاثة هجمات" (three attacks): counted acts are incidents
      }
    }
    if (e.triggerFirst > 0 && words.in(Words.WordList.GENERIC_PLURAL,
        doc.tokens.get(e.triggerFirst - 1).segmentations().get(0).stem())
        && e.killed == null && e.injured == null && e.arrested == null) {
      return true;
    }
    var seg = doc.tokens.get(e.triggerFirst).segmentations().get(0);
    boolean yearLong = e.date.isPresent() && (e.date.get().granularity() == DateRange.Granularity.YEAR
        || e.date.get().granularity() == DateRange.Granularity.INTERVAL);
    return words.in(Words.WordList.GENERIC_PLURAL, seg.stem()) && noToll(e)
        && (!seg.definite() || e.date.isEmpty() || e.dateCarried || yearLong);
  }

  /**
   * events/generic-head: "لكن خلاياه ما زالت تشن هجمات متفرقة" (but its cells still launch
   * sporadic attacks), "أن تكون أراضيها منطلقا للهجمات" (that its land be a launchpad for
   * attacks) told before a later definite noun merged into the record ("المعارك"): the plural
   * attack noun is the head of a longer trigger, or of the trigger that made the record, whose
   * type the record still has; with no toll and no day of its own it speaks of attacks in general
   * as {@code events/generic-plural} does. "شنت الخلايا هجمات متزامنة على ثلاثة مواقع فجر
   * اليوم، ما أسفر عن مقتل خمسة جنود" has its toll, and "وتبنى التنظيم الهجمات ... وآخرها تفجير
   * حافلة" became the bombing it lists: both stay.
   */
  private boolean genericHead(EventExtractor.Found e) {
    return e.trigger != null && e.type == e.trigger.type() && !e.rules.contains("events/intercepted")
        && words.in(Words.WordList.GENERIC_PLURAL, headNoun(e.trigger)) && noToll(e)
        && (e.date.isEmpty() || e.dateCarried || e.date.get().granularity() != DateRange.Granularity.DAY);
  }

  /** The last word of a trigger's phrase: the noun of "تشن هجمات" (launch attacks). */
  private static String headNoun(Trigger t) {
    String p = t.phrase();
    return p.substring(p.lastIndexOf(' ') + 1);
  }

  /**
   * events/generic-quantity: "نفذوا عددا من الهجمات" (they carried out a number of attacks):
   * a QUANTIFIER right before the trigger, with no toll of the trigger's own, counts acts in
   * general (a candidate filter: what a later verb of the clause kills is not the trigger's).
   */
  private boolean genericQuantity(Doc doc, EventExtractor.Found e) {
    // "عشرات المهاجمين" (dozens of attackers) counts people, not acts
    boolean acts = words.in(Words.WordList.GENERIC_PLURAL,
        doc.tokens.get(e.triggerFirst).segmentations().get(0).stem());
    if (acts && noToll(e) && quantified(doc, e.clauseFirst, e.triggerFirst)) {
      return true;
    }
    // "عددا من الهجمات التي قتلت المئات" (a number of attacks that killed hundreds): what the
    // relative clause of generic acts tells is just as general
    int r = e.triggerFirst - 1;
    return r > e.clauseFirst && words.is(doc.tokens.get(r), Words.Category.RELATIVE)
        && triggers.at(doc, r - 1).isPresent() && quantified(doc, e.clauseFirst, r - 1);
  }

  /** A QUANTIFIER stands right before token {@code trigger}. */
  private boolean quantified(Doc doc, int clauseFirst, int trigger) {
    return cueIn(doc, Math.max(clauseFirst, trigger - 2), trigger, Cue.QUANTIFIER);
  }

  /** events/since-year: "منذ 2012" (since 2012): a stretch of years is background. */
  private boolean sinceYear(Doc doc, EventExtractor.Found e) {
    if (e.date.isEmpty() || e.dateCarried || e.date.get().granularity() != DateRange.Granularity.YEAR
        && e.date.get().granularity() != DateRange.Granularity.INTERVAL) {
      return false;
    }
    return afterBackgroundCue(doc, e.date.get());
  }

  /** How many years before publication a recalled incident must lie. */
  static final int RECALLED_YEARS = 2;

  /**
   * events/recalled-past: "ويذكر أن المدينة كانت مسرحا عام 2015 لهجوم دام" (it is recalled that
   * the city was the scene in 2015 of a bloody attack), "أبرزها تفجير مقر الشرطة عام 2016" (the
   * most prominent of them the bombing of the police headquarters in 2016): a record whose own
   * date lies {@link #RECALLED_YEARS} years or more before publication, in a sentence that holds a
   * RECALL cue (a formula of recall, an exemplar, a superlative against history, the founding of
   * a group), is what the story looks back on, no incident it reports. A dated incident told
   * plainly ("وفي مارس 2016 هاجم التنظيم المدينة") stays.
   */
  private boolean recalledPast(Doc doc, EventExtractor.Found e) {
    if (e.date.isEmpty() || e.dateCarried || doc.anchor.isEmpty()
        || e.date.get().end().getYear() > doc.anchor.get().getYear() - RECALLED_YEARS) {
      return false;
    }
    // the formula may open the sentence before the clause ("يذكر أن ...") or follow a tally
    // in the next one ("هجمات عدة، أبرزها تفجير ...")
    Sentence s = doc.sentence(e.sentence);
    return cueIn(doc, s.firstToken(), s.endToken(), Cue.RECALL);
  }

  /** The stretches that منذ opens as a span rather than as a point: "منذ مطلع العام". */
  private static final java.util.Set<DateRange.Granularity> SPAN_STARTS = java.util.EnumSet.of(
      DateRange.Granularity.WEEK, DateRange.Granularity.PART_OF_MONTH, DateRange.Granularity.MONTH,
      DateRange.Granularity.SEASON, DateRange.Granularity.PART_OF_YEAR, DateRange.Granularity.DECADE);

  /**
   * events/since-span: "هاجم مسلحون معسكرا للجيش، في هجوم هو الأعنف في المنطقة منذ مطلع العام"
   * (gunmen attacked an army camp, in the deadliest attack in the area since the start of the
   * year), "ووصفه بأنه الأعنف منذ بداية الشهر" (he called it the worst since the start of the
   * month): a trigger with no toll, first in its clause, whose clause is dated, after it, by a week, a month, a season
   * or a part of a year opened by منذ compares the incident with a span; the date is the span's,
   * and the incident is told where it has its own. A toll keeps the candidate ("قتل 3 جنود في
   * هجوم هو الأعنف منذ مطلع العام"; its tally "منذ بداية الشهر" is events/period-summary's). A
   * whole year or a stretch after منذ is events/since-year's; "منذ الثلاثاء" names the day a
   * campaign began.
   */
  private boolean sinceSpan(Context c, EventExtractor.Found e) {
    if (!noToll(e) || !triggers.findAll(c.doc(), e.clauseFirst, e.triggerFirst).isEmpty()) {
      return false; // "وقتل ثلاثة جنود في هجوم هو الأعنف منذ": the frame of a toll merges
    }
    Optional<DateRange> d = c.layers().dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst);
    return d.isPresent() && d.get().span().isPresent()
        && c.doc().tokenAtOriginal(d.get().span().get().start()) > e.triggerFirst
        && sinceSpan(c.doc(), d.get());
  }

  private boolean sinceSpan(Doc doc, DateRange d) {
    if (!SPAN_STARTS.contains(d.granularity()) || d.span().isEmpty()) {
      return false;
    }
    // "منذ مطلع" is a PERIOD cue of its own that covers the منذ before the date "مطلع العام"
    int first = doc.tokenAtOriginal(d.span().get().start());
    return afterBackgroundCue(doc, d)
        || first > 0 && backgroundWords.contains(doc.tokens.get(first - 1).segmentations().get(0).stem());
  }

  /** The time expression starts with or follows a BACKGROUND cue (منذ). */
  boolean afterBackgroundCue(Doc doc, DateRange d) {
    if (d.span().isEmpty()) {
      return false;
    }
    int first = doc.tokenAtOriginal(d.span().get().start());
    // "منذ 2012" read whole as the date, or "منذ" right before it
    return first >= 0 && cueAt(doc, first, Cue.BACKGROUND) || first > 0 && cueAt(doc, first - 1, Cue.BACKGROUND);
  }

  /** How many words a parenthesis between commas may hold, in tokens. */
  static final int PARENTHESIS_LENGTH = 8;
  /** How many words of its subject may stand between a habit and the parenthesis, in tokens. */
  static final int HABIT_SUBJECT = 1;

  /**
   * events/habitual: "تستهدف بين الحين والآخر دوريات الجيش" (from time to time it targets army
   * patrols), "دأب التنظيم على شن هجمات" (the group kept launching attacks): a habitual cue
   * ({@code habitual-cues.tsv}) in the clause of the trigger, or right before a parenthesis
   * that opens the clause, with at most a word of its subject between ("وكانت الحركة قد اعتادت،
   * منذ ظهورها عام 2016، استهداف ضباط الشرطة", the movement had made a habit, since it appeared
   * in 2016, of targeting police officers; "ودأب التنظيم، خلال السنوات الأخيرة، على شن هجمات"),
   * tells what is done again and again, no incident.
   */
  private boolean habitual(Doc doc, EventExtractor.Found e) {
    if (!habitual.findAll(doc, e.clauseFirst, e.clauseEnd).isEmpty()) {
      return true;
    }
    int close = e.clauseFirst - 1;
    Sentence s = doc.sentence(e.sentence);
    if (close <= s.firstToken() || !doc.isPunct(close, "،", ",")) {
      return false;
    }
    for (int open = close - 1; open > Math.max(s.firstToken(), close - PARENTHESIS_LENGTH); open--) {
      if (doc.isPunct(open, "،", ",")) {
        int opening = open;
        // the habit and at most its subject before the parenthesis: "ودأب التنظيم، خلال ..."
        return !habitual.findAll(doc, Math.max(s.firstToken(), opening - HABIT_SUBJECT - 1), opening).isEmpty();
      }
    }
    return false;
  }

  /**
   * events/intention: "كانوا يخططون لتنفيذ عمليات" (they planned operations): a plan or a threat
   * is no incident; a plot is.
   */
  private static boolean intention(EventExtractor.Found e) {
    return (e.status == EventStatus.PLANNED || e.status == EventStatus.THREATENED)
        && e.type != EventType.PLOT;
  }

  /** No count, or one with no bounds ("عدد من", a number of). */
  static boolean vague(Count c) {
    return c == null || c.min().isEmpty() && c.max().isEmpty();
  }

  /** events/aggregate-toll: a toll of a thousand or more describes a war, not an incident. */
  private static boolean isAggregate(Count c) {
    return c != null && c.min().orElse(0L) >= AGGREGATE_TOLL;
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.PlaceEntry;
import io.github.rasd.parsers.text.Paradigms;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds incidents through a trigger lexicon and reads their arguments from the clause around
 * the trigger: the date (a time expression of the clause, else the date of the incident just
 * reported), the places (most specific first), the armed groups, and the killed, injured and
 * arrested counts. Triggers of one clause that describe one incident are merged ("هجوم أسفر عن
 * مقتل 12", an attack that killed 12, is one attack with 12 killed); a definite back-reference
 * ("الهجوم", the attack) adds to the incident already reported instead of making a new one.
 * Immutable and thread-safe.
 */
final class EventExtractor {

  /** How far the count of an arrest may stand after it: "تفكيك خلية ... تتكون من أربعة". */
  private static final int ARREST_COUNT_WINDOW = 9;
  /** How far a count may stand from its trigger, in tokens. */
  private static final int COUNT_WINDOW = 6;
  /** How far a status cue (إحباط، محاولة) may stand before its trigger, in tokens. */
  private static final int STATUS_WINDOW = 5;
  /** How many sentences back a date or a place is carried to an incident that names none. */
  static final int CARRY_SENTENCES = 2;

  /** How far after a bombing verb its reflexive object may stand, in tokens. */
  private static final int REFLEXIVE_WINDOW = 6;

  /** Types whose trigger is followed by its victims or detainees, not by its perpetrators. */
  private static final Set<EventType> SINGULAR_COUNTS = EnumSet.of(EventType.KILLING,
      EventType.ARREST, EventType.KIDNAPPING, EventType.EXECUTION);
  /** Incident types that a plan or a threat in the same sentence belongs to. */
  private static final Set<EventType> SECURITY_ACTION = EnumSet.of(EventType.ARREST,
      EventType.PLOT, EventType.RAID, EventType.SEIZURE);

  /**
   * The clause names "المداهمة" (the raid), "الإنزال" (the landing): a definite raid word points
   * back to the raid already reported, as "العملية" (the operation) does ("صادرت القوة المداهمة
   * أسلحة", the raiding force seized weapons).
   */
  private boolean definiteRaid(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      if (t.isPresent() && t.get().value().type() == EventType.RAID
          && doc.tokens.get(i).segmentations().get(0).definite()) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/attack-is-kidnapping: "أقدم مسلحون مجهولون على خطف مهندسين" (unknown gunmen
   * kidnapped two engineers), "وفي هجوم آخر، خطف مسلحون خمس نساء" (in another attack, gunmen
   * abducted five women): an attack with no toll of its own in the sentence of a kidnapping is
   * the kidnapping's raid, one incident, a kidnapping. So is a killing or an attack told in a
   * clause of "بعد أن" / "قبل أن" (after / before they had) after the kidnapping: "خطف مسلحون
   * عشرين مسافرا بعد أن قتلوا السائق" (gunmen abducted twenty travellers after killing the
   * driver): its toll is the kidnapping's.
   */
  private void attacksThatKidnap(Doc doc, List<Found> inSentence) {
    Found kidnap = inSentence.stream().filter(e -> e.type == EventType.KIDNAPPING).findFirst().orElse(null);
    if (kidnap == null) {
      return;
    }
    for (Found a : List.copyOf(inSentence)) {
      boolean untolled = a.type == EventType.ATTACK && EventFilters.vague(a.killed)
          && EventFilters.vague(a.injured);
      boolean subordinate = (a.type == EventType.ATTACK || a.type == EventType.KILLING)
          && a.triggerFirst > kidnap.triggerFirst && a.triggerFirst > 1
          && filters.is(doc, a.triggerFirst - 2, EventFilters.Cue.SEQUEL)
          && words.is(doc.tokens.get(a.triggerFirst - 1), Words.Category.COMPLEMENTIZER);
      if (a != kidnap && (untolled || subordinate) && !a.otherIncident) {
        EventStatus status = kidnap.status;
        IncidentMerges.absorb(kidnap, a);
        kidnap.type = EventType.KIDNAPPING;
        kidnap.status = status;
        inSentence.remove(a);
        IncidentMerges.touched(kidnap, "events/attack-is-kidnapping", a);
      }
    }
  }

  /** How far after a verb of dismantling its cell noun may stand: "فككت قوات الأمن خلية". */
  private static final int DISMANTLE_WINDOW = 6;

  /** The arrest that a dismantled cell is: its number counts the members arrested. */
  private static final Trigger DISMANTLED_CELL = new Trigger("فكك … خلية", EventType.ARREST,
      EventStatus.OCCURRED, Trigger.CountRole.ARRESTED);

  /**
   * events/dismantled-cell: "فككت قوات الأمن المغربية خلية إرهابية تتكون من ثلاثة عناصر"
   * (Moroccan security forces dismantled a terrorist cell of three members): a verb of
   * dismantling (DISMANTLE in event-cues.tsv) with its subject between it and a cell or network
   * noun (CELL) a few words on is an arrest, whose number counts the members. "فكك خبراء
   * المتفجرات عبوة ناسفة" (experts defused a bomb) names no cell and is none.
   */
  private List<PhraseTable.Hit<Trigger>> dismantledCells(Doc doc, Sentence s,
      List<PhraseTable.Hit<Trigger>> hits) {
    List<PhraseTable.Hit<Trigger>> out = null;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (!filters.is(doc, i, EventFilters.Cue.DISMANTLE)) {
        continue;
      }
      int at = i;
      if (hits.stream().anyMatch(h -> h.first() <= at && at < h.end())) {
        continue; // "فككت خلية" is a trigger of its own
      }
      // a trigger between the verb and the cell is no subject: "فكك عبوة ناسفة ... خلية"
      for (int j = i + 2; j <= Math.min(s.endToken() - 1, i + DISMANTLE_WINDOW); j++) {
        int k = j;
        if (hits.stream().anyMatch(h -> h.first() > at && h.first() < k)) {
          break;
        }
        if (filters.is(doc, j, EventFilters.Cue.CELL)) {
          if (out == null) {
            out = new ArrayList<>(hits);
          }
          out.add(new PhraseTable.Hit<>(DISMANTLED_CELL, i, j + 1, "")); // the count follows the cell
          break;
        }
      }
    }
    if (out == null) {
      return hits;
    }
    out.sort(java.util.Comparator.comparingInt(PhraseTable.Hit::first));
    return out;
  }

  /** Types of violence that merge with each other inside one clause. */
  static final Set<EventType> VIOLENCE = EnumSet.of(EventType.ARMED_CLASH, EventType.ATTACK,
      EventType.AMBUSH, EventType.KILLING, EventType.SUICIDE_BOMBING, EventType.BOMBING,
      EventType.AIR_STRIKE, EventType.SHELLING, EventType.EXECUTION);

  /** Places from the most to the least specific. */
  private static final List<PlaceKind> SPECIFICITY = List.of(PlaceKind.SITE, PlaceKind.MOUNTAIN,
      PlaceKind.CITY, PlaceKind.ADMIN2, PlaceKind.NATURAL_FEATURE, PlaceKind.BORDER,
      PlaceKind.ADMIN1, PlaceKind.REGION, PlaceKind.OTHER, PlaceKind.COUNTRY);

  /** One source's toll for an incident: what it counts, the figure and the clause that gives it. */
  record Figure(io.github.rasd.model.TollFigure.Kind kind, Count count, int clauseFirst, int clauseEnd) {}

  /** An incident found in one article. */
  static final class Found {
    EventType type;
    EventStatus status;
    int triggerFirst;
    int triggerEnd;
    int sentence;
    int clauseFirst;
    int clauseEnd;
    Optional<DateRange> date = Optional.empty();
    boolean dateCarried;
    final List<Doc.Mention> places = new ArrayList<>();
    final List<Doc.Mention> groups = new ArrayList<>();
    /** Groups of {@link #groups} whose men the incident struck or took (events/members-of). */
    final List<Doc.Mention> targetGroups = new ArrayList<>();
    final List<Doc.Mention> forces = new ArrayList<>();
    Count killed;
    Count injured;
    Count arrested;
    /** Every rule that created, merged into or changed the record, the creating rule first. */
    final List<String> rules = new ArrayList<>();

    /** Names {@code rule} in the record's provenance, once. */
    void touch(String rule) {
      if (!rules.contains(rule)) {
        rules.add(rule);
      }
    }

    /** The record was made by one trigger alone: nothing merged into it. */
    boolean singleTrigger() {
      int n = 0;
      for (String r : rules) {
        if (r.startsWith(TRIGGER_RULE)) {
          n++;
        }
      }
      return n == 1;
    }
    /** Tolls that sources gave differently for this incident (then no single toll is kept). */
    final List<Figure> competingFigures = new ArrayList<>();
    /** events/other-incident: introduced as another incident ("بعد أيام من كمين"). */
    boolean otherIncident;
    /** The clause refers back to "العملية" (the operation): its acts belong to it. */
    boolean duringOperation;
    /** events/aside: an earlier or another incident; later undated details are not its. */
    boolean aside;
    /** The trigger that made the candidate and its proclitics ("ل" of "لاستهداف"). */
    Trigger trigger;
    String prefix = "";
    /** The filter that rejected the candidate, when one did. */
    String rejectedBy;
    /** The merge that found the incident it repeats (events/same-incident, events/back-reference). */
    String mergedBy = "events/back-reference";
    /** The words naming the killed or injured: the count and its noun, "ثلاثة جنود". */
    final List<io.github.rasd.model.Span> victims = new ArrayList<>();
    /** The words naming what was attacked: "دورية للجيش" after "استهدف". */
    io.github.rasd.model.Span target;
    /** The trigger names only a weapon or an attacker ("حزام ناسف", "انتحاري"), not the act. */
    boolean weakTrigger;
    /** {@link SpeakerPerpetrator#RULE}: the armed group whose statement tells the act. */
    Optional<Doc.Mention> speakerGroup = Optional.empty();
    /** {@link TollCounts#PRELIMINARY_TOLL}: the killed count is a first count ("حصيلة أولية"). */
    boolean preliminaryToll;
    /**
     * The record was first named by a definite trigger noun ("وبدأ الهجوم بقصف مدفعي", the
     * attack began with shelling): it points back to an incident told before even after a
     * more specific trigger of its clause took its place (IncidentMerges).
     */
    boolean definiteNoun;
    /**
     * {@link IncidentMerges#AGENT_NOUN}: the definite noun is the agent of an act of its own
     * clause ("شن الطيران الحربي غارة", the air force carried out a strike), no back-reference.
     */
    boolean agentNoun;
    /**
     * The date stands in the sentence outside the clause of the act, most often the day of the
     * announcement: "أعلن المتحدث، مساء اليوم الاثنين، مقتل سبعة" (the spokesman announced on
     * Monday evening that seven were killed); a later telling's own day is the act's.
     */
    boolean dateOfSentence;
    /** The latest sentence that told the record, by a merge into it (-1: only its first). */
    int lastSentence = -1;
  }

  private final PhraseTable<Trigger> triggers;
  private final PhraseTable<EventStatus> statusCues;
  private final Map<String, Trigger.CountRole> consequences;
  private final PhraseTable<String> responsibility;
  private final PhraseTable<String> blockers;
  private final PhraseTable<String> habitual;
  private final Words words;
  private final ConflictFrame frames;
  private final Set<String> dualVictims;
  /** The person nouns of victim-nouns.tsv ({@link #PERSONS_SEIZED}). */
  private final Map<String, Lexicons.VictimRole> victimRoles;
  private final EventFilters filters;
  private final IncidentMerges merges;
  private final TollCounts tolls = new TollCounts();
  private final AddedStatement added = new AddedStatement();
  private final SpeakerPerpetrator speakers = new SpeakerPerpetrator();
  private final MemberGroup members = new MemberGroup();
  private final SameDay sameDay = new SameDay();
  private final EventTyping typing;

  EventExtractor(PhraseTable<Trigger> triggers, PhraseTable<EventStatus> statusCues,
      Map<String, Trigger.CountRole> consequences, PhraseTable<String> responsibility,
      PhraseTable<String> blockers, PhraseTable<String> habitual,
      Words words, Map<String, Lexicons.VictimRole> victimRoles, Set<String> dualVictims) {
    this.triggers = triggers;
    this.typing = new EventTyping(triggers);
    this.dualVictims = dualVictims;
    this.victimRoles = victimRoles;
    this.frames = new ConflictFrame(triggers, victimRoles, words);
    this.filters = new EventFilters(triggers, statusCues, blockers, habitual, frames, words);
    this.merges = new IncidentMerges(words, this.filters);
    this.habitual = habitual;
    this.blockers = blockers;
    this.responsibility = responsibility;
    this.statusCues = statusCues;
    this.consequences = consequences;
    this.words = words;
  }

  /** The incidents of an article and the candidates the filters rejected, with their rule. */
  record Trace(List<Found> events, List<Found> rejected) {}

  List<Found> extract(Doc doc, Layers layers) {
    return trace(doc, layers).events();
  }

  /**
   * The pipeline: candidates (one per trigger, rule {@code events/trigger:<phrase>}; retyped by
   * {@code events/reflexive-bombing}, {@code events/air-agent}, {@code events/intercepted}) → the
   * candidate filters of {@link EventFilters#CANDIDATE_ORDER} → the merges inside a sentence
   * ({@link IncidentMerges#intoSentence}, then {@link IncidentMerges#sentenceDone}), then
   * {@code events/attack-is-kidnapping}, {@code events/plot-arrests}, {@code events/tally} →
   * the merges into the incidents already reported ({@link IncidentMerges#intoArticle}) →
   * {@code events/responsibility} → the record filters of {@link EventFilters#RECORD_ORDER} →
   * the merges across records ({@link IncidentMerges#acrossRecords}) → {@link MemberGroup#RULE} → dates and places carried
   * ({@code events/carry-date}, {@code events/carry-place}) → the last filters
   * ({@link EventFilters#FINAL_ORDER}). Every rule that creates, merges into or changes a record
   * is named in its {@code rules}.
   */
  Trace trace(Doc doc, Layers layers) {
    List<Found> events = new ArrayList<>();
    List<Found> rejected = new ArrayList<>();
    EventFilters.Context context = new EventFilters.Context(doc, layers, frames.article(doc));
    for (Sentence s : doc.sentences) {
      List<PhraseTable.Hit<Trigger>> hits = dismantledCells(doc, s,
          triggers.findAll(doc, s.firstToken(), s.endToken()));
      if (hits.isEmpty()) {
        continue;
      }
      List<Found> inSentence = new ArrayList<>();
      for (int h = 0; h < hits.size(); h++) {
        PhraseTable.Hit<Trigger> hit = hits.get(h);
        Found e = new Found();
        e.trigger = hit.value();
        e.prefix = hit.prefix();
        e.type = hit.value().type();
        e.status = hit.value().status();
        e.triggerFirst = hit.first();
        e.triggerEnd = hit.end();
        e.sentence = s.index();
        e.rules.add(TRIGGER_RULE + hit.value().phrase());
        if (hit.value() == DISMANTLED_CELL) {
          e.rules.add("events/dismantled-cell");
        }
        e.clauseFirst = clauseStart(doc, s, hit.first());
        e.clauseEnd = clauseEnd(doc, layers, s, hit.end());
        if (e.clauseFirst > s.firstToken() && addedStatement(doc, layers, s, e.clauseFirst - 1)) {
          e.rules.add(AddedStatement.RULE);
        }
        if (e.clauseFirst + 2 == e.triggerFirst && merges.latestFrame(doc, e.clauseFirst)) {
          e.rules.add(IncidentMerges.LATEST_FRAME); // "، في أحدث هجوم": no clause of its own
        }
        if (reflexiveBombing(doc, s, hit)) {
          e.type = EventType.SUICIDE_BOMBING;
          e.rules.add("events/reflexive-bombing");
        }
        typing.retype(doc, e); // events/vessel-target, events/strike-destruction
        if (filters.foundWeapons(doc, e)) {
          e.type = EventType.SEIZURE; // "عثرت قوة على مخبأ يحتوي على أحزمة ناسفة"
          e.status = EventStatus.OCCURRED;
          e.rules.add(EventFilters.FOUND_WEAPONS);
        }
        if (filters.airAgent(doc, e)) {
          e.type = EventType.AIR_STRIKE; // "واصلت القوات الجوية ضرباتها ما أسفر عن تدمير"
          e.rules.add("events/air-agent");
        }
        e.weakTrigger = hit.value().countRole() == Trigger.CountRole.NONE
            && !filters.is(doc, hit.first(), EventFilters.Cue.ATTACKER); // weapons, not attackers
        if (hit.value().status() == EventStatus.ATTEMPTED) {
          e.rules.add(REPELLED); // "صدت القوات هجوما": the attack stopped was attempted
        }
        status(doc, s, e);
        if (foiledAim(doc, e)) {
          e.type = EventType.PLOT; // "إحباط عملية إرهابية كانت تستهدف مبنى أمنيا"
          e.rules.add(FOILED_AIM);
        }
        boolean personsSeized = personsSeized(doc, layers, hit);
        if (personsSeized) {
          e.type = EventType.ARREST; // "وضبط عنصرين من التنظيم": persons are arrested, not seized
          e.rules.add(PERSONS_SEIZED);
        }
        if (filters.intercepted(doc, e)) {
          e.type = EventType.ATTACK; // "اعتراض ثلاث طائرات مسيرة": launched, stopped in the air
          e.status = EventStatus.ATTEMPTED;
          e.rules.add("events/intercepted");
        }
        Trigger.CountRole role = personsSeized ? Trigger.CountRole.ARRESTED
            : consequenceRole(doc, hit).orElse(hit.value().countRole());
        count(doc, layers, s, hit, role, e);
        target(doc, s, hit, e);
        // "أعلنت غرفة عمليات الفتح المبين ... أنها قصفت": the speaker group is the actor of an act
        // whose record names no group once the merges are done (a group of its own would keep the
        // telling from its incident); read at the act's own verb, before a merge moves the trigger
        e.speakerGroup = speakers.speaker(doc, s, e.clauseFirst, e.triggerFirst);
        e.duringOperation = filters.definiteOperation(doc, e.clauseFirst, e.clauseEnd)
            || definiteRaid(doc, e.clauseFirst, e.clauseEnd);
        e.aside = filters.aside(doc, e);
        Optional<String> filter = EventFilters.firstRejecting(filters.candidateOrder, context, e);
        if (filter.isPresent()) {
          reject(rejected, e, filter.get());
          continue;
        }
        boolean consequence = consequenceRole(doc, hit).isPresent();
        if (filters.otherIncident(doc, e)) {
          e.rules.add("events/other-incident");
          e.otherIncident = true;
        }
        if (!merges.intoSentence(doc, layers, inSentence, e, consequence)) {
          inSentence.add(e);
        }
      }
      merges.sentenceDone(doc, layers, inSentence);
      attacksThatKidnap(doc, inSentence);
      if (inSentence.stream().anyMatch(e -> SECURITY_ACTION.contains(e.type))) {
        // "ألقت القبض على خلية كانوا يخططون لاستهداف ...": the plan is the arrest's, not an event
        for (Found e : List.copyOf(inSentence)) {
          if ((e.status == EventStatus.PLANNED || e.status == EventStatus.THREATENED)
              && !SECURITY_ACTION.contains(e.type)) {
            inSentence.remove(e);
            reject(rejected, e, "events/plan-of-security-action");
          }
        }
      }
      for (Found e : inSentence) {
        arguments(doc, layers, e);
      }
      mergeTalliesAndPlots(doc, inSentence);
      for (Found e : inSentence) {
        if (!merges.intoArticle(doc, layers, events, e)) {
          events.add(e);
        }
      }
    }
    claimsOfResponsibility(doc, events);
    filterRecords(filters.recordOrder, context, events, rejected);
    merges.acrossRecords(doc, layers, events);
    members.apply(doc, events); // events/members-of: "وأكد أن العنصرين ينتميان إلى جند الخلافة"
    carry(doc, events);
    for (Found e : events) {
      if (e.groups.isEmpty() && e.speakerGroup.isPresent()) {
        e.groups.add(e.speakerGroup.get());
        e.rules.add(SpeakerPerpetrator.RULE);
      }
    }
    filterRecords(filters.recordFinal, context, events, rejected);
    return new Trace(List.copyOf(events), List.copyOf(rejected));
  }

  private static void filterRecords(List<EventFilters.Filter> order, EventFilters.Context context,
      List<Found> events, List<Found> rejected) {
    for (Found e : List.copyOf(events)) {
      Optional<String> f = EventFilters.firstRejecting(order, context, e);
      if (f.isPresent()) {
        events.remove(e);
        reject(rejected, e, f.get());
      }
    }
  }

  private static void reject(List<Found> rejected, Found e, String filter) {
    e.rejectedBy = filter;
    e.rules.add(filter);
    rejected.add(e);
  }

  /**
   * "فجرت امرأة كانت معه نفسها" (a woman who was with him blew herself up): the verb of
   * bombing with a reflexive object (نفسه، نفسها، أنفسهم) a few words on is a suicide bombing.
   */
  private boolean reflexiveBombing(Doc doc, Sentence s, PhraseTable.Hit<Trigger> hit) {
    if (hit.value().type() != EventType.BOMBING) {
      return false;
    }
    for (int i = hit.end(); i < Math.min(s.endToken(), hit.end() + REFLEXIVE_WINDOW); i++) {
      String stem = doc.tokens.get(i).segmentations().get(0).stem();
      String text = doc.tokens.get(i).text();
      if (words.in(Words.WordList.REFLEXIVE, text) || words.in(Words.WordList.REFLEXIVE, stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@value}: "أعلنت القوات إحباط عملية إرهابية كانت تستهدف مبنى أمنيا، وضبط عنصرين يحملان
   * حزاما ناسفا" (the forces announced they foiled a terrorist operation that was targeting a
   * security building, and seized two members carrying a suicide belt), "أحبطت الشرطة هجوما كان
   * يستهدف كنيسة واعتقلت ثلاثة" (the police foiled an attack on a church and arrested three): an
   * act of violence told as foiled (FOILED) in a sentence whose arrest or seizure foiled it is a
   * plot, foiled before it struck, and takes that arrest (events/plot-arrests). "صد الجيش هجوما
   * على موقع" (the army repelled an attack on a post) arrests nobody and stays an attack; nor does
   * a seizure of objects make a plot: "فككت وحدة الهندسة عبوة ناسفة …، وضبطت أسلاكا" (the
   * engineers dismantled an IED and seized wires) is a foiled bombing. Persons seized ("ضبط
   * عنصرين") are an arrest (events/persons-seized).
   */
  static final String FOILED_BY_ARREST = "events/foiled-by-arrest";

  private static void foiledByArrest(List<Found> inSentence) {
    if (inSentence.stream().anyMatch(e -> e.type == EventType.PLOT)
        || inSentence.stream().noneMatch(e -> e.type == EventType.ARREST)) {
      return;
    }
    for (Found e : inSentence) {
      if (VIOLENCE.contains(e.type) && e.status == EventStatus.FOILED && e.killed == null) {
        e.type = EventType.PLOT;
        e.rules.add(FOILED_BY_ARREST);
        return;
      }
    }
  }

  /**
   * One record per tally and per foiled plot: "تحييد 27 إرهابيا وتوقيف 31 آخرين خلال سنة 2022"
   * is one year's toll with killed and arrested; a foiled plot takes the arrests and seizures of
   * its sentence.
   */
  private void mergeTalliesAndPlots(Doc doc, List<Found> inSentence) {
    foiledByArrest(inSentence);
    Found plot = inSentence.stream().filter(e -> e.type == EventType.PLOT
        && (e.status == EventStatus.FOILED || e.status == EventStatus.PLANNED)).findFirst().orElse(null);
    if (plot != null) {
      for (Found e : List.copyOf(inSentence)) {
        boolean aim = VIOLENCE.contains(e.type) && e.triggerFirst > plot.triggerFirst && e.killed == null;
        if (aim) {
          inSentence.remove(e); // "مخططا كان يستهدف مواقع حيوية": what the plot aimed at
          continue;
        }
        if (e != plot && (e.type == EventType.ARREST || e.type == EventType.SEIZURE)) {
          plot.arrested = plot.arrested != null ? plot.arrested : e.arrested;
          inSentence.remove(e);
          IncidentMerges.touched(plot, "events/plot-arrests", e);
        }
      }
    }
    Found tally = null;
    for (Found e : List.copyOf(inSentence)) {
      Optional<DateRange> d = e.date;
      if (d.isEmpty() || !isTally(doc, d.get())) {
        continue;
      }
      if (tally == null) {
        tally = e;
      } else {
        tally.killed = tally.killed != null ? tally.killed : e.killed;
        tally.injured = tally.injured != null ? tally.injured : e.injured;
        tally.arrested = tally.arrested != null ? tally.arrested : e.arrested;
        inSentence.remove(e);
        IncidentMerges.touched(tally, "events/tally", e);
      }
    }
  }

  /**
   * "وتبنت حركة الشباب الهجوم" (al-Shabaab claimed the attack), "وأعلنت حركة الشباب مسؤوليتها"
   * (al-Shabaab declared its responsibility): the group named in the sentence is the perpetrator
   * of the latest violent incident. Rule {@value #RESPONSIBILITY_DENIED}: a phrase denied or negated in
   * its clause ("ونفت الجبهة مسؤوليتها عن الخطف", the front denied its responsibility; "ولم
   * تعلن أي جهة مسؤوليتها", no side claimed it) lays the act on nobody.
   */
  private void claimsOfResponsibility(Doc doc, List<Found> events) {
    for (Sentence s : doc.sentences) {
      List<PhraseTable.Hit<String>> cues = responsibility.findAll(doc, s.firstToken(), s.endToken());
      if (cues.isEmpty()) {
        continue;
      }
      boolean denied = cues.stream().anyMatch(h -> denied(doc, s, h.first()));
      Optional<Doc.Mention> group = doc.mentionsIn(s.firstToken(), s.endToken()).stream()
          .filter(m -> m.kind() == EntryKind.GROUP).findFirst();
      if (group.isEmpty()) {
        continue;
      }
      for (int i = events.size() - 1; i >= 0; i--) {
        Found e = events.get(i);
        if (s.index() - e.sentence > CARRY_SENTENCES + 1) {
          break;
        }
        if (e.sentence <= s.index() && VIOLENCE.contains(e.type)) {
          if (denied) {
            e.rules.add(RESPONSIBILITY_DENIED);
          } else if (e.groups.stream().noneMatch(g -> g.entry() == group.get().entry())) {
            e.groups.add(0, group.get());
            e.rules.add("events/responsibility");
          }
          break;
        }
      }
    }
  }

  /** Rule {@value}: see {@link #claimsOfResponsibility}. */
  static final String RESPONSIBILITY_DENIED = "events/responsibility-denied";

  /**
   * A verb of denial or of disowning (DENIAL, DISAVOWAL of {@code event-cues.tsv}), or a negation
   * particle, stands before {@code cue} in its clause.
   */
  private boolean denied(Doc doc, Sentence s, int cue) {
    for (int i = cue - 1; i >= s.firstToken() && !doc.isPunct(i, "،", ",", "؛", ";"); i--) {
      if (filters.is(doc, i, EventFilters.Cue.DENIAL) || filters.is(doc, i, EventFilters.Cue.DISAVOWAL)) {
        return true;
      }
      for (Segmentation seg : doc.tokens.get(i).segmentations()) {
        if (seg.preposition().isEmpty() && !seg.definite() && words.in(Words.WordList.NEGATION, seg.stem())) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- clauses

  /** A clause starts after the last "،" or "؛" that precedes a new verb of incident. */
  private int clauseStart(Doc doc, Sentence s, int trigger) {
    for (int i = trigger - 1; i > s.firstToken(); i--) {
      if (doc.isPunct(i, "،", ",", "؛", ";", ":")) {
        return i + 1;
      }
    }
    return s.firstToken();
  }

  private int clauseEnd(Doc doc, Layers layers, Sentence s, int from) {
    for (int i = from; i < s.endToken(); i++) {
      if (doc.isPunct(i, "؛", ";")) {
        return i;
      }
      if (doc.isPunct(i, "،", ",") && i + 1 < s.endToken() && startsIncidentClause(doc, layers, i + 1, s)) {
        return i;
      }
      if (doc.isPunct(i, "،", ",") && addedStatement(doc, layers, s, i)) {
        return i; // events/added-statement: "، مضيفا أن الدفاعات أسقطت طائرتين"
      }
    }
    return s.endToken();
  }

  /** The comma at {@code comma} opens an added statement ({@link AddedStatement}) of a new act. */
  private boolean addedStatement(Doc doc, Layers layers, Sentence s, int comma) {
    return comma >= s.firstToken() && doc.isPunct(comma, "،", ",") && added.opens(doc, words, k -> !layers.inDate(k)
        && triggers.at(doc, k).filter(t -> consequenceRole(doc, t).isEmpty()).isPresent(), s, comma);
  }

  /**
   * "، وفجرت ..." — a conjunction and a new trigger open a new incident; "، في هجوم انتحاري"
   * (", in a suicide attack") does not: a FRAME preposition after the comma makes the trigger
   * the frame of the toll before it. A trigger word inside a time expression opens no clause:
   * "قتل خمسة، فجر أمس، في هجوم" (five were killed at dawn yesterday in an attack): "فجر" is
   * the dawn, not "detonated".
   */
  private boolean startsIncidentClause(Doc doc, Layers layers, int i, Sentence s) {
    // "، وفي هجوم آخر" (and in another attack): a frame of another incident opens a clause
    if (words.in(Words.WordList.FRAME, doc.tokens.get(i).segmentations().get(0).stem())
        && triggers.at(doc, i + 1).isPresent() && !another(doc, i + 1)) {
      return false;
    }
    if (merges.contrastClause(doc, s, i)) {
      return true; // events/contrast-clause: "، فيما لقي عنصران آخران حتفهما بضربة"
    }
    if (merges.latestFrame(doc, i)) {
      return false; // "، في أحدث هجوم تتبناه الجماعة": the frame of the act just told
    }
    for (int k = i; k < Math.min(s.endToken(), i + 2); k++) {
      if (words.in(Words.WordList.RESULT_VERB, doc.tokens.get(k).segmentations().get(0).stem())) {
        return false; // "، أسفرت عن القبض على ثلاثة": the result of the incident just named
      }
    }
    for (int k = i; k < Math.min(s.endToken(), i + 3); k++) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, k);
      if (t.isPresent() && consequenceRole(doc, t.get()).isEmpty() && !layers.inDate(k)) {
        return true;
      }
    }
    return false;
  }

  /** The trigger at {@code i} is followed by a word of another incident: "هجوم آخر". */
  private boolean another(Doc doc, int i) {
    Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
    return t.isPresent() && t.get().end() < doc.tokens.size()
        && filters.is(doc, t.get().end(), EventFilters.Cue.ANOTHER);
  }

  // ---------------------------------------------------------------- merging

  /** A trigger of a toll noun (a consequence word: "جرحى") starts at token {@code i}. */
  private boolean consequenceAt(Doc doc, int i) {
    Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
    return t.isPresent() && consequenceRole(doc, t.get()).isPresent();
  }

  private Optional<Trigger.CountRole> consequenceRole(Doc doc, PhraseTable.Hit<Trigger> hit) {
    Token t = doc.tokens.get(hit.first());
    if (hit.value().type() == EventType.KILLING && hit.prefix().endsWith("ل")
        && !t.segmentations().get(0).definite()) {
      return Optional.of(Trigger.CountRole.KILLED); // "لتقتل رضيعا": and so killed an infant
    }
    Trigger.CountRole r = consequences.get(t.text());
    if (r == null) {
      for (var seg : t.segmentations()) {
        r = consequences.get(seg.stem());
        if (r != null) {
          break;
        }
      }
    }
    return Optional.ofNullable(r);
  }

  // ---------------------------------------------------------------- arguments

  /**
   * Rule {@value}: "أعلنت القوات إحباط عملية إرهابية كانت تستهدف مبنى أمنيا في المدينة" (the
   * forces announced they foiled a terrorist operation that was to target a security building),
   * "أحبطت الأجهزة هجوما كان يستهدف حاجزا": a verb of targeting or attack in the imperfect right
   * after a form of كان (PAST_AUX in event-cues.tsv), in a clause whose status is foiled, tells
   * what the foiled operation was to do: a plot, not an attack that took place. "أحبطت القوات
   * هجوما على حاجز" (the forces repelled an attack on a checkpoint) has no such verb and stays a
   * foiled attack; "كانت تستهدف" with no cue of foiling tells a habit or a past aim.
   */
  static final String FOILED_AIM = "events/foiled-aim";

  private boolean foiledAim(Doc doc, Found e) {
    if (e.status != EventStatus.FOILED || e.type != EventType.ATTACK && e.type != EventType.BOMBING
        || e.triggerFirst - 1 < e.clauseFirst) {
      return false;
    }
    String verb = doc.tokens.get(e.triggerFirst).segmentations().get(0).stem();
    return filters.is(doc, e.triggerFirst - 1, EventFilters.Cue.PAST_AUX)
        && Paradigms.thirdPersonImperfect(verb);
  }

  /**
   * Rule {@value}: "وضبط عنصرين من تنظيم القاعدة يحملان حزاما ناسفا" (and two members of
   * al-Qaeda carrying a suicide belt were caught), "ضبطت الدورية ثلاثة مطلوبين": a verb of
   * seizing that counts nothing (ضبط) whose object right after it, or after its number, is a
   * person noun (victim-nouns.tsv) is an arrest of those persons, counted as arrested. "ضبط
   * شحنة من المتفجرات" (a shipment of explosives seized) names things and stays a seizure.
   */
  static final String PERSONS_SEIZED = "events/persons-seized";

  private boolean personsSeized(Doc doc, Layers layers, PhraseTable.Hit<Trigger> hit) {
    if (hit.value().type() != EventType.SEIZURE || hit.value().countRole() != Trigger.CountRole.NONE
        || hit.end() >= doc.tokens.size()) {
      return false;
    }
    if (personNoun(doc, hit.end())) {
      return true; // "ضبط مطلوبين"
    }
    // the noun after its number ("ضبطت قوات الأمن ثلاثة مطلوبين"), or a dual noun that is its
    // own number ("ضبطت الدورية عنصرين"), past the subject
    for (Layers.Q q : layers.quantitiesIn(hit.end(), hit.end() + PERSONS_SEIZED_WINDOW)) {
      boolean period = false;
      for (int i = hit.end(); i < q.first(); i++) {
        period |= layers.inDate(i) || words.in(Words.WordList.FRAME, doc.tokens.get(i).segmentations().get(0).stem());
      }
      if (!noTriggerBetween(doc, hit.end(), q.first()) || period) {
        return false; // a comma, another act or a period before the number: not the seizing's object
      }
      if (personNoun(doc, q.end()) || personNoun(doc, q.end() - 1)) {
        return true;
      }
    }
    return false;
  }

  /** How far after its verb of seizing the number of the persons may start ({@link #PERSONS_SEIZED}), in tokens. */
  static final int PERSONS_SEIZED_WINDOW = 4;

  private boolean personNoun(Doc doc, int i) {
    if (i >= doc.tokens.size() || !doc.tokens.get(i).is(Token.Type.ARABIC)) {
      return false;
    }
    Token t = doc.tokens.get(i);
    return victimRoles.containsKey(t.text()) || victimRoles.containsKey(t.segmentations().get(0).stem());
  }

  private void status(Doc doc, Sentence s, Found e) {
    for (int i = Math.max(s.firstToken(), e.triggerFirst - STATUS_WINDOW); i < e.triggerFirst; i++) {
      Optional<PhraseTable.Hit<EventStatus>> c = statusCues.at(doc, i);
      if (c.isPresent() && c.get().end() <= e.triggerFirst + 1) {
        e.status = c.get().value();
      }
    }
  }

  /**
   * Rule {@value}: a number inside the name of a group, an organisation or an outlet counts
   * nobody: "اشتباكات بين الجيش ومتمردي إم 23" (clashes between the army and the M23 rebels),
   * "قناة 218" (channel 218); "مقتل 23 متمردا" keeps its toll. The quantity layer keeps such
   * numbers out ({@link NumbersInNames}); the event records that one stood in its count window.
   */
  static final String NUMBER_IN_NAME = "events/number-in-name";
  /**
   * Rule {@value}: "صدت القوات المشتركة فجر اليوم هجوما واسعا على المدينة" (the joint forces
   * repelled a wide attack on the town at dawn), "تصدى الجيش لمحاولة تسلل" (the army repelled an
   * infiltration), "وتمكنت عناصر الكمين من التصدي لهم" (the men of the checkpoint managed to
   * repel them): the attack a verb of repelling stops was attempted, not carried through, even
   * when men fell in it; the rows of the repelling verbs in {@code event-triggers.tsv} imply
   * ATTEMPTED, and the attack merged into them keeps it. "شن مسلحون هجوما على الثكنة" with no
   * such verb occurred.
   */
  static final String REPELLED = "events/repelled";
  /** The provenance prefix of the trigger that made a record: "events/trigger:مقتل". */
  static final String TRIGGER_RULE = "events/trigger:";
  /** Rule {@value}: a record naming no place took the places of the incident before, or of the article. */
  static final String CARRY_PLACE = "events/carry-place";

  private void count(Doc doc, Layers layers, Sentence s, PhraseTable.Hit<Trigger> hit,
      Trigger.CountRole role, Found e) {
    if (role == Trigger.CountRole.NONE) {
      return;
    }
    Count c = null;
    Layers.Q found = null;
    // a count after the trigger: "مقتل ثلاثة عناصر", "القبض على خلية من أربعة أفراد"
    int window = role == Trigger.CountRole.ARRESTED ? ARREST_COUNT_WINDOW : COUNT_WINDOW;
    if (!layers.namedNumbersIn(hit.end(), hit.end() + window + 1).isEmpty()) {
      e.rules.add(NUMBER_IN_NAME); // "متمردو إم 23": the name of the movement, no toll
    }
    Optional<Layers.Q> risen = tolls.roseTo(doc, layers, hit.first(), hit.end(), e.clauseFirst, e.clauseEnd);
    if (risen.isPresent()) {
      c = risen.get().quantity().toCount(); // "ارتفعت حصيلة قتلى الهجوم إلى 15"
      found = risen.get();
      e.rules.add(TollCounts.TOLL_ROSE_TO);
    }
    // "عشرة قتلى وخمسة جرحى": a toll noun counted by the number right before it
    boolean countedNoun = consequenceRole(doc, hit).isPresent() && layers.quantitiesIn(
        Math.max(e.clauseFirst, hit.first() - COUNT_WINDOW), hit.first()).stream().anyMatch(q -> q.end() == hit.first());
    for (Layers.Q q : c != null ? List.<Layers.Q>of() : layers.quantitiesIn(hit.end(), hit.end() + window + 1)) {
      if (hit.value().type() != EventType.KILLING && attackers(doc, q)) {
        e.rules.add(TollCounts.ATTACKER_COUNT); // "فجرت انتحاريتان": the bombers, not the toll
        continue;
      }
      if (tolls.partOfToll(doc, q)) {
        e.rules.add(TollCounts.PART_OF_TOLL); // "بينهم ثلاثة أطفال": some of the victims counted
        continue;
      }
      if (filters.notVictims(doc, q.end())) {
        e.rules.add("events/not-a-toll"); // "(24 عاما)": an age
        continue;
      }
      if (countedNoun && q.end() < doc.tokens.size() && consequenceAt(doc, q.end())) {
        e.rules.add(TollCounts.COUNTED_NOUN); // "وخمسة جرحى": the next toll noun's number
        continue;
      }
      if ((role == Trigger.CountRole.KILLED || role == Trigger.CountRole.INJURED)
          && merges.weaponCount(doc, hit.value().type(), q.first(), q.end(), e.clauseEnd)) {
        e.rules.add("events/weapon-count"); // "بسيارتين مفخختين": the means, not the victims
        continue;
      }
      boolean aside = !noTriggerBetween(doc, hit.end(), q.first()) && noTriggerIn(doc, layers, hit.end(), q.first())
          && tolls.reachable(doc, layers, hit.end(), q.first()); // "اعتقلت المفارز، الأحد، أربعة"
      if (q.first() < e.clauseEnd && (aside || noTriggerBetween(doc, hit.end(), q.first()))) {
        c = q.quantity().toCount();
        found = q;
        if (aside) {
          e.rules.add(TollCounts.TIME_ASIDE);
        }
        break;
      }
    }
    if (c == null) {
      c = tolls.ordinal(doc, layers, s, ordinalAt(doc, hit)).orElse(null); // "واعتقال ثالث"
      if (c != null) {
        e.rules.add(TollCounts.ORDINAL_COUNT);
      }
    }
    boolean passiveArrest = role == Trigger.CountRole.ARRESTED && hit.first() > 0
        && (filters.is(doc, hit.first() - 1, EventFilters.Cue.PASSIVE_AUX) || doc.tokens.get(hit.first()).text().endsWith("هما")
            || doc.tokens.get(hit.first()).text().endsWith("هم"));
    // "خمسة من جنوده قتلوا" (five of its soldiers were killed): a plural verb after its toll
    boolean pluralVerb = (role == Trigger.CountRole.KILLED || role == Trigger.CountRole.INJURED)
        && hit.value().type() == EventType.KILLING && hit.length() == 1
        && doc.tokens.get(hit.first()).text().endsWith("وا");
    if (c == null && (consequenceRole(doc, hit).isPresent() || passiveArrest || pluralVerb)) {
      // a toll right before its word: "11 شخصا أصيبوا" (11 people were injured)
      for (Layers.Q q : layers.quantitiesIn(Math.max(s.firstToken(), hit.first() - 8), hit.first())) {
        if (q.end() <= hit.first() && q.end() >= hit.first() - 2 - (passiveArrest || pluralVerb ? 1 : 0)
            && q.first() >= e.clauseFirst) {
          if (countOfAct(doc, layers, q)) {
            e.rules.add(TollCounts.COUNT_OF_OTHER_ACT); // "قتل ثلاثة مدنيين وأصيب آخرون"
            continue;
          }
          if (filters.notVictims(doc, q.end())) {
            e.rules.add("events/not-a-toll"); // "(12 عاما) أصيب": an age before the verb
            continue;
          }
          c = q.quantity().toCount();
          found = q;
        }
      }
    }
    if (c == null && consequenceRole(doc, hit).isPresent()) {
      Optional<Layers.Q> subject = tolls.lightVerbToll(doc, layers, s, hit.first(), k -> triggers.at(doc, k).isPresent());
      if (subject.isPresent()) {
        c = subject.get().quantity().toCount(); // "لقي أحد عشر مدنيا، بينهم خمس نساء، حتفهم"
        found = subject.get();
        e.rules.add(TollCounts.LIGHT_VERB_TOLL);
      }
    }
    boolean singular = SINGULAR_COUNTS.contains(hit.value().type()) || e.rules.contains(PERSONS_SEIZED);
    if (c == null && singular && tolls.pluralTollNoun(doc, hit.first())) {
      e.rules.add(TollCounts.PLURAL_TOLL_NOUN); // "قتلى الهجوم الإرهابي": no single victim
    } else if (c == null && singular) {
      // "قتل إرهابي" (a terrorist was killed); not "فجر انتحاري" (a bomber blew up)
      c = dualVictim(doc, hit.end(), Math.min(e.clauseEnd, hit.end() + COUNT_WINDOW));
      if (c != null) {
        e.rules.add("events/dual-victims");
      } else {
        c = layers.singularVictim(doc, hit.end(), Math.min(e.clauseEnd, hit.end() + COUNT_WINDOW));
      }
    }
    if (c == null) {
      return;
    }
    if (role == Trigger.CountRole.KILLED && tolls.preliminary(doc, e.clauseFirst, e.clauseEnd)) {
      e.preliminaryToll = true; // "حصيلة أولية تحدثت عن 12 قتيلا"
      e.rules.add(TollCounts.PRELIMINARY_TOLL);
    }
    switch (role) {
      case KILLED -> e.killed = c;
      case INJURED -> e.injured = c;
      case ARRESTED -> e.arrested = c;
      default -> { }
    }
    if ((role == Trigger.CountRole.KILLED || role == Trigger.CountRole.INJURED) && c.span().isPresent()) {
      io.github.rasd.model.Span number = c.span().get();
      int end = found != null ? found.quantity().countedNoun().map(io.github.rasd.model.Span::end)
          .filter(x -> x > number.end()).orElse(number.end()) : number.end();
      e.victims.add(io.github.rasd.model.Span.of(doc.article.text(), number.start(), end));
    }
  }

  /**
   * events/dual-victims: "مقتل جنديين" (two soldiers killed), "بقتل السائحتين" (of killing the two
   * tourists): the first victim noun in the dual after a killing or an arrest counts two.
   */
  private Count dualVictim(Doc doc, int from, int to) {
    for (int i = from; i < Math.min(to, doc.tokens.size()); i++) {
      if (doc.isPunct(i, ".", "؟", "!", "؛", ":", "،")) {
        return null;
      }
      Token t = doc.tokens.get(i);
      if (!t.is(Token.Type.ARABIC)) {
        continue;
      }
      String stem = t.segmentations().get(0).stem();
      if (dualVictims.contains(t.text()) || dualVictims.contains(stem)) {
        return io.github.rasd.model.ImmutableCount.builder().min(2L).max(2L).text(t.span().text())
            .span(t.span()).build();
      }
      if (words.isClosedClass(t) || triggers.at(doc, i).isPresent()) {
        return null; // the victim noun follows its trigger, not a later clause
      }
    }
    return null;
  }

  /** The noun phrase right after a verb of attack (after على for the nouns), up to four words. */
  private void target(Doc doc, Sentence s, PhraseTable.Hit<Trigger> hit, Found e) {
    String stem = doc.tokens.get(hit.first()).segmentations().get(0).stem();
    boolean endsWithOn = hit.end() - hit.first() == 2
        && filters.is(doc, hit.end() - 1, EventFilters.Cue.TARGET_PREP); // "هجوم على"
    if (hit.end() - hit.first() != 1 && !endsWithOn || !words.in(Words.WordList.TARGETING, stem)) {
      return;
    }
    int k = hit.end();
    if (k < s.endToken() && filters.is(doc, k, EventFilters.Cue.TARGET_PREP)) {
      k++;
    }
    int end = k;
    while (end < s.endToken() && end - k < 4 && doc.tokens.get(end).is(io.github.rasd.parsers.text.Token.Type.ARABIC)
        && !words.isClosedClass(doc.tokens.get(end)) && triggers.at(doc, end).isEmpty()
        && !doc.isQuote(end)) {
      end++;
    }
    if (end > k) {
      e.target = doc.span(k, end);
    }
  }


  /**
   * The quantity stands right after another act, whose count it is: "قتل ثلاثة". A toll noun
   * counted by the number before it is no such act: in "12 قتيلا وثمانية جرحى" (12 dead and
   * eight wounded) the eight count the wounded.
   */
  private boolean countOfAct(Doc doc, Layers layers, Layers.Q q) {
    for (int i = Math.max(0, q.first() - 3); i < q.first(); i++) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, i);
      int at = i;
      boolean countedNoun = layers.quantitiesIn(Math.max(0, i - 3), i).stream().anyMatch(n -> n.end() == at);
      if (t.isPresent() && t.get().end() == q.first() && t.get().value().countRole() != Trigger.CountRole.NONE
          && !countedNoun) {
        return true;
      }
    }
    return false;
  }

  /** The quantity counts attackers: "انتحاريتان", "ثلاثة مهاجمين" ({@link TollCounts#ATTACKER_COUNT}). */
  private boolean attackers(Doc doc, Layers.Q q) {
    for (int i = q.first(); i <= q.end() && i < doc.tokens.size(); i++) { // the number, then its noun
      if (filters.is(doc, i, EventFilters.Cue.ATTACKER)) {
        return true;
      }
    }
    return false;
  }

  /** No trigger starts in {@code [from, to)} outside a time expression ("فجر اليوم"). */
  private boolean noTriggerIn(Doc doc, Layers layers, int from, int to) {
    for (int i = from; i < to; i++) {
      if (triggers.at(doc, i).isPresent() && !layers.inDate(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where the ordinal of an act stands: right after it, or after its "على" ("القبض على ثالث"). */
  private int ordinalAt(Doc doc, PhraseTable.Hit<Trigger> hit) {
    return hit.end() < doc.tokens.size() && filters.is(doc, hit.end(), EventFilters.Cue.TARGET_PREP)
        ? hit.end() + 1 : hit.end();
  }

  private boolean noTriggerBetween(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (triggers.at(doc, i).isPresent() || doc.isPunct(i, "،", ",", ".", "؛")) {
        return false;
      }
    }
    return true;
  }

  private void arguments(Doc doc, Layers layers, Found e) {
    for (Doc.Mention m : doc.mentionsIn(e.clauseFirst, e.clauseEnd)) {
      EntryKind k = m.kind();
      if (k == EntryKind.PLACE || k == EntryKind.COUNTRY) {
        if (e.places.stream().noneMatch(p -> p.entry() == m.entry())) {
          e.places.add(m);
        }
      } else if (k == EntryKind.GROUP) {
        if (e.groups.stream().noneMatch(p -> p.entry() == m.entry())) {
          e.groups.add(m);
        }
      } else if (k == EntryKind.ORGANIZATION) {
        e.forces.add(m);
      }
    }
    if (e.groups.isEmpty()) {
      groupByAnaphora(doc, e).ifPresent(e.groups::add);
    }
    if (e.places.isEmpty()) {
      // "... في محافظة باتنة، والتي اعتقل بها إرهابيان": the place of the sentence
      Sentence s = doc.sentence(e.sentence);
      for (Doc.Mention m : doc.mentionsIn(s.firstToken(), s.endToken())) {
        if ((m.kind() == EntryKind.PLACE || m.kind() == EntryKind.COUNTRY)
            && e.places.stream().noneMatch(p -> p.entry() == m.entry())) {
          e.places.add(m);
        }
      }
    }
    sortPlaces(e.places);
    e.date = layers.dateIn(e.clauseFirst, e.clauseEnd, e.triggerFirst);
    if (e.date.isEmpty()) {
      Sentence s = doc.sentence(e.sentence);
      e.date = layers.dateIn(s.firstToken(), s.endToken(), e.triggerFirst);
      e.dateOfSentence = e.date.isPresent();
    } else if (merges.reportDay(doc, e.date.get())) {
      e.dateOfSentence = true; // "حسبما ذكرت الشرطة اليوم": the day of the saying
      e.rules.add(IncidentMerges.REPORT_DAY);
      if (merges.statementDay(doc, e.date.get())) {
        e.rules.add(IncidentMerges.STATEMENT_DAY); // "وصباح اليوم، قال الجيش إن ..."
      }
    }
  }

  /** "هاجم عناصر التنظيم ..." : the clause names the group last in focus by a noun. */
  private Optional<Doc.Mention> groupByAnaphora(Doc doc, Found e) {
    for (int i = e.clauseFirst; i < e.clauseEnd; i++) {
      Optional<Doc.Mention> g = doc.groupAnaphor(i, true);
      if (g.isPresent()) {
        return g;
      }
    }
    return Optional.empty();
  }

  static void sortPlaces(List<Doc.Mention> places) {
    places.sort(java.util.Comparator.comparingInt(m -> {
      PlaceKind k = m.entry() instanceof PlaceEntry p ? p.kind() : PlaceKind.OTHER;
      return SPECIFICITY.indexOf(k);
    }));
  }

  /** Rule {@value}: see {@link NonIncidentFilters#daysLaterOpening}. */
  static final String DAYS_LATER = "events/days-later";

  /**
   * Incidents that name no date take the date of the incident just before (same story, a few
   * sentences back), unless their sentence opens with a span of days ({@value #DAYS_LATER}:
   * "وبعد أيام،") or another item of news ({@link IncidentMerges#NEW_ITEM_DAY}: "وفي سياق متصل،");
   * incidents that name no place take the places of the incident of the
   * sentence before, else the place the article is about.
   */
  private void carry(Doc doc, List<Found> events) {
    Optional<Doc.Mention> focus = focusPlace(doc);
    Optional<Doc.Mention> country = mainCountry(doc);
    for (int i = 0; i < events.size(); i++) {
      Found e = events.get(i);
      Found prev = i > 0 ? events.get(i - 1) : null;
      boolean near = prev != null && e.sentence - prev.sentence <= CARRY_SENTENCES;
      if (e.date.isPresent() && !e.dateCarried && near && prev.date.isPresent()
          && sameDay.sameAsBefore(doc, e.date.get())) {
        e.date = prev.date; // "مساء اليوم ذاته": the day of the incident just told
        e.rules.add(SameDay.RULE);
      }
      boolean hoursLater = e.rules.contains(IncidentMerges.HOURS_LATER) || filters.hoursLaterOpening(doc, e);
      if (e.date.isEmpty() && prev != null && !near && hoursLater) {
        e.date = lastDated(events, i); // "وبعد ساعات من الهجوم": the incident's day
        e.dateCarried = e.date.isPresent();
        if (e.dateCarried && !e.rules.contains(IncidentMerges.HOURS_LATER)) {
          e.rules.add(IncidentMerges.HOURS_LATER);
        }
      }
      boolean daysLater = e.date.isEmpty() && filters.daysLaterOpening(doc, e);
      if (daysLater) {
        e.touch(DAYS_LATER); // "وبعد أيام، ...": another day, which the text does not fix
      }
      boolean newItem = e.date.isEmpty() && near && prev.date.isPresent() && merges.newItemDay(doc, e);
      if (newItem) {
        e.rules.add(IncidentMerges.NEW_ITEM_DAY); // "وفي سياق متصل، ...": the item before fixes no day of it
      }
      if (e.date.isEmpty() && near && prev.date.isPresent() && !daysLater && !newItem) {
        e.date = prev.date;
        e.dateCarried = true;
        e.rules.add("events/carry-date");
      }
      if (!e.places.isEmpty()) {
        continue;
      }
      if (e.date.isPresent() && isTally(doc, e.date.get())) {
        country.ifPresent(e.places::add); // a month's or a year's toll: the country's
        e.rules.add(CARRY_PLACE);
        continue;
      }
      if (focus.isPresent()) {
        e.places.add(focus.get());
        e.rules.add(CARRY_PLACE);
      } else if (prev != null && e.sentence - prev.sentence <= 1 && !prev.places.isEmpty()) {
        e.places.addAll(prev.places);
        e.rules.add(CARRY_PLACE);
      }
    }
  }

  /** The date of the latest record before {@code i} that has one. */
  private static Optional<DateRange> lastDated(List<Found> events, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (events.get(k).date.isPresent()) {
        return events.get(k).date;
      }
    }
    return Optional.empty();
  }

  /**
   * The place an article is about: the most named place below country level when it is named
   * at least twice, else the most named country.
   */
  private static Optional<Doc.Mention> focusPlace(Doc doc) {
    Map<KnowledgeKey, Integer> counts = new java.util.LinkedHashMap<>();
    Map<KnowledgeKey, Doc.Mention> first = new java.util.HashMap<>();
    for (Doc.Mention m : doc.mentions()) {
      if (m.kind() == EntryKind.PLACE || m.kind() == EntryKind.COUNTRY) {
        KnowledgeKey k = new KnowledgeKey(m.entry().id(), m.kind() == EntryKind.COUNTRY);
        counts.merge(k, 1, Integer::sum);
        first.putIfAbsent(k, m);
      }
    }
    KnowledgeKey best = null;
    for (Map.Entry<KnowledgeKey, Integer> c : counts.entrySet()) {
      if (c.getKey().country() || c.getValue() < 2) {
        continue;
      }
      if (best == null || c.getValue() > counts.get(best)) {
        best = c.getKey();
      }
    }
    if (best == null) {
      for (Map.Entry<KnowledgeKey, Integer> c : counts.entrySet()) {
        if (c.getKey().country() && (best == null || c.getValue() > counts.get(best))) {
          best = c.getKey();
        }
      }
    }
    return Optional.ofNullable(best).map(first::get);
  }

  private record KnowledgeKey(String id, boolean country) {}

  /**
   * The article's main country ({@link Doc#mainCountry()}) as a place: its first mention as a
   * country, if the article names it.
   */
  private static Optional<Doc.Mention> mainCountry(Doc doc) {
    Optional<String> main = doc.mainCountry();
    if (main.isEmpty()) {
      return Optional.empty();
    }
    return doc.mentions().stream().filter(m -> m.kind() == EntryKind.COUNTRY
        && m.country().or(() -> m.entry().country()).equals(main)).findFirst();
  }

  /** A month's, a year's or a stretch's toll: "خلال سنة 2022", "منذ بداية العام". */
  private boolean isTally(Doc doc, DateRange d) {
    return d.granularity() == DateRange.Granularity.YEAR || d.granularity() == DateRange.Granularity.MONTH
        || d.granularity() == DateRange.Granularity.INTERVAL || filters.afterBackgroundCue(doc, d);
  }
}

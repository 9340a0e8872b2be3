package io.github.rasd.parsers.extract;

import io.github.rasd.model.Count;
import io.github.rasd.model.DateRange;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.PlaceKind;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.PlaceEntry;
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
  private static final int CARRY_SENTENCES = 2;

  /** How far after a bombing verb its reflexive object may stand, in tokens. */
  private static final int REFLEXIVE_WINDOW = 6;

  /** Types whose trigger is followed by its victims or detainees, not by its perpetrators. */
  private static final Set<EventType> SINGULAR_COUNTS = EnumSet.of(EventType.KILLING,
      EventType.ARREST, EventType.KIDNAPPING, EventType.EXECUTION);
  /** Incident types that a plan or a threat in the same sentence belongs to. */
  private static final Set<EventType> SECURITY_ACTION = EnumSet.of(EventType.ARREST,
      EventType.PLOT, EventType.RAID, EventType.SEIZURE);

  /** What a security operation consists of: a later "خلال العملية" merges them. */
  private static final Set<EventType> OPERATION_PARTS = EnumSet.of(EventType.RAID,
      EventType.ARREST, EventType.SEIZURE);

  /**
   * events/manner-of-killing: "قتلت خمس نساء وطفل في تعز. وسقطت قذيفة على منزل ..." (five
   * women and a child were killed in Taiz; a shell fell on a house): a killing reported first,
   * then the weapon that did it, is an incident of that weapon's type (shelling, air strike,
   * bombing), even when the later trigger names only the weapon.
   */
  private static final Set<EventType> MANNERS = EnumSet.of(EventType.SHELLING,
      EventType.AIR_STRIKE, EventType.BOMBING, EventType.SUICIDE_BOMBING);

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
        absorb(kidnap, a);
        kidnap.type = EventType.KIDNAPPING;
        kidnap.status = status;
        inSentence.remove(a);
        touched(kidnap, "events/attack-is-kidnapping", a);
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

  /** Which type wins when triggers of one incident disagree: the more specific first. */
  private static final List<EventType> PRIORITY = List.of(EventType.SUICIDE_BOMBING,
      EventType.AMBUSH, EventType.BOMBING, EventType.AIR_STRIKE, EventType.SHELLING,
      EventType.EXECUTION, EventType.ARMED_CLASH, EventType.ATTACK, EventType.KIDNAPPING,
      EventType.KILLING, EventType.PLOT, EventType.ARREST, EventType.RAID, EventType.SEIZURE,
      EventType.OTHER);

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
    final List<Doc.Mention> forces = new ArrayList<>();
    Count killed;
    Count injured;
    Count arrested;
    /** Every rule that created, merged into or changed the record, the creating rule first. */
    final List<String> rules = new ArrayList<>();
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
    /** The merge that a back-reference found (events/same-incident or events/back-reference). */
    String mergedBy = "events/back-reference";
    /** The words naming the killed or injured: the count and its noun, "ثلاثة جنود". */
    final List<io.github.rasd.model.Span> victims = new ArrayList<>();
    /** The words naming what was attacked: "دورية للجيش" after "استهدف". */
    io.github.rasd.model.Span target;
    /** The trigger names only a weapon or an attacker ("حزام ناسف", "انتحاري"), not the act. */
    boolean weakTrigger;
  }

  private final PhraseTable<Trigger> triggers;
  private final PhraseTable<EventStatus> statusCues;
  private final Map<String, Trigger.CountRole> consequences;
  private final PhraseTable<String> responsibility;
  private final PhraseTable<String> anaphora;
  private final PhraseTable<String> blockers;
  private final PhraseTable<String> habitual;
  private final Words words;
  private final ConflictFrame frames;
  private final Set<String> dualVictims;
  private final EventFilters filters;

  EventExtractor(PhraseTable<Trigger> triggers, PhraseTable<EventStatus> statusCues,
      Map<String, Trigger.CountRole> consequences, PhraseTable<String> responsibility,
      PhraseTable<String> anaphora, PhraseTable<String> blockers, PhraseTable<String> habitual,
      Words words, Map<String, Lexicons.VictimRole> victimRoles, Set<String> dualVictims) {
    this.triggers = triggers;
    this.dualVictims = dualVictims;
    this.frames = new ConflictFrame(triggers, victimRoles);
    this.filters = new EventFilters(triggers, statusCues, blockers, habitual, frames, words);
    this.habitual = habitual;
    this.blockers = blockers;
    this.anaphora = anaphora;
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
   * candidate filters of {@link EventFilters#CANDIDATE_ORDER} → merges inside a sentence
   * ({@code events/consequence}, {@code events/same-clause}, {@code events/after-result},
   * {@code events/raid-sequel}, {@code events/during-it}, {@code events/strike-effect},
   * {@code events/operation-list}, then
   * {@code events/attack-is-kidnapping}, {@code events/plot-arrests}, {@code events/tally}) →
   * merges across sentences ({@code events/same-incident}, {@code events/back-reference}; an
   * incident told aside, {@code events/aside}, takes no later undated detail) →
   * {@code events/responsibility} → the record filters of {@link EventFilters#RECORD_ORDER} →
   * {@code events/same-toll}, {@code events/detail-of-incident}, {@code events/toll-revision},
   * {@code events/restatement} → dates and places carried
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
        e.rules.add("events/trigger:" + hit.value().phrase());
        if (hit.value() == DISMANTLED_CELL) {
          e.rules.add("events/dismantled-cell");
        }
        e.clauseFirst = clauseStart(doc, s, hit.first());
        e.clauseEnd = clauseEnd(doc, s, hit.end());
        if (reflexiveBombing(doc, s, hit)) {
          e.type = EventType.SUICIDE_BOMBING;
          e.rules.add("events/reflexive-bombing");
        }
        if (filters.airAgent(doc, e)) {
          e.type = EventType.AIR_STRIKE; // "واصلت القوات الجوية ضرباتها ما أسفر عن تدمير"
          e.rules.add("events/air-agent");
        }
        e.weakTrigger = hit.value().countRole() == Trigger.CountRole.NONE
            && !filters.is(doc, hit.first(), EventFilters.Cue.ATTACKER); // weapons, not attackers
        status(doc, s, e);
        if (filters.intercepted(doc, e)) {
          e.type = EventType.ATTACK; // "اعتراض ثلاث طائرات مسيرة": launched, stopped in the air
          e.status = EventStatus.ATTEMPTED;
          e.rules.add("events/intercepted");
        }
        Trigger.CountRole role = consequenceRole(doc, hit).orElse(hit.value().countRole());
        count(doc, layers, s, hit, role, e);
        target(doc, s, hit, e);
        e.duringOperation = filters.definiteOperation(doc, e.clauseFirst, e.clauseEnd)
            || definiteRaid(doc, e.clauseFirst, e.clauseEnd);
        e.aside = filters.aside(doc, e);
        Optional<String> filter = EventFilters.firstRejecting(filters.candidateOrder, context, e);
        if (filter.isPresent()) {
          reject(rejected, e, filter.get());
          continue;
        }
        boolean consequence = consequenceRole(doc, hit).isPresent();
        Found host = consequence ? host(inSentence, e) : null;
        String merge = "events/consequence";
        boolean other = filters.otherIncident(doc, e);
        if (other) {
          e.rules.add("events/other-incident");
          e.otherIncident = true;
        }
        if (host == null && !inSentence.isEmpty() && !other) {
          host = sameClause(doc, inSentence, e);
          merge = "events/same-clause";
        }
        if (host == null && !inSentence.isEmpty() && !other && afterResult(doc, inSentence.get(inSentence.size() - 1), e)) {
          // "شنت غارات أسفرت عن تحييد 20 إرهابيا وتدمير دراجات": what the strikes destroyed
          host = inSentence.get(inSentence.size() - 1);
          merge = "events/after-result";
        }
        if (host == null && !inSentence.isEmpty() && !other && raidSequel(inSentence.get(inSentence.size() - 1), e)) {
          host = inSentence.get(inSentence.size() - 1);
          merge = "events/raid-sequel";
        }
        if (host == null && !inSentence.isEmpty() && !other && duringIt(doc, inSentence.get(inSentence.size() - 1), e)) {
          host = inSentence.get(inSentence.size() - 1);
          merge = "events/during-it";
        }
        if (host == null && !inSentence.isEmpty() && !other && strikeEffect(doc, inSentence.get(inSentence.size() - 1), e)) {
          host = inSentence.get(inSentence.size() - 1);
          merge = "events/strike-effect";
        }
        if (host == null && !inSentence.isEmpty() && !other && operationList(doc, inSentence.get(inSentence.size() - 1), e)) {
          host = inSentence.get(inSentence.size() - 1);
          merge = "events/operation-list";
        }
        if (host != null) {
          absorb(host, e);
          touched(host, merge, e);
        } else {
          inSentence.add(e);
        }
      }
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
        Found previous = e.otherIncident ? null : backReference(doc, events, e);
        if (previous != null) {
          EventType kept = previous.type;
          EventStatus keptStatus = previous.status;
          int clauseFirst = previous.clauseFirst;
          int clauseEnd = previous.clauseEnd;
          absorb(previous, e);
          previous.clauseFirst = clauseFirst; // the evidence stays the sentence that reported it
          previous.clauseEnd = clauseEnd;
          boolean manner = kept == EventType.KILLING && MANNERS.contains(e.type);
          if (e.weakTrigger && !manner) {
            previous.type = kept; // "حزام ناسف" in a later sentence does not retype the incident
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
        } else {
          events.add(e);
        }
      }
    }
    claimsOfResponsibility(doc, events);
    filterRecords(filters.recordOrder, context, events, rejected);
    mergeSameToll(events);
    mergeTollRevisions(doc, events);
    carry(doc, events);
    filterRecords(filters.recordFinal, context, events, rejected);
    return new Trace(List.copyOf(events), List.copyOf(rejected));
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
        boolean kinds = VIOLENCE.contains(o.type) && VIOLENCE.contains(e.type);
        boolean sameToll = o.killed != null && e.killed != null && agreeExactly(o.killed, e.killed)
            || o.injured != null && e.injured != null && agreeExactly(o.injured, e.injured);
        boolean counts = agree(o.killed, e.killed) && agree(o.injured, e.injured);
        boolean dates = o.date.isEmpty() || e.date.isEmpty() || e.dateCarried || o.dateCarried
            || o.date.get().start().equals(e.date.get().start()) && o.date.get().end().equals(e.date.get().end());
        // a country alone ("قال الجيش المصري") contradicts no place of a restated toll, nor
        // does another name of a place in the same country: the same toll on the same day is
        // the stronger sign
        boolean places = onlyCountries(o.places) || onlyCountries(e.places) || o.places.stream()
            .anyMatch(p -> e.places.stream().anyMatch(q -> sameOrWithin(p, q)
                || p.country().isPresent() && p.country().equals(q.country())));
        if (kinds && sameToll && counts && dates && places) {
          int clauseFirst = o.clauseFirst;
          int clauseEnd = o.clauseEnd;
          EventType type = o.type;
          absorb(o, e);
          o.type = type; // a restatement does not retype the incident
          o.clauseFirst = clauseFirst;
          o.clauseEnd = clauseEnd;
          fillFrom(o, e);
          touched(o, "events/same-toll", e);
          events.remove(j);
          j--;
          break;
        }
      }
    }
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
      boolean revision = filters.tollRevision(doc, e.clauseFirst, e.clauseEnd);
      boolean restated = !revision && filters.restatement(doc, es.firstToken(), e.clauseEnd);
      Found before = events.get(j - 1);
      boolean detail = !revision && !restated && detailOf(doc, before, e);
      if (detail) {
        mergeDetail(before, e);
        events.remove(j);
        j--;
        continue;
      }
      // the perpetrator's own telling lists what it destroyed or took ("ودمروا آلية", "غنموا
      // أسلحة"): in a restatement those acts are the incident's too
      boolean kind = VIOLENCE.contains(e.type) || restated && OPERATION_PARTS.contains(e.type)
          && e.type != EventType.ARREST;
      if (!kind || !revision && !restated || e.otherIncident) {
        continue;
      }
      for (int i = j - 1; i >= 0; i--) {
        Found o = events.get(i);
        if (e.sentence - o.sentence > REVISION_SENTENCES) {
          break;
        }
        boolean dates = o.date.isEmpty() || e.date.isEmpty() || e.dateCarried
            || o.date.get().start().equals(e.date.get().start());
        // a restatement names no other place: "قال أحد سكان بلدة أخرى" tells another incident;
        // only the places of its own sentence count, not those a later back-reference brought
        List<Doc.Mention> own = e.places.stream()
            .filter(m -> m.first() >= es.firstToken() && m.end() <= es.endToken()).toList();
        boolean places = !restated || own.isEmpty() || onlyCountries(own)
            || o.places.isEmpty() || o.places.stream()
                .anyMatch(p -> own.stream().anyMatch(q -> sameOrWithin(p, q) || sameOrWithin(q, p)));
        // a witness who tells the kidnapping again: "قال أحد السكان إن المسلحين أطلقوا النار"
        boolean host = VIOLENCE.contains(o.type) || restated && o.type == EventType.KIDNAPPING;
        if (host && dates && places) {
          Count killed = competing(o, e, io.github.rasd.model.TollFigure.Kind.KILLED, o.killed, e.killed);
          Count injured = competing(o, e, io.github.rasd.model.TollFigure.Kind.INJURED, o.injured, e.injured);
          int clauseFirst = o.clauseFirst;
          int clauseEnd = o.clauseEnd;
          EventType type = o.type;
          absorb(o, e);
          o.type = type;
          o.killed = killed;
          o.injured = injured;
          o.clauseFirst = clauseFirst;
          o.clauseEnd = clauseEnd;
          fillFrom(o, e);
          touched(o, revision ? "events/toll-revision" : "events/restatement", e);
          events.remove(j);
          j--;
          break;
        }
      }
    }
  }

  /** How many sentences after an incident a detail of it may come. */
  private static final int DETAIL_SENTENCES = 2;

  /**
   * events/detail-of-incident: "أقدم مسلحون على خطف 15 طالبا في بلدة دانموسا ليل السبت. وقال
   * المتحدث إن المسلحين أطلقوا النار في الهواء" (gunmen abducted 15 students in Danmusa on
   * Saturday night; the spokesman said the gunmen fired in the air): a violent record a sentence
   * or two after an incident, with no date and no place of its own (a country at most), a toll
   * that agrees and no word of another incident ("هجوم آخر", another attack), tells the same
   * incident and adds its toll to it.
   */
  private boolean detailOf(Doc doc, Found o, Found e) {
    if (!VIOLENCE.contains(e.type) || e.otherIncident || o.aside
        || !VIOLENCE.contains(o.type) && o.type != EventType.KIDNAPPING) {
      return false;
    }
    Sentence es = doc.sentence(e.sentence);
    boolean near = e.sentence > o.sentence && e.sentence - o.sentence <= DETAIL_SENTENCES;
    boolean own = e.date.isPresent() && !e.dateCarried || !onlyCountries(e.places);
    return near && !own && agree(o.killed, e.killed) && agree(o.injured, e.injured)
        && !filters.another(doc, es.firstToken(), e.clauseEnd);
  }

  private static void mergeDetail(Found o, Found e) {
    int clauseFirst = o.clauseFirst;
    int clauseEnd = o.clauseEnd;
    EventType type = o.type;
    EventStatus status = o.status;
    absorb(o, e);
    o.type = type; // a detail does not retype the incident
    o.status = status;
    o.clauseFirst = clauseFirst;
    o.clauseEnd = clauseEnd;
    fillFrom(o, e);
    touched(o, "events/detail-of-incident", e);
  }

  /** The toll an incident keeps from two figures: the one given, or none when they differ. */
  private static Count competing(Found o, Found e, io.github.rasd.model.TollFigure.Kind kind,
      Count a, Count b) {
    if (a == null || b == null || agree(a, b) && !EventFilters.vague(a) && !EventFilters.vague(b)) {
      return a != null ? a : b;
    }
    if (EventFilters.vague(a) || EventFilters.vague(b)) {
      return EventFilters.vague(a) ? b : a;
    }
    if (o.competingFigures.stream().noneMatch(f -> f.kind() == kind)) {
      o.competingFigures.add(new Figure(kind, a, o.clauseFirst, o.clauseEnd));
    }
    o.competingFigures.add(new Figure(kind, b, e.clauseFirst, e.clauseEnd));
    return null; // "15 according to one source, 13 according to another": no single toll
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

  /** {@code into} was changed by {@code rule} with what {@code from} brought: both named. */
  private static void touched(Found into, String rule, Found from) {
    if (!into.rules.contains(rule)) {
      into.rules.add(rule);
    }
    for (String r : from.rules) {
      if (!into.rules.contains(r)) {
        into.rules.add(r);
      }
    }
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
   * One record per tally and per foiled plot: "تحييد 27 إرهابيا وتوقيف 31 آخرين خلال سنة 2022"
   * is one year's toll with killed and arrested; a foiled plot takes the arrests and seizures of
   * its sentence.
   */
  private void mergeTalliesAndPlots(Doc doc, List<Found> inSentence) {
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
          touched(plot, "events/plot-arrests", e);
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
        touched(tally, "events/tally", e);
      }
    }
  }

  /** "وتبنت حركة الشباب الهجوم": the group is the perpetrator of the latest violent incident. */
  private void claimsOfResponsibility(Doc doc, List<Found> events) {
    for (Sentence s : doc.sentences) {
      if (responsibility.findAll(doc, s.firstToken(), s.endToken()).isEmpty()) {
        continue;
      }
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
          if (e.groups.stream().noneMatch(g -> g.entry() == group.get().entry())) {
            e.groups.add(0, group.get());
            e.rules.add("events/responsibility");
          }
          break;
        }
      }
    }
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

  private int clauseEnd(Doc doc, Sentence s, int from) {
    for (int i = from; i < s.endToken(); i++) {
      if (doc.isPunct(i, "؛", ";")) {
        return i;
      }
      if (doc.isPunct(i, "،", ",") && i + 1 < s.endToken() && startsIncidentClause(doc, i + 1, s)) {
        return i;
      }
    }
    return s.endToken();
  }

  /**
   * "، وفجرت ..." — a conjunction and a new trigger open a new incident; "، في هجوم انتحاري"
   * (", in a suicide attack") does not: a FRAME preposition after the comma makes the trigger
   * the frame of the toll before it.
   */
  private boolean startsIncidentClause(Doc doc, int i, Sentence s) {
    if (words.in(Words.WordList.FRAME, doc.tokens.get(i).segmentations().get(0).stem())
        && triggers.at(doc, i + 1).isPresent()) {
      return false;
    }
    for (int k = i; k < Math.min(s.endToken(), i + 2); k++) {
      if (words.in(Words.WordList.RESULT_VERB, doc.tokens.get(k).segmentations().get(0).stem())) {
        return false; // "، أسفرت عن القبض على ثلاثة": the result of the incident just named
      }
    }
    for (int k = i; k < Math.min(s.endToken(), i + 3); k++) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, k);
      if (t.isPresent() && consequenceRole(doc, t.get()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- merging

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

  private static void absorb(Found into, Found from) {
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
    into.target = into.target != null ? into.target : from.target;
    into.killed = into.killed != null ? into.killed : from.killed;
    into.injured = into.injured != null ? into.injured : from.injured;
    into.arrested = into.arrested != null ? into.arrested : from.arrested;
    into.clauseFirst = Math.min(into.clauseFirst, from.clauseFirst);
    into.clauseEnd = Math.max(into.clauseEnd, from.clauseEnd);
  }

  /** "الهجوم" (the attack): a definite trigger noun that points back to a reported incident. */
  private Found backReference(Doc doc, List<Found> events, Found e) {
    Token t = doc.tokens.get(e.triggerFirst);
    Token last = doc.tokens.get(e.triggerEnd - 1);
    // a construct whose last word is definite is definite: "تبادل إطلاق النار" (the exchange
    // of fire), "إطلاق النار" (the shooting)
    boolean definite = t.text().startsWith("ال") || t.segmentations().get(0).definite()
        || e.triggerEnd - e.triggerFirst > 1
            && (last.text().startsWith("ال") || last.segmentations().get(0).definite());
    Found same = sameIncident(events, e);
    if (same != null) {
      e.mergedBy = "events/same-incident";
      return same;
    }
    e.mergedBy = "events/back-reference";
    if (!definite || events.isEmpty() || e.killed != null || e.arrested != null) {
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
      boolean near = e.sentence - o.sentence <= CARRY_SENTENCES + 2;
      if (!near && !bare) {
        return null;
      }
      if (!near && !e.places.isEmpty() && e.places.stream().noneMatch(p -> o.places.stream().anyMatch(q -> sameOrWithin(p, q)))) {
        continue;
      }
      boolean compatible = VIOLENCE.contains(o.type) && VIOLENCE.contains(e.type) || o.type == e.type;
      // a country agrees with the incident's places inside it ("القتال" later in a story of
      // Sirte names Libya): events/back-reference reads places as containing one another
      boolean placesAgree = e.places.isEmpty() || o.places.isEmpty()
          || e.places.stream().anyMatch(p -> o.places.stream().anyMatch(q -> q.entry() == p.entry()))
          || e.places.stream().allMatch(p -> !isCountry(p)
              || o.places.stream().anyMatch(q -> sameOrWithin(p, q)));
      if (compatible && placesAgree) {
        return o;
      }
    }
    return null;
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
          && o.date.get().end().equals(e.date.get().end());
      boolean countsAgree = agree(o.killed, e.killed) && agree(o.arrested, e.arrested);
      boolean placesAgree = o.places.isEmpty() || e.places.isEmpty() || o.places.stream()
          .anyMatch(p -> e.places.stream().anyMatch(q -> sameOrWithin(p, q)));
      boolean sameKind = o.type == e.type || VIOLENCE.contains(o.type) && VIOLENCE.contains(e.type)
          // "عملية أمنية ... تمكنت من اعتقال أربعة خلال العملية" (arrested four during the
          // operation): the arrests and seizures of the operation reported before
          || OPERATION_PARTS.contains(o.type) && OPERATION_PARTS.contains(e.type) && e.duringOperation;
      // a later sentence that names other places reports another incident
      if (sameKind && sameDate && countsAgree && (placesAgree && !undated
          || (carried || e.dateCarried || undated) && e.places.isEmpty())) {
        return o;
      }
    }
    return null;
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
    if (into.date.isEmpty() || into.dateCarried && from.date.isPresent()) {
      into.date = from.date;
      into.dateCarried = from.dateCarried;
    }
    for (Doc.Mention p : from.places) {
      if (into.places.stream().noneMatch(q -> q.entry() == p.entry())) {
        into.places.add(p);
      }
    }
    sortPlaces(into.places);
    for (Doc.Mention g : from.groups) {
      if (into.groups.stream().noneMatch(q -> q.entry() == g.entry())) {
        into.groups.add(g);
      }
    }
  }

  // ---------------------------------------------------------------- arguments

  private void status(Doc doc, Sentence s, Found e) {
    for (int i = Math.max(s.firstToken(), e.triggerFirst - STATUS_WINDOW); i < e.triggerFirst; i++) {
      Optional<PhraseTable.Hit<EventStatus>> c = statusCues.at(doc, i);
      if (c.isPresent() && c.get().end() <= e.triggerFirst + 1) {
        e.status = c.get().value();
      }
    }
  }

  private void count(Doc doc, Layers layers, Sentence s, PhraseTable.Hit<Trigger> hit,
      Trigger.CountRole role, Found e) {
    if (role == Trigger.CountRole.NONE) {
      return;
    }
    Count c = null;
    Layers.Q found = null;
    // a count after the trigger: "مقتل ثلاثة عناصر", "القبض على خلية من أربعة أفراد"
    int window = role == Trigger.CountRole.ARRESTED ? ARREST_COUNT_WINDOW : COUNT_WINDOW;
    for (Layers.Q q : layers.quantitiesIn(hit.end(), hit.end() + window + 1)) {
      if (filters.notVictims(doc, q.end())) {
        e.rules.add("events/not-a-toll"); // "(24 عاما)": an age
        continue;
      }
      if (q.first() < e.clauseEnd && noTriggerBetween(doc, hit.end(), q.first())) {
        c = q.quantity().toCount();
        found = q;
        break;
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
          c = q.quantity().toCount();
          found = q;
        }
      }
    }
    if (c == null && SINGULAR_COUNTS.contains(hit.value().type())) {
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
    }
  }

  /** "هاجم عناصر التنظيم ..." : the clause names the group last in focus by a noun. */
  private Optional<Doc.Mention> groupByAnaphora(Doc doc, Found e) {
    for (int i = e.clauseFirst; i < e.clauseEnd; i++) {
      Optional<Doc.Mention> g = doc.groupAnaphor(anaphora, i, true);
      if (g.isPresent()) {
        return g;
      }
    }
    return Optional.empty();
  }

  private static void sortPlaces(List<Doc.Mention> places) {
    places.sort(java.util.Comparator.comparingInt(m -> {
      PlaceKind k = m.entry() instanceof PlaceEntry p ? p.kind() : PlaceKind.OTHER;
      return SPECIFICITY.indexOf(k);
    }));
  }

  /**
   * Incidents that name no date take the date of the incident just before (same story, a few
   * sentences back); incidents that name no place take the places of the incident of the
   * sentence before, else the place the article is about.
   */
  private void carry(Doc doc, List<Found> events) {
    Optional<Doc.Mention> focus = focusPlace(doc);
    Optional<Doc.Mention> country = mainCountry(doc);
    for (int i = 0; i < events.size(); i++) {
      Found e = events.get(i);
      Found prev = i > 0 ? events.get(i - 1) : null;
      boolean near = prev != null && e.sentence - prev.sentence <= CARRY_SENTENCES;
      if (e.date.isEmpty() && near && prev.date.isPresent()) {
        e.date = prev.date;
        e.dateCarried = true;
        e.rules.add("events/carry-date");
      }
      if (!e.places.isEmpty()) {
        continue;
      }
      if (e.date.isPresent() && isTally(doc, e.date.get())) {
        country.ifPresent(e.places::add); // a month's or a year's toll: the country's
        e.rules.add("events/carry-place");
        continue;
      }
      if (focus.isPresent()) {
        e.places.add(focus.get());
        e.rules.add("events/carry-place");
      } else if (prev != null && e.sentence - prev.sentence <= 1 && !prev.places.isEmpty()) {
        e.places.addAll(prev.places);
        e.rules.add("events/carry-place");
      }
    }
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

package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventType;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The frame of an article and of a stretch of it: armed conflict, or news of sport, accidents,
 * disasters, disease, markets, ordinary crime, wildlife or the arts (a film or a novel about a
 * war) ({@code event-frames.tsv}). An ambiguous trigger
 * ("هجوم" is an attack in a war and a move in a handball match; "مقتل" a death in a raid and in
 * a road accident) names an armed-conflict incident only with conflict evidence: an armed
 * group of the gazetteer, an armed actor ("مسلحون", gunmen), a weapon of war ("عبوة ناسفة",
 * IED), a security-operation frame ("عملية أمنية"), a security or militant victim ("مقتل ثلاثة
 * جنود", three soldiers killed), or a trigger that only war uses (suicide bombing, air strike,
 * shelling, ambush). The headline, the title and the lead, gives the article's subject
 * ({@link #headlineOfOtherSubject}, events/non-conflict-headline): under a headline of sport,
 * accidents, disasters, health, markets, crime, the arts, wildlife, technology, politics, labour,
 * history, trade or religion, an incident needs an armed actor of its own ({@link #armedActor},
 * {@link #armedConfrontation}). Immutable and thread-safe; an {@link Article} value is computed
 * once per document.
 */
final class ConflictFrame {

  /** The frames of {@code event-frames.tsv}. */
  enum Frame {
    CONFLICT_AGENT, CONFLICT_WEAPON, CONFLICT_FRAME, STATE_FORCE, UNKNOWN_AGENT, FIREFIGHT,
    SPORT, ACCIDENT, DISASTER, HEALTH, ECONOMY, ORDINARY_CRIME, ARTS, WILDLIFE,
    TECHNOLOGY, POLITICS, LABOUR, HISTORY, TRADE, RELIGION;

    boolean conflict() {
      return strong() || this == STATE_FORCE || this == UNKNOWN_AGENT || this == FIREFIGHT;
    }

    /** Evidence that overrides a non-conflict frame: armed actors, weapons, operations. */
    boolean strong() {
      return this == CONFLICT_AGENT || this == CONFLICT_WEAPON || this == CONFLICT_FRAME;
    }

    /**
     * A topic only a headline gives ("هجوم إلكتروني" a cyber attack, "المعركة الانتخابية" the
     * electoral battle, "اعتصام" a sit-in, "الذكرى" an anniversary): its words are common inside
     * conflict stories too, so they veto no clause and count toward no article frame; they make
     * a headline of another subject ({@link Article#nonConflictHeadline}).
     */
    boolean topic() {
      return this == TECHNOLOGY || this == POLITICS || this == LABOUR || this == HISTORY
          || this == TRADE || this == RELIGION;
    }
  }

  /** Triggers of a type that only armed conflict uses: they are their own evidence. */
  static final Set<EventType> UNAMBIGUOUS = EnumSet.of(EventType.SUICIDE_BOMBING,
      EventType.AIR_STRIKE, EventType.SHELLING, EventType.AMBUSH);

  /** An article is of a non-conflict frame when it has at least this many of its words... */
  static final int MIN_FRAME_WORDS = 3;
  /** ...and this many times as many as conflict evidence. */
  static final int FRAME_DOMINANCE = 2;

  /**
   * How many tokens the first sentence of the lead has at least: shorter ones before it (a
   * dateline, "الكويت – القبس") belong to the lead with it.
   */
  static final int LEAD_MIN_TOKENS = 6;

  /**
   * What an article is about, computed once from all its words; {@code nonConflictHeadline}:
   * its headline (title and lead) is of another subject ({@link #headlineOfOtherSubject}).
   */
  record Article(int conflictEvidence, Map<Frame, Integer> nonConflict, boolean nonConflictHeadline) {

    int nonConflictWords() {
      return nonConflict.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A sport, accident, disaster, health, economy or crime story with little conflict. */
    boolean nonConflictFrame() {
      int n = nonConflictWords();
      return n >= MIN_FRAME_WORDS && n >= FRAME_DOMINANCE * conflictEvidence;
    }

    /**
     * A story about a film, a series, a novel or a play: its words of the arts are at least
     * {@link #MIN_FRAME_WORDS} and no fewer than its conflict evidence (a war film names war).
     */
    boolean artsFrame() {
      int arts = nonConflict.getOrDefault(Frame.ARTS, 0);
      return arts >= MIN_FRAME_WORDS && arts >= conflictEvidence;
    }

    /** The article names some conflict evidence at all. */
    boolean anyConflict() {
      return conflictEvidence > 0;
    }
  }

  private final PhraseTable<Frame> words;
  private final PhraseTable<Trigger> triggers;
  private final Map<String, Lexicons.VictimRole> victims;

  ConflictFrame(PhraseTable<Trigger> triggers, Map<String, Lexicons.VictimRole> victims) {
    this.words = PhraseTable.of(load());
    this.triggers = triggers;
    this.victims = victims;
  }

  private static Map<String, Frame> load() {
    Map<String, Frame> map = new LinkedHashMap<>();
    for (DataFile.Line r : DataFile.read(ConflictFrame.class, "event-frames.tsv")) {
      try {
        map.put(r.field(0), Frame.valueOf(r.field(1).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw r.error("column 2: '" + r.field(1) + "' is not a frame");
      }
    }
    return map;
  }

  /** The frame of the whole article. */
  Article article(Doc doc) {
    int conflict = evidence(doc, 0, doc.tokens.size());
    Map<Frame, Integer> other = new EnumMap<>(Frame.class);
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, 0, doc.tokens.size())) {
      if (!h.value().conflict() && !h.value().topic()) {
        other.merge(h.value(), 1, Integer::sum);
      }
    }
    return new Article(conflict, Map.copyOf(other), headlineOfOtherSubject(doc));
  }

  /**
   * events/non-conflict-headline: "هجوم إلكتروني يعطل خدمات بنك كويتي" (a cyber attack disrupts
   * a Kuwaiti bank's services), "مصرع 7 عمال في انهيار محجر" (7 workers die as a quarry
   * collapses), "الإسماعيلية تحتفل بذكرى حرب أكتوبر" (Ismailia celebrates the October war's
   * anniversary): the headline, the title and the lead of the body (its first sentence of at
   * least {@link #LEAD_MIN_TOKENS} tokens, with the dateline before it), names a subject other than armed conflict (a word of sport, accident, disaster, health,
   * economy, crime, the arts, technology, politics, labour or history) and no strong conflict
   * evidence (an armed actor, a group of the gazetteer, a weapon of war, an operation, an
   * unambiguous trigger, a militant victim; the army alone is not: it parades and rescues).
   * "مقتل 5 جنود بهجوم لمسلحين قرب حقل نفطي" (5 soldiers killed in a militant attack near an
   * oil field) names its gunmen and is a conflict headline.
   */
  boolean headlineOfOtherSubject(Doc doc) {
    int lead = leadEnd(doc);
    if (strongEvidence(doc, 0, lead) > 0) {
      return false;
    }
    int other = nonConflictWord(doc, 0, lead, true) ? 1 : 0;
    String title = doc.article.title().orElse("");
    if (title.isBlank()) {
      return other > 0;
    }
    List<Token> tokens = Tokenizer.standard().tokenize(title);
    boolean sport = false;
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, i);
      sport |= h.isPresent() && h.get().value() == Frame.SPORT;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, i);
      if (h.isPresent() && (h.get().value().strong()
          && !(sport && h.get().value() == Frame.CONFLICT_WEAPON))) {
        return false;
      }
      other += h.isPresent() && !h.get().value().conflict() ? 1 : 0;
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(tokens, i);
      if (t.isPresent() && UNAMBIGUOUS.contains(t.get().value().type()) && !(sport && shot(t.get().value()))
          || victimRole(tokens.get(i)) == Lexicons.VictimRole.MILITANT) {
        return false;
      }
    }
    for (Doc.Mention m : doc.mentions()) {
      if (m.kind() == EntryKind.GROUP && title.contains(m.span().text())) {
        return false; // a group of the body named in the title: "الحوثيون" in "هجوم للحوثيين"
      }
    }
    return other > 0;
  }

  /** The token after the lead: the first sentence of {@link #LEAD_MIN_TOKENS} tokens or more. */
  private static int leadEnd(Doc doc) {
    for (io.github.rasd.parsers.text.Sentence s : doc.sentences) {
      if (s.endToken() - s.firstToken() >= LEAD_MIN_TOKENS) {
        return s.endToken();
      }
    }
    return doc.tokens.size();
  }

  /**
   * Whether tokens {@code [from, to)} name an armed actor: a word of an armed actor
   * ("مسلحون", gunmen), a group of the gazetteer, a militant victim ("مقتل ثلاثة مسلحين");
   * weapons and operations alone are not (a museum shows shells, a spraying team flies drones).
   */
  boolean armedActor(Doc doc, int from, int to) {
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, from, to)) {
      if (h.value() == Frame.CONFLICT_AGENT) {
        return true;
      }
    }
    for (Doc.Mention m : doc.mentionsIn(from, to)) {
      if (m.kind() == EntryKind.GROUP) {
        return true;
      }
    }
    for (int i = from; i < Math.min(to, doc.tokens.size()); i++) {
      if (victimRole(doc.tokens.get(i)) == Lexicons.VictimRole.MILITANT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} tell an armed confrontation of a state force: a state
   * force ("الدورية"، "الجيش") and an exchange of fire (FIREFIGHT): "تبادل أفراد
   * الدورية إطلاق النار مع المهربين" (the patrol's men exchanged fire with the smugglers) is a
   * security action, whatever the smugglers carried; a shoot-out of two families names no
   * state force.
   */
  boolean armedConfrontation(Doc doc, int from, int to) {
    boolean force = false;
    boolean fire = false;
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, from, to)) {
      force |= h.value() == Frame.STATE_FORCE;
      fire |= h.value() == Frame.FIREFIGHT;
    }
    return force && fire;
  }

  /** The victim role of a token, by its form or its stem. */
  private Lexicons.VictimRole victimRole(Token token) {
    Lexicons.VictimRole r = victims.get(token.text());
    return r != null ? r : victims.get(token.segmentations().get(0).stem());
  }

  /** How many pieces of conflict evidence tokens {@code [from, to)} hold. */
  int evidence(Doc doc, int from, int to) {
    return evidence(doc, from, to, false);
  }

  /**
   * How many pieces of strong conflict evidence tokens {@code [from, to)} hold: armed groups,
   * armed actors, weapons, operations, militant victims, unambiguous triggers; not the army or
   * the forces alone.
   */
  int strongEvidence(Doc doc, int from, int to) {
    return evidence(doc, from, to, true);
  }

  private int evidence(Doc doc, int from, int to, boolean strongOnly) {
    int n = 0;
    boolean sport = sportWord(doc, from, to);
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, from, to)) {
      if ((strongOnly ? h.value().strong() : h.value().conflict())
          && !(sport && h.value() == Frame.CONFLICT_WEAPON && shotAt(doc, h.first()))) {
        n++;
      }
    }
    for (Doc.Mention m : doc.mentionsIn(from, to)) {
      if (m.kind() == EntryKind.GROUP) {
        n++;
      }
    }
    for (PhraseTable.Hit<Trigger> t : triggers.findAll(doc, from, to)) {
      if (UNAMBIGUOUS.contains(t.value().type()) && !(sport && (shot(t.value()) || shotAtGoal(doc, t)))) {
        n++;
      }
    }
    for (int i = from; i < Math.min(to, doc.tokens.size()); i++) {
      Lexicons.VictimRole r = victimRole(doc.tokens.get(i));
      if (r == Lexicons.VictimRole.MILITANT || !strongOnly && r == Lexicons.VictimRole.SECURITY) {
        n++;
      }
    }
    return n;
  }

  /**
   * events/sport-shot: "افتتح التسجيل بقذيفة صاروخية من خارج منطقة الجزاء" (he opened the
   * scoring with a rocket of a shot from outside the box): beside a word of sport, a weapon noun
   * alone (a shell, a rocket: a trigger that counts nothing) and its weapon words are a shot,
   * no evidence of war; a verb of shelling ("قصف") still is.
   */
  private static boolean shot(Trigger t) {
    // one word: "قذيفة هاون" (a mortar shell) is never a shot
    return t.type() == EventType.SHELLING && t.countRole() == Trigger.CountRole.NONE
        && t.phrase().indexOf(' ') < 0;
  }

  /**
   * events/sport-shot: "قصف لاعبو الرجاء مرمى الوداد" (the Raja players bombarded the Wydad
   * goal): beside a word of sport, a verb of shelling whose object, within
   * {@link #SHOT_OBJECT_WINDOW} words, is a word of sport (the goal, the keeper) is a volley of
   * shots, no shelling.
   */
  private boolean shotAtGoal(Doc doc, PhraseTable.Hit<Trigger> t) {
    if (t.value().type() != EventType.SHELLING) {
      return false;
    }
    for (int i = t.end(); i < Math.min(doc.tokens.size(), t.end() + SHOT_OBJECT_WINDOW); i++) {
      Optional<PhraseTable.Hit<Frame>> w = words.at(doc, i);
      if (w.isPresent() && w.get().value() == Frame.SPORT) {
        return true;
      }
    }
    return false;
  }

  /** How far after a verb of shelling its sport object may stand, in tokens. */
  static final int SHOT_OBJECT_WINDOW = 3;

  /** A shot word stands at token {@code i} or right before it ("قذيفة صاروخية"). */
  private boolean shotAt(Doc doc, int i) {
    for (int k = Math.max(0, i - 1); k <= i; k++) {
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(doc, k);
      if (t.isPresent() && shot(t.get().value()) && t.get().end() > k) {
        return true;
      }
    }
    return false;
  }

  private boolean sportWord(Doc doc, int from, int to) {
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, from, to)) {
      if (h.value() == Frame.SPORT) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [from, to)} hold a word of the arts (الفيلم، المسلسل، الرواية). */
  boolean artsWord(Doc doc, int from, int to) {
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, from, to)) {
      if (h.value() == Frame.ARTS) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [from, to)} hold a word of a non-conflict frame (not a topic). */
  boolean nonConflictWord(Doc doc, int from, int to) {
    return nonConflictWord(doc, from, to, false);
  }

  private boolean nonConflictWord(Doc doc, int from, int to, boolean topics) {
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, from, to)) {
      if (!h.value().conflict() && (topics || !h.value().topic())) {
        return true;
      }
    }
    return false;
  }
}

package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventType;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.text.QuoteMarks;
import io.github.rasd.parsers.text.TableMemo;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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
 * {@link #armedConfrontation}). Words of war that civil life also uses count as no evidence:
 * the military word of a party's name ({@link #partyWords}, events/party-name: "القوات" of the
 * Lebanese Forces), a battle with a civil stake ({@link #civilContest}, events/civil-contest:
 * "معركة المقاعد", the battle for the seats) and an incident remembered at its anniversary
 * ({@link #commemorated}, events/commemorated), a trigger in a likeness ({@link #simile},
 * events/simile: "وكأن المنطقة تعرضت لقصف", as if the area had been shelled). Immutable and thread-safe; an {@link Article}
 * value is computed once per document.
 */
final class ConflictFrame {

  /** The frames of {@code event-frames.tsv}. */
  enum Frame {
    CONFLICT_AGENT, CONFLICT_WEAPON, CONFLICT_FRAME, STATE_FORCE, UNKNOWN_AGENT, FIREFIGHT,
    SPORT, ACCIDENT, DISASTER, HEALTH, ECONOMY, ORDINARY_CRIME, ARTS, WILDLIFE,
    TECHNOLOGY, POLITICS, LABOUR, HISTORY, TRADE, RELIGION, PARTY, DRILL, CULTURE, CONTEST, SIMILE, CIVIL_QUALIFIER, MARCH_NOUN, MARCH,
    CIVIL_BODY, AFFILIATION;

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
          || this == TRADE || this == RELIGION || this == PARTY || this == DRILL || this == CULTURE;
    }

    /**
     * A word of a subject other than armed conflict; not CONTEST, a cue of
     * {@link #civilContest} only ("وهمية" a sham, "المقاعد" the seats), nor SIMILE, a cue of
     * {@link #simile} only ("كأن", as if), nor CIVIL_QUALIFIER, a cue of {@link #civilLeaders}
     * only ("شعبية", popular), nor MARCH_NOUN and MARCH, cues of {@link #march} only, nor
     * CIVIL_BODY and AFFILIATION, cues of {@link #civilRole} only: alone they name no subject.
     */
    boolean otherSubject() {
      return !conflict() && this != CONTEST && this != SIMILE && this != CIVIL_QUALIFIER
          && this != MARCH_NOUN && this != MARCH && this != CIVIL_BODY && this != AFFILIATION;
    }

    /** A body of civil life that a word of affiliation may tie to a group ({@link #civilRole}). */
    boolean civilBody() {
      return this == CIVIL_BODY || this == POLITICS || this == PARTY || this == CONTEST;
    }

    /** Words that tell what a contest of civil life after a battle noun is about. */
    boolean contest() {
      return this == CONTEST || this == POLITICS || this == PARTY || this == SPORT || this == ECONOMY
          || this == CIVIL_QUALIFIER;
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
   * its headline (title and lead) is of another subject ({@link #headlineOfOtherSubject});
   * {@code nonConflictTitle}: its title alone is ({@link #titleSubject});
   * {@code partyWords}: the stems of the words of war its party names hold ({@link #partyWords}).
   */
  record Article(int conflictEvidence, Map<Frame, Integer> nonConflict, boolean nonConflictHeadline,
      boolean nonConflictTitle, Set<String> partyWords) {

    int nonConflictWords() {
      int n = 0;
      for (int words : nonConflict.values()) {
        n += words;
      }
      return n;
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
  /** The closed word lists (SPEECH_PARTICLE of {@code word-lists.tsv}). */
  private final Words closed;

  ConflictFrame(PhraseTable<Trigger> triggers, Map<String, Lexicons.VictimRole> victims, Words closed) {
    this.words = PhraseTable.of(load());
    this.triggers = triggers;
    this.victims = victims;
    this.closed = closed;
  }

  static Map<String, Frame> load() {
    Map<String, Frame> map = ParadigmRows.read(ConflictFrame.class, "event-frames.tsv", false, (r, form) -> {
      try {
        return Frame.valueOf(r.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("column 2: '" + r.field(1) + "' is not a frame");
      }
    });
    return map;
  }

  /** The frame of the whole article. */
  Article article(Doc doc) {
    Set<String> parties = partyWords(doc);
    int conflict = evidence(doc, parties, 0, doc.tokens.size(), false);
    Map<Frame, Integer> other = new EnumMap<>(Frame.class);
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, 0, doc.tokens.size())) {
      if (h.value().otherSubject() && !h.value().topic()) {
        other.merge(h.value(), 1, Integer::sum);
      }
    }
    int title = titleSubject(doc);
    return new Article(conflict, Map.copyOf(other), headlineOfOtherSubject(doc, parties, title),
        title > 0, parties);
  }

  /**
   * events/party-name: "أطلق حزب القوات اللبنانية حملته ... وقال إن القوات لا تخوض معركة
   * وهمية" (the Lebanese Forces party launched its campaign ... he said the Forces fight no sham
   * battle), "انتخب مجلس شورى جبهة العمل الإسلامي أمينا عاما ... للقيادة التي سيرت الجبهة"
   * (the Islamic Action Front's council elected a secretary-general ... after the leadership
   * that ran the Front): the
   * words of war inside a party name of the article (PARTY: "القوات"، "جبهة") name that party
   * where they stand alone in the same article; they are no evidence of an armed force or a
   * front there; a party name that is a group of the gazetteer in the article is that group.
   * The stems of those words.
   */
  private Set<String> partyWords(Doc doc) {
    Set<String> out = new java.util.HashSet<>();
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, 0, doc.tokens.size())) {
      if (h.value() != Frame.PARTY
          || doc.mentionsIn(h.first(), h.end()).stream().anyMatch(m -> m.kind() == EntryKind.GROUP)) {
        continue; // "جبهة التحرير الوطني" of an Idlib story is the gazetteer's rebel front
      }
      for (int k = h.first(); k < h.end(); k++) {
        List<Token> alone = Tokenizer.standard().tokenize(doc.tokens.get(k).text());
        Optional<PhraseTable.Hit<Frame>> w = alone.isEmpty() ? Optional.empty() : words.at(alone, 0);
        if (w.isPresent() && w.get().value().conflict() && w.get().end() == 1) {
          out.add(stem(doc.tokens.get(k)));
        }
      }
    }
    return Set.copyOf(out);
  }

  private static String stem(Token t) {
    return t.segmentations().get(0).stem();
  }

  /**
   * events/non-conflict-headline: "هجوم إلكتروني يعطل خدمات بنك كويتي" (a cyber attack disrupts
   * a Kuwaiti bank's services), "مصرع 7 عمال في انهيار محجر" (7 workers die as a quarry
   * collapses), "الإسماعيلية تحتفل بذكرى حرب أكتوبر" (Ismailia celebrates the October war's
   * anniversary): the headline, the title and the lead of the body (its first sentence of at
   * least {@link #LEAD_MIN_TOKENS} tokens, with the dateline before it), names a subject other than armed conflict (a word of sport, accident, disaster, health,
   * economy, crime, the arts, technology, politics, parties, labour, history, drills or books)
   * ({@code title}: what {@link #titleSubject} gives) and no strong conflict
   * evidence (an armed actor, a group of the gazetteer, a weapon of war, an operation, an
   * unambiguous trigger, a militant victim; the army alone is not: it parades and rescues).
   * "مقتل 5 جنود بهجوم لمسلحين قرب حقل نفطي" (5 soldiers killed in a militant attack near an
   * oil field) names its gunmen and is a conflict headline.
   */
  boolean headlineOfOtherSubject(Doc doc, Set<String> parties, int title) {
    int lead = leadEnd(doc);
    if (title < 0 || evidence(doc, parties, 0, lead, true) > 0) {
      return false;
    }
    return title > 0 || nonConflictWord(doc, 0, lead, true);
  }

  /**
   * The title: -1 when it names strong conflict evidence, else how many words of another subject
   * it holds ({@link #headlineOfOtherSubject}); a trigger told after a word of commemoration
   * ({@link #commemorated}: "حلبجة تستذكر ضحايا القصف الكيمياوي", Halabja remembers the victims
   * of the chemical shelling), a volley at a goal ("الزعيم يقصف شباك النصر", the Leader bombards
   * Al-Nassr's net) and a battle of civil life ({@link #civilContest}: "معركة المقاعد تشتد", the
   * battle for the seats heats up) are no evidence there.
   */
  private int titleSubject(Doc doc) {
    String title = doc.article.title().orElse("");
    if (title.isBlank()) {
      return 0;
    }
    List<Token> tokens = Tokenizer.standard().tokenize(title);
    boolean sport = false;
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, i);
      sport |= h.isPresent() && h.get().value() == Frame.SPORT;
    }
    int other = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, i);
      if (h.isPresent() && (h.get().value().strong()
          && !(sport && h.get().value() == Frame.CONFLICT_WEAPON)
          && !civilContest(tokens, h.get().end()) && !civilQualifier(tokens, h.get().end())
          && !commemorated(tokens, i)
          && !scareQuoted(tokens, i, h.get().end()))) {
        return -1;
      }
      other += h.isPresent() && h.get().value().otherSubject() ? 1 : 0;
      Optional<PhraseTable.Hit<Trigger>> t = triggers.at(tokens, i);
      if (t.isPresent() && UNAMBIGUOUS.contains(t.get().value().type())
          && !(sport && (shot(t.get().value()) || shotAtGoal(tokens, t.get().value(), t.get().end())))
          && !commemorated(tokens, i) && !scareQuoted(tokens, i, t.get().end())
          && !civilQualifier(tokens, t.get().end())
          || victimRole(tokens.get(i)) == Lexicons.VictimRole.MILITANT) {
        return -1;
      }
    }
    for (Doc.Mention m : doc.mentions()) {
      if (m.kind() == EntryKind.GROUP && title.contains(m.span().text())) {
        return -1; // a group of the body named in the title: "الحوثيون" in "هجوم للحوثيين"
      }
    }
    return other;
  }

  /** How far after a word of commemoration the incident it recalls may stand, in tokens. */
  static final int COMMEMORATION_WINDOW = 5;

  /**
   * events/commemorated: "أحيا الأهالي الذكرى الثامنة والثلاثين لقصف المدينة" (the people marked
   * the 38th anniversary of the shelling of the town), "حلبجة تستذكر ضحايا القصف" (Halabja
   * remembers the victims of the shelling): a trigger within {@link #COMMEMORATION_WINDOW} words
   * after a word of commemoration (HISTORY: "الذكرى"، "تستذكر"، "إحياء") is the incident
   * remembered, no evidence that the headline reports one; a trigger before it ("غارات تقتل 20
   * في ذكرى الحرب", strikes kill 20 on the war's anniversary) stays evidence.
   */
  private boolean commemorated(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - COMMEMORATION_WINDOW); k--) {
      if (clauseBreak(tokens.get(k))) {
        return false;
      }
      Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, k);
      if (h.isPresent() && h.get().value() == Frame.HISTORY && h.get().end() <= i) {
        return true;
      }
    }
    return false;
  }

  /** Punctuation that ends a noun phrase: a comma, a stop, a colon; not a quotation mark. */
  private static boolean clauseBreak(Token t) {
    return t.is(Token.Type.PUNCTUATION) && (t.hasText("،") || t.hasText(",") || t.hasText(".")
        || t.hasText(":") || t.hasText("؛") || t.hasText(";"));
  }

  /** How far after a particle of comparison the trigger it likens may stand, in tokens. */
  static final int SIMILE_WINDOW = 4;

  /**
   * events/simile: "سمعت قوة الانفجار على بعد كيلومترات، وكأن المنطقة تعرضت لقصف" (the blast
   * was heard kilometres away, as if the area had been shelled), "بدت الشوارع أشبه بساحة حرب
   * بعد العاصفة" (the streets looked like a battlefield after the storm): a trigger at token
   * {@code i} within {@link #SIMILE_WINDOW} words after a particle of comparison (SIMILE: كأن،
   * كأنما، أشبه، يشبه) of its clause is a likeness; it tells no incident and is no evidence.
   * "قصفت الطائرات الحي كأنها تنتقم" (the planes shelled the district as if taking revenge) has
   * its shelling before the particle and stays.
   */
  boolean simile(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - SIMILE_WINDOW); k--) {
      if (clauseBreak(tokens.get(k))) {
        return false;
      }
      Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, k);
      // the matcher folds the hamza: "كان" (was) is not "كأن" (as if)
      if (h.isPresent() && h.get().value() == Frame.SIMILE && !tokens.get(k).span().text().contains("كان")) {
        return true;
      }
    }
    return false;
  }

  /** How far after a battle noun the stake of a contest of civil life may stand, in tokens. */
  static final int CONTEST_WINDOW = 4;

  /**
   * events/civil-contest: "أم المعارك على المقاعد المسيحية" (the mother of battles for the
   * Christian seats), "القوات تخوض معركة وهمية" (the Forces fight a sham battle), "المعركة
   * الانتخابية" (the electoral battle), "معارك الأسعار" (the price battles), "معركة اللقب" (the battle
   * for the title): a battle noun ending before token {@code end} followed, within
   * {@link #CONTEST_WINDOW} words and no punctuation, by the stake or the kind of a contest of
   * civil life ({@link Frame#contest}: CONTEST, and words of politics, parties, sport, markets)
   * and by no word of war is a contest; "معارك عنيفة قرب المدينة" (fierce battles near the
   * town) has none and stays.
   */
  boolean civilContest(List<Token> tokens, int end) {
    for (int i = end; i < Math.min(tokens.size(), end + CONTEST_WINDOW); i++) {
      if (clauseBreak(tokens.get(i))) {
        return false;
      }
      Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, i);
      if (h.isPresent() && h.get().value().conflict()) {
        return false;
      }
      if (h.isPresent() && h.get().value().contest()) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens a quotation may hold and still be a label in scare quotes. */
  static final int SCARE_QUOTE_TOKENS = 3;

  /**
   * events/scare-quote: "انتهت "معركة" المجلس البلدي بفوز لائحة" (the "battle" of the municipal
   * council ended in a list's win), "عاصفة برد وصفها المزارعون بـ"القصف"" (a hailstorm the
   * farmers called "the shelling"), "يخوض اللاعبون "معارك" تكتيكية" (the players fight tactical
   * "battles"): tokens {@code [first, end)} inside a quotation of at most
   * {@link #SCARE_QUOTE_TOKENS} tokens are a word set off as a label, a likeness or a name (a
   * series called "الحصار", the siege), no incident told; a quotation opened after a colon or a
   * particle of speech ("قال إن "القصف مستمر"", he said that "the shelling goes on") is speech
   * and does not count. The opening mark, or -1.
   */
  int scareQuote(Doc doc, int first, int end) {
    for (int o = first - 1; o >= Math.max(0, first - SCARE_QUOTE_TOKENS); o--) {
      if (doc.isQuote(o)) {
        int close = doc.quoteCloseOf(o);
        return close >= end && close - o - 1 <= SCARE_QUOTE_TOKENS && close < doc.tokens.size()
            && doc.isQuote(close) && !speechBefore(doc.tokens, o) ? o : -1;
      }
      if (clauseBreak(doc.tokens.get(o))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * {@link #scareQuote} for a token list with no paired marks (a title): the nearest mark before
   * {@code first} opens when an even number of marks stands before it.
   */
  boolean scareQuoted(List<Token> tokens, int first, int end) {
    int open = -1;
    for (int o = first - 1; o >= Math.max(0, first - SCARE_QUOTE_TOKENS); o--) {
      if (QuoteMarks.is(tokens.get(o))) {
        open = o;
        break;
      }
    }
    if (open < 0 || speechBefore(tokens, open)) {
      return false;
    }
    int before = 0;
    for (int k = 0; k < open; k++) {
      before += QuoteMarks.is(tokens.get(k)) ? 1 : 0;
    }
    for (int c = end; c < Math.min(tokens.size(), open + SCARE_QUOTE_TOKENS + 2); c++) {
      if (QuoteMarks.is(tokens.get(c))) {
        return before % 2 == 0;
      }
    }
    return false;
  }

  /** How far before a quotation its particle of speech may stand, in tokens ("أن عناصرها "..."). */
  static final int SPEECH_REACH = 2;

  /**
   * The mark at {@code open} follows, within {@link #SPEECH_REACH} tokens, a colon or a particle
   * of speech (SPEECH_PARTICLE of {@code word-lists.tsv}: "إن"، "أن"، "بأن"): "وأفادت القوات أن
   * عناصرها "صادروا أسلحة"" (the forces said their men "seized weapons") quotes a statement.
   */
  private boolean speechBefore(List<Token> tokens, int open) {
    for (int k = open - 1; k >= Math.max(0, open - SPEECH_REACH); k--) {
      Token t = tokens.get(k);
      if (t.hasText(":") || closed.in(Words.WordList.SPEECH_PARTICLE, t.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * events/civil-qualifier: "في هجوم ترويجي هو الأعنف منذ سنوات" (in a promotional attack, the
   * fiercest in years), "شنت الشركة هجوما سعريا" (the company launched a price attack), "قصف
   * إعلامي متبادل" (a mutual media bombardment): the token at {@code end}, right after a trigger,
   * is the kind of a contest of civil life (CONTEST: إعلامي، دعائي، بلدي، الأسعار; CIVIL_QUALIFIER:
   * ترويجي، تجاري، انتخابي، رياضي).
   */
  boolean civilQualifier(List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return false;
    }
    Optional<PhraseTable.Hit<Frame>> h = words.at(tokens, end);
    return h.isPresent() && (h.get().value() == Frame.CONTEST || h.get().value() == Frame.CIVIL_QUALIFIER);
  }

  /** How far before a group's name the word of its affiliation may stand, in tokens. */
  static final int AFFILIATION_WINDOW = 12;
  /** How far before the word of affiliation the civil body it qualifies may begin, in tokens. */
  static final int BODY_WINDOW = 3;

  /**
   * events/civil-role: "الهيئة الصحية الإسلامية التابعة لحزب الله" (the Islamic Health Committee
   * affiliated with Hezbollah), "لائحة "التنمية والوفاء" المدعومة من "حزب الله"" (the "Development
   * and Loyalty" list backed by Hezbollah), "وزارة التربية التابعة للحوثيين" (the Houthi-run
   * ministry of education): a group named at token {@code at} within {@link #AFFILIATION_WINDOW}
   * words of its clause after a word of affiliation (AFFILIATION: التابعة، المدعومة، المقربة) that
   * qualifies a body of civil life (CIVIL_BODY: a list, a candidate, a health body, a ministry, a
   * school, a channel) beginning within {@link #BODY_WINDOW} words before it (a name in quotation
   * marks between them skipped) is that body's patron, in a civil role: no armed actor and no
   * conflict evidence. "قوة الرضوان التابعة لحزب الله" (Hezbollah's Radwan force) and "مسلحون
   * تابعون لداعش" (gunmen of the Islamic State) name no civil body and stay evidence.
   */
  boolean civilRole(Doc doc, int at) {
    for (int a = at - 1; a >= Math.max(0, at - AFFILIATION_WINDOW); a--) {
      if (doc.isPunct(a) && !doc.isQuote(a)) {
        return false;
      }
      Optional<PhraseTable.Hit<Frame>> h = words.at(doc, a);
      if (h.isPresent() && h.get().value() == Frame.AFFILIATION) {
        int head = a - 1;
        if (head >= 0 && doc.isQuote(head)) {
          head = quoteOpening(doc, head) - 1; // "لائحة "التنمية والوفاء" المدعومة"
        } else if (head >= 0 && doc.isPunct(head, "،", ",")) {
          head--; // "اللائحة الفائزة، المدعومة من"
        }
        for (int b = head; b >= Math.max(0, head - BODY_WINDOW + 1); b--) {
          Optional<PhraseTable.Hit<Frame>> body = words.at(doc, b);
          if (body.isPresent() && body.get().value().civilBody()) {
            return true;
          }
          if (doc.isPunct(b)) {
            break;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** The opening mark of the quotation that token {@code close} closes, or {@code close}. */
  private static int quoteOpening(Doc doc, int close) {
    for (int o = close - 1; o >= Math.max(0, close - AFFILIATION_WINDOW); o--) {
      if (doc.quoteCloseOf(o) == close) {
        return o;
      }
    }
    return close;
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
      if (m.kind() == EntryKind.GROUP && !civilRole(doc, m.first())) {
        return true;
      }
    }
    for (int i = from; i < Math.min(to, doc.tokens.size()); i++) {
      if (victimRole(doc.tokens.get(i)) == Lexicons.VictimRole.MILITANT && !civilLeaders(doc, i)) {
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

  /**
   * events/civil-leaders: "بحضور مدير الأمن وقيادات شعبية ودينية" (attended by the security
   * chief and popular and religious leaders), "قيادات حزبية وعشائرية" (party and tribal
   * leaders): a noun of the victim lexicon (a leader, "قيادات", is a militant one) that a civil
   * qualifier follows (CIVIL_QUALIFIER: شعبية، دينية، حزبية، عشائرية) is a notable of
   * civil life, no conflict evidence. "مقتل قيادات في التنظيم" (leaders of the organisation
   * killed) has no qualifier and stays evidence.
   */
  boolean civilLeaders(Doc doc, int i) {
    if (i + 1 >= doc.tokens.size()) {
      return false;
    }
    Optional<PhraseTable.Hit<Frame>> h = words.at(doc, i + 1);
    return h.isPresent() && h.get().value() == Frame.CIVIL_QUALIFIER;
  }

  /** How far on either side of a march noun its words of a march may stand, in tokens. */
  static final int MARCH_WINDOW = 6;

  /**
   * events/protest-march: "نزل آلاف الأساتذة إلى الشارع في مسيرة حاشدة رفعوا فيها شعارات"
   * (thousands of teachers took to the street in a mass march raising slogans), "ومرت المسيرة
   * في أجواء سلمية" (the march passed off peacefully), "جابت المسيرات الاحتجاجية شوارع المدينة"
   * (the protest marches toured the city's streets): the trigger {@code [first, end)} that is
   * "مسيرة" alone (MARCH_NOUN: a drone and a march) with a word of a march (MARCH: حاشدة، سلمية،
   * احتجاجية، شعارات، المتظاهرين، جابت) within {@link #MARCH_WINDOW} words on either side inside
   * {@code [from, to)} is a march: no drone strike, and no evidence. "استهدفت مسيرة إسرائيلية
   * سيارة في بلدة حدودية" (an Israeli drone hit a car in a border village) has no word of a
   * march and stays.
   */
  boolean march(Doc doc, int first, int end, int from, int to) {
    Optional<PhraseTable.Hit<Frame>> noun = words.at(doc, first);
    if (noun.isEmpty() || noun.get().value() != Frame.MARCH_NOUN || noun.get().end() != end) {
      return false;
    }
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, Math.max(from, first - MARCH_WINDOW),
        Math.min(Math.min(to, doc.tokens.size()), end + MARCH_WINDOW))) {
      if (h.value() == Frame.MARCH) {
        return true;
      }
    }
    return false;
  }

  /** The victim role of a token, by its form or its stem. */
  private Lexicons.VictimRole victimRole(Token token) {
    return VICTIM_ROLES.of(victims, token); // asked at every token: kept with the word form
  }

  private static final TableMemo<Map<String, Lexicons.VictimRole>, Lexicons.VictimRole>
      VICTIM_ROLES = TableMemo.of((victims, token) -> {
        Lexicons.VictimRole r = victims.get(token.text());
        return r != null ? r : victims.get(token.segmentations().get(0).stem());
      });

  /**
   * How many pieces of conflict evidence tokens {@code [from, to)} of an article of frame
   * {@code a} hold.
   */
  int evidence(Doc doc, Article a, int from, int to) {
    return evidence(doc, a.partyWords(), from, to, false);
  }

  /**
   * How many pieces of strong conflict evidence tokens {@code [from, to)} hold: armed groups,
   * armed actors, weapons, operations, militant victims, unambiguous triggers; not the army or
   * the forces alone.
   */
  int strongEvidence(Doc doc, Article a, int from, int to) {
    return evidence(doc, a.partyWords(), from, to, true);
  }

  /**
   * The evidence count; a word of war of a party name of the article ({@link #partyWords}), a
   * battle of civil life ({@link #civilContest}), an incident remembered
   * ({@link #commemorated}: its trigger or its word of war), a likeness ({@link #simile}), a
   * word in scare quotes ({@link #scareQuote}), a trigger or a word of war with a civil
   * qualifier ({@link #civilQualifier}: "قذائف المنجنيق", catapult stones; "غارة تسويقية", a
   * marketing raid) and a group in a civil role
   * ({@link #civilRole}) count nothing.
   */
  private int evidence(Doc doc, Set<String> parties, int from, int to, boolean strongOnly) {
    int n = 0;
    boolean sport = sportWord(doc, from, to);
    for (PhraseTable.Hit<Frame> h : words.findAll(doc, from, to)) {
      if ((strongOnly ? h.value().strong() : h.value().conflict())
          && !(sport && h.value() == Frame.CONFLICT_WEAPON && shotAt(doc, h.first()))
          && !(h.end() - h.first() == 1 && parties.contains(stem(doc.tokens.get(h.first()))))
          && !(h.value() == Frame.CONFLICT_FRAME && civilContest(doc.tokens, h.end()))
          && !commemorated(doc.tokens, h.first()) && scareQuote(doc, h.first(), h.end()) < 0
          && !civilQualifier(doc.tokens, h.end())) {
        n++;
      }
    }
    for (Doc.Mention m : doc.mentionsIn(from, to)) {
      if (m.kind() == EntryKind.GROUP && !civilRole(doc, m.first())) {
        n++;
      }
    }
    for (PhraseTable.Hit<Trigger> t : triggers.findAll(doc, from, to)) {
      if (UNAMBIGUOUS.contains(t.value().type()) && !(sport && (shot(t.value()) || shotAtGoal(doc, t)))
          && !commemorated(doc.tokens, t.first()) && !simile(doc.tokens, t.first())
          && !march(doc, t.first(), t.end(), from, to) && scareQuote(doc, t.first(), t.end()) < 0
          && !civilQualifier(doc.tokens, t.end())) {
        n++;
      }
    }
    for (int i = from; i < Math.min(to, doc.tokens.size()); i++) {
      Lexicons.VictimRole r = victimRole(doc.tokens.get(i));
      if ((r == Lexicons.VictimRole.MILITANT || !strongOnly && r == Lexicons.VictimRole.SECURITY)
          && !civilLeaders(doc, i)) {
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
    return shotAtGoal(doc.tokens, t.value(), t.end());
  }

  /** {@link #shotAtGoal(Doc, PhraseTable.Hit)} for a trigger ending before token {@code end}. */
  private boolean shotAtGoal(List<Token> tokens, Trigger t, int end) {
    if (t.type() != EventType.SHELLING) {
      return false;
    }
    for (int i = end; i < Math.min(tokens.size(), end + SHOT_OBJECT_WINDOW); i++) {
      Optional<PhraseTable.Hit<Frame>> w = words.at(tokens, i);
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
      if (h.value().otherSubject() && (topics || !h.value().topic())) {
        return true;
      }
    }
    return false;
  }
}

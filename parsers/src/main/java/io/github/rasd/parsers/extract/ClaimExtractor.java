package io.github.rasd.parsers.extract;

import io.github.rasd.model.Claim;
import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.Nationality;
import io.github.rasd.parsers.knowledge.TitleCategory;
import io.github.rasd.parsers.knowledge.TitleEntry;
import io.github.rasd.parsers.text.Sentence;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds attributed statements: direct quotes ({@code قال X: «...»}), reported speech ({@code قال
 * X إن ...}, {@code أكد X أن ...}, also with the speaker before the verb) and according-to
 * clauses ({@code بحسب X}, fronted or postposed). Immutable and thread-safe.
 *
 * <p>Each step is a named rule, and every rule that made or changed a claim is written into its
 * provenance, the creating rule first:
 *
 * <ol>
 *   <li>the cue creates the claim: {@value #SPEECH_VERB} ("قال"), {@value #QUOTE_CUE}
 *       ("قائلا"), {@value #CONTINUATION} ("وأضاف"), {@value #ACCORDING_TO_FRONTED} / {@value
 *       #ACCORDING_TO_POSTPOSED} ("بحسب");
 *   <li>the speaker, read by {@link SpeakerGrammar} (whose rules name the phrase: person,
 *       title, document, collective, organisation, named witness...): after the verb, {@value
 *       #VERB_SPEAKER}, or an unknown phrase closed by an opener, {@value #SPEAKER_UNKNOWN};
 *       an outlet carrying a source, {@value #TRANSMITTED} ("نقلت رويترز عن مصدر") or its
 *       words, {@value #TRANSMITTED_WORDS} ("نقلت المواقع كلاما لفلان"); before the verb,
 *       {@value #SPEAKER_VERB}; a participle's own sentence subject, {@value
 *       #PARTICIPLE_SUBJECT}; the antecedent of a relative, {@value #RELATIVE_SPEAKER} ("الخبير،
 *       الذي يؤكد أن"); else the previous speaker, {@value #CARRIED_OVER}, the latest one the
 *       verb agrees with in gender, {@value CarryAgreement#RULE};
 *   <li>the content: {@value #CONTENT_COLON}, {@value #CONTENT_COMPLEMENTIZER}, {@value
 *       #CONTENT_QUOTE} (to the closing mark, across sentences), {@value #CONTENT_PREPOSITION},
 *       {@value #CONTENT_BARE}, or a quotation before the verb, {@value #SPEECH_POSTPOSED};
 *       reported speech whose words are quoted after a short subject is a quote, {@value
 *       #CONTENT_PARTIAL_QUOTE}: "قال الوزير إن حكومته "لن تتراجع عن قرارها"" (the minister said
 *       his government "will not go back on its decision");
 *   <li>a statement of responsibility is no claim, {@value ResponsibilityStatement#RULE}:
 *       "أعلنت الحركة مسؤوليتها عن التفجير" (the movement claimed responsibility for the bombing);
 *   <li>after a fronted according-to cue ending in ل, the source is read without the ل, {@value
 *       #GLUED_LAM} ("وفقا لمصدر أمني" (according to a security source): "مصدر أمني"), and keeps
 *       a prepositional tail up to its comma, {@value #SPEAKER_TAIL} ("مصدر أمني في المدينة،");
 *   <li>a claim inside an outlet's according-to clause is nested in it, {@value #NESTED};
 *   <li>the agency of a paragraph's dateline is no channel, {@value Dateline#RULE} ("مقديشو
 *       (رويترز) - قال مسؤول إن": no channel); a feeling expressed is no claim, {@value
 *       ClauseRules#FEELING} ("أعرب الوزير عن قلقه", the minister expressed his concern).
 * </ol>
 *
 * Rule units of their own: {@link EstimateObject} (an estimator before the quantity it
 * estimates, a passive estimate with none), {@link SameSource} (an according-to source pointing
 * back to a speaker), {@link ContrastClause} ("، في حين ..." ends a content), {@link QuotedSubject}
 * (a quoted part of reported speech), {@link DescriptiveClause} (a verb describing the noun before
 * it), {@link SpeakerBoundary} (the word tests at a speaker's edge), {@link CarryAgreement},
 * {@link AppositionName} (a person named between commas after a description), {@link
 * QuotedSpeaker} (a body named in quotation marks after the verb), {@link AccusedObject} (the one
 * accused is no speaker), {@link FrontedTail} (a fronted speaker's place up to its verb), {@link
 * TimeAdjunct} (a date after the verb is no speaker).
 *
 * The words of the rules live in {@code claim-cues.tsv}, {@code claim-channels.tsv}, {@code
 * collective-speakers.tsv} and {@code claim-words.tsv}; their windows are the constants below.
 */
final class ClaimExtractor {

  /** Longest speaker phrase read after a speech verb, in tokens. */
  private static final int MAX_SPEAKER_TOKENS = 12;
  /** How far after the speaker the content opener (أن، إن، :) may stand, in tokens. */
  private static final int MAX_OPENER_DISTANCE = 16;
  /** Longest direct quote followed to its closing mark, in tokens. */
  private static final int MAX_QUOTE_TOKENS = 400;
  /** Fewest words in quotation marks that make a direct quote ("داعش" in quotes is a name). */
  private static final int MIN_QUOTE_WORDS = PartialQuote.MIN_WORDS;
  /** How far after a speaker's title its person may be named, in tokens. */
  private static final int FORWARD_NAME_REACH = 8;
  /** How many sentences a speaker is carried over to a continuation verb. */
  private static final int CARRY_OVER_SENTENCES = 4;
  /** How far before the verb a fronted speaker may start, in tokens. */
  static final int MAX_FRONTED_TOKENS = 8;
  /** Longest channel phrase skipped between a speaker and its opener, in tokens. */
  private static final int MAX_CHANNEL_TOKENS = 8;
  /** Words after a known speaker that still belong to it when an opener follows ("مسؤول أمني كبير إن"). */
  private static final int MAX_SPEAKER_TAIL = 4;
  /** Longest prepositional phrase between a speaker and its content ("في موقعها الرسمي"), in words. */
  private static final int MAX_ADJUNCT_WORDS = 5;
  /** Longest phrase set off by commas between a speaker and its content, in tokens. */
  private static final int MAX_PARENTHETICAL = 10;
  /** Longest name read after the ل of "كلاما لفلان", in tokens. */
  private static final int MAX_QUOTED_CHANNEL = 4;
  /** How many first words of a sentence may hold the subject a participle hangs on. */
  private static final int SUBJECT_REACH = 3;

  static final String SPEECH_VERB = "claims/speech-verb";
  static final String QUOTE_CUE = "claims/quote-cue";
  static final String CONTINUATION = "claims/continuation";
  static final String ACCORDING_TO_FRONTED = "claims/according-to-fronted";
  static final String ACCORDING_TO_POSTPOSED = "claims/according-to-postposed";
  /**
   * "على ذمة" before a case of the law (the CUSTODY list of claim-words.tsv) holds someone pending
   * it and names no source: "وأمرت النيابة بحبس المتهمين على ذمة التحقيق" (the prosecution ordered
   * the suspects remanded pending the investigation) gives no claim, while "على ذمة الصحيفة" (on the
   * newspaper's word) still does.
   */
  static final String CUSTODY = "claims/custody-not-source";
  static final String VERB_SPEAKER = "claims/verb-speaker-content";
  static final String SPEAKER_VERB = "claims/speaker-verb-content";
  /**
   * A topic fronted with أما before a cue verb that reads as well in the passive is what the
   * verb is about, not its speaker: "أما تنظيم داعش فيقدر عدد عناصره بنحو 600 عنصر" (as for IS,
   * the number of its members is estimated at about 600) has no speaker; "أما الوزير فأوضح أن"
   * keeps its own (words: PASSIVE_READ of claim-words.tsv).
   */
  static final String TOPIC_PASSIVE = "claims/topic-passive";
  static final String FRONTED_FIRST = "claims/speaker-fronted-first";
  static final String BEFORE_PARENTHETICAL = "claims/speaker-before-parenthetical";
  /**
   * A description between a fronted speaker and its verb that names the outlet spoken to opens
   * with any word, a verb too: "غير أن أحد الوجهاء، تحدث لموقع "الأخبار" عبر الهاتف، قال إن ..."
   * (but one of the notables, speaking to the site "al-Akhbar" by phone, said that ...) speaks as
   * أحد الوجهاء; the outlet is read by {@link ChannelGrammar}: a news outlet, not a platform or a
   * page ("، مسؤوليتها عن الهجوم في بيان على تلغرام، قال" is no description of a speaker).
   */
  static final String OUTLET_PARENTHETICAL = "claims/speaker-outlet-parenthetical";
  static final String OPENER_AFTER_CHANNEL = "claims/opener-after-channel";
  static final String CARRIER = "claims/according-to-carrier";
  static final String SPEAKER_UNKNOWN = "claims/speaker-unknown";
  static final String TRANSMITTED = "claims/transmitted-from";
  static final String TRANSMITTED_WORDS = "claims/transmitted-words";
  static final String CARRIED_OVER = "claims/carried-over";
  static final String PARTICIPLE_SUBJECT = "claims/participle-subject";
  static final String RELATIVE_SPEAKER = "claims/relative-speaker";
  static final String CONTENT_COLON = "claims/content-colon";
  static final String CONTENT_COMPLEMENTIZER = "claims/content-complementizer";
  static final String CONTENT_QUOTE = "claims/content-quote";
  static final String CONTENT_PREPOSITION = "claims/content-preposition";
  static final String CONTENT_BARE = "claims/content-bare";
  static final String CONTENT_PARTIAL_QUOTE = PartialQuote.RULE;
  static final String NESTED = "claims/nested-in-outlet";
  static final String SPEECH_POSTPOSED = "claims/speech-postposed";
  static final String GLUED_LAM = "claims/according-to-glued-lam";
  static final String SPEAKER_TAIL = "claims/according-to-speaker-tail";

  /** A claim found in one article. */
  static final class Found {
    Claim.Kind kind;
    int cueFirst;
    int cueEnd;
    int speakerFirst = -1;
    int speakerEnd = -1;
    String speakerText;
    /** The speaker without the ل glued to its first word ("لمصدر" is "مصدر"); null when none. */
    io.github.rasd.model.Span speakerStem;
    Claim.Speaker.Kind speakerKind = Claim.Speaker.Kind.UNKNOWN;
    PersonExtractor.Found person;
    Doc.Mention speakerEntity;
    String role;
    Doc.Mention channel;
    int contentFirst;
    int contentEnd;
    Found parent;
    /** Every rule that made or changed this claim, the creating rule first. */
    final List<String> rules = new ArrayList<>();
    int sentence;

    /** A claim of the same statement: every field copied, the rules in a list of its own. */
    Found copy() {
      Found f = new Found();
      f.kind = kind;
      f.cueFirst = cueFirst;
      f.cueEnd = cueEnd;
      f.speakerFirst = speakerFirst;
      f.speakerEnd = speakerEnd;
      f.speakerText = speakerText;
      f.speakerStem = speakerStem;
      f.speakerKind = speakerKind;
      f.person = person;
      f.speakerEntity = speakerEntity;
      f.role = role;
      f.channel = channel;
      f.contentFirst = contentFirst;
      f.contentEnd = contentEnd;
      f.parent = parent;
      f.rules.addAll(rules);
      f.sentence = sentence;
      return f;
    }
  }

  private final PhraseTable<ClaimCue> cues;
  private final PhraseTable<String> channelCues;
  private final PhraseTable<String> collectives;
  private final PhraseTable<TitleEntry> titles;
  private final Words words;
  private final ClaimWords claimWords;
  private final SpeakerGrammar grammar;
  private final ChannelGrammar channels;
  private final ClauseRules clauses;
  private final EstimateObject estimates;
  private final SameSource sameSource;
  private final ContrastClause contrast;
  private final QuotedSubject quotedSubject;
  private final SpeakerBoundary boundary;
  private final FrontedOutlet frontedOutlet;
  private final CarryAgreement agreement;
  private final DescriptiveClause descriptive;
  private final AppositionName apposition;
  private final DescribedName describedName;
  private final ResponsibilityStatement responsibility;
  private final CueChannelTail cueTail;
  private final QuotedSpeaker quotedSpeaker;
  private final AccusedObject accused;
  private final FrontedTail frontedTail;
  private final TimeAdjunct time;
  private final ContentParts parts;

  ClaimExtractor(PhraseTable<ClaimCue> cues, PhraseTable<String> channelCues,
      PhraseTable<String> collectives, PhraseTable<TitleEntry> titles, Words words) {
    this.cues = cues;
    this.channelCues = channelCues;
    this.collectives = collectives;
    this.titles = titles;
    this.words = words;
    this.claimWords = ClaimWords.bundled();
    this.grammar = new SpeakerGrammar(titles, collectives, channelCues, cues, claimWords, words);
    this.channels = new ChannelGrammar(claimWords, words, cues);
    this.clauses = new ClauseRules(claimWords, words, cues);
    this.estimates = new EstimateObject(claimWords, words);
    this.sameSource = new SameSource(claimWords);
    this.contrast = new ContrastClause(claimWords);
    this.quotedSubject = new QuotedSubject(cues);
    this.boundary = new SpeakerBoundary(claimWords, words);
    this.frontedOutlet = new FrontedOutlet(claimWords, words);
    this.agreement = new CarryAgreement(titles, CARRY_OVER_SENTENCES);
    this.descriptive = new DescriptiveClause(words);
    this.apposition = new AppositionName(titles, words);
    this.describedName = new DescribedName(claimWords, words, cues, channelCues, apposition);
    this.responsibility = new ResponsibilityStatement(claimWords, words);
    this.cueTail = new CueChannelTail(channelCues, claimWords);
    this.quotedSpeaker = new QuotedSpeaker(grammar);
    this.accused = new AccusedObject(claimWords, words);
    this.frontedTail = new FrontedTail(words, cues, channelCues);
    this.time = new TimeAdjunct(claimWords, words);
    this.parts = new ContentParts(words);
  }

  /** Where the persons of an article are named: token to person and to the mention's end. */
  record People(List<PersonExtractor.Found> all, PersonExtractor.Found[] at, int[] endAt) {
    static People of(Doc doc, List<PersonExtractor.Found> persons) {
      PersonExtractor.Found[] at = new PersonExtractor.Found[doc.tokens.size()];
      int[] endAt = new int[doc.tokens.size()];
      for (PersonExtractor.Found p : persons) {
        for (int[] m : p.mentions) {
          at[m[0]] = p;
          endAt[m[0]] = m[1];
        }
      }
      return new People(persons, at, endAt);
    }
  }

  List<Found> extract(Doc doc, List<PersonExtractor.Found> found) {
    People persons = People.of(doc, found);
    List<Found> claims = new ArrayList<>();
    int quotedUntil = -1;
    for (Sentence s : doc.sentences) {
      List<PhraseTable.Hit<ClaimCue>> hits = cues.findAll(doc, s.firstToken(), s.endToken());
      for (PhraseTable.Hit<ClaimCue> h : hits) {
        if (h.first() < quotedUntil) {
          continue; // a cue inside a quotation belongs to the quoted words
        }
        if (negated(doc, h.first())) {
          continue; // "ولم تعلن أي جهة مسؤوليتها" (no one has claimed it) attributes nothing
        }
        if (clauses.anonymityEnd(doc, h.first(), s.endToken()) > h.first()) {
          continue; // "تحدث شريطة عدم الكشف عن اسمه": the source's condition, no claim of its own
        }
        if (clauses.impersonal(doc, h)) {
          continue; // "يذكر أن ..." (it is worth recalling that): the reporter's own words
        }
        Optional<PhraseTable.Hit<ClaimCue>> tail = h.value().kind() == ClaimCue.Kind.ACCORDING_TO
            ? Optional.empty() : cueTail.extended(doc, h); // {@value CueChannelTail#RULE}
        Found c = h.value().kind() == ClaimCue.Kind.ACCORDING_TO
            ? accordingTo(doc, s, h, persons, claims)
            : speech(doc, s, tail.orElse(h), persons, claims);
        if (c != null && tail.isPresent()) {
          c.rules.add(CueChannelTail.RULE);
        }
        if (c != null && c.contentEnd > c.contentFirst) {
          c.sentence = s.index();
          int end = c.contentEnd;
          boolean quote = c.kind == Claim.Kind.DIRECT_QUOTE;
          claims.addAll(parts.parts(doc, c)); // {@link ContentParts}: "أن ...، وأن ..." is two claims
          if (quote) {
            quotedUntil = end;
          }
        }
      }
    }
    nest(doc, claims);
    return claims;
  }

  // ---------------------------------------------------------------- reported speech and quotes

  /**
   * A speech verb and its speaker, content and channel. The steps, each a named rule written
   * into the claim's provenance: the speaker after the verb ({@value #VERB_SPEAKER}) or before it
   * ({@value #SPEAKER_VERB}), an outlet carrying another source ({@value #TRANSMITTED}), the
   * previous speaker going on ({@value #CARRIED_OVER}); then the content (see {@link #content}).
   */
  private Found speech(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h,
      People persons, List<Found> previous) {
    List<Token> tokens = doc.tokens;
    int limit = s.endToken();
    if (grammar.isNaming(doc, h.first()) || claimWords.end(ClaimWords.WordList.VERBAL_NOUN, doc,
        h.first() - 1) == h.first()) {
      return null; // "قروي يدعى سالم" (a villager called Salem), "عدم ذكر" (not mentioning)
    }
    if (h.value().kind() == ClaimCue.Kind.REPORTED_SPEECH && descriptive.describes(doc, h.first(), s.firstToken())
        && !frontedKnown(doc, s, h, persons)) {
      return null; // {@value DescriptiveClause#RULE}: "منشورات تطالب السكان بـ": the leaflets' words
    }
    Found c = new Found();
    c.cueFirst = h.first();
    c.cueEnd = h.end();
    c.rules.add(cueRule(h.value().kind()));
    if (estimates.passive(doc, h.first(), h.end(), limit)) {
      return null; // {@value EstimateObject#PASSIVE}: "يقدر عدد مقاتليها بـ": no speaker
    }
    int quantity = estimates.quantityAt(doc, h.first(), h.end(), limit);
    if (quantity > h.end()) {
      return estimate(doc, s, c, quantity, persons);
    }
    int speakerEnd = h.end();
    boolean known = false;
    // {@value SpeakerBoundary#PARTICIPLE_OBJECT}: "...، داعيا السكان إلى الحذر": the residents are addressed
    boolean objectAfterVerb = SpeakerBoundary.participle(doc, h); // no speaker after the verb
    int dated = -1; // the end of a time phrase after the verb ({@value TimeAdjunct#RULE})
    Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, h.end(), limit, persons);
    if (objectAfterVerb && np.isPresent()) {
      np = Optional.empty();
      c.rules.add(SpeakerBoundary.PARTICIPLE_OBJECT);
    }
    if (!objectAfterVerb && accused.objectFirst(doc, h.first(), h.end(), np, limit)) {
      // {@value AccusedObject#RULE}: "التي اتهمت قوات الدعم بالوقوف وراء الهجوم": the accused, no speaker
      np = Optional.empty();
      objectAfterVerb = true;
      c.rules.add(AccusedObject.RULE);
    }
    int accusedAt = np.isPresent() ? accused.accusedInside(doc, h.first(), h.end(), np.get(), limit) : -1;
    if (accusedAt > 0) {
      // {@value AccusedObject#RULE}: "اتهم مسؤولون محليون الجيش بـ": the army is accused, not a speaker
      SpeakerGrammar.Phrase p = np.get();
      np = Optional.of(new SpeakerGrammar.Phrase(p.first(), accusedAt, p.speakerFirst(),
          Math.min(p.speakerEnd(), accusedAt), p.rule(), null));
      c.rules.add(AccusedObject.RULE);
    }
    Optional<QuotedSpeaker.Quoted> quotedName = np.isPresent() || objectAfterVerb ? Optional.empty()
        : quotedSpeaker.at(doc, h.end(), limit, persons);
    if (np.isPresent()) {
      setSpeaker(doc, c, np.get().speakerFirst(), np.get().speakerEnd(), persons);
      organisationHead(c, np.get());
      c.rules.add(VERB_SPEAKER);
      addSpeakerRules(c, np.get());
      speakerEnd = np.get().end();
      known = true;
    } else if (quotedName.isPresent()) {
      // {@value QuotedSpeaker#RULE}: "ذكر "المرصد السوري لحقوق الإنسان" أن ...": the quoted body speaks
      SpeakerGrammar.Phrase p = quotedName.get().phrase();
      setSpeaker(doc, c, p.speakerFirst(), p.speakerEnd(), persons);
      organisationHead(c, p);
      c.rules.add(VERB_SPEAKER);
      addSpeakerRules(c, p);
      c.rules.add(QuotedSpeaker.RULE);
      speakerEnd = quotedName.get().end();
      known = true;
    } else {
      int u = objectAfterVerb ? h.end() : unknownSpeakerEnd(doc, h.end(), limit);
      if (u > h.end() && time.wholly(doc, h.end(), u)) {
        dated = u;
        u = h.end(); // {@value TimeAdjunct#RULE}: "حذرت الأسبوع الماضي من": a date, no speaker
        c.rules.add(TimeAdjunct.RULE);
      }
      // "قروي يدعى سالم"، "أحد شيوخ القبيلة، ويدعى سالم،" (one of the tribe's elders, called Salem)
      int naming = u < limit && grammar.isNaming(doc, u) ? u
          : u + 1 < limit && doc.isPunct(u, "،", ",") && grammar.isNaming(doc, u + 1) ? u + 1 : -1;
      Optional<int[]> name = naming >= 0 ? grammar.nameAt(doc, naming + 1, limit, persons) : Optional.empty();
      Optional<Found> antecedent = objectAfterVerb ? Optional.empty() : boundary.speakerByHead(doc, h.end(), previous);
      if (antecedent.isPresent()) {
        copySpeaker(antecedent.get(), c); // "وأشارت الغرفة ..." after "غرفة الطوارئ المركزية"
        c.speakerFirst = h.end();
        c.speakerEnd = h.end() + 1;
        c.speakerText = doc.span(h.end(), h.end() + 1).text();
        c.rules.add(VERB_SPEAKER);
        c.rules.add(SpeakerGrammar.HEAD_ANAPHOR);
        speakerEnd = h.end() + 1;
        known = true;
      } else if (frontedKnown(doc, s, h, persons)) {
        c.rules.add(FRONTED_FIRST); // "الجيش يعلن مقتل تسعة": the speaker stands before the verb
      } else if (name.isPresent()) {
        setSpeaker(doc, c, name.get()[0], name.get()[1], persons); // "قروي آخر يدعى "فلان""
        c.rules.add(VERB_SPEAKER);
        c.rules.add(SpeakerGrammar.NAMED);
        speakerEnd = name.get()[2];
        known = true;
      } else if (u > h.end() && trimSpeaker(doc, h.end(), u) > h.end() // nothing left once trimmed
          && !boundary.adverb(doc, h.end(), u) && !boundary.quotedName(doc, h.end(), u, limit)
          && !boundary.prepositionWithPronoun(doc.tokens.get(h.end())) // "قال فيه إن" (it said in it that)
          && (opensAfter(doc, afterAdjuncts(doc, u, limit))
          || reporting(doc, h) && claimWords.end(ClaimWords.WordList.SOURCE_PREPOSITION, doc, u) == u + 1
          || u == h.end() + 1 && isPrepositionOpener(doc, u) && boundary.definiteNoun(doc, h.end()))) {
        // "وحذرت الوزارة من ..." : one definite noun and the verb's preposition
        // "نقلت الصحيفة عن ...": an unknown carrier, its source follows
        setSpeaker(doc, c, h.end(), trimSpeaker(doc, h.end(), u), persons);
        c.rules.add(VERB_SPEAKER);
        c.rules.add(SPEAKER_UNKNOWN);
        speakerEnd = u;
      } else if (boundary.quotedSpeakerEnd(doc, h.end(), limit) > h.end()) {
        speakerEnd = boundary.quotedSpeakerEnd(doc, h.end(), limit); // "وقال “الأسد” إن ..."
        setSpeaker(doc, c, h.end(), speakerEnd, persons);
        c.rules.add(VERB_SPEAKER);
        c.rules.add(SpeakerBoundary.SPEAKER_QUOTED);
        known = true;
      } else if (u > h.end() + 1 && boundary.definiteBeObject(doc, h.end(), u)) {
        setSpeaker(doc, c, h.end(), u, persons); // "وطالبت السلطة المحلية بالتدخل العاجل"
        c.rules.add(VERB_SPEAKER);
        c.rules.add(SPEAKER_UNKNOWN);
        c.rules.add(SpeakerBoundary.DEFINITE_BE_OBJECT);
        speakerEnd = u;
        known = true;
      } else if (u > h.end() && plausibleUnknown(doc, h.end(), u, limit)) {
        // "وقال موسى كوليبالي (45 عاما) لفرانس برس: ..." : an opener further on, no cue between
        setSpeaker(doc, c, h.end(), trimSpeaker(doc, h.end(), u), persons);
        c.rules.add(VERB_SPEAKER);
        c.rules.add(SPEAKER_UNKNOWN);
        speakerEnd = u;
      }
    }
    if (dated > speakerEnd && c.speakerFirst < h.end()) {
      speakerEnd = dated; // the content opens after the date: "حذرت الأسبوع الماضي | من ..."
    }
    int[] named = c.speakerFirst >= h.end() && c.person == null && !c.rules.contains(SpeakerGrammar.DOCUMENT)
        && !c.rules.contains(SpeakerGrammar.ORGANISATION) && !c.rules.contains(SpeakerGrammar.ORGANISATION_HEAD)
        ? apposition.after(doc, c.speakerEnd, limit, persons) : null; // a statement or a body is named by no person
    if (named != null) {
      // {@value AppositionName#RULE}: "المدير التنفيذي للشركة، سامر الحديدي،": the speaker is the name
      setSpeaker(doc, c, named[0], named[1], persons);
      c.rules.add(AppositionName.RULE);
      speakerEnd = named[2];
      known = true;
    }
    int[] described = named == null && c.speakerFirst >= h.end() && c.person == null && !c.rules.contains(SpeakerGrammar.DOCUMENT)
        && !c.rules.contains(SpeakerGrammar.ORGANISATION) && !c.rules.contains(SpeakerGrammar.ORGANISATION_HEAD)
        && !c.rules.contains(SpeakerGrammar.COLLECTIVE) && c.speakerEnd >= 0
        ? describedName.after(doc, c.speakerFirst, c.speakerEnd, limit, persons) : null;
    if (described != null && (described[0] != c.speakerFirst || described[1] != c.speakerEnd)) {
      // {@value DescribedName#RULE}: "الباحث في معهد الدراسات فلان الفلاني إن": the speaker is the named one
      setSpeaker(doc, c, described[0], described[1], persons);
      c.rules.add(DescribedName.RULE);
      speakerEnd = described[2];
      known = true;
    }
    int opener = -1;
    if (speakerEnd < limit && claimWords.end(ClaimWords.WordList.SOURCE_PREPOSITION, doc, speakerEnd)
        == speakerEnd + 1 && c.speakerFirst >= 0 && reporting(doc, h)) {
      opener = transmitted(doc, c, speakerEnd, limit, persons);
      if (opener >= 0) {
        speakerEnd = opener;
        known = true;
      }
    }
    if (opener < 0 && c.speakerFirst >= 0 && speakerEnd + 1 < limit && reporting(doc, h)
        && claimWords.end(ClaimWords.WordList.SPEECH_NOUN, doc, speakerEnd) == speakerEnd + 1) {
      speakerEnd = transmittedWords(doc, c, speakerEnd + 1, persons, speakerEnd);
    }
    if (c.speakerFirst < 0 && c.speakerText == null) {
      known = fronted(doc, s, h, c, persons);
    }
    boolean sameSentence = !previous.isEmpty() && previous.get(previous.size() - 1).sentence == s.index();
    if (c.speakerFirst < 0 && h.first() > s.firstToken() + 1 && !sameSentence
        && (h.value().kind() != ClaimCue.Kind.REPORTED_SPEECH
            || coordinated(doc, h) && opensContent(doc, afterAdjuncts(doc, h.end(), limit))
            || h.end() < limit && boundary.prepositionWithPronoun(doc.tokens.get(h.end()))
            || h.end() < limit && opensContent(doc, h.end()) && !SpeakerBoundary.joined(doc.tokens.get(h.first())))
        && (doc.isPunct(h.first() - 1, "،", ",") || h.value().kind() == ClaimCue.Kind.DIRECT_QUOTE_CUE
            || claimWords.end(ClaimWords.WordList.CLAUSE_LINK, doc, h.first() - 1) == h.first())) {
      // "ودان الممثل الخاص الهجوم، وقال في بيان إن ...": the verb joined to the main clause
      known = participleSubject(doc, s, h, c, persons); // "...، زاعمة أن ..."، "...، قائلا إن ..."
    }
    if (c.speakerFirst < 0 && sameSentence && coordinated(doc, h)) {
      // "قال الجيش إن ...، وأعلن مقتل ...": a second verb of the same speaker, its object next
      copySpeaker(previous.get(previous.size() - 1), c);
      c.speakerFirst = -1;
      c.speakerEnd = -1;
      c.rules.add(CARRIED_OVER);
      known = true;
    }
    if (c.speakerFirst < 0 && c.speakerText == null) {
      // "وأضاف أن ..." — the speaker of the previous claim carries on
      Optional<Found> last = previous.isEmpty() ? Optional.empty() : Optional.of(previous.get(previous.size() - 1));
      Optional<Found> agreeing = agreement.speaker(doc, h, previous);
      if (agreeing.isPresent() && agreeing != last && last.isPresent() && agreeing.get() != last.get()) {
        last = agreeing;
      }
      boolean agreed = last != null && last.isPresent() && !previous.isEmpty()
          && last.get() != previous.get(previous.size() - 1);
      if (last.isEmpty() || doc.sentenceOf(h.first()) - last.get().sentence > CARRY_OVER_SENTENCES
          || last.get().speakerText == null || !carriable(doc, s, h)) {
        return null;
      }
      copySpeaker(last.get(), c);
      c.speakerFirst = -1;
      c.speakerEnd = -1;
      c.rules.add(CARRIED_OVER);
      if (contrast.opens(doc, h.first())) {
        c.rules.add(ContrastClause.RULE);
      }
      if (agreed) {
        c.rules.add(CarryAgreement.RULE);
      }
    }
    // "داعيا السكان إلى الحذر"، "اتهمت الميليشيات بمهاجمة ...": the object is content
    known |= c.rules.contains(SpeakerBoundary.PARTICIPLE_OBJECT) || c.rules.contains(AccusedObject.RULE);
    if (!content(doc, s, c, opener >= 0 ? opener : speakerEnd, opener >= 0, known, h)
        && !(c.speakerFirst >= h.end() && postposedQuote(doc, c, h))) {
      return null;
    }
    trimContent(doc, c);
    if (clauses.wordsMissing(doc, h, c.rules)) {
      return null; // "وتابع الوزير جولته": going on with a deed, no words
    }
    if (clauses.feeling(doc, h, c.contentFirst, c.contentEnd)) {
      return null; // "أعرب الوزير عن قلقه": a feeling, no claim
    }
    if (responsibility.states(doc, c.contentFirst, c.contentEnd)) {
      return null; // {@value ResponsibilityStatement#RULE}: "أعلنت الحركة مسؤوليتها عن التفجير": no words
    }
    if (c.channel == null) {
      c.channel = c.rules.contains(SPEECH_POSTPOSED) ? channel(doc, h.end(), s.endToken(), c)
          : channel(doc, s.firstToken(), c.contentFirst, c);
    }
    return c;
  }

  /**
   * {@value EstimateObject#RULE}: the estimator between an estimating verb and the quantity at
   * {@code quantity} is the speaker, read by the grammar when it knows the whole phrase and as an
   * unknown phrase otherwise; the content is the quantity and its figure: "ويقدر خبراء عدد
   * مقاتلي الحركة بنحو ألف" (experts put the movement's fighters at about a thousand). Null when
   * nothing is left of the estimator once trimmed.
   */
  private Found estimate(Doc doc, Sentence s, Found c, int quantity, People persons) {
    Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, c.cueEnd, quantity, persons);
    c.rules.add(VERB_SPEAKER);
    if (np.isPresent() && np.get().end() == quantity) {
      setSpeaker(doc, c, np.get().speakerFirst(), np.get().speakerEnd(), persons);
      organisationHead(c, np.get());
      addSpeakerRules(c, np.get());
    } else {
      int end = trimSpeaker(doc, c.cueEnd, quantity);
      if (end <= c.cueEnd) {
        return null;
      }
      setSpeaker(doc, c, c.cueEnd, end, persons);
      c.rules.add(SPEAKER_UNKNOWN);
    }
    c.rules.add(EstimateObject.RULE);
    c.kind = Claim.Kind.REPORTED_SPEECH;
    c.contentFirst = quantity;
    c.contentEnd = contentEnd(doc, s, quantity);
    trimContent(doc, c);
    c.channel = channel(doc, s.firstToken(), c.contentFirst, c);
    return c;
  }

  /** A verb by which an outlet carries another source's words: نقل، نقلت (REPORTING_VERB). */
  private boolean reporting(Doc doc, PhraseTable.Hit<ClaimCue> h) {
    return words.in(Words.WordList.REPORTING_VERB, doc.tokens.get(h.first()).segmentations().get(0).stem());
  }

  /** The provenance name of a cue's kind: the rule that creates the claim. */
  private static String cueRule(ClaimCue.Kind kind) {
    return switch (kind) {
      case REPORTED_SPEECH -> SPEECH_VERB;
      case DIRECT_QUOTE_CUE -> QUOTE_CUE;
      case CONTINUATION -> CONTINUATION;
      case ACCORDING_TO -> ACCORDING_TO_FRONTED;
    };
  }

  /** An organisation read from its head noun is an organisation, known to the base or not. */
  private static void organisationHead(Found c, SpeakerGrammar.Phrase p) {
    if (p.rule().equals(SpeakerGrammar.ORGANISATION_HEAD) && c.speakerKind == Claim.Speaker.Kind.UNKNOWN) {
      c.speakerKind = Claim.Speaker.Kind.ORGANIZATION;
    }
  }

  private static void addSpeakerRules(Found c, SpeakerGrammar.Phrase p) {
    c.rules.add(p.rule());
    if (p.modifier() != null) {
      c.rules.add(p.modifier());
    }
  }

  /**
   * The end of a speaker phrase the grammar does not know, read after the verb up to a comma, an
   * opener, a channel, a preposition, a cue, or a word glued to ب after a one-word speaker
   * ("وأفاد المرصد بوقوع ...": the speaker ends before بوقوع; "غرفة الطوارئ بمحلية ..." goes on).
   */
  private int unknownSpeakerEnd(Doc doc, int from, int limit) {
    if (claimWords.end(ClaimWords.WordList.IDIOM_OBJECT, doc, from) == from + 1) {
      return from; // "كشف النقاب عن" (unveiled): the veil is no speaker
    }
    int j = from;
    while (j < limit && j - from < MAX_SPEAKER_TOKENS && !speakerStop(doc, j)
        && !grammar.isNaming(doc, j) && cues.at(doc, j).isEmpty() && !(j == from + 1 && boundary.gluedBe(doc, j))
        && !(j > from + 1 && boundary.definiteBeObject(doc, from, j))) {
      j++;
    }
    return j;
  }

  /**
   * An unknown speaker whose content opens further on: an opener within {@value
   * #MAX_OPENER_DISTANCE} tokens with no other cue before it, the phrase starting with a
   * content word and holding no number ("مقتل 23" is content, not a speaker).
   */
  private boolean plausibleUnknown(Doc doc, int first, int end, int limit) {
    Token t = doc.tokens.get(first);
    if (!t.is(Token.Type.ARABIC) || words.category(t) != null || boundary.adverb(doc, first, end)
        || boundary.quotedName(doc, first, end, limit) || boundary.prepositionWithPronoun(t)) {
      return false;
    }
    for (int i = first; i < end; i++) {
      if (doc.tokens.get(i).is(Token.Type.NUMBER) || doc.tokens.get(i).text().chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    for (int k = end; k < Math.min(limit, end + MAX_OPENER_DISTANCE); k++) {
      if (cues.at(doc, k).isPresent() || doc.isPunct(k, ".", "؛", ";")) {
        return false;
      }
      if (opensContent(doc, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the content opens at {@code a}, after an unknown speaker: an opener, or the
   * preposition of the verb after a comma ("كشفت غرفة الطوارئ بالمدينة، عن أضرار ...").
   */
  private boolean opensAfter(Doc doc, int a) {
    return opensContent(doc, a) || doc.isPunct(a - 1, "،", ",") && isPrepositionOpener(doc, a);
  }

  /**
   * The comma closing a phrase set off by commas from {@code k}, with no opener or cue inside it
   * and at most {@value #MAX_PARENTHETICAL} tokens long: "زعمت الحركة، في بيان بثته إذاعتها، أن
   * ..." (the movement claimed, in a statement its radio broadcast, that ...); -1 when none.
   */
  private int parentheticalEnd(Doc doc, int k, int guard) {
    // "كشفت الغرفة، عن أضرار ...،": the verb's preposition opens the content itself, unless a
    // colon closes the phrase ("ويدعى سعيد، من قرية الحمراء: «...»")
    boolean verbPreposition = isPrepositionOpener(doc, k);
    for (int e = k; e < Math.min(guard, k + MAX_PARENTHETICAL); e++) {
      if (doc.isPunct(e, ":") && e > k) {
        return e; // "وقالت أم سالم، وهي أرملة في الخمسين: «...»"
      }
      if (doc.isPunct(e, "،", ",", "-", "–")) {
        return e > k && !verbPreposition ? e : -1;
      }
      if (opensContent(doc, e) || doc.isPunct(e, ".", "؛", ";") || cues.at(doc, e)
          .filter(c -> c.value().kind() != ClaimCue.Kind.ACCORDING_TO).isPresent()) {
        return -1; // "، بحسب المصدر،" may stand inside
      }
    }
    return -1;
  }

  /** True when an opener stands at {@code k}: أن / إن, a colon, a quotation. */
  private boolean opensContent(Doc doc, int k) {
    return k < doc.tokens.size() && (doc.isPunct(k, ":") || words.is(doc.tokens.get(k),
        Words.Category.COMPLEMENTIZER) || opensQuote(doc, k) && quoteLength(doc, k) >= MIN_QUOTE_WORDS);
  }

  /**
   * True when the quotation mark at {@code k} opens words: a mark glued to the word before it
   * closes a name ("الرئيس “فلان” (الثلاثاء)"), whatever the pairing of the marks says.
   */
  private static boolean opensQuote(Doc doc, int k) {
    if (!doc.isQuote(k) || doc.quoteCloseOf(k) <= k) {
      return false;
    }
    boolean glued = k + 1 < doc.tokens.size() && !doc.tokens.get(k + 1).spaceBefore();
    if (!glued && doc.isPunct(k, "”", "»", "’")) {
      return false; // a closing mark standing alone: "اليوم ” (الأربعاء)"
    }
    return k == 0 || doc.tokens.get(k).spaceBefore() || doc.isPunct(k - 1);
  }

  /**
   * {@value #TRANSMITTED}: "ونقلت وكالة رويترز عن مصدر أمني قوله إن ..." (Reuters quoted a
   * security source as saying that ...): the source speaks, the agency carries it. Returns the
   * opener, or -1.
   */
  private int transmitted(Doc doc, Found c, int at, int limit, People persons) {
    List<Token> tokens = doc.tokens;
    int from = at + 1;
    Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, from, limit, persons);
    int to = np.map(SpeakerGrammar.Phrase::end).orElse(from);
    while (to < limit && to - from < MAX_SPEAKER_TOKENS && claimWords.end(ClaimWords.WordList.QUOTING_NOUN, doc, to) != to + 1
        && !words.is(tokens.get(to), Words.Category.COMPLEMENTIZER) && !doc.isPunct(to)) {
      to++;
    }
    if (to <= from || to >= limit) {
      return -1;
    }
    Doc.Mention outlet = c.speakerEntity;
    Found source = new Found();
    setSpeaker(doc, source, from, np.map(SpeakerGrammar.Phrase::end).filter(e -> e > from).orElse(trimSpeaker(doc, from, to)), persons);
    copySpeaker(source, c);
    if (outlet != null && outlet.kind() == EntryKind.OUTLET) {
      c.channel = outlet;
    }
    c.rules.add(TRANSMITTED);
    np.ifPresent(p -> addSpeakerRules(c, p));
    return claimWords.end(ClaimWords.WordList.QUOTING_NOUN, doc, to) == to + 1 && to + 1 < limit
        && words.is(tokens.get(to + 1), Words.Category.COMPLEMENTIZER) ? to + 1 : to;
  }

  /**
   * {@value #TRANSMITTED_WORDS}: "ونقلت مواقع إخبارية كلاما لفلان ..." (news sites carried
   * words of X): the words are X's, the carrier is no speaker. Returns where the content search
   * goes on; {@code at} is the token after the speech noun.
   */
  private int transmittedWords(Doc doc, Found c, int at, People persons, int noun) {
    Token t = doc.tokens.get(at);
    if (!t.is(Token.Type.ARABIC) || !t.segmentations().get(0).preposition().equals("ل")) {
      return noun;
    }
    Doc.Mention carrier = c.speakerEntity;
    if (persons.at()[at] != null) {
      setSpeaker(doc, c, at, persons.endAt()[at], persons);
    } else if (doc.mentionAt(at).isPresent() && doc.mentionAt(at).get().first() == at) {
      setSpeaker(doc, c, at, doc.mentionAt(at).get().end(), persons);
    } else {
      Found source = new Found();
      setSpeaker(doc, source, at, at + 1, persons);
      copySpeaker(source, c);
      c.speakerFirst = -1; // the name without its ل: "لفلان" is "فلان"
      c.speakerEnd = -1;
      int end = at + 1;
      while (end < doc.tokens.size() && end - at < MAX_QUOTED_CHANNEL && doc.tokens.get(end).is(Token.Type.ARABIC)
          && doc.tokens.get(end).segmentations().get(0).prefixes().isEmpty()
          && words.category(doc.tokens.get(end)) == null && cues.at(doc, end).isEmpty()) {
        end++; // the rest of the name: "لفلان الفلاني"
      }
      io.github.rasd.model.Span stem = doc.stemSpan(at, t.segmentations().get(0));
      c.speakerText = doc.article.text().substring(stem.start(), doc.span(at, end).end());
    }
    if (carrier != null && carrier.kind() == EntryKind.OUTLET) {
      c.channel = carrier;
    }
    c.rules.add(TRANSMITTED_WORDS);
    return c.speakerEnd > 0 ? c.speakerEnd : at + 1;
  }

  /**
   * {@value #SPEAKER_VERB}: the speaker stands before the verb, "الخبير التونسي أوضح أن ..."
   * (the Tunisian expert explained that ...), also after an auxiliary: "وكانت الوزارة قد أعلنت
   * ..." (the ministry had announced ...). True when the speaker is known.
   */
  private boolean fronted(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h, Found c, People persons) {
    List<Token> tokens = doc.tokens;
    int verb = h.first();
    for (int k = Math.max(s.firstToken(), verb - 2); k < verb; k++) {
      if (claimWords.end(ClaimWords.WordList.PERFECT, doc, k) == verb) {
        verb = k; // "قد أعلنت"
        break;
      }
    }
    int b = verb;
    while (b > s.firstToken() && !(doc.isPunct(b - 1) && !doc.isPunct(b - 1, "(", ")")
        && !doc.isQuote(b - 1)) && verb - b < MAX_FRONTED_TOKENS) {
      b--;
    }
    int topic = TopicComma.speakerEnd(doc, claimWords, s.firstToken(), b);
    if (topic > 0 && claimWords.end(ClaimWords.WordList.PASSIVE_READ, doc, verb) != verb + 1) {
      Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, s.firstToken() + 1, topic, persons);
      if (np.isPresent() && np.get().end() == topic) {
        // {@value TopicComma#RULE}: "أما خلية الإعلام، فقد أعلنت أن": the topic speaks
        frontedPhrase(doc, c, np.get(), persons, TopicComma.RULE);
        return true;
      }
    }
    while (b < verb && (words.isClosedClass(tokens.get(b))
        || claimWords.end(ClaimWords.WordList.COPULA, doc, b) == b + 1
        || claimWords.end(ClaimWords.WordList.TOPIC, doc, b) == b + 1)) {
      if (claimWords.end(ClaimWords.WordList.TOPIC, doc, b) == b + 1
          && claimWords.end(ClaimWords.WordList.PASSIVE_READ, doc, verb) == verb + 1) {
        c.rules.add(TOPIC_PASSIVE);
        return false;
      }
      b++; // "أما مدرب الفريق فأكد أن ..." (as for the team's coach, he stressed that ...)
    }
    if (verb > s.firstToken() && words.is(tokens.get(verb - 1), Words.Category.RELATIVE)) {
      // "بحسب الخبير، الذي يؤكد أن ...": the relative's antecedent speaks
      int r = verb - 1;
      int a = doc.isPunct(r - 1, "،", ",") ? r - 1 : r;
      for (int i = Math.max(s.firstToken(), a - MAX_FRONTED_TOKENS); i < a; i++) {
        Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, i, a, persons);
        if (np.isPresent() && np.get().end() == a) {
          setSpeaker(doc, c, np.get().speakerFirst(), np.get().speakerEnd(), persons);
          organisationHead(c, np.get());
          c.rules.add(RELATIVE_SPEAKER);
          addSpeakerRules(c, np.get());
          return true;
        }
      }
    }
    int[] quoted = FrontedQuotedName.inside(doc, b, verb);
    if (quoted != null) {
      Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, quoted[0], quoted[1], persons);
      if (np.isPresent() && np.get().end() == quoted[1]) {
        // {@value FrontedQuotedName#RULE}: "غير أن «المرصد السوري» أفاد بأن": the name inside the marks
        frontedPhrase(doc, c, np.get(), persons, FrontedQuotedName.RULE);
        return true;
      }
    }
    if (b < verb && clauses.accusativeSpeaker(doc, b, verb)) {
      setSpeaker(doc, c, b, verb, persons);
      c.rules.add(SPEAKER_VERB);
      c.rules.add(ClauseRules.SPEAKER_ACCUSATIVE);
      return true;
    }
    if (b < verb) {
      // the longest known phrase that ends at the verb: "رغم أن التقرير قال إن ..."
      for (int i = b; i < verb; i++) {
        if (i > b && !(words.isClosedClass(tokens.get(i - 1))
            || claimWords.end(ClaimWords.WordList.COPULA, doc, i - 1) == i)) {
          continue; // a phrase starts the clause or follows a particle, never mid-phrase
        }
        Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, i, verb, persons);
        if (np.isPresent() && np.get().end() < verb && i == b && outletBetween(doc, np.get().end(), verb)) {
          // "لكن مسؤولين تحدثا إلى وكالة أسوشيتد برس قالا إن ...": they spoke to the outlet
          setSpeaker(doc, c, np.get().speakerFirst(), np.get().speakerEnd(), persons);
          organisationHead(c, np.get());
          c.rules.add(SPEAKER_VERB);
          addSpeakerRules(c, np.get());
          return true;
        }
        if (np.isPresent() && np.get().end() == verb) {
          setSpeaker(doc, c, np.get().speakerFirst(), np.get().speakerEnd(), persons);
          organisationHead(c, np.get());
          c.rules.add(SPEAKER_VERB);
          addSpeakerRules(c, np.get());
          return true;
        }
        if (np.isPresent() && i == b && np.get().speakerEnd() == np.get().end()
            && frontedTail.reachesVerb(doc, np.get().end(), verb)) {
          // {@value FrontedTail#RULE}: "لكن مصادر طبية في مستشفى المدينة قالت إن": the place goes with it
          setSpeaker(doc, c, np.get().speakerFirst(), verb, persons);
          organisationHead(c, np.get());
          c.rules.add(SPEAKER_VERB);
          addSpeakerRules(c, np.get());
          c.rules.add(FrontedTail.RULE);
          return true;
        }
        if (np.isEmpty() && frontedOutlet.endAt(doc, i, verb) == verb) {
          setSpeaker(doc, c, i, verb, persons); // {@value FrontedOutlet#RULE}: "لكن قناة "العربية" ذكرت أن"
          c.rules.add(SPEAKER_VERB);
          c.rules.add(FrontedOutlet.RULE);
          return true;
        }
      }
    } else if (doc.isPunct(verb - 1, "،", ",") && verb >= 2
        && h.value().kind() != ClaimCue.Kind.CONTINUATION) {
      // "المتحدث باسم الجيش، العقيد عبد القادر حرسي، قال إن": the named person before the comma
      int p = verb - 2;
      for (int m = p; m >= Math.max(s.firstToken(), p - 5); m--) {
        if (persons.at()[m] != null && persons.endAt()[m] == p + 1) {
          setSpeaker(doc, c, m, p + 1, persons);
          c.rules.add(SPEAKER_VERB);
          c.rules.add(SpeakerGrammar.PERSON);
          return true;
        }
      }
      return beforeParenthetical(doc, s, verb - 1, c, persons, h.value().kind() == ClaimCue.Kind.REPORTED_SPEECH);
    }
    return false;
  }

  /** A fronted phrase of the grammar as the speaker of its verb, {@code rule} the one that read it. */
  private void frontedPhrase(Doc doc, Found c, SpeakerGrammar.Phrase p, People persons, String rule) {
    setSpeaker(doc, c, p.speakerFirst(), p.speakerEnd(), persons);
    organisationHead(c, p);
    c.rules.add(SPEAKER_VERB);
    addSpeakerRules(c, p);
    c.rules.add(rule);
  }

  /**
   * {@value #FRONTED_FIRST}: a known phrase right before the verb, with no mark between, is its
   * subject, so the words after the verb are no unknown speaker but its object: "الجيش البوركيني
   * يعلن مقتل تسعة من جنوده" (the Burkinabe army announces the killing of nine of its soldiers)
   * has the army as speaker, not "مقتل تسعة"; "والشرطة تؤكد أن ..." likewise.
   */
  private boolean frontedKnown(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h, People persons) {
    if (h.first() <= s.firstToken() || doc.isPunct(h.first() - 1)) {
      return false;
    }
    Found probe = new Found();
    return fronted(doc, s, h, probe, persons) && probe.speakerEnd == h.first();
  }

  /**
   * {@value #BEFORE_PARENTHETICAL}: a fronted speaker set off from its verb by a description
   * between commas that opens with a relative or a definite word: "غير أن الجماعة، المرتبطة
   * بتنظيم القاعدة، قالت في رسالة إن ..." (but the group, linked to al-Qaeda, said in a message
   * that ...), "والوزارة، التي تشرف على الملف، أكدت أن ...". The description is at most {@value
   * #MAX_PARENTHETICAL} tokens with no other mark; the speaker is a known phrase that ends at its
   * first comma and starts the clause or follows a particle (غير أن، لكن). Only before a speech
   * verb: a participle after the comma ("، قائلة إن") hangs on its sentence's main clause, so its
   * speaker is that clause's subject ({@value #PARTICIPLE_SUBJECT}), not a phrase set off before it.
   */
  private boolean beforeParenthetical(Doc doc, Sentence s, int comma, Found c, People persons,
      boolean speechVerb) {
    if (!speechVerb) {
      return false; // "...، الهجوم في بيان على تلغرام، قائلة إن": a participle hangs on its main clause
    }
    int open = comma - 1;
    while (open > s.firstToken() && comma - open <= MAX_PARENTHETICAL && (!doc.isPunct(open) || doc.isQuote(open))) {
      open--; // "، تحدث لموقع "الأخبار"،": the outlet's marks are inside the description
    }
    if (!doc.isPunct(open, "،", ",") || open + 1 >= comma) {
      return false;
    }
    Token first = doc.tokens.get(open + 1);
    boolean anonymous = clauses.anonymityEnd(doc, open + 1, comma + 1) >= comma;
    if (anonymous) {
      c.rules.add(ClauseRules.ANONYMITY); // "لكن مسؤولا في الشرطة، فضل عدم نشر اسمه، قال إن"
    }
    boolean outlet = !anonymous && channels.find(doc, open + 1, comma, comma + 1, i -> false)
        .filter(x -> !x.rule().equals(ChannelGrammar.PLATFORM) && !x.rule().equals(ChannelGrammar.PAGE)).isPresent();
    if (!(anonymous || outlet || words.is(first, Words.Category.RELATIVE) || first.is(Token.Type.ARABIC)
        && first.segmentations().get(0).definite() && first.segmentations().get(0).preposition().isEmpty()
        && first.segmentations().get(0).conjunction().isEmpty())) {
      return false;
    }
    int b = open;
    while (b > s.firstToken() && !doc.isPunct(b - 1) && open - b < MAX_FRONTED_TOKENS) {
      b--;
    }
    for (int i = b; i < open; i++) {
      if (i > b && !words.isClosedClass(doc.tokens.get(i - 1))) {
        continue;
      }
      Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, i, open, persons);
      if (np.isPresent() && np.get().end() == open) {
        setSpeaker(doc, c, np.get().speakerFirst(), np.get().speakerEnd(), persons);
        organisationHead(c, np.get());
        c.rules.add(SPEAKER_VERB);
        c.rules.add(BEFORE_PARENTHETICAL);
        if (outlet) {
          c.rules.add(OUTLET_PARENTHETICAL);
        }
        addSpeakerRules(c, np.get());
        return true;
      }
      if (i < open && clauses.accusativeSpeaker(doc, i, open)) {
        setSpeaker(doc, c, i, open, persons); // "لكن مسؤولا في الشرطة المحلية، فضل عدم نشر اسمه، قال"
        c.rules.add(SPEAKER_VERB);
        c.rules.add(BEFORE_PARENTHETICAL);
        c.rules.add(ClauseRules.SPEAKER_ACCUSATIVE);
        if (outlet) {
          c.rules.add(OUTLET_PARENTHETICAL);
        }
        return true;
      }
    }
    c.rules.remove(ClauseRules.ANONYMITY);
    return false;
  }

  /**
   * {@value #PARTICIPLE_SUBJECT}: a participle after a comma ("زاعمة أنها ..." (claiming that
   * it ...)) hangs on its own sentence's main clause, so its speaker is that clause's subject:
   * "وتبنت الجماعة الهجوم في بيان، زاعمة أنها ..." (the group claimed the attack in a statement,
   * claiming that it ...). The subject is a known phrase among the first words of the sentence.
   * So is a speech verb joined by و after a comma whose content opens (أن، إن، a colon) after its
   * adjuncts, when no claim of the sentence came before, and a verb whose next word is a preposition with a pronoun: "ودان الوزير الهجوم، وقال في بيان إن
   * ..." (the minister condemned the attack and said in a statement that ...), "في بيان نشرته
   * مؤسسة الملاحم، قال فيه إن ..." (in a statement ..., in which it said that ...). So is a speech
   * verb with no conjunction whose content opens right after it: "واعتقلت الشرطة أربعة متهمين،
   * قالت إنهم كانوا يخططون لهجوم" (the police arrested four suspects, who it said were planning
   * an attack): the police, not a speaker of the sentence before; so after a linking "إذ" or
   * "حيث" (as, since): "وحددت مصادر أمنية رقما أعلى إذ قالت إن ..." (security sources gave a
   * higher figure, as they said that ...); and a quotation cue, comma or
   * none: "وروى أحد المصلين لفرانس برس ما جرى قائلا: ..." (one of the worshippers told AFP what
   * happened, saying: ...) is the worshipper's.
   */
  private boolean participleSubject(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h, Found c,
      People persons) {
    int first = s.firstToken();
    int lead = clauses.frontedPhraseEnd(doc, first, h.first());
    if (lead > first) {
      first = lead; // "في المقابل، طالب ممثل النيابة ...، معتبرا أن": the clause after the phrase
      c.rules.add(ClauseRules.PARTICIPLE_FRONTED);
    }
    int reach = first + SUBJECT_REACH;
    for (int i = first; i < Math.min(h.first(), reach); i++) {
      if (doc.isQuote(i)) {
        reach++;
        continue; // "وتبنى تنظيم "داعش" الهجوم": the name inside the marks
      }
      if (doc.isPunct(i)) {
        c.rules.remove(ClauseRules.PARTICIPLE_FRONTED);
        return false; // "وفي سياق متصل، ...": a fronted phrase, no plain main clause
      }
      Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, i, h.first(), persons);
      if (np.isPresent()) {
        setSpeaker(doc, c, np.get().speakerFirst(), np.get().speakerEnd(), persons);
        c.rules.add(PARTICIPLE_SUBJECT);
        addSpeakerRules(c, np.get());
        return true;
      }
    }
    c.rules.remove(ClauseRules.PARTICIPLE_FRONTED);
    return false;
  }

  /** A verb joined to the clause before it: "، وأعلن"، "، كما أفاد" (and announced, as reported). */
  private boolean coordinated(Doc doc, PhraseTable.Hit<ClaimCue> h) {
    Token t = doc.tokens.get(h.first());
    boolean joined = !t.segmentations().get(0).conjunction().isEmpty() || t.isDetachedClitic();
    return doc.isPunct(h.first() - 1, "،", ",") && joined
        || h.first() >= 2 && claimWords.end(ClaimWords.WordList.AS, doc, h.first() - 1) == h.first() && doc.isPunct(h.first() - 2, "،", ",");
  }

  /** An outlet named in tokens {@code [from, to)}, with no punctuation: whom the speaker spoke to. */
  private boolean outletBetween(Doc doc, int from, int to) {
    boolean outlet = false;
    for (int i = from; i < to; i++) {
      if (doc.isPunct(i) && !doc.isQuote(i)) {
        return false;
      }
      outlet |= doc.mentionOfKind(i, EntryKind.OUTLET);
    }
    return outlet;
  }

  /**
   * Whether a verb with no speaker of its own carries the previous one on: a continuation verb
   * ("وأضاف"), a quotation cue ("قائلا"), or a speech verb that opens its clause ("وقال"، "...،
   * قال"، after a conjunction of contrast {@value ContrastClause#RULE}: "...، فيما اعتبر أن ..."
   * (while he considered that)); not a verb inside other words ("معلومات تفيد بوجود" (information
   * pointing to)).
   */
  private boolean carriable(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h) {
    ClaimCue.Kind k = h.value().kind();
    if (k == ClaimCue.Kind.CONTINUATION || k == ClaimCue.Kind.DIRECT_QUOTE_CUE) {
      return true;
    }
    if (unknownSpeakerEnd(doc, h.end(), s.endToken()) > h.end()) {
      return false; // "زعمت الحركة ..." has a subject of its own, however unknown
    }
    Token t = doc.tokens.get(h.first());
    return h.first() == s.firstToken() || doc.isPunct(h.first() - 1)
        || !t.segmentations().get(0).conjunction().isEmpty() || t.isDetachedClitic()
        || contrast.opens(doc, h.first());
  }

  /**
   * The content after the speaker, from {@code k}. In order: {@value #CONTENT_COLON} ("قال X:
   * «...»" or "قال X: ..."), {@value #CONTENT_COMPLEMENTIZER} ("قال X إن ..."), {@value
   * #CONTENT_QUOTE} (quoted words), {@value #CONTENT_PREPOSITION} ("حذر X من ..."), {@value
   * #CONTENT_BARE} ("أعلن الجيش مقتل ..." (the army announced the killing of ...): a known
   * speaker and no opener, the words after the speaker). A quotation runs to its closing mark,
   * across sentences. False when no content is found.
   */
  private boolean content(Doc doc, Sentence s, Found c, int k, boolean openerGiven, boolean known,
      PhraseTable.Hit<ClaimCue> h) {
    List<Token> tokens = doc.tokens;
    int limit = s.endToken();
    int opener = -1;
    boolean quote = false;
    String rule = null;
    int start0 = k;
    if (openerGiven) {
      opener = k;
      rule = CONTENT_COMPLEMENTIZER;
    } else {
      int start = k;
      start0 = k;
      int searchLimit = Math.min(tokens.size(), k + MAX_OPENER_DISTANCE);
      int a = afterAdjuncts(doc, k, limit);
      if (a < limit && opensContent(doc, a)) {
        k = a;
        start = a;
      } else if (a < limit && isPrepositionOpener(doc, a) && (known || doc.isPunct(a - 1, "،", ","))) {
        k = a;
        start = a; // "كشفت الوزارة، في موقعها، الجمعة، عن اعتقال ..."
      } else if (known && a < limit && bareStart(doc, a, h)) {
        int near = nearOpener(doc, a, limit);
        int afterChannel = near < 0 ? openerAfterChannel(doc, start0, limit) : -1;
        if (afterChannel >= 0) {
          opener = afterChannel;
          rule = CONTENT_COMPLEMENTIZER;
          c.rules.add(OPENER_AFTER_CHANNEL);
        } else if (near < 0) {
          opener = a - 1;
          rule = CONTENT_BARE;
          searchLimit = a; // no search
        }
      }
      while (k < searchLimit && opener < 0) {
        int anonymous = clauses.anonymityEnd(doc, k, searchLimit);
        if (anonymous > k) {
          k = anonymous; // "طالبا عدم كشف هويته:": its verbal noun is no cue
          continue;
        }
        Token t = tokens.get(k);
        if (doc.isPunct(k, ":")) {
          int q = k + 1;
          if (q < tokens.size() && words.is(tokens.get(q), Words.Category.COMPLEMENTIZER)) {
            opener = q; // "قال ...: إن ..." is reported speech
          } else if (q < tokens.size() && doc.isQuote(q)) {
            opener = q;
            quote = true;
          } else {
            opener = k;
          }
          rule = CONTENT_COLON;
          break;
        }
        if (words.is(t, Words.Category.COMPLEMENTIZER)) {
          opener = k;
          rule = CONTENT_COMPLEMENTIZER;
          break;
        }
        if (opensQuote(doc, k) && quoteLength(doc, k) >= 4) {
          opener = k;
          quote = true;
          rule = CONTENT_QUOTE;
          break;
        }
        if (k >= limit) {
          break;
        }
        if (k == start && isPrepositionOpener(doc, k) && c.speakerFirst >= 0) {
          opener = k; // أكد على / حذر من / كشف عن
          rule = CONTENT_PREPOSITION;
          break;
        }
        if (cues.at(doc, k).isPresent() && k > h.end()) {
          break;
        }
        k++;
      }
    }
    if (opener < 0 && known && !openerGiven) {
      // "أكد الرئيس في كلمة ألقاها أمام البرلمان على ..." : no opener, the verb's preposition
      for (int i = start0; i < Math.min(limit, start0 + MAX_OPENER_DISTANCE); i++) {
        if (doc.isPunct(i, ".", ":", "؛") || cues.at(doc, i).isPresent() && i >= h.end()) {
          break;
        }
        if (isPrepositionOpener(doc, i)) {
          opener = i;
          rule = CONTENT_PREPOSITION;
          break;
        }
      }
    }
    if (opener < 0) {
      return false;
    }
    for (int i = start0; i < opener; i++) {
      if (clauses.anonymityEnd(doc, i, opener + 1) > i) {
        c.rules.add(ClauseRules.ANONYMITY);
        break;
      }
    }
    if (quote) {
      int close = closingQuote(doc, opener);
      c.kind = Claim.Kind.DIRECT_QUOTE;
      c.contentFirst = opener + 1;
      c.contentEnd = close;
    } else if (opener + 1 < tokens.size() && doc.quoteCloseOf(opener + 1) > opener + 1
        && quotedSubject.goesOn(doc, doc.quoteCloseOf(opener + 1), limit)) {
      // {@value QuotedSubject#RULE}: "قال إن "الاستشهادي أبو فلان" نفذ العملية": a quoted part
      c.contentFirst = opener + 1;
      c.contentEnd = contentEnd(doc, s, opener + 1);
      c.kind = quotedSubject.quotesAgain(doc, doc.quoteCloseOf(opener + 1) + 1, c.contentEnd, MIN_QUOTE_WORDS)
          ? Claim.Kind.DIRECT_QUOTE : Claim.Kind.REPORTED_SPEECH;
      c.rules.add(QuotedSubject.RULE);
    } else if (opener + 1 < tokens.size() && doc.quoteCloseOf(opener + 1) > opener + MIN_QUOTE_WORDS + 1) {
      // "قال X إن "..."": the words after إن are quoted, the speaker's own
      c.kind = Claim.Kind.DIRECT_QUOTE;
      c.contentFirst = opener + 2;
      c.contentEnd = doc.quoteCloseOf(opener + 1);
    } else {
      c.kind = Claim.Kind.REPORTED_SPEECH;
      c.contentFirst = opener + 1;
      c.contentEnd = contentEnd(doc, s, opener + 1);
      if (PartialQuote.at(doc, opener + 1, c.contentEnd)) {
        c.kind = Claim.Kind.DIRECT_QUOTE;
        c.rules.add(CONTENT_PARTIAL_QUOTE);
      }
    }
    c.rules.add(rule);
    return true;
  }

  /**
   * {@value #SPEECH_POSTPOSED}: the verb and its speaker after the quotation, "«سنواصل
   * القتال»، قال المتحدث." ("we will fight on," the spokesman said), when the cue may stand
   * after its content (the {@code position} column) and nothing opens after the speaker.
   */
  private boolean postposedQuote(Doc doc, Found c, PhraseTable.Hit<ClaimCue> h) {
    if (!h.value().position().allowsPostposed()) {
      return false;
    }
    int q = h.first() - 1;
    if (doc.isPunct(q, "،", ",")) {
      q--;
    }
    if (q < 1 || !doc.isQuote(q)) {
      return false;
    }
    for (int i = q - 1; i >= Math.max(0, q - MAX_QUOTE_TOKENS); i--) {
      if (doc.quoteCloseOf(i) == q) {
        if (q - i - 1 < MIN_QUOTE_WORDS) {
          return false;
        }
        c.kind = Claim.Kind.DIRECT_QUOTE;
        c.contentFirst = i + 1;
        c.contentEnd = q;
        c.rules.add(SPEECH_POSTPOSED);
        return true;
      }
    }
    return false;
  }

  /**
   * True when the words at {@code k}, right after a known speaker, can start the content: not
   * punctuation, an opener, a channel, a time word, a relative pronoun, a cue or a preposition
   * that leads elsewhere.
   */
  private boolean bareStart(Doc doc, int k, PhraseTable.Hit<ClaimCue> h) {
    Token t = doc.tokens.get(k);
    if (!t.is(Token.Type.ARABIC) || t.isDetachedClitic() || channelCues.at(doc, k).isPresent()
        || doc.isChannelMention(k) || cues.at(doc, k).isPresent() || k < h.end()) {
      return false;
    }
    Words.Category cat = words.category(t);
    return cat != Words.Category.COMPLEMENTIZER && cat != Words.Category.TIME
        && cat != Words.Category.PREPOSITION && cat != Words.Category.RELATIVE
        && cat != Words.Category.PARTICLE && cat != Words.Category.PRONOUN
        && !doc.mentionOfKind(k, EntryKind.NATIONALITY);
  }

  /**
   * {@value #OPENER_AFTER_CHANNEL}: the complementizer further on, when the words before it name
   * the channel: "وأوضح مسؤول أمني بمديرية الأمن، في تصريحات لـ"الوطن"، أن ..." (a security
   * official at the directorate explained, in remarks to al-Watan, that ...) has its content
   * after أن (or the verb's preposition: "كشف لـ"الوطن" عن ..."), not after the speaker; -1 when
   * no channel stands before an opener within {@value
   * #MAX_OPENER_DISTANCE} tokens, or a cue or a full stop comes first.
   */
  private int openerAfterChannel(Doc doc, int k, int limit) {
    for (int i = k; i < Math.min(limit, k + MAX_OPENER_DISTANCE); i++) {
      if (doc.isPunct(i, ".", "؛", ";", ":") || cues.at(doc, i).isPresent()) {
        return -1;
      }
      if (words.is(doc.tokens.get(i), Words.Category.COMPLEMENTIZER)
          || i > k && isPrepositionOpener(doc, i) && !channels.opensPlatform(doc, i)) { // "على منصة إكس"
        int opener = i; // "كشف الناطق لـ"مدار اليوم" عن مفاوضات": the verb's preposition
        boolean named = channels.find(doc, k, opener, opener, x -> false).isPresent();
        for (int j = k; j < opener && !named; j++) {
          named = channelCues.at(doc, j).isPresent() || doc.mentionOfKind(j, EntryKind.OUTLET);
        }
        return named ? opener : -1;
      }
    }
    return -1;
  }

  /** An opener a few words on, with nothing but words between: the speaker phrase is longer. */
  private int nearOpener(Doc doc, int k, int limit) {
    for (int i = k; i < Math.min(limit, k + MAX_SPEAKER_TAIL); i++) {
      if (opensContent(doc, i) || i > k && opensContent(doc, afterAdjuncts(doc, i, limit))) {
        return i; // "المدعي العام والثوري في المحافظة لوكالة الأنباء، إنه ..."
      }
      if (doc.isPunct(i) || cues.at(doc, i).isPresent() || words.is(doc.tokens.get(i), Words.Category.PREPOSITION)
          || boundary.gluedBe(doc, i)) {
        return -1;
      }
    }
    return -1;
  }

  /** A negation particle (لم، لا، لن، ما) right before the verb. */
  private boolean negated(Doc doc, int cue) {
    // only the bare particle, with و or ف: "كما" (as) is ك + ما, no negation
    return cue > 0 && doc.tokens.get(cue - 1).is(Token.Type.ARABIC) && doc.tokens.get(cue - 1)
        .segmentations().stream().anyMatch(seg -> seg.preposition().isEmpty() && !seg.definite()
            && words.in(Words.WordList.NEGATION, seg.stem()));
  }

  /** The preposition a speech verb takes before its content: أكد على، حذر من، كشف عن. */
  private boolean isPrepositionOpener(Doc doc, int k) {
    return clauses.prepositionOpener(doc, k);
  }

  /**
   * The first token after the adjuncts that may stand between a speaker and its content: commas,
   * time words ("الأربعاء"), a channel phrase ("لوكالة الأنباء"، "في بيان"), a short prepositional
   * phrase ("من دول غرب أفريقيا"، "في موقعها الرسمي").
   */
  private int afterAdjuncts(Doc doc, int k, int limit) {
    int guard = Math.min(limit, k + MAX_OPENER_DISTANCE);
    while (k < guard) {
      int anonymous = clauses.anonymityEnd(doc, k, guard);
      if (anonymous > k) {
        k = anonymous; // "، طلب عدم ذكر اسمه،" (who asked not to be named)
        continue;
      }
      Token t = doc.tokens.get(k);
      Optional<PhraseTable.Hit<String>> ch = channelCues.at(doc, k);
      Optional<Doc.Mention> m = doc.mentionAt(k);
      int parenthetical = doc.isPunct(k - 1, "،", ",", "-", "–") ? parentheticalEnd(doc, k, guard) : -1;
      if (parenthetical > k) {
        k = parenthetical; // "، في بيان بثته إذاعة الحركة،"
      } else if (ch.isPresent()) {
        k = ch.get().end();
        // "في بيان نشره المتحدث باسمه على صفحته أن ...": the statement's relative clause
        for (int r = k; r < Math.min(guard, k + MAX_PARENTHETICAL); r++) {
          if (opensContent(doc, r)) {
            k = r;
            break;
          }
          if (doc.isPunct(r) || cues.at(doc, r).isPresent()) {
            break;
          }
        }
      } else if (m.isPresent() && m.get().end() > k && (doc.isChannelMention(k)
          || m.get().kind() == EntryKind.OUTLET)) {
        k = m.get().end();
      } else if (doc.isPunct(k, "،", ",", "(", ")", "-", "–") || t.isDetachedClitic()
          || words.is(t, Words.Category.TIME) || doc.isQuote(k) && quoteLength(doc, k) < MIN_QUOTE_WORDS
              && doc.quoteCloseOf(k) > k && (doc.mentionAt(k + 1).isPresent() || SpeakerBoundary.quotedOutletAfterLam(doc, k))) {
        k = doc.isQuote(k) ? doc.quoteCloseOf(k) + 1 : k + 1;
      } else if (words.is(t, Words.Category.PREPOSITION) && !isPrepositionOpener(doc, k)) {
        int e = k + 1;
        while (e < guard && e - k <= MAX_ADJUNCT_WORDS && doc.tokens.get(e).is(Token.Type.ARABIC)
            && !opensContent(doc, e) && cues.at(doc, e).isEmpty() && !isPrepositionOpener(doc, e)) {
          e++;
        }
        if (e - k > MAX_ADJUNCT_WORDS || e >= guard
            || !doc.isPunct(e) && !opensContent(doc, e) && !isPrepositionOpener(doc, e)) {
          return k; // not a short phrase set off before the content
        }
        k = e;
      } else {
        return k;
      }
    }
    return k;
  }

  /** Where a speaker phrase after a verb ends. */
  private boolean speakerStop(Doc doc, int j) {
    Token t = doc.tokens.get(j);
    if (t.is(Token.Type.PUNCTUATION)) {
      return !doc.isPunct(j, "(", ")", "\"", "«", "»") || doc.isQuote(j) && quoteLength(doc, j) >= 4;
    }
    if (channelCues.at(doc, j).isPresent()) {
      return true;
    }
    Words.Category c = words.category(t);
    if (c == Words.Category.COMPLEMENTIZER || c == Words.Category.TIME) {
      return true;
    }
    if (c == Words.Category.PREPOSITION && doc.mentionOfKind(j + 1, EntryKind.ORGANIZATION, EntryKind.GROUP)) {
      return false; // "الضابط في الشرطة الصومالية عبد الله محمد" goes on to the name
    }
    if (c == Words.Category.PREPOSITION && !t.text().equals("باسم")) {
      // "الشرطة في نيجيريا" keeps its place; "في حديثه" / "في بيان" does not
      return j + 1 >= doc.tokens.size() || !doc.mentionOfKind(j + 1, EntryKind.COUNTRY, EntryKind.PLACE);
    }
    return doc.isChannelMention(j) || t.isDetachedClitic() && j + 2 < doc.tokens.size()
        && (doc.isChannelMention(j + 1) || doc.isChannelMention(j + 2)
            || t.text().contains("ل") && doc.isQuote(j + 1)); // "قال لـ"سودان اليوم"": the channel
  }

  private int trimSpeaker(Doc doc, int from, int end) {
    while (end > from && (doc.isPunct(end - 1) || words.isClosedClass(doc.tokens.get(end - 1)))) {
      end--;
    }
    int open = 0;
    for (int i = from; i < end; i++) {
      int close = doc.isQuote(i) ? doc.quoteCloseOf(i) : -1;
      if (close >= end && close - end < 1) {
        return close + 1; // keep the closing mark of a quoted name: "الشرطي «فلان»"
      }
      open += doc.isPunct(i, "(") ? 1 : doc.isPunct(i, ")") ? -1 : 0;
    }
    return open > 0 && doc.isPunct(end, ")") ? end + 1 : end; // "فلان (45 عاما)"
  }

  /** Tokens between an opening quote mark and its closing mark; 0 when {@code q} opens none. */
  private int quoteLength(Doc doc, int q) {
    int close = doc.quoteCloseOf(q);
    return close < 0 ? 0 : close - q - 1;
  }

  private int closingQuote(Doc doc, int q) {
    int close = doc.quoteCloseOf(q);
    return close < 0 ? q + 1 : Math.min(close, q + MAX_QUOTE_TOKENS);
  }

  /**
   * The content runs to the end of the sentence, or to a postposed according-to cue, or to a
   * comma before another speaker's verb ("...، كما أعلن المحافظ أن ..." (as the governor
   * announced that ...)).
   */
  private int contentEnd(Doc doc, Sentence s, int from) {
    for (int i = from; i < s.endToken(); i++) {
      Optional<PhraseTable.Hit<ClaimCue>> h = cues.at(doc, i);
      if (h.isPresent() && i > from + 2 && doc.isPunct(i - 1, "،", ",") && !grammar.isNaming(doc, i)
          && (h.get().value().kind() != ClaimCue.Kind.REPORTED_SPEECH
              || !doc.tokens.get(i).segmentations().get(0).conjunction().isEmpty())) {
        // "...، مشيرا إلى أن ..." / "...، بحسب المصدر" / "...، وقال": the next attribution begins;
        // not "أن المتحدث، العقيد فلان، قال إن ...", where the words go on inside
        return i;
      }
      if (i > from + 2 && doc.isPunct(i - 1, "،", ",") && claimWords.end(ClaimWords.WordList.AS, doc, i) == i + 1
          && cues.at(doc, i + 1).isPresent()) {
        return i;
      }
      if (i > from + 2 && contrast.clauseAt(doc, i) > i) {
        return i; // {@value ContrastClause#RULE}: "...، في حين يضم التنظيم ...": another clause
      }
    }
    return s.endToken();
  }

  private void trimContent(Doc doc, Found c) {
    while (c.contentEnd > c.contentFirst && doc.isPunct(c.contentEnd - 1)) {
      c.contentEnd--;
    }
    if (c.contentEnd + 1 < doc.tokens.size() && contrast.clauseAt(doc, c.contentEnd + 1) > 0
        && !c.rules.contains(ContrastClause.RULE)) {
      c.rules.add(ContrastClause.RULE); // the content ended before "، في حين ..."
    }
    while (c.contentFirst < c.contentEnd && (doc.isPunct(c.contentFirst)
        || words.is(doc.tokens.get(c.contentFirst), Words.Category.COMPLEMENTIZER))) {
      c.contentFirst++; // "، فإن الخلية ..." : the content starts after فإن
    }
  }

  // ---------------------------------------------------------------- according to

  private Found accordingTo(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h,
      People persons, List<Found> previous) {
    List<Token> tokens = doc.tokens;
    if (claimWords.end(ClaimWords.WordList.CUSTODY, doc, h.first()) > h.end()) {
      return null; // {@value #CUSTODY}: "حبس المتهمين على ذمة التحقيق": held pending it, no source
    }
    Found c = new Found();
    c.kind = Claim.Kind.ACCORDING_TO;
    c.cueFirst = h.first();
    c.cueEnd = h.end();
    int lead = s.firstToken();
    while (lead < h.first() && (doc.isPunct(lead) || words.isClosedClass(tokens.get(lead)))) {
      lead++;
    }
    boolean fronted = lead == h.first() && h.value().position().allowsFronted();
    // "وذلك وفق ما أكده مصدر أمني": ما and the verb belong to the cue, not to the speaker
    int speakerStart = h.end();
    if (speakerStart < s.endToken() && claimWords.end(ClaimWords.WordList.WHAT, doc, speakerStart) == speakerStart + 1) {
      int v = speakerStart + 1;
      Optional<PhraseTable.Hit<ClaimCue>> verb = v < s.endToken() ? cues.at(doc, v) : Optional.empty();
      speakerStart = verb.map(PhraseTable.Hit::end).orElse(v + 1);
    }
    // the speaker: up to a comma, فإن / إن, a channel, or the end of the sentence
    int j = speakerStart;
    while (j < s.endToken() && j - speakerStart < MAX_SPEAKER_TOKENS) {
      Token t = tokens.get(j);
      if (doc.isPunct(j) && !doc.isPunct(j, "(", ")", "\"", "«", "»")
          || words.is(t, Words.Category.COMPLEMENTIZER) || channelCues.at(doc, j).isPresent()
          || speakerStop(doc, j) && (doc.isChannelMention(j) || t.isDetachedClitic())) {
        break;
      }
      j++;
    }
    int speakerEnd = trimSpeaker(doc, speakerStart, j);
    boolean cut = false;
    boolean midClause = false;
    boolean explicitAntecedent = false;
    boolean tail = false;
    boolean glued = false;
    Optional<SpeakerGrammar.Phrase> np = grammar.parse(doc, speakerStart, s.endToken(), persons);
    if (np.isPresent() && np.get().end() < speakerEnd && np.get().end() > speakerStart
        && !(fronted && delimitedTail(doc, np.get().end(), speakerEnd, j, s.endToken()))) {
      // "ووفق المصدر تمكنت القوات ..." / "...، وفق المصدر العسكري بعد معلومات ...": the phrase ends
      speakerEnd = np.get().end();
      cut = fronted;
      midClause = !fronted && h.value().position().allowsFronted(); // not "كما ورد في X الذي ..."
    } else if (np.isPresent() && np.get().end() < speakerEnd && np.get().end() > speakerStart) {
      tail = true;
    }
    if (fronted && (j >= s.endToken() || !words.is(tokens.get(j), Words.Category.COMPLEMENTIZER))) {
      // "بحسب الخبير يسعى التنظيم ..." : no comma, the known speaker ends the phrase
      int known = knownPhraseEnd(doc, speakerStart, persons);
      boolean delimited = j < s.endToken() && doc.isPunct(j) && j - speakerStart <= 6;
      if (!delimited && known > speakerStart && known < speakerEnd && speakerEnd - speakerStart > 3) {
        speakerEnd = known;
        cut = true;
      }
    }
    speakerEnd = Math.min(speakerEnd, s.endToken()); // a known phrase may run past the sentence
    if (speakerEnd <= speakerStart) {
      return null;
    }
    setSpeaker(doc, c, speakerStart, speakerEnd, persons);
    Token lamed = tokens.get(speakerStart);
    if (lamed.is(Token.Type.ARABIC) && lamed.segmentations().get(0).preposition().equals("ل")
        && !lamed.segmentations().get(0).definite() // "للمعلومات": no substring reads "المعلومات"
        && (h.value().phrase().endsWith("ل") || h.value().phrase().endsWith("لـ"))) {
      // {@value #GLUED_LAM}: "وفقا لمصدر أمني" is the source "مصدر أمني", without its ل
      c.speakerStem = io.github.rasd.model.Span.of(doc.article.text(),
          doc.stemSpan(speakerStart, lamed.segmentations().get(0)).start(), doc.span(speakerStart, speakerEnd).end());
      c.speakerText = c.speakerStem.text();
      glued = true;
    }
    Optional<Found> antecedent = speakerEnd == speakerStart + 1
        ? boundary.speakerByHead(doc, speakerStart, previous) : Optional.empty();
    if (antecedent.isPresent() && c.speakerKind == Claim.Speaker.Kind.UNKNOWN) {
      c.speakerKind = antecedent.get().speakerKind; // "وبحسب الغرفة، ..." after "غرفة الطوارئ"
      c.speakerEntity = antecedent.get().speakerEntity;
      c.person = antecedent.get().person;
      explicitAntecedent = true;
    }
    boolean explicit = speakerStart > h.end() || h.end() - h.first() >= 2; // "حسبما أفاد", "وفق ما ذكرت"
    final int spoken = speakerEnd;
    boolean grammatical = np.filter(p -> p.end() == spoken).isPresent();
    if (grammatical) {
      organisationHead(c, np.get());
    }
    if (c.speakerKind == Claim.Speaker.Kind.UNKNOWN && grammatical
        && np.get().rule().equals(SpeakerGrammar.COLLECTIVE)) {
      c.speakerKind = Claim.Speaker.Kind.COLLECTIVE; // "بحسب الأميركيين" (according to the Americans)
    }
    boolean pointsBack = !fronted && sameSource.pointsBack(doc, speakerStart, Math.max(j, speakerEnd));
    if (c.speakerKind == Claim.Speaker.Kind.UNKNOWN && !explicit && !grammatical && !explicitAntecedent
        && !pointsBack) {
      return null; // "حسب الظروف" (depending on the circumstances) attributes nothing
    }
    if (carrier(doc, s, h, c, previous)) {
      return null; // "وأضاف "..."، وفق ما نقلته فرانس برس": the outlet carried the words before
    }
    if (fronted && cut) {
      c.contentFirst = speakerEnd;
      c.contentEnd = contentEnd(doc, s, speakerEnd);
      c.rules.add(ACCORDING_TO_FRONTED);
    } else if (fronted) {
      int k = speakerEnd;
      while (k < s.endToken() && k - speakerEnd < MAX_OPENER_DISTANCE
          && !words.is(tokens.get(k), Words.Category.COMPLEMENTIZER) && !doc.isPunct(k, "،", ",")) {
        k++;
      }
      if (k >= s.endToken() || k - speakerEnd >= MAX_OPENER_DISTANCE) {
        k = speakerEnd - 1;
      }
      c.contentFirst = k + 1;
      c.contentEnd = contentEnd(doc, s, k + 1);
      c.rules.add(ACCORDING_TO_FRONTED);
    } else {
      c.contentFirst = lead;
      for (Found p : previous) {
        if (p.sentence == s.index() && p.contentFirst > lead && p.contentFirst < h.first()) {
          c.contentFirst = p.contentFirst; // "وقال X إن ...، حسب تقديرات": inside X's words
        }
      }
      boolean contrasted = false;
      for (int i = c.contentFirst + 1; i < h.first() - 1; i++) {
        int clause = contrast.clauseAt(doc, i);
        if (clause > i && clause < h.first() - 1) {
          c.contentFirst = clause; // {@value ContrastClause#RULE}: "...، في حين يضم ...، بحسب"
          contrasted = true;
        }
      }
      // "وجاءت العملية وفق المصدر بعد معلومات ...", "جاءت الضربات، بحسب الأميركيين، للحد من
      // ...": the clause goes on after the speaker
      boolean setOff = doc.isPunct(h.first() - 1, "،", ",") && j + 1 < s.endToken()
          && doc.isPunct(j, "،", ",") && !words.is(tokens.get(j + 1), Words.Category.COMPLEMENTIZER)
          && cues.at(doc, j + 1).isEmpty();
      c.contentEnd = midClause || setOff ? contentEnd(doc, s, speakerEnd) : h.first();
      c.rules.add(ACCORDING_TO_POSTPOSED);
      if (contrasted) {
        c.rules.add(ContrastClause.RULE);
      }
    }
    String creating = c.rules.contains(ACCORDING_TO_POSTPOSED) ? ACCORDING_TO_POSTPOSED : ACCORDING_TO_FRONTED;
    c.rules.remove(creating);
    c.rules.add(0, creating); // the creating rule first, before the speaker's own rules
    final int phraseEnd = speakerEnd;
    np.filter(p -> p.end() == phraseEnd).ifPresent(p -> addSpeakerRules(c, p));
    if (tail) {
      c.rules.add(SPEAKER_TAIL);
    }
    if (glued) {
      c.rules.add(GLUED_LAM);
    }
    if (explicitAntecedent) {
      c.rules.add(SpeakerGrammar.HEAD_ANAPHOR);
    }
    trimContent(doc, c);
    if (pointsBack) {
      if (!sameSource(doc, c, previous, speakerStart, Math.max(j, speakerEnd))) {
        return null;
      }
      if (c.contentFirst < h.first()) {
        c.contentEnd = h.first(); // "نفسها" closes the source: the clause does not go on after it
        trimContent(doc, c);
      }
    }
    c.channel = channel(doc, speakerStart, Math.max(j + 4, speakerEnd), c);
    return c;
  }

  /**
   * {@value SameSource#RULE}: a postposed according-to clause whose source points back ("وفق
   * أحدث تقاريره"، "بحسب التقديرات نفسها") takes the speaker of the latest claim within {@value
   * #CARRY_OVER_SENTENCES} sentences; false when that claim is of the same sentence and holds the
   * same words (the clause gives no claim of its own) or when there is none.
   */
  private boolean sameSource(Doc doc, Found c, List<Found> previous, int sourceFirst, int sourceEnd) {
    Optional<Found> document = sameSource.sameDocument(doc, sourceFirst, sourceEnd, c, previous, CARRY_OVER_SENTENCES);
    if (document.isPresent()) {
      copySpeaker(document.get(), c); // {@value SameSource#SAME_DOCUMENT}: "وفق البيان نفسه"
      c.speakerFirst = -1;
      c.speakerEnd = -1;
      c.rules.add(SameSource.RULE);
      c.rules.add(SameSource.SAME_DOCUMENT);
      return true;
    }
    for (int k = previous.size() - 1; k >= 0; k--) {
      Found p = previous.get(k);
      if (doc.sentenceOf(c.cueFirst) - p.sentence > CARRY_OVER_SENTENCES) {
        return false;
      }
      if (p.speakerText == null) {
        continue;
      }
      if (p.sentence == doc.sentenceOf(c.cueFirst) && p.contentFirst == c.contentFirst) {
        p.rules.add(SameSource.RULE); // "ويقدر الفريق ...، وفق أحدث تقاريره": one claim
        return false;
      }
      copySpeaker(p, c);
      c.speakerFirst = -1;
      c.speakerEnd = -1;
      c.rules.add(SameSource.RULE);
      return true;
    }
    return false;
  }

  /**
   * {@value #CARRIER}: an according-to clause whose verb is one of carrying ("وفق ما نقلته X"،
   * "حسبما نقلت X") and whose source is an outlet, after a claim of the same sentence, names the
   * channel of that claim, not a claim of its own: "وأضاف "توجه المهاجمون إلى القرية"، وفق ما
   * نقلته فرانس برس" (he added "...", as AFP carried it): the channel is AFP. True when it did.
   */
  private boolean carrier(Doc doc, Sentence s, PhraseTable.Hit<ClaimCue> h, Found c, List<Found> previous) {
    if (c.speakerKind != Claim.Speaker.Kind.OUTLET || c.speakerEntity == null || previous.isEmpty()) {
      return false;
    }
    Found before = previous.get(previous.size() - 1);
    if (before.sentence != s.index() || before.kind == Claim.Kind.ACCORDING_TO || before.channel != null
        || before.contentEnd > h.first()) {
      return false;
    }
    String verb = doc.tokens.get(h.end() - 1).segmentations().get(0).stem();
    boolean carrying = words.in(Words.WordList.REPORTING_VERB, verb);
    for (String suffix : claimWords.words(ClaimWords.WordList.PRONOUN_SUFFIX)) {
      carrying |= verb.endsWith(suffix) && words.in(Words.WordList.REPORTING_VERB,
          verb.substring(0, verb.length() - suffix.length())); // "نقلته" (carried it)
    }
    if (!carrying) {
      return false;
    }
    before.channel = c.speakerEntity;
    before.rules.add(CARRIER);
    return true;
  }

  /**
   * {@value #SPEAKER_TAIL}: after a fronted according-to phrase the words up to its comma or its
   * فإن still belong to the source when they begin with a preposition, glued or not, and hold no
   * cue: "وفقا لمصدر أمني في المدينة، فإن ..." (according to a security source in the city), "بحسب
   * تقديرات بنك الخليج للأبحاث، قد ..." (according to estimates of the Gulf bank for research); at
   * most {@value #MAX_ADJUNCT_WORDS} words.
   */
  private boolean delimitedTail(Doc doc, int from, int to, int j, int limit) {
    if (j >= limit || !(doc.isPunct(j, "،", ",") || words.is(doc.tokens.get(j), Words.Category.COMPLEMENTIZER))
        || to - from > MAX_ADJUNCT_WORDS || to <= from) {
      return false;
    }
    Token t = doc.tokens.get(from);
    if (!t.is(Token.Type.ARABIC) || !(words.is(t, Words.Category.PREPOSITION)
        || !t.segmentations().get(0).preposition().isEmpty())) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (cues.at(doc, k).isPresent() || !doc.tokens.get(k).is(Token.Type.ARABIC) || doc.isChannelMention(k)) {
        return false;
      }
    }
    return true;
  }

  /** The end of a known speaker phrase at {@code i}: a person, a title, a collective, an entity. */
  private int knownPhraseEnd(Doc doc, int i, People persons) {
    if (i >= doc.tokens.size()) {
      return i; // "..., بحسب" closing the text: no speaker follows the cue
    }
    if (persons.at()[i] != null) {
      return persons.endAt()[i];
    }
    Optional<PhraseTable.Hit<TitleEntry>> t = titles.at(doc, i);
    if (t.isPresent()) {
      int e = t.get().end();
      if (doc.mentionOfKind(e, EntryKind.NATIONALITY)) {
        e = doc.mentionAt(e).get().end();
      }
      if (e < doc.tokens.size() && persons.at()[e] != null) {
        e = persons.endAt()[e]; // "الخبير الأمني منير الورتاني": the title and its person
      }
      return e;
    }
    Optional<PhraseTable.Hit<String>> col = collectives.at(doc, i);
    if (col.isPresent()) {
      return col.get().end();
    }
    return doc.mentionAt(i).map(Doc.Mention::end).orElse(i);
  }

  // ---------------------------------------------------------------- speakers and channels

  private void setSpeaker(Doc doc, Found c, int first, int end, People persons) {
    c.speakerFirst = first;
    c.speakerEnd = end;
    c.speakerText = doc.span(first, end).text();
    c.speakerStem = null;
    c.rules.remove(SpeakerClitic.RULE);
    Optional<io.github.rasd.model.Span> bare = SpeakerClitic.bare(doc, first, end);
    if (bare.isPresent()) {
      c.speakerStem = bare.get(); // {@value SpeakerClitic#RULE}: "والشرطة" is "الشرطة"
      c.speakerText = bare.get().text();
      c.rules.add(SpeakerClitic.RULE);
    }
    c.rules.remove(DocumentAuthor.RULE);
    Optional<io.github.rasd.model.Span> author = DocumentAuthor.author(doc, claimWords, first, end);
    if (author.isPresent()) {
      c.speakerStem = author.get(); // {@value DocumentAuthor#RULE}: "بيان لمديرية الأمن" is "مديرية الأمن"
      c.speakerText = author.get().text();
      c.rules.add(DocumentAuthor.RULE);
    }
    if (claimWords.end(ClaimWords.WordList.OWN_REPORTER, doc, first) == first + 1) {
      c.rules.add(SpeakerBoundary.OWN_REPORTER); // {@value SpeakerBoundary#OWN_REPORTER}: "مراسلنا" (our correspondent)
    }
    // a named person inside the phrase
    for (int i = first; i < end; i++) {
      PersonExtractor.Found p = persons.at()[i];
      if (p != null && persons.endAt()[i] <= end) {
        c.person = p;
        c.speakerKind = Claim.Speaker.Kind.PERSON;
        c.role = p.role;
        return;
      }
    }
    // a title standing for a person named earlier: "الخبير التونسي" (the Tunisian expert)
    Optional<PhraseTable.Hit<TitleEntry>> title = titles.at(doc, first);
    if (title.isPresent()) {
      String nationality = null;
      int e = title.get().end();
      if (doc.mentionOfKind(e, EntryKind.NATIONALITY)) {
        nationality = ((Nationality) doc.mentionAt(e).get().entry()).countryCode();
      }
      TitleCategory cat = title.get().value().category();
      PersonExtractor.Found best = null;
      int bestAt = -1;
      for (PersonExtractor.Found p : persons.all()) {
        if (!p.categories.contains(cat)) {
          continue;
        }
        if (nationality != null && p.nationality != null && !nationality.equals(p.nationality)) {
          continue;
        }
        int firstMention = p.mentions.stream().mapToInt(m -> m[0]).min().orElse(Integer.MAX_VALUE);
        if (firstMention < first && firstMention > bestAt) {
          best = p;
          bestAt = firstMention;
        }
      }
      if (best == null) {
        // "الباحث المغربي في شؤون الجماعات يوسف أزروال": the title's person is named just after
        int sentence = doc.sentenceOf(first);
        for (int k = end; k < Math.min(doc.tokens.size(), end + FORWARD_NAME_REACH); k++) {
          if (doc.sentenceOf(k) != sentence || doc.isPunct(k, ":") || words.is(doc.tokens.get(k),
              Words.Category.COMPLEMENTIZER) || claimWords.end(ClaimWords.WordList.QUOTING_NOUN, doc, k) == k + 1) {
            break; // "قوله" (his saying) is no name
          }
          if (persons.at()[k] != null) {
            best = persons.at()[k];
            c.speakerEnd = persons.endAt()[k];
            c.speakerText = doc.span(first, c.speakerEnd).text();
            break;
          }
        }
      }
      if (best != null) {
        c.person = best;
        c.speakerKind = Claim.Speaker.Kind.PERSON;
        c.role = title.get().value().role();
        return;
      }
      c.role = title.get().value().role();
      if (collectives.at(doc, first).isEmpty()) {
        c.speakerKind = Claim.Speaker.Kind.PERSON; // an unnamed person: "الخبير"، "مسؤول عسكري"
      }
    }
    Optional<PhraseTable.Hit<String>> col = collectives.at(doc, first);
    if (col.isEmpty() && first + 1 < end) {
      col = collectives.at(doc, first + 1); // "حديث الخبراء", "تقارير لوسائل الإعلام"
    }
    for (int i = first; i < end; i++) {
      Optional<Doc.Mention> m = doc.mentionAt(i);
      if (m.isPresent()) {
        EntryKind k = m.get().kind();
        if (k == EntryKind.ORGANIZATION || k == EntryKind.GROUP) {
          c.speakerEntity = m.get();
          c.speakerKind = Claim.Speaker.Kind.ORGANIZATION;
          return;
        }
        if (k == EntryKind.OUTLET && !doc.isChannelMention(i)) {
          c.speakerEntity = m.get();
          c.speakerKind = Claim.Speaker.Kind.OUTLET;
          return;
        }
      }
    }
    Optional<Doc.Mention> antecedent = end == first + 1 ? grammar.antecedent(doc, first) : Optional.empty();
    if (antecedent.isPresent() && col.isEmpty()) {
      c.speakerEntity = antecedent.get(); // "المرصد": the Observatory named before
      c.speakerKind = antecedent.get().kind() == EntryKind.OUTLET ? Claim.Speaker.Kind.OUTLET
          : Claim.Speaker.Kind.ORGANIZATION;
      return;
    }
    if (col.isPresent() && (c.speakerKind == Claim.Speaker.Kind.UNKNOWN || col.get().first() == first)) {
      c.speakerKind = Claim.Speaker.Kind.COLLECTIVE;
      c.role = c.role == null ? col.get().value().toLowerCase(java.util.Locale.ROOT) : c.role;
    }
  }

  private static void copySpeaker(Found from, Found to) {
    to.speakerFirst = from.speakerFirst;
    to.speakerEnd = from.speakerEnd;
    to.speakerText = from.speakerText;
    to.speakerStem = from.speakerStem;
    to.speakerKind = from.speakerKind;
    to.person = from.person;
    to.speakerEntity = from.speakerEntity;
    to.role = from.role;
  }

  /** The outlet named between {@code from} and {@code to} that is not the speaker itself. */
  private Doc.Mention channel(Doc doc, int from, int to, Found c) {
    for (int i = Math.max(0, from); i < Math.min(to, doc.tokens.size()); i++) {
      if (i >= c.contentFirst && i < c.contentEnd) {
        continue;
      }
      Optional<Doc.Mention> m = doc.mentionAt(i);
      boolean inSpeaker = i >= c.speakerFirst && i < c.speakerEnd;
      boolean sameOutlet = c.speakerEntity != null && m.isPresent()
          && m.get().entry() == c.speakerEntity.entry(); // "وكالة الأنباء السورية (سانا)"
      if (m.isPresent() && m.get().kind() == EntryKind.OUTLET && !inSpeaker && !sameOutlet) {
        if (Dateline.isAgency(doc, m.get(), claimWords)) {
          c.rules.add(Dateline.RULE); // "مقديشو (رويترز) - قال مسؤول إن": no channel
          i = m.get().end() - 1;
          continue;
        }
        if (m.get().first() > 0 && claimWords.end(ClaimWords.WordList.CHANNEL_LINK, doc, m.get().first() - 1) == m.get().first()) {
          // {@value ChannelGrammar#PLATFORM_OVER_PUBLISHER}: "في بيان نشرته وكالة أعماق على تلغرام"
          Optional<ChannelGrammar.Hit> p = channels.platformAfter(doc, m.get().end(), to,
              x -> x >= c.contentFirst && x < c.contentEnd || x >= c.speakerFirst && x < c.speakerEnd);
          if (p.isPresent()) {
            c.rules.add(p.get().rule());
            return p.get().mention();
          }
        }
        return m.get();
      }
    }
    Optional<ChannelGrammar.Hit> h = channels.find(doc, from, to, c.contentFirst,
        i -> i >= c.contentFirst && i < c.contentEnd || i >= c.speakerFirst && i < c.speakerEnd);
    h.ifPresent(x -> c.rules.add(x.rule()));
    return h.map(ChannelGrammar.Hit::mention).orElse(null);
  }

  /** A claim inside the span of an according-to clause naming an outlet is nested in it. */
  private static void nest(Doc doc, List<Found> claims) {
    java.util.Map<Integer, List<Found>> bySentence = new java.util.HashMap<>();
    for (Found c : claims) {
      bySentence.computeIfAbsent(c.sentence, k -> new ArrayList<>()).add(c);
    }
    for (List<Found> same : bySentence.values()) {
      for (Found outer : same) {
        if (outer.kind != Claim.Kind.ACCORDING_TO || outer.speakerKind != Claim.Speaker.Kind.OUTLET) {
          continue;
        }
        for (Found inner : same) {
          if (inner != outer && inner.parent == null && inner.kind != Claim.Kind.ACCORDING_TO) {
            inner.parent = outer;
            inner.rules.add(NESTED);
          }
        }
      }
    }
  }
}

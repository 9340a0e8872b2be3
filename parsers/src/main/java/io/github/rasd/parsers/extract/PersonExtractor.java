package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.Nationality;
import io.github.rasd.parsers.knowledge.TitleCategory;
import io.github.rasd.parsers.knowledge.TitleEntry;
import io.github.rasd.parsers.text.Segmentation;
import io.github.rasd.parsers.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds named persons: a run of words is a name when the name model ({@link NameModel}) knows it
 * as one (Arabic has no capitals: the given-name lexicon stands in for them) or a strong naming
 * construction introduces it. A noun phrase with neither is never a person.
 *
 * <p>The rules, each a named unit whose name goes into the provenance of the persons it creates
 * or changes, run in this order at each token:
 *
 * <ol>
 *   <li>{@code persons/institution-name}: a name inside the name of a place or an institution is
 *       skipped: "مستشفى الملك فهد" (King Fahd Hospital), "جامعة محمد الخامس";
 *   <li>{@code persons/initials}: initials after a noun of a person: "المتهم ع.أ" (the defendant
 *       A.A.), as Maghrebi courts name defendants;
 *   <li>{@code persons/title-then-name}: a title chain, then the name: "وزير الخارجية الجزائري
 *       أحمد عطاف" (the Algerian foreign minister A. Attaf), "العقيد باتريك كوفي";
 *   <li>{@code persons/title-organisation-name}: a title, its organisation or country, then a
 *       known name: "رئيس حزب المحافظين البريطاني بوريس جونسون";
 *   <li>the cue rules of {@code person-cues.tsv} and {@code persons/named-by-cue}: "بقيادة أبو
 *       الوليد الصحراوي" (led by), "المدعو «أبو خالد»" (the so-called), "شخص يدعى كريم";
 *   <li>{@code persons/name-then-title}: after a speech verb, a name, then its title: "وقال
 *       فيكتور إيسوكو المتحدث باسم الشرطة";
 *   <li>{@code persons/given-name}: a run led by a given name, a kunya or a compound: "محمد
 *       حبيب", "أبو بكر البغدادي", "عبد اللطيف حموشي", "نور الدين بوطالب";
 * </ol>
 *
 * <p>then over the article: {@code persons/name-with-age} ("يانيك دوفال (33 عاما)"), {@code
 * persons/name-list} (a bare name joined by و or a comma to names already found), {@code
 * persons/short-form} (the family name or the kunya alone later: "الحارثي", "أبو بكر") and
 * {@code persons/title-anaphor} ("وأضاف الرئيس" after the president was named). {@code
 * persons/name-comma-title} collects a title after a name ("خالد المصري، المدير العام للشركة")
 * unless it introduces the next person ("التقى تبون وزير الخارجية الإيطالي أنطونيو تاياني");
 * {@code persons/name-evidence} is the filter that keeps a construction's name only with the
 * evidence of the name model or the shape of a foreign name.
 *
 * <p>Further rules of the same passes: {@code persons/title-place-name} (the office's place
 * between a title and the name: "الباحث ... بدمشق سامر يازجي"), {@code
 * persons/kunya-after-preposition} ("ويعرف بأبي خطاب الحمصي"), {@code persons/nasab-chain}
 * (longer names with بن، ولد، أغ), {@code persons/masdar-ends-name} and {@code
 * persons/place-noun-not-name}, {@code persons/possessed-masdar-ends-name} (filters of the name runs: "سفيان بنعمر التسجيل" names سفيان
 * بنعمر; "عمدة بلدية تيرا عمر هامادو" names عمر هامادو) and {@code
 * persons/roles-of-all-mentions} (a person's roles collected from every mention), {@code
 * persons/framed-family-name} (between a title or a speech verb and a comma or إن, the last word
 * of a name: "الدكتور حسن علي نور الداود، أن"), {@code persons/possessed-noun-ends-name} ("سلمى
 * بنعلي عودتها": a word with ها/هم ends a name) and {@code persons/divine-title-after-abd} ("عبد
 * الأمير", no title after عبد). Kinship nouns
 * with a pronoun ("وزوجته", "وابنهما") are titles of {@code person-titles.tsv}.
 *
 * <p>A name ends before a function word, a preposition with the article ("للإذاعة الرسمية"), a
 * verb-like word, a title, an outlet, a place of more than one word, a relative pronoun, and after
 * its family name with the article ("سلمان الفرج"); a clitic of its first word stays out of the
 * span ("وعلي ميرزا" → "علي ميرزا", "المتحدث باسمه فلان" → "فلان"). Immutable and thread-safe.
 */
final class PersonExtractor {

  /** Longest name taken, in tokens, links (بن، أبو، عبد) included. */
  private static final int MAX_NAME_TOKENS = 5;
  /**
   * Longest name with a nasab link inside, in tokens: "أحمد بن سعيد بن ناصر الشحري" (persons/nasab-chain).
   */
  private static final int MAX_NASAB_NAME_TOKENS = 8;

  /** A person found in one article, with everything said of them. */
  static final class Found {
    String name;
    int first;
    int end;
    final List<int[]> mentions = new ArrayList<>();
    private final java.util.Set<Integer> mentionStarts = new java.util.HashSet<>();

    /** Adds the mention {@code [first, end)} unless one starts there already. */
    void addMention(int first, int end) {
      if (mentionStarts.add(first)) {
        mentions.add(new int[] {first, end});
      }
    }

    /** Adds a mention whose text starts at normalized offset {@code start}, a clitic left out. */
    void addMention(int first, int end, int start) {
      if (mentionStarts.add(first)) {
        mentions.add(new int[] {first, end, start});
      }
    }

    /**
     * The original-text span of mention {@code m}: the tokens it covers, without the conjunction
     * or preposition glued to its first word when that word is a name ("وعلي ميرزا" → "علي
     * ميرزا").
     */
    static io.github.rasd.model.Span spanOf(Doc doc, int[] m) {
      int start = m.length > 2 ? m[2] : nameStart(doc, m[0]);
      return doc.view.originalSpan(start, doc.tokens.get(m[1] - 1).end());
    }

    /** The normalized offset where the name opening at token {@code i} starts, clitics aside. */
    static int nameStart(Doc doc, int i) {
      Token t = doc.tokens.get(i);
      NameModel names = NameModel.bundled();
      int start = t.start();
      if (names.given(t.text()) == NameModel.Given.NONE && !t.text().startsWith("ال")) {
        for (var seg : t.segmentations()) {
          if (seg.isWholeWord() || seg.definite()) {
            continue;
          }
          boolean conjunctionOnly = seg.preposition().isEmpty() && seg.conjunction().equals("و");
          String stem = seg.stem();
          if (conjunctionOnly && (names.isGiven(stem) || names.is(NameModel.Part.KUNYA, stem) || stem.equals(ABD))
              || (seg.preposition().equals("ب") || seg.preposition().equals("ل"))
                  && (names.given(stem) == NameModel.Given.SURE || names.is(NameModel.Part.KUNYA, stem))) {
            // not ك (like): "كاميلي" (Camille) is one word, as NameModel.prepositionStem reads it
            start = t.stemStart(seg);
            break;
          }
        }
      }
      return start;
    }
    final List<String> titles = new ArrayList<>();
    final List<TitleCategory> categories = new ArrayList<>();
    String role;
    /**
     * persons/roles-of-all-mentions: the roles of every title and cue met at any mention, in
     * text order ("العميد ... الناطق باسم الجيش": a rank and a spokesperson); {@link #role} is
     * the one claims name the speaker by.
     */
    final java.util.LinkedHashSet<String> roles = new java.util.LinkedHashSet<>();
    String nationality;
    Doc.Mention affiliation;
    String rule;
    /** Every rule that touched the person, the creating rule first. */
    final java.util.LinkedHashSet<String> rules = new java.util.LinkedHashSet<>();

    /** Notes that {@code rule} changed this person. */
    void touch(String rule) {
      rules.add(rule);
    }

    /** The rules for the record's provenance, the creating rule first. */
    List<String> rules() {
      return List.copyOf(rules);
    }

    Optional<String> nationality() {
      return Optional.ofNullable(nationality);
    }
  }

  private final PhraseTable<TitleEntry> titles;
  private final PhraseTable<String> nameCues;
  private final PhraseTable<ClaimCue> speechCues;
  private final PhraseTable<Trigger> triggers;
  private final PhraseTable<String> relations;
  private final Words words;
  private final NameModel names = NameModel.bundled();
  /** Role nouns of persons beyond the knowledge base's titles: "المدير التنفيذي", "رئيس بلدية". */
  private final PhraseTable<TitleEntry> personTitles = PersonTitles.TABLE;

  /** The longest title at {@code i}, from the knowledge base or from {@code person-titles.tsv}. */
  private Optional<PhraseTable.Hit<TitleEntry>> titleAt(Doc doc, int i) {
    Optional<PhraseTable.Hit<TitleEntry>> a = titles.at(doc, i);
    Optional<PhraseTable.Hit<TitleEntry>> b = personTitles.at(doc, i);
    if (a.isEmpty() || b.isPresent() && b.get().end() > a.get().end()) {
      return b.isPresent() ? b : a;
    }
    return a;
  }

  PersonExtractor(PhraseTable<TitleEntry> titles, PhraseTable<String> nameCues,
      PhraseTable<ClaimCue> speechCues, PhraseTable<Trigger> triggers,
      PhraseTable<String> relations, Words words) {
    this.relations = relations;
    this.titles = titles;
    this.nameCues = nameCues;
    this.speechCues = speechCues;
    this.triggers = triggers;
    this.words = words;
  }

  List<Found> extract(Doc doc) {
    Map<String, Found> byName = new LinkedHashMap<>();
    List<Token> tokens = doc.tokens;
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      int inside = institutionName(doc, i);
      if (inside > i) {
        i = inside; // "مستشفى الملك فهد": the name of a place, no person
        continue;
      }
      int initials = initialsAt(doc, i, byName);
      if (initials > i) {
        i = initials;
        continue;
      }
      Optional<PhraseTable.Hit<TitleEntry>> title = titleAt(doc, i);
      Optional<PhraseTable.Hit<String>> cue = nameCues.at(doc, i);
      if (title.isPresent()) {
        next = titleChain(doc, i, byName);
      } else if (cue.isPresent()) {
        next = namedByCue(doc, cue.get(), byName);
      } else if (speechCues.at(doc, i).isPresent()) {
        // "وقال فيكتور إيسوكو المتحدث باسم ..." : a name, then a title
        int start = speechCues.at(doc, i).get().end();
        int end = nameAt(doc, start, false);
        if (end - start >= 2 && end < tokens.size() && titleAt(doc, end).isPresent()
            && !familyNameThatIsTitle(doc, start, end) // "وقال ضياء الله وزير إن": Wazir, a family name
            && (hasNameEvidence(doc, start, end, true) || plausibleBareName(doc, start, end))) {
          Found f = record(doc, byName, start, end, NAME_THEN_TITLE);
          next = titleChainFor(doc, end, f);
        } else {
          next = Math.max(next, givenName(doc, start, byName));
        }
      } else {
        next = givenName(doc, i, byName);
      }
      i = Math.max(next, i + 1);
    }
    bylines(doc, byName);
    List<Found> found = new ArrayList<>(byName.values());
    nameLists(doc, byName);
    mergeKunyas(doc, byName);
    found = new ArrayList<>(byName.values());
    linkLaterMentions(doc, found);
    titleAnaphora(doc, found);
    return found;
  }

  // Rule names, written into the provenance of every person they create or change.
  /** A title, an organisation, then the name: "رئيس حزب العمال البريطاني كير ستارمر". */
  static final String TITLE_ORGANISATION_NAME = "persons/title-organisation-name";
  /** A title chain, then the name: "وزير الخارجية التونسي نبيل عمار". */
  static final String TITLE_THEN_NAME = "persons/title-then-name";
  /** A name, then its title: "وقال فيكتور إيسوكو المتحدث باسم الشرطة". */
  static final String NAME_THEN_TITLE = "persons/name-then-title";
  /** A run of name words led by a given name, a kunya or a compound: "محمد حبيب", "أبو بكر البغدادي". */
  static final String GIVEN_NAME = "persons/given-name";
  /** A name, a comma, then its title: "سلمان الفرج، قائد المنتخب،": the title joins the person. */
  static final String NAME_COMMA_TITLE = "persons/name-comma-title";
  /** A name followed by its age in parentheses: "يوسف كادر (33 عاما)". */
  static final String NAME_WITH_AGE = "persons/name-with-age";
  /** Names listed with و and commas beside names already found: "محمد حبيب وكميل محفوظ". */
  static final String NAME_LIST = "persons/name-list";
  /** A name introduced by a naming word: "المدعو «أبو خالد»", "شخص يدعى كريم". */
  static final String NAMED_BY_CUE = "persons/named-by-cue";
  /** A family name or kunya alone, later in the article, is a mention of the person. */
  static final String SHORT_FORM = "persons/short-form";
  /** A title alone after its bearer was named: "وقال الرئيس" for the president named before. */
  static final String TITLE_ANAPHOR = "persons/title-anaphor";
  /** The filter that keeps a construction's name only with the evidence of the name model. */
  static final String NAME_EVIDENCE = "persons/name-evidence";
  /** Initials after a noun of a person: "المتهم ع.أ" (the defendant A.A.). */
  static final String INITIALS = "persons/initials";
  /**
   * persons/masdar-ends-name: a definite verbal noun of the MASDAR templates of {@code
   * name-parts.tsv} ends a name; it is the object or the next phrase, no family name: "وافتتح
   * المهاجم سفيان بنعمر التسجيل" (the striker Sufian Benamar opened the scoring) names سفيان
   * بنعمر. A filter of the name runs: it shapes the span and records nothing of its own.
   */
  static final String MASDAR_ENDS_NAME = "persons/masdar-ends-name";
  /**
   * persons/place-noun-not-name: a place noun (قرية، بلدية، ولاية...) that is no given name opens
   * no name; after a title it begins the place of the office: "عمدة بلدية تيرا عمر هامادو" (the
   * mayor of the commune of Téra, Omar Hamadou) names عمر هامادو. A place noun that is also a
   * given name opens no name before a known place: "في وديان حضرموت" (in the valleys of
   * Hadramawt). A filter of the name runs.
   */
  static final String PLACE_NOUN_NOT_NAME = "persons/place-noun-not-name";
  /**
   * "عدم" (non-, not to): the one word before it is a verb or a verbal noun ("فضل عدم الكشف",
   * preferred not to disclose; "طلب عدم ذكر اسمه"), never a one-word name after a title.
   */
  private static final String NEGATING_NOUN = "عدم";
  /**
   * persons/title-place-name: after a title, the place of the office read with ب or في, then
   * the name: "الباحث في الشؤون العسكرية بدمشق سامر يازجي" (the military researcher in Damascus
   * S. Yazji); see {@link #placeAfterTitle}.
   */
  static final String TITLE_PLACE_NAME = "persons/title-place-name";
  /** persons/nasab-chain: see {@link #maxNameTokens}. */
  static final String NASAB_CHAIN = "persons/nasab-chain";
  /** persons/roles-of-all-mentions: see {@link Found#roles}. */
  static final String ROLES_OF_ALL_MENTIONS = "persons/roles-of-all-mentions";
  /** persons/kunya-after-preposition: see {@link #kunyaAfterPreposition}. */
  static final String KUNYA_AFTER_PREPOSITION = "persons/kunya-after-preposition";
  /** The filter that takes no person from the name of a place: "مستشفى الملك فهد". */
  static final String INSTITUTION_NAME = "persons/institution-name";
  /** persons/construct-noun-ends-name: see {@link #constructNoun}. */
  static final String CONSTRUCT_NOUN_ENDS_NAME = "persons/construct-noun-ends-name";
  /** persons/possessive-noun-ends-name: see {@link #possessiveNoun}. */
  static final String POSSESSIVE_NOUN_ENDS_NAME = "persons/possessive-noun-ends-name";
  /** persons/honorific-family-name: see {@link #honorificFamilyName}. */
  static final String HONORIFIC_FAMILY_NAME = "persons/honorific-family-name";
  /** persons/alias-after-name: see {@link #aliasOf}. */
  static final String ALIAS_AFTER_NAME = "persons/alias-after-name";
  /** persons/undisclosed-name: see {@link #undisclosedName}. */
  static final String UNDISCLOSED_NAME = "persons/undisclosed-name";

  /**
   * persons/byline: the author named in the article's first line: a byline word (BYLINE of
   * {@code word-lists.tsv}), a dash or a colon, then one name or names joined by و, alone on the
   * line: "كتب – سامح عبد الرؤوف" (written by), "كتبت: هالة منصور وسلوى نجيب"; or a wire dateline,
   * the place, the reporter and the agency between slashes: "حلب/ جمال الدباغ/ الأناضول". A
   * name is {@value #BYLINE_MIN_WORDS} to {@value #BYLINE_MAX_WORDS} name-like words; the line
   * is the name, so the name model's evidence is not asked ("كتب الوزير في تغريدة" runs on and
   * names no one).
   */
  static final String BYLINE = "persons/byline";
  /** Fewest words of a byline name. */
  static final int BYLINE_MIN_WORDS = 2;
  /** Most words of a byline name: "محمود سامي عبد الحافظ" with its link. */
  static final int BYLINE_MAX_WORDS = 4;
  /** Most tokens of the place before a wire byline's first slash: "دير الزور /". */
  private static final int BYLINE_PLACE_TOKENS = 3;

  /** {@link #BYLINE}: records the names of the first line's byline, if it has one. */
  private void bylines(Doc doc, Map<String, Found> byName) {
    List<Token> tokens = doc.tokens;
    if (tokens.isEmpty()) {
      return;
    }
    List<int[]> spans = new ArrayList<>();
    if (tokens.get(0).is(Token.Type.ARABIC) && words.in(Words.WordList.BYLINE, tokens.get(0).text())) {
      int k = 1;
      while (doc.isPunct(k, "-", "–", ":") || doc.isPunct(k, "—")) {
        k++;
      }
      while (k < tokens.size()) {
        int e = bylineName(doc, k);
        if (e < 0) {
          return;
        }
        spans.add(new int[] {k, e});
        if (e < tokens.size() && hasConjunction(tokens.get(e)) && !tokens.get(e).paragraphBreakBefore()) {
          k = e; // "أحمد شلبي وإيمان عادل": the next author
          continue;
        }
        if (!(e >= tokens.size() || tokens.get(e).paragraphBreakBefore() || doc.isPunct(e, ":"))) {
          return; // the line runs on: prose, no byline
        }
        break;
      }
    } else {
      int slash = 1;
      while (slash <= BYLINE_PLACE_TOKENS && slash < tokens.size() && !doc.isPunct(slash, "/")
          && tokens.get(slash).is(Token.Type.ARABIC) && !tokens.get(slash).paragraphBreakBefore()) {
        slash++;
      }
      if (!doc.isPunct(slash, "/")) {
        return;
      }
      int e = bylineName(doc, slash + 1);
      if (e < 0 || !doc.isPunct(e, "/")) {
        return;
      }
      spans.add(new int[] {slash + 1, e});
    }
    boolean[] covered = covered(doc, byName.values());
    for (int[] sp : spans) {
      if (!covered[sp[0]]) {
        record(doc, byName, sp[0], sp[1], BYLINE);
        continue;
      }
      for (Found f : byName.values()) {
        if (f.mentions.stream().anyMatch(m -> m[0] == sp[0] && m[1] == sp[1])) {
          f.touch(BYLINE); // the name model found the author's name too
        }
      }
    }
  }

  /**
   * {@link #BYLINE}: the end of a byline name opening at {@code k} (a conjunction of its first
   * word aside), or -1 when the words there are no name's.
   */
  private int bylineName(Doc doc, int k) {
    int e = k;
    while (e < doc.tokens.size() && e - k < BYLINE_MAX_WORDS && (e == k || !doc.tokens.get(e).paragraphBreakBefore())
        && doc.tokens.get(e).is(Token.Type.ARABIC) && (e == k || !hasConjunction(doc.tokens.get(e)))) {
      Token t = doc.tokens.get(e);
      // after the first word, a link ("وليد أبو النجا") or a family name with the article that is
      // also a title or a place ("السيد", "الفرات"): the line holds a name and nothing else
      boolean word = nameLike(doc, e) || e > k && (words.isNameLink(t) || article(t) && !words.isFunctionWord(t))
          || e == k && hasConjunction(t) && names.isGiven(NameModel.conjunctionStem(t));
      if (!word || e == k && plural(t) || verbLike(t) && !names.isGiven(t.text())) { // "الفرات" may close it
        return -1;
      }
      e++;
    }
    return e - k >= BYLINE_MIN_WORDS ? e : -1;
  }

  /**
   * persons/institution-name: a name right after the noun of a place or an institution, a royal
   * title between or not, names the place: "مستشفى الملك فهد" (King Fahd Hospital), "جامعة محمد
   * الخامس", "مدينة الملك عبدالله الثاني الصناعية" (King Abdullah II Industrial City); an
   * honorific may stand for the royal title ("مستشفى الدكتور سليمان فقيه"). Returns
   * the end of the name to skip, or {@code i}. The nouns and titles are the INSTITUTION and ROYAL
   * parts of {@code name-parts.tsv}; the rule creates no record.
   */
  private int institutionName(Doc doc, int i) {
    if (i == 0 || !isPart(doc.tokens.get(i - 1), NameModel.Part.INSTITUTION)) {
      return i;
    }
    int k = i;
    if (isPart(doc.tokens.get(k), NameModel.Part.ROYAL) || names.is(NameModel.Part.HONORIFIC, doc.tokens.get(k).text())
        && doc.tokens.get(k).text().startsWith("ال")) {
      k++; // "مسجد الشيخ زايد", "مستشفى الدكتور سليمان فقيه"
    }
    if (k >= doc.tokens.size() || !doc.tokens.get(k).is(Token.Type.ARABIC)
        || !(opensName(doc, k) || names.given(doc.tokens.get(k)) != NameModel.Given.NONE)) {
      return i;
    }
    return Math.max(nameRun(doc, k), k + 1);
  }

  /**
   * persons/alias-after-name: a naming word right after a person's name, a comma between or
   * not, gives another name of that person, no new person: "محمد حمدان دقلو، المعروف بحميدتي"
   * (M. H. Dagalo, known as Hemedti), "عبد الله الكعبي الملقب بـ«أبو خالد»". Returns the
   * person whose mention ends before the cue at {@code cue}, or null.
   */
  private static Found aliasOf(Doc doc, int cue, Map<String, Found> byName) {
    int e = cue > 0 && doc.isPunct(cue - 1, "،", ",") ? cue - 1 : cue;
    for (Found f : byName.values()) {
      for (int[] m : f.mentions) {
        if (m[1] == e) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * Where an alias at token {@code s} starts: after the ب glued to it when the cue ends without
   * its بـ ("المعروف بحميدتي" → "حميدتي"), else as any name.
   */
  private static int aliasStart(Doc doc, int s, PhraseTable.Hit<String> cue) {
    Token t = doc.tokens.get(s);
    boolean cueHasBa = doc.tokens.get(cue.end() - 1).hasText("ب") || doc.tokens.get(cue.end() - 1).text().endsWith("باسم");
    if (!cueHasBa && s == cue.end()) {
      for (var seg : t.segmentations()) {
        if (!seg.isWholeWord() && !seg.definite() && seg.preposition().equals("ب") && seg.conjunction().isEmpty()
            && seg.stem().length() >= MIN_ALIAS_LENGTH) {
          return t.stemStart(seg);
        }
      }
    }
    return Found.nameStart(doc, s);
  }

  /** Shortest alias read after a glued ب: "بحميدتي" → "حميدتي". */
  private static final int MIN_ALIAS_LENGTH = 3;

  /**
   * persons/undisclosed-name: a naming word after a noun of disclosure of the DISCLOSURE part,
   * "عن" between or not, names nobody: "طلب عدم ذكر اسمه" (asked that his name not be given),
   * "رفض الكشف عن اسمها" (refused to disclose her name), "دون نشر اسمه". The cue at {@code cue}.
   */
  private boolean undisclosedName(Doc doc, int cue) {
    int k = cue - 1;
    if (k > 0 && doc.tokens.get(k).hasText("عن")) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    Token t = doc.tokens.get(k);
    return isPart(t, NameModel.Part.DISCLOSURE) || names.is(NameModel.Part.DISCLOSURE, t.segmentations().get(0).stemWithArticle())
        || t.text().startsWith("ال") && names.is(NameModel.Part.DISCLOSURE, t.text().substring(2));
  }

  /** Whether {@code t}, a clitic و / ب / ل aside, is a name part of kind {@code p}. */
  private boolean isPart(Token t, NameModel.Part p) {
    for (var seg : t.segmentations()) {
      if (names.is(p, seg.isWholeWord() ? t.text() : seg.definite() ? seg.stemWithArticle() : seg.stem())) {
        return true;
      }
    }
    return false;
  }

  /** Words between a noun of a person and its initials: "المشتبه به م.ع" (the suspect). */
  private static final java.util.Set<String> INITIALS_PRONOUNS = java.util.Set.of("به", "بها", "بهم", "فيه", "فيها", "عليه", "عليها");

  /**
   * persons/initials: initials, single letters joined by points, name a person after a noun of a
   * person (the INITIALS_CUE part): "المتهم ع.أ" (the defendant A.A.), "الموقوفة س.م", and the
   * initials listed after them with و or a comma: "المتهمين م.ب و ع.ر". Elsewhere letters with
   * points are abbreviations ("ص.ب", P.O. box; "ق.م", BC). Returns the end of the initials, or
   * {@code i}.
   */
  private int initialsAt(Doc doc, int i, Map<String, Found> byName) {
    int end = initialsEnd(doc, i);
    if (end <= i) {
      return i;
    }
    int c = i - 1;
    while (c >= 0 && c >= i - INITIALS_CUE_REACH) {
      Token t = doc.tokens.get(c);
      if (isPart(t, NameModel.Part.INITIALS_CUE)) {
        break;
      }
      boolean listed = doc.isPunct(c, "،", ",") || t.hasText("و");
      int before = c - 1;
      if (listed && before >= 0 && doc.tokens.get(before).is(Token.Type.ARABIC)
          && initialsEndingAt(byName, c)) {
        break; // "م.ب و ع.ر": a second member of the list
      }
      if (!INITIALS_PRONOUNS.contains(t.text()) || c < i - 1) {
        return i;
      }
      c--;
    }
    if (c < 0 || c < i - INITIALS_CUE_REACH) {
      return i;
    }
    int start = doc.tokens.get(i).text().length() == 2 ? doc.tokens.get(i).start() + 1 : doc.tokens.get(i).start();
    Found f = record(doc, byName, i, end, INITIALS, start);
    f.touch(NAME_EVIDENCE);
    return end;
  }

  /** Whether a person found by persons/initials has a mention ending at token {@code end}. */
  private static boolean initialsEndingAt(Map<String, Found> byName, int end) {
    for (Found f : byName.values()) {
      if (f.rules.contains(INITIALS) && f.mentions.stream().anyMatch(m -> m[1] == end)) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens back the noun of a person before initials may stand. */
  private static final int INITIALS_CUE_REACH = 2;

  /** The end of initials at {@code i} ("ع.أ", "م.ب.ر", "وع.ر"), or {@code i}. */
  private int initialsEnd(Doc doc, int i) {
    List<Token> tokens = doc.tokens;
    Token first = tokens.get(i);
    boolean letter = first.is(Token.Type.ARABIC) && (first.text().length() == 1
        || first.text().length() == 2 && first.text().charAt(0) == 'و');
    if (!letter) {
      return i;
    }
    int j = i + 1;
    int letters = 1;
    while (j + 1 < tokens.size() && doc.isPunct(j, ".") && !tokens.get(j).spaceBefore()
        && tokens.get(j + 1).is(Token.Type.ARABIC) && tokens.get(j + 1).text().length() == 1
        && !tokens.get(j + 1).spaceBefore()) {
      j += 2;
      letters++;
    }
    return letters >= 2 ? j : i;
  }

  /**
   * persons/named-by-cue and the cue roles: "بقيادة أبو الوليد الصحراوي" (led by), "المدعو «أبو
   * خالد»" (the so-called), "يدعى كريم" (named Karim). A name in quotation marks after the cue may
   * be one word.
   */
  private int namedByCue(Doc doc, PhraseTable.Hit<String> cue, Map<String, Found> byName) {
    if (cue.value().equals("named") && cue.first() > 0 && doc.tokens.get(cue.first() - 1).hasText("ما")) {
      return cue.end(); // "ما يسمى "قاطع الصحراء"" (the so-called Desert Sector) names a thing
    }
    if (cue.value().equals("named") && undisclosedName(doc, cue.first())) {
      return cue.end(); // UNDISCLOSED_NAME: "طلب عدم ذكر اسمه لأنه غير مخول"
    }
    int start = cue.end();
    while (start < doc.tokens.size() && doc.tokens.get(start).isDetachedClitic()) {
      start++; // "الملقب بـ"أبو دجانة"": the detached بـ before the quote
    }
    boolean quoted = doc.isQuote(start) || doc.isPunct(start, "(");
    int s = quoted ? start + 1 : start;
    int end = nameAt(doc, s, quoted || cue.value().equals("named"));
    if (end <= s) {
      return givenName(doc, start, byName);
    }
    boolean evidence = hasNameEvidence(doc, s, end, true);
    boolean naming = cue.value().equals("named");
    if (!evidence && !(naming || quoted) || !evidence && !plausibleBareName(doc, s, end)) {
      return start; // "الإرهابي الخطير" is no name
    }
    Found named = naming ? aliasOf(doc, cue.first(), byName) : null;
    if (named != null) {
      named.addMention(s, end, aliasStart(doc, s, cue));
      named.touch(ALIAS_AFTER_NAME);
      return end;
    }
    String rule = naming ? NAMED_BY_CUE : "persons/" + cue.value();
    Found f = record(doc, byName, s, end, rule);
    f.touch(NAME_EVIDENCE);
    f.role = f.role == null && !naming ? cue.value() : f.role;
    if (!naming) {
      f.roles.add(cue.value());
    }
    return afterName(doc, end, f);
  }

  /**
   * persons/given-name: a run of name words that the name model recognises as a name, with no
   * construction around it: a given name and what follows ("محمد عبدالرضا", "روتش مارك كريستيان
   * كابوري"), a kunya ("أبو بكر البغدادي"), a compound ("عبد اللطيف حموشي", "نور الدين
   * بوطبة"). A given name that is also a word needs support ("أمين عام" is no name). The name
   * may carry a clitic that stays out of its span ("وعلي ميرزا" → "علي ميرزا").
   */
  private int givenName(Doc doc, int i, Map<String, Found> byName) {
    if (i >= doc.tokens.size() || !opensName(doc, i) || placeNounBeforePlace(doc, i)) {
      return i;
    }
    int end = nameRun(doc, i);
    boolean introduced = honorificBefore(doc, i) || titleOrAgeAfter(doc, end);
    if (end - i < 2 || !hasNameEvidence(doc, i, end, introduced)) {
      if (end - i == 1 && honorificBefore(doc, i) && names.given(doc.tokens.get(i)) == NameModel.Given.SURE
          && doc.tokens.get(i).text().length() >= 3) {
        Found f = record(doc, byName, i, end, GIVEN_NAME); // "اللاعب نيمار" (the player Neymar)
        return afterName(doc, end, f);
      }
      return i;
    }
    Found f = record(doc, byName, i, end, GIVEN_NAME);
    return afterName(doc, end, f);
  }

  /**
   * After a name: persons/name-comma-title collects a title set off by a comma ("سلمان الفرج،
   * قائد الفريق") or standing right after the name; returns where the name's phrase ends.
   */
  private int afterName(Doc doc, int end, Found f) {
    int k = doc.isPunct(end, "،", ",") ? end + 1 : end;
    if (k < doc.tokens.size() && titleAt(doc, k).isPresent() && doc.sentenceOf(k) == doc.sentenceOf(end - 1)) {
      Found pending = new Found();
      int j = readTitles(doc, k, pending);
      if (j < doc.tokens.size() && (opensName(doc, j) || nameAt(doc, j, false) > j
          || organisationThenName(doc, j) > 0)) {
        return end; // "التقى تبون وزير الخارجية الإيطالي أنطونيو تاياني": the title is the next person's
      }
      f.touch(k > end ? NAME_COMMA_TITLE : NAME_THEN_TITLE);
      merge(pending, f);
      return j;
    }
    return end;
  }

  /** A title ("، رئيس بلدية المدينة") or an age ("(33 عاما)") right after a name. */
  private boolean titleOrAgeAfter(Doc doc, int end) {
    int k = doc.isPunct(end, "،", ",") ? end + 1 : end;
    // an ambiguous rank is no support: "ورفعت جماهير الفريق" (the team's fans raised)
    boolean rank = k < doc.tokens.size() && names.is(NameModel.Part.AMBIGUOUS_RANK, doc.tokens.get(k).text());
    return titleAt(doc, k).isPresent() && !rank || isAge(doc, end);
  }

  /** "(33 عاما)": an age in parentheses at token {@code p}. */
  private boolean isAge(Doc doc, int p) {
    return p + 3 < doc.tokens.size() && doc.isPunct(p, "(") && doc.tokens.get(p + 1).is(Token.Type.NUMBER)
        && names.is(NameModel.Part.AGE, doc.tokens.get(p + 2).text()) && doc.isPunct(p + 3, ")");
  }

  /** Whether a name may open at token {@code i}: a given name, a kunya, a compound, a definite given name. */
  private boolean opensName(Doc doc, int i) {
    if (i >= doc.tokens.size()) {
      return false; // a title chain that ends the text: "ويضم الوفد الرسمي 15 عضوا"
    }
    Token t = doc.tokens.get(i);
    if (!t.is(Token.Type.ARABIC) || (i > 0 && words.isNameLink(doc.tokens.get(i - 1)))) {
      return false;
    }
    // a name opens with a given name, a kunya, عبد or a definite given name; most words are none
    // of these, and are refused before the costlier checks below
    String w = stemOf(t);
    boolean compound = i + 1 < doc.tokens.size() && (names.is(NameModel.Part.KUNYA, w) || w.equals(ABD)
        || names.is(NameModel.Part.DEFINITE_GIVEN, t.text()));
    boolean given = names.given(t) != NameModel.Given.NONE;
    if (!compound && !given) {
      return false;
    }
    boolean titleName = titleAt(doc, i).filter(h -> h.length() == 1).isPresent()
        && !words.isFunctionWord(t); // "أمير محمد" (Amir Mohammed): a one-word title that is a name
    if (!nameLike(doc, i) && !titleName && !(given && isPlaceWordOnly(doc, i))) {
      return false;
    }
    if (compound) {
      return (nameLike(doc, i + 1) || divineAfterAbd(doc, i + 1)) && doc.tokens.get(i + 1).spaceBefore();
    }
    // "الكسندر" (Alexander) is a name; "الحسن" alone is read as DEFINITE_GIVEN above
    return given;
  }

  /** A one-word place that is also a given name may open a name: "عدن" (Aden; the Somali name Aden). */
  private boolean isPlaceWordOnly(Doc doc, int i) {
    Optional<Doc.Mention> m = doc.mentionAt(i);
    return m.isPresent() && m.get().first() == i && m.get().end() == i + 1 && m.get().kind() == EntryKind.PLACE
        && i + 1 < doc.tokens.size() && nameLike(doc, i + 1);
  }

  /** The accusative tanween, written on common nouns, never on names. */
  private static final char FATHATAN = '\u064B';

  /** "عبد", which opens compounds with a divine name: "عبد الرحمن". */
  private static final String ABD = "عبد";

  /** The word of {@code t} without a conjunction or preposition when the stem is a name part. */
  private String stemOf(Token t) {
    String w = t.text();
    if (names.isGiven(w) || words.isNameLink(t)) {
      return w;
    }
    String stem = NameModel.conjunctionStem(t);
    if (stem.isEmpty() && names.given(t) == NameModel.Given.SURE) {
      stem = NameModel.prepositionStem(t);
    }
    if (stem.isEmpty()) {
      stem = kunyaAfterPreposition(t);
    }
    return stem.isEmpty() ? w : stem;
  }

  /**
   * persons/kunya-after-preposition: the kunya opener of a token read as ب or ل + أبي / أم
   * ("ويعرف بأبي خطاب الحمصي", he is known as Abu Khattab al-Homsi; "لأبي محمد"), or "".
   */
  static String kunyaAfterPreposition(Token t) {
    NameModel names = NameModel.bundled();
    if (names.isGiven(t.text())) {
      return ""; // "بابا غوني" (Baba Goni) is no ب + أبا
    }
    for (var seg : t.segmentations()) {
      if (!seg.isWholeWord() && !seg.definite() && (seg.preposition().equals("ب") || seg.preposition().equals("ل"))
          && names.is(NameModel.Part.KUNYA, seg.stem())) {
        return seg.stem();
      }
    }
    return "";
  }

  /** Words that stop a name run when they open with the imperfect prefix and are no name: a verb follows the subject. */
  private static final int VERB_LIKE_MAX_LENGTH = 5;
  /** Shortest verb-like word: three-letter words such as "يمق" are more often family names. */
  private static final int VERB_LIKE_MIN_LENGTH = 4;

  /**
   * The end of the run of name words that opens at {@code i}. The run ends before a function word,
   * a title, a cue, an entity other than a one-word place, a conjunction, a word with a
   * preposition and the article ("للإذاعة", to the radio), a verb-like word ("يقول"), and after a
   * family name with the article ("سلمان الفرج") unless a link binds it ("أبو الوليد", "عبد
   * الرحمن", "نور الدين").
   */
  private int nameRun(Doc doc, int i) {
    List<Token> tokens = doc.tokens;
    int j = i + 1;
    while (j < tokens.size() && j - i < maxNameTokens(doc, i, j)) {
      Token t = tokens.get(j);
      Token prev = tokens.get(j - 1);
      if (framedFamilyName(doc, i, j)) {
        j++; // FRAMED_FAMILY_NAME: "الدكتور حسن علي نور الداود، أن": the clause closes the name
        break;
      }
      boolean afterLink = names.is(NameModel.Part.NASAB, prev.text()) && t.is(Token.Type.ARABIC) && t.spaceBefore()
          && doc.mentionAt(j).filter(m -> m.kind() != EntryKind.PLACE && m.kind() != EntryKind.TITLE).isEmpty()
          && !doc.isPunct(j); // "ولد الشيخ", "آل ثاني": whatever word the link governs
      boolean middleHonorific = j + 1 < tokens.size() && names.is(NameModel.Part.HONORIFIC, t.text())
          && t.text().startsWith("ال") && names.isGiven(t.text().substring(2))
          && names.given(tokens.get(j + 1)) == NameModel.Given.SURE && tokens.get(j + 1).spaceBefore()
          && !hasConjunction(tokens.get(j + 1)); // "أحمد السيد محمود": السيد as a father's name
      boolean link = words.isNameLink(t) && t.spaceBefore();
      // "محمد الأمين ولد سيدي", "محمد الأمين": a given name with the article that is also a
      // one-word title ("الأمين", the secretary), after a given name or before a nasab link
      boolean definiteGiven = names.is(NameModel.Part.DEFINITE_GIVEN, t.text()) && t.spaceBefore()
          && titleAt(doc, j).filter(h -> h.length() > 1).isEmpty()
          && (j + 1 < tokens.size() && names.is(NameModel.Part.NASAB, tokens.get(j + 1).text())
              || j == i + 1 && names.given(tokens.get(i)) == NameModel.Given.SURE
              || definiteFatherName(doc, i, j));
      boolean familyTitle = familyNameThatIsTitle(doc, i, j) || divineAfterAbd(doc, j);
      // "رلى الحاج"، "حسن الشيخ": an honorific with the article closing the name is its family name
      boolean finalHonorific = honorificFamilyName(doc, i, j);
      if (!nameLike(doc, j) && !afterLink && !middleHonorific && !link && !definiteGiven && !familyTitle && !finalHonorific
          || !t.spaceBefore() && !words.isNameLink(prev) || t.paragraphBreakBefore()
          || names.is(NameModel.Part.NOT_FAMILY, t.text())
          || hasConjunction(t) && !conjunctionName(t) || prepositionWithArticle(t) || verbLike(t) || plural(t)
          || nounAfterName(t) || names.masdar(t.text()) || possessedMasdar(t) || formFourMasdar(t) || possessedNoun(t)
          || j - i >= CONSTRUCT_NOUN_MIN_NAME_WORDS && constructNoun(doc, j)) {
        break; // MASDAR_ENDS_NAME: "سفيان بنعمر التسجيل", then "the scoring"
      }
      boolean prevDefinite = article(prev) && j - 1 > i && !words.isNameLink(prev) // not آل
          && !(names.is(NameModel.Part.HONORIFIC, prev.text()) && names.given(t) == NameModel.Given.SURE)
          && !(names.is(NameModel.Part.DEFINITE_GIVEN, prev.text()) && names.is(NameModel.Part.NASAB, t.text()))
          && !(definiteFatherName(doc, i, j - 1) && (names.given(t) != NameModel.Given.NONE || names.isGiven(t.text())));
      boolean bound = j - 2 >= i && (words.isNameLink(tokens.get(j - 2)) || tokens.get(j - 2).hasText(ABD));
      if (prevDefinite && !bound && !names.is(NameModel.Part.DIN, prev.text())
          && !names.is(NameModel.Part.DIVINE, prev.text()) && !definiteAbd(prev, t)) {
        break; // "سلمان الفرج" ends with its family name
      }
      if (j - 1 > i && names.is(NameModel.Part.REGNAL, prev.text())) {
        break; // "الملك عبدالله الثاني المشروع": the ordinal closes a ruler's name
      }
      boolean definite = article(t) && !link && !names.is(NameModel.Part.DIN, t.text())
          && !names.is(NameModel.Part.DIVINE, t.text());
      boolean compound = j - 2 >= i && tokens.get(j - 2).hasText(ABD); // "عبد الصمد الجود"
      if (definite && j - i >= (compound ? 3 : 2) && !nisba(t.text()) && !words.isNameLink(prev) && !prev.hasText(ABD)
          && !finalHonorific && !definiteFatherName(doc, i, j)) {
        break; // "بطاقة أمير محمد الصفراء" (Amir Mohammed's yellow card): an adjective, no family name
      }
      j++;
    }
    while (j > i + 1 && words.isNameLink(tokens.get(j - 1))) {
      j--;
    }
    return j;
  }

  /**
   * persons/definite-father-name: a given name written with the article (DEFINITE_GIVEN of
   * name-parts.tsv) right after a sure given name, inside a name of two words or more, is the
   * father's or grandfather's name, as Sudanese and Maghrebi names write it; it is neither the
   * family name that closes the name nor an adjective: "الباحث عثمان الطيب حامد" (the researcher
   * Othman al-Tayyib Hamid) goes on to the given name حامد, "المزارع عثمان محمد الأمين"
   * (the farmer O. M. al-Amin) ends with it. A longer title at that word stays a title ("محمد
   * علي الأمين العام للحزب", M. Ali, the party's secretary-general).
   */
  static final String DEFINITE_FATHER_NAME = "persons/definite-father-name";

  /** {@link #DEFINITE_FATHER_NAME}: whether token {@code j} is such a father's name in the name from {@code i}. */
  private boolean definiteFatherName(Doc doc, int i, int j) {
    List<Token> tokens = doc.tokens;
    if (j <= i || j >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(j);
    return names.is(NameModel.Part.DEFINITE_GIVEN, t.text()) && t.spaceBefore()
        && names.given(tokens.get(j - 1)) == NameModel.Given.SURE
        && titleAt(doc, j).filter(h -> h.length() > 1).isEmpty();
  }

  /**
   * persons/divine-title-after-abd: a divine or devotional name of the DIVINE part that is also a
   * title, right after عبد, is the second half of the compound: "عبد الأمير الشمري" (Abd
   * al-Amir al-Shammari), not عبد and the title "الأمير" (the prince).
   */
  static final String DIVINE_TITLE_AFTER_ABD = "persons/divine-title-after-abd";

  /** {@link #DIVINE_TITLE_AFTER_ABD}: whether token {@code j} is a DIVINE name right after عبد. */
  private boolean divineAfterAbd(Doc doc, int j) {
    return j > 0 && j < doc.tokens.size() && doc.tokens.get(j - 1).hasText(ABD)
        && names.is(NameModel.Part.DIVINE, doc.tokens.get(j).text());
  }

  /** persons/framed-family-name: see {@link #framedFamilyName}. */
  static final String FRAMED_FAMILY_NAME = "persons/framed-family-name";

  /**
   * persons/framed-family-name: a name introduced by a title, an honorific or a speech verb and
   * closed by a comma or by إن / أن keeps, as its last word, the one word between its first two
   * or more name words and that closer, where it would otherwise end at a definite word: "أوضح
   * مدير المستشفى، الدكتور حسن علي نور الداود، أن" (the hospital director Dr H. A. N. al-Daoud
   * explained that), "المقدم محمد ولد أحمد الأمين، إن", "اللواء عبد الرحيم الطيب حامد، إن",
   * "وقالت الناشطة مريم الزهراء بنعلي إن". The last word is a name-like word or a definite given
   * name, no function word, title, verb-like word, plural, verbal noun, time word of function-words.tsv or TIME_WORD ("وقال
   * الوزير خالد يوسف الثلاثاء، إن" names خالد يوسف).
   */
  private boolean framedFamilyName(Doc doc, int i, int j) {
    List<Token> tokens = doc.tokens;
    if (j - i < FRAMED_MIN_NAME_WORDS || j + 1 >= tokens.size() || !closesClause(doc, j + 1)) {
      return false;
    }
    Token t = tokens.get(j);
    Token prev = tokens.get(j - 1);
    if (!t.is(Token.Type.ARABIC) || !t.spaceBefore() || t.paragraphBreakBefore() || words.isNameLink(t)
        || words.isNameLink(prev) || prev.hasText(ABD) || hasConjunction(t) || words.is(t, Words.Category.TIME) || names.is(NameModel.Part.TIME_WORD, t.text())
        || names.is(NameModel.Part.NOT_FAMILY, t.text()) || verbLike(t) || plural(t) || names.masdar(t.text())
        || possessedMasdar(t) || prepositionWithArticle(t) || nounAfterName(t) || prepositionalWord(t)
        || !(nameLike(doc, j) || names.is(NameModel.Part.DEFINITE_GIVEN, t.text()))) {
      return false;
    }
    for (int k = i; k < j; k++) {
      if (doc.isPunct(k) || !tokens.get(k).is(Token.Type.ARABIC)) {
        return false;
      }
    }
    int q = i;
    while (q > 0 && q > i - FRAMED_TITLE_QUALIFIERS && (names.is(NameModel.Part.TITLE_ADJECTIVE, tokens.get(q - 1).text())
        || isAttributive(tokens.get(q - 1)))) {
      q--; // "اللواء شرطة حقوقي عبد الرحيم ...": the qualifiers of a rank
    }
    if (honorificBefore(doc, q)) {
      return true;
    }
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (speechCues.at(doc, k).filter(h -> h.end() == i).isPresent()) {
        return true; // "وقال محمد علي الخطيب، إن"
      }
    }
    return false;
  }

  /** Most qualifiers read between a rank and the name by {@link #framedFamilyName}. */
  private static final int FRAMED_TITLE_QUALIFIERS = 3;

  /** Name words a name has before {@link #framedFamilyName} may add the last one. */
  private static final int FRAMED_MIN_NAME_WORDS = 2;

  /**
   * إن / أن as written with the hamza, or a comma before one of them, before في ("، في تصريح",
   * in a statement) or before a title (an apposition): the end of the clause of a name. A comma
   * before و or a verb ends an object, not a name ("التقى الرئيس محمد علي الوفد، وبحث").
   */
  private boolean closesClause(Doc doc, int k) {
    if (doc.isPunct(k, "،", ",")) {
      return k + 1 < doc.tokens.size() && (thatParticle(doc.tokens.get(k + 1)) || doc.tokens.get(k + 1).hasText("في")
          || titleAt(doc, k + 1).isPresent());
    }
    return thatParticle(doc.tokens.get(k));
  }

  /** إن or أن as written, with the hamza: "بأن"-less reported speech after a name. */
  private static boolean thatParticle(Token t) {
    String o = t.span().text();
    return o.equals("إن") || o.equals("أن");
  }

  /**
   * persons/honorific-family-name: an honorific of the HONORIFIC_FAMILY part with the article
   * closing a name is its family name, after a sure given name or a compound with عبد: "رلى
   * الحاج", "حسن الشيخ", "ويدعى أحمد عبد الرحيم السيد، وهو مطلوب" (named Ahmed Abdel Rahim
   * El-Sayed). Before another name word it is no family name ("محمد السيد محمود" reads السيد as
   * the father's name elsewhere; "السيد محمد" is Mr. Mohammed).
   */
  private boolean honorificFamilyName(Doc doc, int i, int j) {
    List<Token> tokens = doc.tokens;
    Token t = tokens.get(j);
    if (j <= i || !names.is(NameModel.Part.HONORIFIC_FAMILY, t.text()) || !t.spaceBefore()) {
      return false;
    }
    Token prev = tokens.get(j - 1);
    boolean afterCompound = j - 2 >= i && tokens.get(j - 2).hasText(ABD) && names.is(NameModel.Part.DIVINE, prev.text());
    return (names.given(prev) == NameModel.Given.SURE || afterCompound)
        && (j + 1 >= tokens.size() || !nameLike(doc, j + 1) || !tokens.get(j + 1).spaceBefore());
  }

  /**
   * persons/nasab-chain: a name whose words so far ({@code [i, j)}) hold a nasab link (بن، ولد،
   * أغ) may run to {@value #MAX_NASAB_NAME_TOKENS} tokens, its links included: "سالم بن علي بن
   * ناصر الجعدني"; other names to {@value #MAX_NAME_TOKENS}.
   */
  private int maxNameTokens(Doc doc, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      if (names.is(NameModel.Part.NASAB, doc.tokens.get(k).text())) {
        return MAX_NASAB_NAME_TOKENS;
      }
    }
    return MAX_NAME_TOKENS;
  }

  /**
   * A word that ends a name: ب or ل and a noun of the NOUN_AFTER_NAME part ("محمد رحيل بإقليم
   * الحوز", M. Rahil in the province of al-Haouz; "بمنصب", to the post), or ب / ل before a hamza
   * ("بأداء", "لإعادة"), which no name after a given name opens with.
   */
  private boolean nounAfterName(Token t) {
    if (names.isGiven(t.text()) || words.isNameLink(t)) {
      return false;
    }
    for (var seg : t.segmentations()) {
      if (!seg.isWholeWord() && !seg.definite() && (seg.preposition().equals("ب") || seg.preposition().equals("ل"))) {
        String stem = seg.stem();
        if (names.is(NameModel.Part.NOUN_AFTER_NAME, stem) || possessiveNoun(stem)) {
          return true;
        }
      }
    }
    return prepositionBeforeHamza(t);
  }

  /**
   * ب or ل before a hamza in the original spelling ("بأداء", "لإعادة", "بأن"), which no name
   * opens with: the normalizer folds "بأن" (that) into "بان" (Ban, a given name).
   */
  private static boolean prepositionBeforeHamza(Token t) {
    String o = t.span().text();
    return o.length() > 2 && (o.charAt(0) == 'ب' || o.charAt(0) == 'ل')
        && (o.charAt(1) == 'أ' || o.charAt(1) == 'إ');
  }

  /**
   * persons/possessed-masdar-ends-name: a verbal noun with a possessive pronoun (a MASDAR
   * pattern with the article taken off, then a POSSESSIVE suffix) is the object of the verb
   * before the name, not a family name: "قبل أن يستعيد العربي توازنه" (before Al-Arabi regained
   * its balance: the club, not a person named al-Arabi Tawazunuh), "أعلن المهدي انسحابه" (al-Mahdi
   * announced his withdrawal). A given name is never cut.
   */
  private boolean possessedMasdar(Token t) {
    String w = t.text();
    if (w.startsWith("ال") || names.isGiven(w)) {
      return false;
    }
    for (String p : names.parts(NameModel.Part.POSSESSIVE)) {
      if (w.length() > p.length() + 3 && w.endsWith(p) && names.masdar("ال" + w.substring(0, w.length() - p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** persons/possessed-noun-ends-name: see {@link #possessedNoun}. */
  static final String POSSESSED_NOUN_ENDS_NAME = "persons/possessed-noun-ends-name";

  /** Name words before {@link #possessedNoun} ends a name read after a title. */
  private static final int POSSESSED_NOUN_MIN_NAME_WORDS = 1;

  /** Shortest word read as a noun and a pronoun suffix of {@link #THIRD_PERSON_SUFFIXES}. */
  private static final int POSSESSED_NOUN_MIN_LETTERS = 5;

  /**
   * The third-person pronoun suffixes other than ه (her, their, their two): a name never carries
   * them; ه alone stays out, as Egyptian spelling writes the ة of names with it ("شحاته").
   */
  private static final List<String> THIRD_PERSON_SUFFIXES = List.of("ها", "هما", "هم", "هن");

  /**
   * persons/possessed-noun-ends-name: a word with a third-person pronoun suffix (ها، هما، هم،
   * هن) that is no given name is a possessed noun, the object of the verb before the name or the
   * next phrase, never a family name: "وواصلت البطلة سلمى بنعلي عودتها القوية" (the champion S.
   * Benali continued her strong return) names سلمى بنعلي; "أكد خالد يونس دعمهم" (K. Younes
   * affirmed their support). Complements {@link #possessedMasdar}, which reads any suffix after a
   * verbal-noun template.
   */
  private boolean possessedNoun(Token t) {
    String w = t.text();
    if (w.length() < POSSESSED_NOUN_MIN_LETTERS || w.startsWith("ال") || names.given(t) != NameModel.Given.NONE
        || names.isGiven(w) || words.isNameLink(t)) {
      return false;
    }
    for (String p : THIRD_PERSON_SUFFIXES) {
      if (w.endsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * persons/masdar-ends-name, the indefinite form IV verbal noun: a word spelled إفعال (a hamza
   * under its alef, ا before its last letter) that is no given name is the object of the verb
   * before the name: "وأعلن المحافظ عمرو حنفي إغلاق الشواطئ" (governor Amr Hanafi announced the
   * closure of the beaches) names عمرو حنفي. "إسحاق" (Ishaq) is a given name and stays.
   */
  private boolean formFourMasdar(Token t) {
    String o = t.span().text();
    return o.length() == FORM_FOUR_MASDAR_LETTERS && o.charAt(0) == '\u0625' && o.charAt(3) == '\u0627'
        && !names.isGiven(t.text());
  }

  /** Letters of an indefinite form IV verbal noun of a sound root: "إغلاق", "إطلاق", "إعلان". */
  private static final int FORM_FOUR_MASDAR_LETTERS = 5;

  /**
   * persons/possessive-noun-ends-name: a noun of the NOUN_AFTER_NAME part with a possessive
   * pronoun of the POSSESSIVE part, read after ب or ل, ends a name: "وقال أبو علي ناصر لموقعنا"
   * (A. A. Nasser told our website), "لصحيفتنا" (to our paper), "بمنصبه" (in his post). The
   * noun's ta marbuta is written ت before the pronoun ("شبكتنا", our network).
   */
  private boolean possessiveNoun(String stem) {
    for (String p : names.parts(NameModel.Part.POSSESSIVE)) {
      if (stem.length() > p.length() + 1 && stem.endsWith(p)) {
        String noun = stem.substring(0, stem.length() - p.length());
        String marbuta = noun.endsWith("ت") ? noun.substring(0, noun.length() - 1) + "ه" : noun;
        if (names.is(NameModel.Part.NOUN_AFTER_NAME, noun) || names.is(NameModel.Part.NOUN_AFTER_NAME, marbuta)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many name words a name has before {@link #constructNoun} may end it. */
  private static final int CONSTRUCT_NOUN_MIN_NAME_WORDS = 2;

  /**
   * persons/construct-noun-ends-name: after two name words, an indefinite noun with ta marbuta
   * that is no given name, before a definite word that is no nisba, is the head of a construct
   * phrase, the object of the verb before the name, and no family name: "اقتحم المهاجم سامي خليل
   * منطقة الجزاء" (the striker S. Khalil burst into the penalty area), "أطلق كريم فؤاد رصاصة
   * الرحمة" (K. Fouad fired the coup de grâce), and before a known group, organisation or place,
   * its owner ("يقدر سليمان عبده قوة فانو", {@link #namedEntityAt}); so before an adjective with ta marbuta, the noun
   * and its adjective: "سدد ماليك تراوري كرة قوية" (M. Traoré hit a powerful shot). "أحمد شحادة
   * الكعبي" keeps its nisba; "أبو قتادة الأنصاري" its kunya.
   */
  private boolean constructNoun(Doc doc, int j) {
    if (j + 1 >= doc.tokens.size() || j == 0) {
      return false;
    }
    Token t = doc.tokens.get(j);
    Token next = doc.tokens.get(j + 1);
    String w = t.text();
    return t.span().text().endsWith("ة") && !w.startsWith("ال") && names.given(t) == NameModel.Given.NONE
        && !names.isGiven(w) && !words.isNameLink(t) && !names.is(NameModel.Part.KUNYA, stemOf(doc.tokens.get(j - 1)))
        && next.is(Token.Type.ARABIC) && next.spaceBefore()
        && (namedEntityAt(doc, j + 1)
            || next.text().startsWith("ال") && !nisba(next.text()) && !names.is(NameModel.Part.DIVINE, next.text())
            && !names.is(NameModel.Part.DIN, next.text())
            || next.span().text().endsWith("ة") && names.given(next) == NameModel.Given.NONE && !names.isGiven(next.text())
                && next.segmentations().get(0).conjunction().isEmpty());
  }

  /**
   * A known group, organisation, place or country opens at token {@code k}: after a noun in ة
   * it is the noun's owner, so the noun is the head of a construct ("يقدر سليمان عبده قوة فانو",
   * S. Abdo estimates the strength of Fano), whatever the owner's spelling.
   */
  private static boolean namedEntityAt(Doc doc, int k) {
    return doc.mentionAt(k).filter(m -> m.first() == k).isPresent()
        && doc.mentionOfKind(k, EntryKind.GROUP, EntryKind.ORGANIZATION, EntryKind.PLACE, EntryKind.COUNTRY);
  }

  /**
   * A word opening with و that is a given name as a whole and no given name without it: the
   * Somali "ورسمي" (Warsame) in "حسن عيسى ورسمي"; "ووليد" or "ومحمد" are a conjunction and a name.
   */
  private boolean conjunctionName(Token t) {
    String stem = NameModel.conjunctionStem(t);
    return t.text().length() >= CONJUNCTION_NAME_MIN_LENGTH && names.given(t.text()) == NameModel.Given.SURE
        && !stem.isEmpty() && !names.isGiven(stem) && !words.isFunctionWord(t); // "وفي" (and in) is no Wafi
  }

  /** Shortest name read whole though it opens with و: short ones ("وفي", "وفر") are و + word. */
  private static final int CONJUNCTION_NAME_MIN_LENGTH = 5;

  /**
   * After a compound with الله or الدين, a one-word title without the article closing the clause is
   * a family name: "ضياء الله وزير" (Ziaullah Wazir) before إن, a comma or a verb; "ضياء الله وزير
   * الخارجية" keeps its title.
   */
  private boolean familyNameThatIsTitle(Doc doc, int i, int j) {
    Token t = doc.tokens.get(j);
    Token prev = doc.tokens.get(j - 1);
    if (j - i < 2 || !(prev.hasText("الله") || prev.hasText("الدين")) || t.text().startsWith("ال")
        || !t.spaceBefore() || titleAt(doc, j).filter(h -> h.length() == 1).isEmpty()
        || hasConjunction(t) || !t.segmentations().get(0).preposition().isEmpty()) {
      return false;
    }
    if (j + 1 >= doc.tokens.size()) {
      return true;
    }
    Token next = doc.tokens.get(j + 1);
    // "ضياء الله وزير للصحفيين" (Z. Wazir told the journalists): a preposition with the
    // article after the title word, no complement of it
    return !next.is(Token.Type.ARABIC) || words.isFunctionWord(next) || speechCues.at(doc, j + 1).isPresent()
        || hasConjunction(next) || verbLike(next) || prepositionWithArticle(next);
  }

  /**
   * A word with the preposition ب or ل that is no name: "بسجن" (by jailing), "لمدة" (for a period).
   * Maghrebi family names that open with بو / بل / بن ("بوطالب", "بلحاج") are names.
   */
  private boolean prepositionalWord(Token t) {
    String w = t.text();
    String preposition = t.segmentations().get(0).preposition();
    // not ك: foreign family names open with it ("كابوري", "كوليبالي") far more than "كـ" + noun
    return (preposition.equals("ب") || preposition.equals("ل")) && !names.isGiven(w)
        && !w.startsWith("بو") && !w.startsWith("بل") && !w.startsWith("بن") && !words.isNameLink(t);
  }

  /**
   * A first word that reads as ب / ل + noun: the preposition before a consonant or a hamza
   * ("بأداء", "بزيارة"); foreign names written with a bare alef after the letter ("باباغانا",
   * "باكاري") are no such word.
   */
  private boolean prepositionBeforeNoun(Token t) {
    String o = t.span().text();
    return prepositionalWord(t) && o.length() > 2 && o.charAt(1) != 'ا' && o.charAt(1) != 'و'
        && o.charAt(1) != 'ي';
  }

  /** The word before {@code j} is a family name with the article that closes the name. */
  private boolean familyNameBefore(Doc doc, int i, int j) {
    Token prev = doc.tokens.get(j - 1);
    String w = prev.text();
    boolean bound = j - 2 >= i && (words.isNameLink(doc.tokens.get(j - 2)) || doc.tokens.get(j - 2).hasText(ABD));
    return w.startsWith("ال") && !bound && !words.isNameLink(prev) && !names.is(NameModel.Part.DIN, w) && !names.is(NameModel.Part.DIVINE, w)
        && !doc.tokens.get(j).text().startsWith("ال") && !definiteAbd(prev, doc.tokens.get(j));
  }

  /**
   * persons/definite-abd-family: "العبد" and a divine name is one family name, as the Levant
   * writes it: "حسين العبد الله", "سامي العبد الرحمن"; the name does not end at العبد.
   */
  private boolean definiteAbd(Token prev, Token t) {
    return prev.hasText("ال" + ABD) && t.spaceBefore() && names.is(NameModel.Part.DIVINE, t.text());
  }

  /** "للإذاعة" (to the radio), "بالمنطقة" (in the area): a preposition with the article is no name word. */
  private boolean prepositionWithArticle(Token t) {
    if (names.isGiven(t.text())) {
      return false;
    }
    var s = t.segmentations().get(0);
    return s.definite() && !s.preposition().isEmpty();
  }

  /** persons/hamza-alef-no-article: see {@link #article}. */
  static final String HAMZA_ALEF_NO_ARTICLE = "persons/hamza-alef-no-article";

  /**
   * persons/hamza-alef-no-article: whether {@code t} opens with the article ال as written. The
   * normalizer folds أ / إ to ا, so "إلياس" (Elias), "إلهام" and "ألكسندر" read as ال + word;
   * written with hamza they are no article, and the name runs on: "خدر إلياس حسو" (Khidr Elias
   * Hasso), "وقال محمد إلياس حسو" (not "محمد إلياس" closed by a family name).
   */
  private static boolean article(Token t) {
    if (!t.text().startsWith("ال")) {
      return false;
    }
    String o = t.span().text();
    int k = t.text().length() < o.length() ? o.length() - t.text().length() : 0;
    for (int c = 0; c < o.length() && c <= k + 1; c++) {
      char ch = o.charAt(c);
      if (ch == 'أ' || ch == 'إ') {
        return false;
      }
      if (ch == 'ا') {
        return true;
      }
    }
    return true;
  }

  /** A sound plural ("محاولات", attempts) that is no name: names are singular. */
  private boolean plural(Token t) {
    String w = t.text();
    // not ون: "جونسون", "كوبورن"-like foreign names end so
    return (w.endsWith("ات") && w.length() >= 5 || w.endsWith("ين") && w.length() >= 6) && !names.isGiven(w)
        && !names.is(NameModel.Part.DEFINITE_GIVEN, w); // "الأمين" (al-Amin) is no plural
  }

  /** An imperfect verb after a name ("يقول", "تعمل"): a short word opening with ي or ت that is no name. */
  private boolean verbLike(Token t) {
    String w = t.text();
    boolean imperfect = w.startsWith("ي") || w.startsWith("ت");
    // "باءت" (it ended), "قامت" (it did): a short word ending in the feminine past ت
    boolean feminine = w.endsWith("ت") && !w.endsWith("ات") && w.length() >= 4;
    return (imperfect || feminine) && w.length() <= VERB_LIKE_MAX_LENGTH
        && w.length() >= VERB_LIKE_MIN_LENGTH && !names.isGiven(w);
  }

  /**
   * persons/name-evidence: whether the name model recognises tokens {@code [first, end)} as a name:
   * a given name that is no common word, a kunya, a compound with عبد or الدين, a nasab link
   * inside, a definite given name before another name word, or two ambiguous given names; one
   * ambiguous given name suffices when {@code introduced} (a title, a naming word, an honorific
   * before, an age after) or when a family name with the article follows it.
   */
  boolean hasNameEvidence(Doc doc, int first, int end, boolean introduced) {
    int ambiguous = 0;
    boolean family = false;
    for (int k = first; k < end; k++) {
      Token t = doc.tokens.get(k);
      String w = k == first ? stemOf(t) : t.text();
      NameModel.Given g = k == first ? names.given(t) : names.given(w);
      if (g == NameModel.Given.SURE) {
        return true;
      }
      boolean more = k + 1 < end;
      if (more && (kunya(doc, k, end) || w.equals(ABD)
          && names.is(NameModel.Part.DIVINE, doc.tokens.get(k + 1).text()))) {
        return true;
      }
      if (k > first && names.is(NameModel.Part.DIN, w)
          || k == first && more && names.is(NameModel.Part.DEFINITE_GIVEN, w)
          || k > first && more && names.is(NameModel.Part.NASAB, w)) {
        return true;
      }
      if (g == NameModel.Given.AMBIGUOUS) {
        ambiguous++;
      }
      if (k > first && nisba(w) && !t.span().text().endsWith(ALEF_MAQSURA)) {
        family = true; // "سلامة المبنى" (the safety of the building): المبنى folds to ي, no nisba
      }
    }
    return ambiguous >= 2 || ambiguous == 1 && (introduced || family) && end - first >= 2
        || ambiguous == 1 && introduced && end - first == 1;
  }

  /** The alef maqsura, which the normalizer folds to ي: a word written with it is no nisba ("المبنى"). */
  private static final String ALEF_MAQSURA = "\u0649";

  /** Shortest nisba family name, article included: "الجبلي". */
  private static final int MIN_NISBA_LENGTH = 5;

  /** A nisba family name: definite, ending in ي ("البغدادي", "الجزائري", "السهلاني"). */
  private boolean nisba(String w) {
    return w.startsWith("ال") && w.endsWith("ي") && w.length() >= MIN_NISBA_LENGTH
        && !names.is(NameModel.Part.NOT_FAMILY, w);
  }

  /**
   * A kunya at token {@code k} of a name ending at {@code end}: أبو / أم and a given name ("أبو
   * بكر", "أم محمد", "أبو الوليد"), or أبو, a definite word and a third name word ("أبو الكيلك"
   * alone may be a place; "أبو مصعب الزرقاوي" is a name).
   */
  private boolean kunya(Doc doc, int k, int end) {
    String w = stemOf(doc.tokens.get(k));
    if (!names.is(NameModel.Part.KUNYA, w) || k + 1 >= end) {
      return false;
    }
    String next = doc.tokens.get(k + 1).text();
    String bare = next.startsWith("ال") ? next.substring(2) : next;
    if (names.given(next) != NameModel.Given.NONE || names.given(bare) == NameModel.Given.SURE
        || names.is(NameModel.Part.DEFINITE_GIVEN, next)) {
      return true; // "أبو الخير" may be a village; "أبو خالد", "أبو عمر" are kunyas
    }
    return !w.equals("ام") && k + 2 < end;
  }

  /**
   * A name with no word of the name model, taken only after a strong construction (a title, a
   * naming word, an age): foreign names the lists lack ("باتريك كوبورن" after "الصحفي"). Its
   * words are no common nouns: none ends with ta marbuta or a plural ending, none but the last
   * has the article, none with a clitic and the article, no entity inside; a kunya's name may end
   * with ta marbuta ("أبو قتادة"). "مقطع فيديو لموظف"
   * (a video clip of an employee) and "تشير المعلومات الأولية" fail.
   */
  boolean plausibleBareName(Doc doc, int first, int end) {
    return plausibleBareName(doc, first, end, false);
  }

  /**
   * {@link #plausibleBareName(Doc, int, int)}; with {@code familyTail}, after a military rank,
   * the name may end in a chain of family names with the article: "العقيد سالم الونيس الدرعان".
   */
  boolean plausibleBareName(Doc doc, int first, int end, boolean familyTail) {
    int tail = end - 1;
    while (familyTail && tail > first && doc.tokens.get(tail - 1).text().startsWith("ال")) {
      tail--;
    }
    for (int k = first; k < end; k++) {
      Token t = doc.tokens.get(k);
      String original = t.span().text();
      String w = t.text();
      boolean afterKunya = k > first && names.is(NameModel.Part.KUNYA, stemOf(doc.tokens.get(k - 1)));
      if (k > first && verbLike(t)) {
        return false; // "مرسوما يقضي" (a decree that rules): a verb after a noun
      }
      if (k > first && k < end - 1 && prepositionBeforeNoun(t)) {
        return false; // "فقا لبيان رسمي" (a mis-split وفقا, according to a statement): ل + noun inside
      }
      boolean pronoun = w.length() >= 5 && (w.endsWith("ته") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("يه"));
      if (original.endsWith("ة") && !afterKunya || w.endsWith("ات") || pronoun || prepositionWithArticle(t)
          || w.startsWith("ال") && k < end - 1 && k < tail && !words.isNameLink(t)
          || doc.mentionAt(k).isPresent() || w.length() < 2) {
        return false;
      }
    }
    return true;
  }

  /** An honorific or a sport role right before token {@code i}: "الحاج", "اللاعب" (the player). */
  private boolean honorificBefore(Doc doc, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = doc.tokens.get(i - 1);
    var s = prev.segmentations().get(0);
    return names.is(NameModel.Part.HONORIFIC, prev.text()) || names.is(NameModel.Part.HONORIFIC, s.stemWithArticle())
        || titleAt(doc, i - 1).filter(h -> h.end() == i).isPresent();
  }

  /** How many tokens before an age in parentheses a name may start. */
  private static final int AGE_NAME_REACH = 4;

  /**
   * persons/name-with-age: "(33 عاما)" after two to four name words makes them a name even
   * when the model knows none of them: "يوسف كادر (33 عاما)", "ديفيد بنسون (45 سنة)".
   */
  private void namesWithAge(Doc doc, Map<String, Found> byName, boolean[] covered) {
    List<Token> tokens = doc.tokens;
    for (int p = 2; p + 3 < tokens.size(); p++) {
      if (!isAge(doc, p)) {
        continue;
      }
      if (covered[p - 1]) {
        // "وزوجته حواء آدم (38 عاما)": a name a title already gave, its age confirms it
        final int end = p;
        byName.values().stream().filter(f -> f.mentions.stream().anyMatch(m -> m[1] == end))
            .findFirst().ifPresent(f -> f.touch(NAME_WITH_AGE));
        continue;
      }
      // back from the parenthesis over name words; a name opens after a definite word, a
      // conjunction or a verb ("وتوفي الشاب كادو ميندي (24 عاما)")
      int first = p;
      while (first > 0 && p - first < AGE_NAME_REACH) {
        Token k = tokens.get(first - 1);
        if (!nameLike(doc, first - 1) || covered[first - 1] || !tokens.get(first).spaceBefore()
            || hasConjunction(k) || honorificBefore(doc, first) && first < p
            || k.segmentations().get(0).definite() && !nisba(k.text())) {
          break;
        }
        first--;
      }
      // the longest run that reads as a name: "جثة تياغو ماندو (19 عاما)" drops جثة (the body of)
      while (p - first >= 2 && !hasNameEvidence(doc, first, p, true) && !plausibleBareName(doc, first, p)) {
        first++;
      }
      boolean oneGiven = p - first == 1 && names.given(tokens.get(first)) == NameModel.Given.SURE; // "وابنهما يوسف (12 عاما)"
      if (p - first >= 2 || oneGiven) {
        Found f = record(doc, byName, first, p, NAME_WITH_AGE);
        f.touch(NAME_EVIDENCE);
      }
    }
  }

  /** Longest bare name taken in a list of names, in name words. */
  private static final int LIST_NAME_MAX = 3;

  /**
   * persons/name-list: in a list joined by و and commas, a member of two or three name words
   * beside a member already found is a name too: "حسين الصياد ومحمد حبيب وكميل محفوظ". The
   * member must pass {@link #plausibleBareName}, opens with no ب or ل before a hamza ("،
   * بأن فريقه", that his team) and is no verb before the family name of a person found ({@link
   * #verbBeforeKnownFamily}: "، ووقع الفيلالي على الهدف"); lists of ages, as in "(33 عاما)", are read by
   * persons/name-with-age.
   */
  private void nameLists(Doc doc, Map<String, Found> byName) {
    boolean[] covered = covered(doc, byName.values());
    namesWithAge(doc, byName, covered);
    covered = covered(doc, byName.values());
    List<Token> tokens = doc.tokens;
    List<Found> seeds = new ArrayList<>(byName.values());
    for (Found seed : seeds) {
      for (int[] m : new ArrayList<>(seed.mentions)) {
        int k = m[1];
        while (k < tokens.size()) {
          int s = k;
          if (doc.isPunct(s, "،", ",")) {
            s++;
          }
          if (s >= tokens.size() || covered[s] || !(s > k || hasConjunction(tokens.get(s)))) {
            break;
          }
          int e = s + 1;
          while (e < tokens.size() && e - s < LIST_NAME_MAX && nameLike(doc, e) && tokens.get(e).spaceBefore()
              && !hasConjunction(tokens.get(e)) && !covered[e] && !prepositionWithArticle(tokens.get(e))) {
            e++;
          }
          boolean joined = hasConjunction(tokens.get(s)) || e < tokens.size() && (doc.isPunct(e, "،", ",")
              || hasConjunction(tokens.get(e)));
          boolean member = e - s >= 2 && listEnds(doc, e, covered) && nameLikeMember(doc, s)
              && !verbBeforeKnownFamily(doc, s, e, byName)
              && (hasNameEvidence(doc, s, e, true) || joined && plausibleBareName(doc, s, e) && !pronounPreposition(doc, e));
          if (!member) {
            break;
          }
          Found f = record(doc, byName, s, e, NAME_LIST, listMemberStart(tokens.get(s)));
          for (int x = s; x < e; x++) {
            covered[x] = true;
          }
          f.touch(NAME_EVIDENCE);
          k = e;
        }
      }
    }
  }

  /**
   * A would-be list member of two words, the first no given name and the second the family name
   * of a person already found, is a verb and that person as its subject: "مرمى الحارس يوسف
   * المطيع، ووقع الفيلالي على الهدف الثالث" (the goal of keeper Y. al-Mutei, and al-Filali
   * signed the third goal) names no "وقع الفيلالي".
   */
  private boolean verbBeforeKnownFamily(Doc doc, int s, int e, Map<String, Found> byName) {
    if (e - s != 2 || names.given(doc.tokens.get(s)) != NameModel.Given.NONE) {
      return false;
    }
    String family = doc.tokens.get(s + 1).text();
    for (Found f : byName.values()) {
      int[] m = f.mentions.get(0);
      if (m[1] - m[0] >= 2 && doc.tokens.get(m[1] - 1).text().equals(family)) {
        return true;
      }
    }
    return false;
  }

  /** Where a list member's name starts: after its conjunction و ("وسامبا ديالو" → "سامبا ديالو"). */
  private static int listMemberStart(Token t) {
    for (var seg : t.segmentations()) {
      if (!seg.isWholeWord() && seg.conjunction().equals("و") && seg.preposition().isEmpty() && !seg.definite()) {
        return t.stemStart(seg);
      }
    }
    return t.start();
  }

  /**
   * A preposition with its pronoun ("له", "منهم") after a bare list member: the member is a noun
   * and its owner, "وأصيب زميلان له" (and two colleagues of his were wounded), no name.
   */
  private boolean pronounPreposition(Doc doc, int e) {
    return e < doc.tokens.size() && words.in(Words.WordList.PRONOUN_PREPOSITION, doc.tokens.get(e).text());
  }

  /** The first word of a list member, its conjunction aside, is name-like and has no article. */
  private boolean nameLikeMember(Doc doc, int s) {
    Token t = doc.tokens.get(s);
    String w = stemOf(t);
    boolean preposition = !t.segmentations().get(0).preposition().isEmpty() && names.given(t) == NameModel.Given.NONE;
    // "وابنهما عمر" (and their son Omar): a title with و opens no member, its name follows it
    if (prepositionBeforeHamza(t)) {
      return false; // "أقر المدرب علي عبد الرسول، بأن فريقه": "that his team", no member
    }
    // "وفي اتصال هاتفي" (and in a phone call): a function word after و opens no member
    // ("وفي" is also the given name Wafi)
    if (hasConjunction(t) && words.isFunctionWord(t)) {
      return false;
    }
    return (nameLike(doc, s) || hasConjunction(t) && titleAt(doc, s).isEmpty()) && !w.startsWith("ال") && !t.text().startsWith("وال")
        && !prepositionWithArticle(t) && !preposition && names.given(t) != NameModel.Given.AMBIGUOUS || names.given(t) == NameModel.Given.SURE;
  }

  /** A list member ends at a comma, a و-word, punctuation, a known person or the end. */
  private boolean listEnds(Doc doc, int e, boolean[] covered) {
    if (e >= doc.tokens.size()) {
      return true;
    }
    Token t = doc.tokens.get(e);
    return !t.is(Token.Type.ARABIC) || covered[e] || hasConjunction(t) || words.isFunctionWord(t)
        || words.in(Words.WordList.PRONOUN_PREPOSITION, t.text()) || titleAt(doc, e).isPresent();
  }

  private static boolean[] covered(Doc doc, java.util.Collection<Found> found) {
    boolean[] covered = new boolean[doc.tokens.size()];
    for (Found f : found) {
      for (int[] m : f.mentions) {
        for (int k = m[0]; k < m[1]; k++) {
          covered[k] = true;
        }
      }
    }
    return covered;
  }

  /** Reads titles, nationality and affiliation from {@code i}, then the name they introduce. */
  private int titleChain(Doc doc, int i, Map<String, Found> byName) {
    Optional<PhraseTable.Hit<TitleEntry>> head = titleAt(doc, i);
    if (head.isPresent() && head.get().length() == 1 && names.given(doc.tokens.get(i)) != NameModel.Given.NONE) {
      int g = givenName(doc, i, byName); // "أمير محمد" (Amir Mohammed), not the emir Mohammed
      if (g > i + 1) {
        return g;
      }
    }
    Found pending = new Found();
    int j = readTitles(doc, i, pending);
    boolean oneWord = pending.categories.stream().anyMatch(PersonExtractor::allowsOneWordName);
    int end = nameAt(doc, j, oneWord);
    if (end <= j) {
      // "الباحث المغربي في شؤون الجماعات المتطرفة يوسف أزروال": a prepositional phrase first
      int k = afterPrepositionalPhrase(doc, j);
      if (k > j && nameAt(doc, k, false) > k) {
        j = k;
        end = nameAt(doc, k, false);
      }
    }
    boolean placeSkipped = false;
    if (end <= j) {
      // "الباحث في الشؤون العسكرية بدمشق سامر يازجي": the office's place, then the name
      int k = placeAfterTitle(doc, j);
      int e = k > j ? nameAt(doc, k, false) : k;
      if (e > k && hasNameEvidence(doc, k, e, true)) {
        j = k;
        end = e;
        placeSkipped = true;
      }
    }
    if (end <= j) {
      // "المتحدث باسم هيئة إدارة الطوارئ في ولاية بورنو، إبراهيم باكورا، إن": the name
      // stands apart, between commas, after the organisation
      int comma = commaAfter(doc, j);
      if (comma > 0) {
        int k = readTitles(doc, comma + 1, pending);
        int e = nameAt(doc, k, false);
        if (e > k && closesApposition(doc, e)) {
          j = k;
          end = e;
        }
      }
    }
    String rule = TITLE_THEN_NAME;
    if (end - j >= 3 && names.given(doc.tokens.get(j)) == NameModel.Given.NONE
        && doc.tokens.get(j).text().endsWith("ي") && j + 1 < doc.tokens.size() && opensName(doc, j + 1)
        && strongOpening(doc, j + 1)) {
      j++; // "وزير خارجية مالي عبد الله ديوب": the country, then the name
      rule = TITLE_ORGANISATION_NAME;
    }
    if (j < doc.tokens.size() && opensName(doc, j)) {
      int e = nameRun(doc, j); // a name the model knows, its words beyond nameAt's: "ولد الشيخ", "آل ثاني"
      if (e > end && hasNameEvidence(doc, j, e, true) && !verbBeforeNegation(doc, j, e)) {
        end = e;
      }
    }
    if (end <= j && takesComplement(pending)) {
      // "مدير المكتب الإعلامي في الدفاع المدني بإدلب أحمد يازجي": the office, a prepositional
      // phrase, then the name
      int o = j;
      while (o < doc.tokens.size() && o < j + ORGANISATION_REACH && doc.tokens.get(o).text().startsWith("ال")
          && !doc.isPunct(o)) {
        o++;
      }
      int k = o > j ? afterPrepositionalPhrase(doc, o) : o;
      if (k > o && nameAt(doc, k, false) > k && hasNameEvidence(doc, k, nameAt(doc, k, false), true)) {
        j = k;
        end = nameAt(doc, k, false);
        rule = TITLE_ORGANISATION_NAME;
      }
    }
    if (end <= j && takesComplement(pending)) {
      // "رئيس حزب المحافظين البريطاني بوريس جونسون": the organisation, then the name
      int k = organisationThenName(doc, j);
      if (k < 0) {
        return j;
      }
      // the title as written, organisation included: "وزير الصحة المصري"
      int from = i;
      while (from < j && doc.isPunct(from)) {
        from++;
      }
      String full = doc.span(from, k).text();
      pending.titles.add(0, full);
      pending.categories.add(0, pending.categories.isEmpty() ? TitleCategory.OTHER : pending.categories.get(0));
      j = k;
      end = nameRun(doc, k);
      rule = TITLE_ORGANISATION_NAME;
    }
    if (end <= j) {
      return j;
    }
    boolean rank = !pending.categories.isEmpty()
        && pending.categories.get(pending.categories.size() - 1) == TitleCategory.MILITARY_RANK;
    String word = doc.tokens.get(j).text();
    boolean gluedKunya = word.startsWith("ابو") && names.isGiven(word.substring(3)); // "أبومصعب"
    if (end - j == 1 && !rank && names.given(doc.tokens.get(j)) == NameModel.Given.NONE && !gluedKunya) {
      return end; // "لمدافع نساجي" (a defender of Nassaji): one word after a role is a team, no name
    }
    boolean rankApart = false;
    boolean ambiguousTitle = j > 0 && names.is(NameModel.Part.AMBIGUOUS_RANK,
        doc.tokens.get(j - 1).segmentations().stream().filter(x -> x.definite()).map(x -> x.stemWithArticle())
            .findFirst().orElse(doc.tokens.get(j - 1).text()));
    if (ambiguousTitle && rankSetApart(doc, j - 1, end)) {
      ambiguousTitle = false; // AMBIGUOUS_RANK_APART: "، العميد أوكي نواتشي، في بيان" is the rank
      rankApart = true;
    }
    boolean bareOk = !ambiguousTitle && plausibleBareName(doc, j, end, rank) && (rank || indefinite(doc, j, end)
        && !prepositionBeforeNoun(doc.tokens.get(j))); // "المدرب بأداء لاعبيه" (the coach, with his players' play)
    if (!hasNameEvidence(doc, j, end, true) && !bareOk) {
      return end; // "قائد محور كركوك" (the commander of the Kirkuk front) names no one
    }
    Found f = record(doc, byName, j, end, rule);
    f.touch(NAME_EVIDENCE);
    if (placeSkipped) {
      f.touch(TITLE_PLACE_NAME);
    }
    if (rankApart && !hasNameEvidence(doc, j, end, true)) {
      f.touch(AMBIGUOUS_RANK_APART);
    }
    merge(pending, f);
    return afterName(doc, end, f);
  }

  /**
   * persons/ambiguous-rank-apart: a rank that is also a common noun (AMBIGUOUS_RANK of {@code
   * name-parts.tsv}: "العميد" brigadier or dean, "المقدم" lieutenant colonel or presented) is
   * the rank when it stands apart, after a comma, a speech verb or at the start of a sentence,
   * and the bare name after it is closed by a comma, أن / إن or a speech verb: "وقال الناطق باسم
   * الجيش، المقدم جوزيف كابانغا، إن" (the army spokesman, Lt-Col J. Kabanga, said), "وقال
   * العميد أوكي نواتشي إن". After a noun it is the adjective or the noun: "الدعم المقدم
   * للجيش" (the support provided to the army) names no one.
   */
  static final String AMBIGUOUS_RANK_APART = "persons/ambiguous-rank-apart";

  /** {@link #AMBIGUOUS_RANK_APART}: the rank at {@code rank} and the name ending at {@code end} stand apart. */
  private boolean rankSetApart(Doc doc, int rank, int end) {
    if (end >= doc.tokens.size() || !closesApposition(doc, end)) {
      return false;
    }
    int before = rank - 1;
    return before < 0 || doc.sentenceOf(before) != doc.sentenceOf(rank) || doc.isPunct(before, "،", ",", ":")
        || speechCues.at(doc, before).filter(h -> h.end() == rank).isPresent()
        || before > 0 && speechCues.at(doc, before - 1).filter(h -> h.end() == rank).isPresent();
  }

  /**
   * Whether the last title of the chain takes an organisation after it: a noun in the construct
   * state ("رئيس"، "وزير خارجية"، "قائد") or a phrase ending in باسم / في. A definite title
   * ("الحكم", the referee) takes none.
   */
  private static boolean takesComplement(Found pending) {
    if (pending.titles.isEmpty()) {
      return false;
    }
    String t = pending.titles.get(pending.titles.size() - 1);
    String last = t.substring(t.lastIndexOf(' ') + 1);
    return !last.startsWith("ال") || last.equals("باسم") || last.equals("في");
  }

  /** How many words of an organisation may stand between a title and its name. */
  private static final int ORGANISATION_REACH = 6;

  /**
   * persons/title-organisation-name: after a title, the words of an organisation or a country,
   * then a name the model knows: "رئيس حزب العدالة والتنمية عبد الإله بنكيران", "وزير خارجية
   * مالي عبد الله ديوب". Returns where the name opens, or -1. The words between are nouns of
   * the organisation: no punctuation, no function word, no verb-like word.
   */
  private int organisationThenName(Doc doc, int j) {
    int sentence = j < doc.tokens.size() ? doc.sentenceOf(j) : -1;
    for (int k = j + 1; k < Math.min(doc.tokens.size(), j + ORGANISATION_REACH + 1); k++) {
      Token prev = doc.tokens.get(k - 1);
      boolean organisationWord = prev.segmentations().get(0).definite() || doc.mentionAt(k - 1).isPresent()
          || k - 1 == j && !prev.text().startsWith("ال"); // "حزب المحافظين": the head noun, then definite words
      if (doc.sentenceOf(k) != sentence || !prev.is(Token.Type.ARABIC) || words.isClosedClass(prev)
          || speechCues.at(doc, k - 1).isPresent() || nameCues.at(doc, k - 1).isPresent() || verbLike(prev)
          || !organisationWord) {
        return -1;
      }
      if (opensName(doc, k) && (strongOpening(doc, k) || names.given(doc.tokens.get(k)) != NameModel.Given.NONE)) {
        int e = nameRun(doc, k);
        if (e - k >= 2 && hasNameEvidence(doc, k, e, true)) {
          return k;
        }
      }
    }
    return -1;
  }

  /** A sure given name, a kunya or عبد opens a name at {@code k}. */
  private boolean strongOpening(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    return names.given(t) == NameModel.Given.SURE || names.is(NameModel.Part.KUNYA, stemOf(t)) || t.hasText(ABD);
  }

  /** No word of tokens {@code [first, end)} has the article: foreign names are written bare. */
  private static boolean indefinite(Doc doc, int first, int end) {
    for (int k = first; k < end; k++) {
      if (doc.tokens.get(k).segmentations().get(0).definite()) {
        return false;
      }
    }
    return true;
  }

  private int titleChainFor(Doc doc, int i, Found f) {
    Found pending = new Found();
    int j = readTitles(doc, i, pending);
    merge(pending, f);
    return j;
  }

  private static void merge(Found from, Found into) {
    for (int k = 0; k < from.titles.size(); k++) {
      if (!into.titles.contains(from.titles.get(k))) {
        into.titles.add(from.titles.get(k));
        into.categories.add(from.categories.get(k));
      }
    }
    if (into.role == null) {
      into.role = from.role;
    }
    boolean had = !into.roles.isEmpty();
    if (into.roles.addAll(from.roles) && had) {
      into.touch(ROLES_OF_ALL_MENTIONS);
    }
    if (into.nationality == null) {
      into.nationality = from.nationality;
    }
    if (into.affiliation == null) {
      into.affiliation = from.affiliation;
    }
  }

  /** How far a title may stand from the comma that sets its name apart, in tokens. */
  private static final int APPOSITION_REACH = 8;

  /** The first comma within {@link #APPOSITION_REACH} tokens of {@code j}, in its sentence, or -1. */
  private static int commaAfter(Doc doc, int j) {
    int sentence = j < doc.tokens.size() ? doc.sentenceOf(j) : -1;
    for (int k = j; k < Math.min(doc.tokens.size(), j + APPOSITION_REACH); k++) {
      if (doc.sentenceOf(k) != sentence) {
        return -1;
      }
      if (doc.isPunct(k, "،", ",")) {
        return k;
      }
    }
    return -1;
  }

  /** A name set apart by commas ends with one, or with أن / إن, or with a speech verb. */
  private boolean closesApposition(Doc doc, int e) {
    return e >= doc.tokens.size() || doc.isPunct(e, "،", ",", ":") || speechCues.at(doc, e).isPresent()
        || words.is(doc.tokens.get(e), Words.Category.COMPLEMENTIZER);
  }

  /** After "في شؤون الجماعات المتطرفة": في, a noun and the definite words that qualify it. */
  private int afterPrepositionalPhrase(Doc doc, int j) {
    if (j + 2 >= doc.tokens.size() || !doc.tokens.get(j).hasText("في")) {
      return j;
    }
    String noun = doc.tokens.get(j + 1).text();
    if (!noun.startsWith("ال") && !words.in(Words.WordList.FIELD_NOUN, noun)) {
      return j; // "في آخر معقل لهم" (in their last stronghold) is no field of expertise
    }
    int k = j + 2;
    while (k < Math.min(doc.tokens.size(), j + PREPOSITIONAL_PHRASE_REACH)) {
      final int at = k;
      Optional<Doc.Mention> m = doc.mentionAt(k).filter(x -> x.first() == at
          && (x.kind() == EntryKind.PLACE || x.kind() == EntryKind.COUNTRY));
      if (m.isPresent()) {
        k = m.get().end(); // "في الدفاع المدني بإدلب" (in the civil defence in Idlib): the place ends it
        break;
      }
      if (!doc.tokens.get(k).text().startsWith("ال") || definiteGivenOpensName(doc, k)) {
        break;
      }
      k++;
    }
    return k;
  }

  /**
   * A definite given name ("الهادي", "الأمين") followed by a nasab link or a given name opens the
   * name after a field phrase, no word of it: "الباحث في الشؤون الأمنية الهادي بن سالم" (the
   * security researcher al-Hadi ben Salem).
   */
  private boolean definiteGivenOpensName(Doc doc, int k) {
    if (k + 1 >= doc.tokens.size() || !names.is(NameModel.Part.DEFINITE_GIVEN, doc.tokens.get(k).text())) {
      return false;
    }
    Token next = doc.tokens.get(k + 1);
    return names.is(NameModel.Part.NASAB, next.text()) || names.given(next) == NameModel.Given.SURE;
  }

  /**
   * After a title, a place read with ب ("بدمشق", in Damascus) or after في: the token after the
   * place, or {@code j} when none stands there.
   */
  private int placeAfterTitle(Doc doc, int j) {
    int k = j < doc.tokens.size() && doc.tokens.get(j).hasText("في") ? j + 1 : j;
    Optional<Doc.Mention> m = doc.mentionAt(k).filter(x -> x.kind() == EntryKind.PLACE || x.kind() == EntryKind.COUNTRY);
    if (m.isEmpty() || m.get().first() != k) {
      return j;
    }
    boolean preposition = k > j || doc.tokens.get(k).segmentations().get(0).preposition().equals("ب");
    return preposition ? m.get().end() : j;
  }

  /** Most tokens of a prepositional phrase between a title and its name ("في شؤون الجماعات المتطرفة"). */
  private static final int PREPOSITIONAL_PHRASE_REACH = 6;

  /** Consumes a chain of titles, nationality adjectives and affiliations; returns where it ends. */
  private int readTitles(Doc doc, int i, Found f) {
    List<Token> tokens = doc.tokens;
    int j = i;
    int guard = 0;
    while (j < tokens.size() && guard++ < 12) {
      Optional<PhraseTable.Hit<TitleEntry>> t = titleAt(doc, j);
      if (t.isPresent()) {
        TitleEntry e = t.get().value();
        f.titles.add(e.phrase());
        f.categories.add(e.category());
        if (f.role == null || e.category() != TitleCategory.MILITARY_RANK) {
          f.role = e.role();
        }
        f.roles.add(e.role());
        j = t.get().end();
        continue;
      }
      Optional<Doc.Mention> m = doc.mentionAt(j);
      if (m.isPresent() && m.get().first() == j) {
        EntryKind k = m.get().kind();
        if (k == EntryKind.NATIONALITY) {
          f.nationality = ((Nationality) m.get().entry()).countryCode();
          j = m.get().end();
          continue;
        }
        if (k == EntryKind.GROUP || k == EntryKind.ORGANIZATION || k == EntryKind.OUTLET) {
          f.affiliation = m.get();
          j = m.get().end();
          continue;
        }
        boolean introduced = j > 0 && isAttributive(tokens.get(j - 1)) && !tokens.get(j - 1).text().startsWith("ال");
        if (k == EntryKind.COUNTRY || k == EntryKind.PLACE && (introduced || m.get().end() - j > 1)) {
          // "المتحدث باسم شرطة ولاية بورنو": the place belongs to the affiliation; a one-word
          // place right after a rank is more likely a first name ("العميد عماد ...")
          j = m.get().end();
          continue;
        }
      }
      Token tok = tokens.get(j);
      if (names.is(NameModel.Part.TITLE_ADJECTIVE, tok.text()) && j > i) {
        j++; // "الرئيس المخلوع زين العابدين" (the deposed president)
        continue;
      }
      if (tok.hasText("في") && doc.mentionOfKind(j + 1, EntryKind.ORGANIZATION, EntryKind.GROUP)) {
        j++; // "الضابط في الشرطة الصومالية": the affiliation follows في
        continue;
      }
      if (doc.isPunct(j, "\"", "«", "»", "(", ")")) {
        j++;
        continue;
      }
      if (tok.is(Token.Type.ARABIC) && (isAttributive(tok) || !f.titles.isEmpty() && commonNisba(tok))
          && !definiteGivenOpensName(doc, j)) { // "الباحث الأمني الهادي بن سالم": الهادي opens the name
        // nisba adjectives and nouns of an affiliation: "العسكري", "الاستراتيجي", "شرطة"
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /** Definite nisba adjectives ("الأمني") and affiliation nouns ("شرطة", "ولاية"). */
  private boolean isAttributive(Token t) {
    String s = t.text();
    if (words.isFunctionWord(t)) {
      return false;
    }
    return s.startsWith("ال") && (s.endsWith("ي") || s.endsWith("يه")) && s.length() >= 5
        || s.equals("شرطه") || s.equals("ولايه") || s.equals("محافظه") || s.equals("باسم")
        // "المتحدث باسمه فلان" (his spokesman): the possessive pronoun is no part of the name
        || s.equals("باسمه") || s.equals("باسمها") || s.equals("باسمهم") || s.equals("باسمهما");
  }

  /**
   * A definite nisba adjective that function-words.tsv lists as COMMON (it ends names: "المحلي",
   * "الرسمي"), after a title: it qualifies the title, "الناشط المحلي عمر كوني" (the local
   * activist Omar Koné), "المسؤول الرسمي".
   */
  private boolean commonNisba(Token t) {
    String s = t.text();
    return words.is(t, Words.Category.COMMON) && s.startsWith("ال") && (s.endsWith("ي") || s.endsWith("يه"))
        && s.length() >= MIN_NISBA_LENGTH;
  }

  private static boolean allowsOneWordName(TitleCategory c) {
    return c == TitleCategory.MILITARY_RANK || c == TitleCategory.OTHER;
  }

  /**
   * The end of a name starting at token {@code i}, or {@code i} when there is none. A name is
   * two to five name-like words (one when {@code oneWordOk}), its first word indefinite.
   */
  int nameAt(Doc doc, int i, boolean oneWordOk) {
    List<Token> tokens = doc.tokens;
    if (i >= tokens.size() || !nameLike(doc, i)) {
      return i;
    }
    Token first = tokens.get(i);
    boolean definiteGiven = names.is(NameModel.Part.DEFINITE_GIVEN, first.text());
    if (doc.mentionAt(i).isPresent() && names.given(first) == NameModel.Given.NONE) {
      return i; // "وزير خارجية مالي عبد الله ديوب": the country belongs to the title
    }
    if (names.given(first) == NameModel.Given.NONE
        && io.github.rasd.parsers.knowledge.PlaceNouns.bundled().at(first).isPresent()) {
      return i; // PLACE_NOUN_NOT_NAME: "عمدة بلدية تيرا عمر هامادو": the town is the title's
    }
    if (placeNounBeforePlace(doc, i)) {
      return i; // PLACE_NOUN_NOT_NAME: "وديان حضرموت" (the valleys of Hadramawt), a noun and its place
    }
    if (article(first) && !words.isNameLink(first) && !definiteGiven || hasConjunction(first)
        || prepositionWithArticle(first) || nounAfterName(first)) {
      return i; // "وامرأة ..." (and a woman) starts a clause, not a name
    }
    int j = i;
    int nameWords = 0;
    while (j < tokens.size() && j - i < maxNameTokens(doc, i, j) && (nameLike(doc, j) || honorificFamilyName(doc, i, j))) {
      Token t = tokens.get(j);
      if (j > i && (!t.spaceBefore() && !words.isNameLink(tokens.get(j - 1))
          || t.paragraphBreakBefore() || hasConjunction(t) && !conjunctionName(t) || prepositionWithArticle(t))) {
        break;
      }
      boolean adjective = article(t) && !words.isNameLink(t) && !nisba(t.text()) && !words.isNameLink(tokens.get(j - 1))
          && !tokens.get(j - 1).hasText(ABD) && !names.is(NameModel.Part.DIN, t.text())
          && !names.is(NameModel.Part.DIVINE, t.text()) && j - i >= 3 && !honorificFamilyName(doc, i, j);
      if (j - i >= 2 && (prepositionalWord(t) || familyNameBefore(doc, i, j)) || adjective || j > i && nounAfterName(t)
          || j > i && (names.masdar(t.text()) || possessedMasdar(t) || formFourMasdar(t)) // MASDAR_ENDS_NAME
          || j - i >= POSSESSED_NOUN_MIN_NAME_WORDS && possessedNoun(t) // POSSESSED_NOUN_ENDS_NAME
          || j - i >= CONSTRUCT_NOUN_MIN_NAME_WORDS && constructNoun(doc, j) // CONSTRUCT_NOUN_ENDS_NAME
          || j - i >= 2 && names.is(NameModel.Part.REGNAL, tokens.get(j - 1).text())) {
        break; // "القاضي عبد الكريم المحمدي بسجن المتهمين": the name ends at its family name
      }
      if (!words.isNameLink(t)) {
        nameWords++;
      }
      j++;
    }
    while (j > i && words.isNameLink(tokens.get(j - 1))) {
      j--;
    }
    if (nameWords < (oneWordOk ? 1 : 2) || j == i || !boundary(doc, j)) {
      return i;
    }
    if (nameWords == 1 && j - i == 1 && tokens.get(i).text().length() < 4) {
      return i; // one short word; "أبو خالد" has a link and a name
    }
    if (verbBeforeNegation(doc, i, j)) {
      return i;
    }
    return j;
  }

  /**
   * Whether the one word {@code i} to {@code end} stands before {@link #NEGATING_NOUN}: "مسؤول
   * محلي فضل عدم الكشف" (a local official who preferred not to disclose...) names no فضل.
   */
  private static boolean verbBeforeNegation(Doc doc, int i, int end) {
    return end == i + 1 && end < doc.tokens.size() && doc.tokens.get(end).hasText(NEGATING_NOUN);
  }

  /**
   * PLACE_NOUN_NOT_NAME: a place noun, even one that is also a given name (وديان), right before
   * a known place is the noun of that place: "في وديان حضرموت" (in the valleys of Hadramawt).
   */
  private static boolean placeNounBeforePlace(Doc doc, int i) {
    return i + 1 < doc.tokens.size() && doc.mentionOfKind(i + 1, EntryKind.PLACE)
        && io.github.rasd.parsers.knowledge.PlaceNouns.bundled().at(doc.tokens.get(i)).isPresent();
  }

  /**
   * A conjunction و glued to a word that is not itself a name link. Only و: many names start
   * with ف (فيصل، فاطمة، فيكتور) and the segmenter cannot tell them from ف + word.
   */
  private boolean hasConjunction(Token t) {
    var seg = t.segmentations().get(0);
    return seg.conjunction().equals("و") && !words.isNameLink(t);
  }

  /**
   * What may follow a name: punctuation, the end, a function word, a title, a speech verb, a
   * clause opened by و, or another entity. A run of words with none of these after it is prose
   * ("يسعى التنظيم لإعادة تمركزه جنوب الصحراء"), not a name.
   */
  private boolean boundary(Doc doc, int j) {
    if (j >= doc.tokens.size()) {
      return true;
    }
    Token t = doc.tokens.get(j);
    if (j > 0 && names.is(NameModel.Part.REGNAL, doc.tokens.get(j - 1).text())) {
      return true; // "الملك عبدالله الثاني": the ordinal closes the name
    }
    return !t.is(Token.Type.ARABIC) || t.paragraphBreakBefore() || words.isFunctionWord(t)
        || words.in(Words.WordList.PRONOUN_PREPOSITION, t.text()) || hasConjunction(t) || titleAt(doc, j).isPresent() || speechCues.at(doc, j).isPresent()
        || doc.mentionAt(j).isPresent() || !t.segmentations().get(0).preposition().isEmpty();
  }

  /** Whether the token's original text holds {@code c}, read in place (no span made). */
  private static boolean originalHas(Token t, char c) {
    String original = t.view().original();
    for (int i = t.originalStart(); i < t.originalEnd(); i++) { // the token's stretch only
      if (original.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  private boolean nameLike(Doc doc, int j) {
    Token t = doc.tokens.get(j);
    if (!t.is(Token.Type.ARABIC) || t.text().length() < 2 || originalHas(t, FATHATAN)
        || names.is(NameModel.Part.AGE, t.text())) {
      return false; // "داناً" (a hectare, accusative): names take no tanween; "عاما" (years) is no name
    }
    if ((t.hasText("علي") || NameModel.conjunctionStem(t).equals("علي"))
        && t.view().original().charAt(t.originalEnd() - 1) == 'ي') {
      return true; // علي (Ali) written with ي, not the preposition على that folds to it
    }
    if (words.isFunctionWord(t) || words.in(Words.WordList.PRONOUN_PREPOSITION, t.text())
        || titleAt(doc, j).isPresent() || triggers.at(doc, j).isPresent()
        || relations.at(doc, j).isPresent()
        || speechCues.at(doc, j).isPresent() || nameCues.at(doc, j).isPresent()) {
      return false;
    }
    Optional<Doc.Mention> m = doc.mentionAt(j).filter(x -> x.kind() != EntryKind.TITLE);
    if (m.isPresent()) {
      // titles are asked of the title table above, which keeps their article: "عماد" (a first
      // name) is not the rank "العماد"; a one-word place or a nisba inside a name: "أبو الوليد الصحراوي", "ولد الشيخ"
      EntryKind k = m.get().kind();
      boolean oneWord = m.get().end() - m.get().first() == 1;
      return oneWord && (k == EntryKind.PLACE || k == EntryKind.NATIONALITY && j > 0
          && !doc.mentionOfKind(j - 1, EntryKind.TITLE) && nameLikeBefore(doc, j));
    }
    return true;
  }

  /** The word before {@code j} could itself be part of a name (a nisba follows a name). */
  private boolean nameLikeBefore(Doc doc, int j) {
    Token prev = doc.tokens.get(j - 1);
    return prev.is(Token.Type.ARABIC) && !words.isFunctionWord(prev)
        && titleAt(doc, j - 1).isEmpty() && doc.mentionAt(j - 1).isEmpty();
  }

  private Found record(Doc doc, Map<String, Found> byName, int first, int end, String rule) {
    return record(doc, byName, first, end, rule, Found.nameStart(doc, first));
  }

  /** Records the name at tokens {@code [first, end)} whose text starts at normalized {@code start}. */
  private Found record(Doc doc, Map<String, Found> byName, int first, int end, String rule, int start) {
    io.github.rasd.model.Span span = Found.spanOf(doc, new int[] {first, end, start});
    String key = doc.view.normalized().substring(start, doc.tokens.get(end - 1).end());
    Found f = byName.get(key);
    if (f == null) {
      f = new Found();
      f.name = span.text();
      f.first = first;
      f.end = end;
      f.rule = rule;
      f.touch(rule);
      byName.put(key, f);
    }
    f.addMention(first, end, start);
    if (end - first > MAX_NAME_TOKENS) {
      f.touch(NASAB_CHAIN);
    }
    if (!kunyaAfterPreposition(doc.tokens.get(first)).isEmpty()) {
      f.touch(KUNYA_AFTER_PREPOSITION);
    }
    if (end < doc.tokens.size() && doc.tokens.get(end).spaceBefore()
        && names.masdar(doc.tokens.get(end).text())) {
      f.touch(MASDAR_ENDS_NAME);
    }
    for (int k = first; k < end - 1; k++) {
      if (doc.tokens.get(k).text().startsWith("ال") && !article(doc.tokens.get(k))) {
        f.touch(HAMZA_ALEF_NO_ARTICLE); // "خدر إلياس حسو": the name ran past إلياس
        break;
      }
    }
    if (end - first >= 2 && honorificFamilyName(doc, first, end - 1)) {
      f.touch(HONORIFIC_FAMILY_NAME);
    }
    for (int k = first + 1; k < end; k++) {
      if (divineAfterAbd(doc, k) && titleAt(doc, k).isPresent()) {
        f.touch(DIVINE_TITLE_AFTER_ABD); // "عبد الأمير": the title read as the compound's half
        break;
      }
    }
    for (int k = first + 1; k < end && end - first > 2; k++) {
      if (definiteFatherName(doc, first, k)
          && !(k + 1 < end && names.is(NameModel.Part.NASAB, doc.tokens.get(k + 1).text()))) {
        f.touch(DEFINITE_FATHER_NAME); // "عثمان الطيب حامد": al-Tayyib is the father's name; "محمد الأمين ولد" was read before
        break;
      }
    }
    if (end < doc.tokens.size() && doc.tokens.get(end).spaceBefore() && possessedNoun(doc.tokens.get(end))) {
      f.touch(POSSESSED_NOUN_ENDS_NAME);
    }
    if (end - first > FRAMED_MIN_NAME_WORDS && framedFamilyName(doc, first, end - 1)) {
      f.touch(FRAMED_FAMILY_NAME);
    }
    if (end < doc.tokens.size() && end - first >= CONSTRUCT_NOUN_MIN_NAME_WORDS && constructNoun(doc, end)) {
      f.touch(CONSTRUCT_NOUN_ENDS_NAME);
    }
    if (end < doc.tokens.size() && nounAfterName(doc.tokens.get(end))
        && doc.tokens.get(end).segmentations().stream().anyMatch(x -> !x.isWholeWord() && possessiveNoun(x.stem()))) {
      f.touch(POSSESSIVE_NOUN_ENDS_NAME);
    }
    return f;
  }

  /**
   * persons/short-form for kunyas found as names of their own: "أبو بكر" after "أبو بكر
   * البغدادي" is the same person; its mentions join the longer name.
   */
  private void mergeKunyas(Doc doc, Map<String, Found> byName) {
    Map<String, Found> byKunya = new HashMap<>();
    for (Found f : byName.values()) {
      if (f.end - f.first >= 3 && names.is(NameModel.Part.KUNYA, stemOf(doc.tokens.get(f.first)))) {
        byKunya.putIfAbsent(stemOf(doc.tokens.get(f.first)) + " " + doc.tokens.get(f.first + 1).text(), f);
      }
    }
    if (byKunya.isEmpty()) {
      return;
    }
    var it = byName.values().iterator();
    while (it.hasNext()) {
      Found g = it.next();
      if (g.end - g.first != 2) {
        continue;
      }
      Found f = byKunya.get(stemOf(doc.tokens.get(g.first)) + " " + doc.tokens.get(g.first + 1).text());
      if (f != null && f != g) {
        for (int[] m : g.mentions) {
          if (m.length > 2) {
            f.addMention(m[0], m[1], m[2]);
          } else {
            f.addMention(m[0], m[1]);
          }
        }
        f.touch(SHORT_FORM);
        merge(g, f);
        it.remove();
      }
    }
  }

  /** How many sentences back a title alone looks for the person who bears it. */
  private static final int TITLE_ANAPHOR_SENTENCES = 10;

  /**
   * persons/title-anaphor: a definite title standing alone ("وأضاف الرئيس", the president added;
   * "قال الوزير") is a mention of the last person named before it, within {@value
   * #TITLE_ANAPHOR_SENTENCES} sentences, who bears that title: the same phrase, or a one-word
   * title that heads one of theirs ("الرئيس" for "الرئيس الفرنسي"). A title followed by a name,
   * a nationality or an organisation introduces someone else and is left alone.
   */
  private void titleAnaphora(Doc doc, List<Found> found) {
    if (found.isEmpty()) {
      return;
    }
    boolean[] covered = covered(doc, found);
    io.github.rasd.parsers.text.ArabicNormalizer n = io.github.rasd.parsers.text.ArabicNormalizer.standard();
    for (int j = 0; j < doc.tokens.size(); j++) {
      Optional<PhraseTable.Hit<TitleEntry>> h = titleAt(doc, j);
      if (h.isEmpty() || covered[j]) {
        continue;
      }
      int e = h.get().end();
      Token first = doc.tokens.get(j);
      boolean definite = first.segmentations().stream().anyMatch(Segmentation -> Segmentation.definite());
      if (!definite || e < doc.tokens.size() && (covered[e] || doc.mentionAt(e).isPresent() || opensName(doc, e)
          || titleAt(doc, e).isPresent())) {
        j = e - 1;
        continue;
      }
      String phrase = stripArticle(n.normalize(doc.span(j, e).text()).replaceFirst("^[وف]", ""), first);
      Found best = null;
      int bestStart = -1;
      for (Found f : found) {
        for (int[] m : f.mentions) {
          if (m[0] < j && m[0] > bestStart && doc.sentenceOf(j) - doc.sentenceOf(m[0]) <= TITLE_ANAPHOR_SENTENCES
              && bears(f, phrase, e - j == 1, n)) {
            best = f;
            bestStart = m[0];
          }
        }
      }
      if (best != null) {
        best.addMention(j, e, h.get().first() == j ? stemStartOf(first) : first.start());
        best.touch(TITLE_ANAPHOR);
      }
      j = e - 1;
    }
  }

  /** The phrase without the article and clitics of its first word: "وأضاف الرئيس" → "رئيس". */
  private static String stripArticle(String phrase, Token first) {
    var seg = first.segmentations().stream().filter(x -> x.definite()).findFirst().orElse(first.segmentations().get(0));
    String head = seg.stem();
    int space = phrase.indexOf(' ');
    return space < 0 ? head : head + phrase.substring(space);
  }

  /** Where the definite word {@code t} starts, article included, clitics left out: "والرئيس" → "الرئيس". */
  private static int stemStartOf(Token t) {
    for (var seg : t.segmentations()) {
      if (seg.definite()) {
        return seg.prefixes().endsWith("ال") ? t.stemStart(seg) - 2 : t.stemStart(seg);
      }
    }
    return t.start();
  }

  /** Whether {@code f} bears the title {@code phrase} (normalized, article off its first word). */
  private static boolean bears(Found f, String phrase, boolean oneWord, io.github.rasd.parsers.text.ArabicNormalizer n) {
    for (String t : f.titles) {
      String norm = n.normalize(t);
      String bare = norm.startsWith("ال") ? norm.substring(2) : norm;
      if (bare.equals(phrase)) {
        return true;
      }
      int space = bare.indexOf(' ');
      String head = space < 0 ? bare : bare.substring(0, space);
      if (oneWord && head.equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * persons/short-form: later short forms of a name become mentions of its person: the family
   * name alone ("الجبابلي", "وقال حموشي") and the kunya of a longer name ("أبو بكر" for "أبو بكر
   * البغدادي"). A family name that is also a given name or a closed-class word is not taken
   * alone ("علي" would catch the preposition على).
   */
  private void linkLaterMentions(Doc doc, List<Found> found) {
    Map<String, Found> byFamilyName = new HashMap<>();
    Map<String, Found> byKunya = new HashMap<>();
    for (Found f : found) {
      Token last = doc.tokens.get(f.end - 1);
      String w = last.text();
      boolean given = names.isGiven(w) || names.isGiven(w.startsWith("ال") ? w.substring(2) : w);
      if (f.end - f.first >= 2 && w.length() >= 4 && !names.is(NameModel.Part.DIN, w)
          && !names.is(NameModel.Part.DIVINE, w) && !given && !words.isFunctionWord(last)
          && doc.mentionAt(f.end - 1).isEmpty()) {
        byFamilyName.putIfAbsent(w, f);
      }
      String first = stemOf(doc.tokens.get(f.first));
      if (f.end - f.first >= 3 && names.is(NameModel.Part.KUNYA, first)) {
        byKunya.putIfAbsent(first + " " + doc.tokens.get(f.first + 1).text(), f);
      }
    }
    if (byFamilyName.isEmpty() && byKunya.isEmpty()) {
      return;
    }
    boolean[] covered = covered(doc, found);
    for (int j = 0; j < doc.tokens.size(); j++) {
      if (covered[j]) {
        continue;
      }
      Token t = doc.tokens.get(j);
      if (!byKunya.isEmpty() && j + 1 < doc.tokens.size() && !covered[j + 1]) { // no key built for none
        Found k = byKunya.get(stemOf(t) + " " + doc.tokens.get(j + 1).text());
        if (k != null && (j + 2 >= doc.tokens.size() || !nameLike(doc, j + 2) || !doc.tokens.get(j + 2).spaceBefore())) {
          k.addMention(j, j + 2);
          k.touch(SHORT_FORM);
          continue;
        }
      }
      Found f = byFamilyName.get(t.text());
      int start = t.start();
      if (f == null) {
        List<Segmentation> segs = t.segmentations();
        for (int k = 0; k < segs.size(); k++) { // an index loop: asked at every token
          Segmentation s = segs.get(k);
          f = byFamilyName.get(s.definite() ? s.stemWithArticle() : s.stem());
          if (f != null) {
            start = s.definite() && s.prefixes().endsWith("ال") ? t.stemStart(s) - 2 : t.stemStart(s);
            break;
          }
        }
      }
      if (f != null) {
        f.addMention(j, j + 1, Math.max(start, t.start()));
        f.touch(SHORT_FORM);
      }
    }
  }
}

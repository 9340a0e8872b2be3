package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.EntryKind;
import io.github.rasd.parsers.knowledge.TitleEntry;
import io.github.rasd.parsers.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * The noun phrase of a claim's source, read from its first token. Each alternative is a named
 * rule, tried in this order; the phrase ends where the grammar ends, so the words after it (the
 * content: "أعلن الجيش مقتل ..." (the army announced the killing of ...)) never join the speaker.
 *
 * <ol>
 *   <li>{@value #PERSON}: a person found by the person extractor, with the titles it found
 *       before the name: "العقيد أحمد سالم" (Colonel Ahmed Salem).
 *   <li>{@value #TITLE}: a title and what it is of, then the name it introduces: "المتحدث باسم
 *       الشرطة "فلان"" (the police spokesman "X"), "الناطق باسم الجيش، العقيد فلان".
 *   <li>{@value #CONSTRUCT_TITLE}: an office head and the definite nouns it is of: "وزير الصحة
 *       والسكان فلان" (the minister of health and population X), "مدير مستشفى المدينة".
 *   <li>{@value #DOCUMENT}: a document noun, its link and its author: "بيان صادر عن الحشد" (a
 *       statement issued by the Hashd), "تقرير أصدرته الأمم المتحدة" (a report the UN issued),
 *       "بيان للجيش" (a statement of the army).
 *   <li>{@value #COLLECTIVE}: a collective source of {@code collective-speakers.tsv}, also after
 *       "أحد" (one of): "مصادر أمنية" (security sources), "أحد السكان" (one of the residents).
 *   <li>{@value #ORGANISATION}: an organisation, armed group, outlet or country mention: "حركة
 *       الشباب" (al-Shabaab), "وزارة الداخلية" (the interior ministry).
 *   <li>{@value #ORGANISATION_HEAD}: an organisation the knowledge may not hold, read from its
 *       head noun ({@code ORG_HEAD} of {@code claim-words.tsv}) and its genitive and adjective
 *       chain, a name part glued to ل, a second body after a dash, and its place: "جمعية حماية
 *       المستهلك" (the consumer protection society), "المعهد الوطني للرصد الجوي" (the national
 *       institute of weather monitoring), "قيادة الجيش - مديرية التوجيه" (army command -
 *       directorate of guidance), "مكتب الصحة في محافظة البصرة" (the health office in Basra);
 *       without the article and with adjectives of origin or field, {@value
 *       #INDEFINITE_ORGANISATION}: "مركز دراسات يمني" (a Yemeni research centre).
 *   <li>{@value #HEAD_ANAPHOR}: the first word of an organisation or outlet named earlier, with
 *       the article: "المرصد" for "المرصد السوري لحقوق الإنسان" (the Observatory), "الوكالة"
 *       for "وكالة الأنباء الألمانية" (the agency).
 * </ol>
 *
 * A document or collective then takes its author from a relative clause, {@value
 * #RELATIVE_AUTHOR}: "وفقا للمعلومات التي قدمتها الحكومة" (according to the information the
 * government gave). Each phrase then takes its modifiers: a nationality ("مسؤولون عراقيون"), a plural nisba, an
 * entity it is of or in ("مصادر أمنية في الشرطة"). Then {@value #NAMED}: a naming verb after the
 * phrase hands the speaker to the name ("قروي آخر يدعى "فلان"" (another villager called X):
 * the speaker is X). A title may name the organisation its person works in before the name,
 * {@value #EMPLOYER}: "المحلل في شركة الاستثمار الخليجية فلان" (the analyst at the Gulf investment
 * company X). A title whose person follows after a comma, {@value #APPOSITION}, gives
 * the speaker as the name alone: "المتحدثة باسم المفوضية، فلانة الفلانية، إن" (the commission's
 * spokeswoman, X, said that): the speaker is X; a nationality may stand before the name: "مدرب
 * المنتخب، الفرنسي فلان، إن" (the team's coach, the Frenchman X, said that). A phrase stops
 * before a definite noun it addresses, {@value #OBJECT_STOP}: "حذر وزير الداخلية السكان من"
 * (the interior minister warned the residents of): "وزير الداخلية". A title ending in "باسم"
 * takes the body it speaks for even when the knowledge does not hold it, {@value
 * #TITLE_COMPLEMENT}: "الناطقة باسم المفوضية" (the commission's spokeswoman). Immutable and
 * thread-safe.
 */
final class SpeakerGrammar {

  static final String PERSON = "claims/speaker-person";
  static final String TITLE = "claims/speaker-title";
  static final String DOCUMENT = "claims/speaker-document";
  static final String COLLECTIVE = "claims/speaker-collective";
  static final String ORGANISATION = "claims/speaker-organisation";
  static final String NAMED = "claims/speaker-named";
  static final String HEAD_ANAPHOR = "claims/speaker-head-anaphor";
  static final String CONSTRUCT_TITLE = "claims/speaker-construct-title";
  static final String RELATIVE_AUTHOR = "claims/speaker-relative-author";
  static final String ORGANISATION_HEAD = "claims/speaker-organisation-head";
  static final String APPOSITION = "claims/speaker-apposition";
  static final String EMPLOYER = "claims/speaker-employer";
  static final String INDEFINITE_ORGANISATION = "claims/speaker-indefinite-organisation";
  static final String OBJECT_STOP = "claims/speaker-object-stop";
  static final String TITLE_COMPLEMENT = "claims/speaker-title-complement";

  /** How far after a title its person may be named, in tokens. */
  static final int TITLE_NAME_REACH = 8;
  /** How far after a described person a naming verb may stand ("أحد شهود العيان ... ويدعى"). */
  static final int NAMING_REACH = 10;
  /** Longest name in quotation marks after a title or a naming verb, in tokens. */
  static final int MAX_QUOTED_NAME = 4;
  /** Longest author phrase of an unknown author after a document link, in tokens. */
  static final int MAX_AUTHOR_TOKENS = 6;
  /** Most adjectives read after a collective head ("مصادر أمنية محلية"). */
  static final int MAX_ADJECTIVES = 2;
  /** Most nouns an office head is of: "رئيس بلدية المدينة القديمة". */
  static final int MAX_OFFICE_NOUNS = 4;

  /**
   * A speaker phrase: tokens {@code [first, end)}; the speaker itself is {@code [speakerFirst,
   * speakerEnd)}, the name when a naming verb gave one, else the whole phrase.
   */
  record Phrase(int first, int end, int speakerFirst, int speakerEnd, String rule, String modifier) {
    Phrase named(int nameFirst, int nameEnd, int newEnd) {
      return new Phrase(first, newEnd, nameFirst, nameEnd, rule, NAMED);
    }
  }

  private final PhraseTable<TitleEntry> titles;
  private final PhraseTable<String> collectives;
  private final PhraseTable<String> channelCues;
  private final PhraseTable<ClaimCue> cues;
  private final ClaimWords claimWords;
  private final Words words;

  SpeakerGrammar(PhraseTable<TitleEntry> titles, PhraseTable<String> collectives,
      PhraseTable<String> channelCues, PhraseTable<ClaimCue> cues, ClaimWords claimWords, Words words) {
    this.titles = titles;
    this.collectives = collectives;
    this.channelCues = channelCues;
    this.cues = cues;
    this.claimWords = claimWords;
    this.words = words;
  }

  /** The known speaker phrase at {@code i}, ending before {@code limit}; empty when none is known. */
  Optional<Phrase> parse(Doc doc, int i, int limit, ClaimExtractor.People people) {
    return parse(doc, i, limit, people, true);
  }

  private Optional<Phrase> parse(Doc doc, int i, int limit, ClaimExtractor.People people,
      boolean documents) {
    if (i < 0 || i >= limit || doc.tokens.get(i).is(Token.Type.PUNCTUATION)) {
      return Optional.empty();
    }
    int head = i;
    int oneOf = claimWords.end(ClaimWords.WordList.ONE_OF, doc, i);
    if (oneOf > i && oneOf < limit) {
      head = oneOf;
    }
    int e;
    String rule;
    boolean complement = false;
    boolean indefinite = false;
    Optional<PhraseTable.Hit<TitleEntry>> title = titles.at(doc, head);
    Optional<PhraseTable.Hit<String>> collective = collectives.at(doc, head);
    int document = claimWords.end(ClaimWords.WordList.DOCUMENT, doc, head);
    int entity = entityAt(doc, head) ? doc.mentionAt(head).get().end() : -1;
    int titled = title.map(PhraseTable.Hit::end).orElse(-1);
    int collected = collective.map(PhraseTable.Hit::end).orElse(-1);
    if (people.at()[head] != null) {
      e = people.endAt()[head];
      rule = PERSON;
    } else if (documents && document > head && document >= collected) {
      e = documentEnd(doc, document, limit, people);
      rule = DOCUMENT;
    } else if (titled > head && titled >= collected && titled >= entity
        && constructEnd(doc, head, limit) <= titled) {
      e = titleEnd(doc, titled, limit, people);
      rule = TITLE;
      int of = e == titled ? behalfComplementEnd(doc, titled, limit) : titled;
      if (of > titled) {
        e = titleEnd(doc, of, limit, people);
        complement = true;
      }
    } else if (constructEnd(doc, head, limit) > head && entity <= head && collected <= head) {
      e = titleEnd(doc, constructEnd(doc, head, limit), limit, people);
      rule = CONSTRUCT_TITLE;
    } else if (collected > head && collected >= entity) {
      e = adjectives(doc, head, collected, limit);
      if (e > head + 1 && e < limit && words.is(doc.tokens.get(e - 1), Words.Category.PREPOSITION)) {
        // "مصدر من الوقاية المدنية" (a source from civil protection): the body after the preposition
        int body = e;
        Optional<Phrase> of = documents ? parse(doc, body, limit, people, false) : Optional.empty();
        e = of.map(Phrase::end).orElse(Math.max(body, genitiveEnd(doc, body, limit)));
      }
      if (e == head + 1 && !doc.tokens.get(head).segmentations().get(0).definite()) {
        e = Math.max(e, genitiveEnd(doc, e, limit)); // "خبراء وكالة الاستخبارات"
        if (e == head + 1 && documents) {
          // "تقديرات مسؤولين أمنيين غربيين" (estimates of Western security officials): a
          // known source in the genitive is the author
          Optional<Phrase> author = parse(doc, e, limit, people, false);
          if (author.isPresent() && author.get().end() > e) {
            e = author.get().end();
          }
        }
        if (e == head + 1 && documents) {
          e = lamAuthorEnd(doc, e, limit); // "تقديرات لمركز أبحاث أفريقي"
        }
      }
      rule = COLLECTIVE;
    } else if (orgHeadEnd(doc, head, limit) > Math.max(head, entity)) {
      e = orgHeadEnd(doc, head, limit);
      rule = ORGANISATION_HEAD;
      indefinite = orgHeadEnd(doc, head, limit, false) != e; // read by the indefinite rule
    } else if (entity > head) {
      e = entity; // the longest known phrase: "الرئيس التونسي" is the presidency, not "الرئيس"
      rule = ORGANISATION;
    } else if (peopleOf(doc, head)) {
      e = doc.mentionAt(head).get().end();
      rule = COLLECTIVE; // "بحسب الأميركيين" (according to the Americans)
    } else if (antecedent(doc, head).isPresent()) {
      e = head + 1;
      rule = HEAD_ANAPHOR;
    } else if (head > i && oneOfNoun(doc, head)) {
      e = head + 1; // "أحد العاملين" (one of the workers), "إحدى الناجيات"
      rule = COLLECTIVE;
    } else {
      return Optional.empty();
    }
    String modifier = indefinite ? INDEFINITE_ORGANISATION : null;
    if ((rule.equals(DOCUMENT) || rule.equals(COLLECTIVE)) && e + 2 < limit
        && words.is(doc.tokens.get(e), Words.Category.RELATIVE)) {
      // "المعلومات التي قدمتها الحكومة" (the information the government gave): its author
      Optional<Phrase> author = parse(doc, e + 2, limit, people, false);
      if (author.isPresent()) {
        e = author.get().end();
        modifier = RELATIVE_AUTHOR;
      }
    }
    if (head > i && !(rule.equals(COLLECTIVE) || rule.equals(TITLE))) {
      return Optional.empty(); // "أحد" before anything else is no source
    }
    e = Math.min(limit, modifiers(doc, e, limit));
    if ((rule.equals(TITLE) || rule.equals(CONSTRUCT_TITLE)) && modifier == null) {
      for (int k = head + 1; k < e; k++) {
        if (words.is(doc.tokens.get(k), Words.Category.PREPOSITION) && employerNameEnd(doc, k, limit, people) == e) {
          modifier = EMPLOYER;
          break;
        }
      }
    }
    if (modifier == null && complement) {
      modifier = TITLE_COMPLEMENT;
    }
    if (modifier == null && e < limit && e > head && addressee(doc, e)) {
      modifier = OBJECT_STOP; // "وزير الداخلية | السكان": the phrase stopped before the object
    }
    Phrase p = new Phrase(i, e, i, e, rule, modifier);
    if (rule.equals(TITLE) || rule.equals(CONSTRUCT_TITLE)) {
      for (int k = i + 1; k + 1 < e; k++) {
        if (!doc.isPunct(k, "،", ",")) {
          continue;
        }
        int named = nationalityEnd(doc, k + 1, e); // "، الفرنسي فلان": the name after the nationality
        int n = named;
        // "، العقيد فلان": a rank before the name stays with it
        Optional<PhraseTable.Hit<TitleEntry>> rank = titles.at(doc, n);
        if (people.at()[n] == null && rank.isPresent() && rank.get().end() < e) {
          n = rank.get().end();
        }
        if (people.at()[n] != null && people.endAt()[n] >= e) {
          // {@value #APPOSITION}: "المتحدثة باسم المفوضية، فلانة الفلانية،": the speaker is the name
          p = new Phrase(i, e, named, people.endAt()[n], rule, APPOSITION);
          break;
        }
      }
    }
    return Optional.of(named(doc, p, limit, people));
  }

  /** A plural or participle noun with the article after "أحد": "العاملين"، "المصابين". */
  private boolean oneOfNoun(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    return t.is(Token.Type.ARABIC) && t.segmentations().get(0).definite()
        && t.segmentations().get(0).preposition().isEmpty() && words.category(t) == null
        && doc.mentionAt(i).isEmpty() && cues.at(doc, i).isEmpty();
  }

  /** A nationality used as a people: definite and plural, "الأميركيون"، "العراقيين". */
  private boolean peopleOf(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    String x = t.text();
    return doc.mentionOfKind(i, EntryKind.NATIONALITY) && doc.mentionAt(i).get().first() == i
        && t.segmentations().get(0).definite() && (x.endsWith("يون") || x.endsWith("يين"));
  }

  /**
   * The organisation, group or outlet of several words named before token {@code i} whose first
   * word is the definite noun at {@code i}, the nearest one; empty when none.
   */
  Optional<Doc.Mention> antecedent(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    if (!t.is(Token.Type.ARABIC) || doc.mentionAt(i).isPresent()
        || !t.segmentations().get(0).definite()) {
      return Optional.empty();
    }
    String stem = t.segmentations().get(0).stem();
    List<Doc.Mention> before = doc.mentionsIn(0, i);
    for (int k = before.size() - 1; k >= 0; k--) {
      Doc.Mention m = before.get(k);
      if (m.end() - m.first() >= 2 && (m.kind() == EntryKind.ORGANIZATION
          || m.kind() == EntryKind.OUTLET || m.kind() == EntryKind.GROUP)
          && doc.tokens.get(m.first()).segmentations().get(0).stem().equals(stem)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private boolean entityAt(Doc doc, int i) {
    Optional<Doc.Mention> m = doc.mentionAt(i);
    return m.isPresent() && m.get().first() == i && !doc.isChannelMention(i)
        && (m.get().kind() == EntryKind.ORGANIZATION || m.get().kind() == EntryKind.GROUP
            || m.get().kind() == EntryKind.OUTLET || m.get().kind() == EntryKind.COUNTRY);
  }

  /**
   * The end of an office head and what it is of ("وزير الصحة والسكان"), or -1: the head, then
   * up to {@value #MAX_OFFICE_NOUNS} nouns, the first with the article or a known entity, the
   * others joined to it as a genitive chain, with و, or as adjectives.
   */
  private int constructEnd(Doc doc, int head, int limit) {
    int e = claimWords.end(ClaimWords.WordList.TITLE_HEAD, doc, head);
    if (e <= head || e >= limit || doc.tokens.get(head).segmentations().get(0).definite()) {
      return -1;
    }
    return genitiveEnd(doc, e, limit);
  }

  /**
   * The end of an organisation read from its head noun at {@code head}, or -1: an indefinite head
   * takes its genitive ("هيئة الأرصاد الجوية"), a definite one its adjectives ("المحكمة العليا");
   * then a name part glued to ل ("للرصد الجوي"), a body after a dash ("- مديرية التوجيه"), and
   * "في" with a place ("في محافظة البصرة") or with one definite noun right before the opener, a
   * comma or a channel ("مكتب الصحة في المحافظة أن").
   */
  private int orgHeadEnd(Doc doc, int head, int limit) {
    return orgHeadEnd(doc, head, limit, true);
  }

  private int orgHeadEnd(Doc doc, int head, int limit, boolean indefiniteRead) {
    int e = claimWords.end(ClaimWords.WordList.ORG_HEAD, doc, head);
    if (e <= head || e >= limit) {
      return -1;
    }
    boolean definite = doc.tokens.get(head).segmentations().get(0).definite();
    Optional<Doc.Mention> whole = doc.mentionAt(head);
    Optional<Doc.Mention> of = doc.mentionAt(e);
    int g;
    if (whole.isPresent() && whole.get().first() == head && whole.get().end() > e) {
      g = whole.get().end(); // "حركة الشباب": a known name is whole, "الهجوم" after it is no part
    } else if (of.isPresent() && of.get().first() == e && of.get().kind() != EntryKind.NATIONALITY
        && !doc.isChannelMention(e)) {
      g = of.get().end(); // "قيادة الجيش"
    } else {
      g = genitiveEnd(doc, e, limit, definite);
    }
    if (g < 0 && definite && e < limit && addressee(doc, e)) {
      g = e; // {@value #OBJECT_STOP}: "ودعت الوزارة المواطنين إلى": the ministry alone
    }
    if (g < 0 && !definite && indefiniteRead) {
      g = indefiniteEnd(doc, e, limit); // "مركز دراسات يمني" (a Yemeni research centre)
    }
    if (g < 0) {
      return -1; // "شركة" alone names no body; "الشركة" alone is left to the anaphor and the reach
    }
    e = g;
    if (e < limit && doc.tokens.get(e).is(Token.Type.ARABIC)
        && doc.tokens.get(e).segmentations().get(0).preposition().equals("ب")
        && doc.mentionOfKind(e, EntryKind.PLACE, EntryKind.COUNTRY)) {
      e = doc.mentionAt(e).get().end(); // "غرفة الطوارئ بوادي حضرموت"
    } else if (e < limit && doc.tokens.get(e).is(Token.Type.ARABIC)
        && doc.tokens.get(e).segmentations().get(0).preposition().equals("ب")) {
      return -1; // "بمحلية ..." may go on the name or open the content: left to the speaker's reach
    }
    Token t = e < limit ? doc.tokens.get(e) : null;
    if (t != null && t.is(Token.Type.ARABIC) && t.segmentations().get(0).preposition().equals("ل")
        && t.segmentations().get(0).definite() && !doc.isChannelMention(e) && channelCues.at(doc, e).isEmpty()
        && cues.at(doc, e).isEmpty() && doc.mentionAt(e).isEmpty()) {
      e = Math.max(e + 1, genitiveEnd(doc, e + 1, limit, true)); // "المعهد الوطني للرصد الجوي"
    }
    if (e + 1 < limit && doc.isPunct(e, "-", "–", "—")) {
      int second = orgHeadEnd(doc, e + 1, limit);
      if (second > e + 1) {
        e = second; // "قيادة الجيش - مديرية التوجيه"
      }
    }
    if (e + 1 < limit && doc.tokens.get(e).text().equals("في")) {
      Optional<Doc.Mention> m = doc.mentionAt(e + 1);
      if (m.isPresent() && m.get().first() == e + 1
          && (m.get().kind() == EntryKind.PLACE || m.get().kind() == EntryKind.COUNTRY)) {
        e = m.get().end(); // "مكتب الصحة في البصرة"
      } else if (e + 2 < limit && doc.tokens.get(e + 1).is(Token.Type.ARABIC)
          && doc.tokens.get(e + 1).segmentations().get(0).definite()
          && doc.tokens.get(e + 1).segmentations().get(0).preposition().isEmpty()
          && words.category(doc.tokens.get(e + 1)) == null
          && claimWords.end(ClaimWords.WordList.DOCUMENT, doc, e + 1) < 0
          && (doc.isPunct(e + 2, "،", ",") || words.is(doc.tokens.get(e + 2), Words.Category.COMPLEMENTIZER)
              || channelCues.at(doc, e + 2).isPresent() || doc.isChannelMention(e + 2))) {
        e = e + 2; // "مكتب الصحة في المحافظة أن"
      }
    }
    return e;
  }

  /**
   * The end of a genitive chain from {@code start}: up to {@value #MAX_OFFICE_NOUNS} nouns, the
   * first with the article or a known entity (or indefinite before a definite one), the others
   * joined to it; -1 when none. "خبراء وكالة الاستخبارات الأمريكية" (experts of the US
   * intelligence agency).
   */
  /**
   * {@value #INDEFINITE_ORGANISATION}: an organisation head without the article, at most one
   * indefinite noun it is of, and the adjectives of origin or field that say which body it is:
   * "مركز دراسات يمني" (a Yemeni research centre), "منظمة حقوقية محلية" (a local rights
   * organisation), "مرصد مستقل" stays unread (no adjective of origin). Adjectives are nisbas (ـي,
   * ـية) without the article, at most {@value #MAX_ADJECTIVES}; the end of the phrase, or -1.
   */
  private int indefiniteEnd(Doc doc, int e, int limit) {
    int k = e;
    if (k < limit && !nisba(doc, k) && plainIndefinite(doc, k)) {
      k++; // "دراسات"
    }
    int adjectives = 0;
    while (k < limit && adjectives < MAX_ADJECTIVES && nisba(doc, k)) {
      k++;
      adjectives++;
    }
    return adjectives > 0 ? k : -1;
  }

  /**
   * {@value #OBJECT_STOP}: a definite noun of those a speaker addresses, after a phrase the
   * article has closed, is the verb's object, not part of the speaker: "حذر وزير الداخلية
   * السكان من ..." (the interior minister warned the residents of ...): the speaker is "وزير
   * الداخلية"; "أبلغت المحكمة العليا الحكومة أن" (the supreme court told the government that):
   * "المحكمة العليا". Inside an open construct the noun stays: "رئيس لجنة حماية المدنيين" (the
   * head of the committee for the protection of civilians). Words: ADDRESSEE of {@code
   * claim-words.tsv}.
   */
  boolean addressee(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    return t.is(Token.Type.ARABIC) && t.segmentations().get(0).definite()
        && t.segmentations().get(0).preposition().isEmpty() && t.segmentations().get(0).conjunction().isEmpty()
        && claimWords.end(ClaimWords.WordList.ADDRESSEE, doc, k) == k + 1; // "وزير الصحة والسكان" stays
  }

  /** An Arabic word with no article, no preposition, no cue and no function: "دراسات". */
  private boolean plainIndefinite(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    return t.is(Token.Type.ARABIC) && !t.segmentations().get(0).definite()
        && t.segmentations().get(0).preposition().isEmpty() && !t.isDetachedClitic()
        && (words.category(t) == null || words.category(t) == Words.Category.COMMON)
        && cues.at(doc, k).isEmpty() && channelCues.at(doc, k).isEmpty() && !grammar(doc, k)
        && (doc.mentionAt(k).isEmpty() || doc.mentionOfKind(k, EntryKind.NATIONALITY));
  }

  /** An indefinite adjective of origin or field: "يمني"، "حقوقية"، "محلية" (ending ي or ية). */
  private boolean nisba(Doc doc, int k) {
    if (!plainIndefinite(doc, k)) {
      return false;
    }
    String x = doc.tokens.get(k).text();
    return x.length() > 3 && (x.endsWith("ي") || x.endsWith("ية"));
  }

  private int genitiveEnd(Doc doc, int start, int limit) {
    return genitiveEnd(doc, start, limit, false);
  }

  /** A genitive chain; {@code closed} when a definite noun before it allows only adjectives. */
  private int genitiveEnd(Doc doc, int start, int limit, boolean closedBefore) {
    int e = start;
    boolean closed = closedBefore;
    while (e < limit && e - start < MAX_OFFICE_NOUNS) {
      if (closed && addressee(doc, e)) {
        break; // {@value #OBJECT_STOP}: "وزير الداخلية | السكان"
      }
      Optional<Doc.Mention> m = doc.mentionAt(e);
      if (m.isPresent() && m.get().first() == e && m.get().kind() != EntryKind.NATIONALITY
          && !doc.isChannelMention(e)) {
        e = m.get().end();
        closed = true;
        continue;
      }
      Token t = doc.tokens.get(e);
      if (!t.is(Token.Type.ARABIC) || words.category(t) != null && words.category(t) != Words.Category.COMMON
          || cues.at(doc, e).isPresent() || channelCues.at(doc, e).isPresent() || grammar(doc, e)) {
        break;
      }
      boolean definite = t.segmentations().stream().anyMatch(sg -> sg.definite() && sg.preposition().isEmpty());
      if (!definite && (closed || !reachesDefinite(doc, e, start + MAX_OFFICE_NOUNS, limit))) {
        break; // "مدير مستشفى المدينة": an indefinite noun only before a definite one
      }
      closed |= definite; // a definite noun closes the construct: only its adjectives follow
      e++;
    }
    return e > start ? e : -1;
  }

  /**
   * True when the indefinite nouns from {@code e} lead, within the chain's reach, to a definite
   * noun or a known entity that closes the genitive: "مدير إعلام دائرة صحة المحافظة" (the media
   * director of the province's health department).
   */
  private boolean reachesDefinite(Doc doc, int e, int reach, int limit) {
    for (int k = e + 1; k < Math.min(limit, reach); k++) {
      Token t = doc.tokens.get(k);
      Optional<Doc.Mention> m = doc.mentionAt(k);
      if (m.isPresent() && m.get().first() == k && m.get().kind() != EntryKind.NATIONALITY
          && !doc.isChannelMention(k)) {
        return true;
      }
      if (!t.is(Token.Type.ARABIC) || words.category(t) != null && words.category(t) != Words.Category.COMMON
          || cues.at(doc, k).isPresent() || channelCues.at(doc, k).isPresent() || grammar(doc, k)
          || !t.segmentations().get(0).prefixes().isEmpty() && !t.segmentations().get(0).definite()) {
        return false;
      }
      if (t.segmentations().stream().anyMatch(sg -> sg.definite() && sg.preposition().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /** A token that starts a phrase of its own: a person-like title or a naming verb. */
  private boolean grammar(Doc doc, int i) {
    return titles.at(doc, i).isPresent() || isNaming(doc, i);
  }

  /** After a document noun: its link and author ("صادر عن الجيش"), or its author directly. */
  private int documentEnd(Doc doc, int e, int limit, ClaimExtractor.People people) {
    e = adjectives(doc, e - 1, e, limit); // "تقارير إعلامية" (media reports)
    while (e < limit && doc.mentionOfKind(e, EntryKind.NATIONALITY)) {
      e = doc.mentionAt(e).get().end();
    }
    int link = claimWords.end(ClaimWords.WordList.DOCUMENT_LINK, doc, e);
    if (link > e && link < limit) {
      Optional<Phrase> author = parse(doc, link, limit, people, false);
      if (author.isPresent()) {
        return author.get().end();
      }
      // an author the knowledge does not hold: up to the opener, a comma or a stop word
      int k = link;
      while (k < limit && k - link < MAX_AUTHOR_TOKENS && !authorStop(doc, k)) {
        k++;
      }
      return k > link ? k : e;
    }
    if (e < limit && (entityAt(doc, e) || doc.mentionOfKind(e, EntryKind.ORGANIZATION, EntryKind.GROUP))) {
      return doc.mentionAt(e).get().end(); // "بيان الجيش", "بيان للجيش"
    }
    if (e < limit && people.at()[e] != null) {
      return people.endAt()[e]; // "رسالة زعيم التنظيم فلان"
    }
    if (e < limit && doc.tokens.get(e).is(Token.Type.ARABIC)
        && doc.tokens.get(e).segmentations().get(0).prefixes().isEmpty()) {
      // "تقديرات مسؤولين أمنيين غربيين" (estimates of Western security officials): the author
      // in the genitive, a source the grammar knows
      Optional<Phrase> author = parse(doc, e, limit, people, false);
      if (author.isPresent()) {
        return author.get().end();
      }
    }
    int byLam = lamAuthorEnd(doc, e, limit);
    return byLam > e ? byLam : e;
  }

  /**
   * An author the knowledge does not hold, joined to the document by ل: "تقديرات لمركز أبحاث
   * أفريقي" (estimates by an African research centre), "تقرير لفريق خبراء الأمم المتحدة" (a
   * report by the UN panel of experts); at least two words, up to a comma or a stop word, at most
   * {@link #MAX_AUTHOR_TOKENS}. "بيان للرد على" (a statement in reply to) has none.
   */
  private int lamAuthorEnd(Doc doc, int e, int limit) {
    if (e + 1 >= limit || !doc.tokens.get(e).is(Token.Type.ARABIC)
        || !doc.tokens.get(e).segmentations().get(0).preposition().equals("ل") || authorStop(doc, e + 1)) {
      return e;
    }
    int k = e + 1;
    while (k < limit && k - e < MAX_AUTHOR_TOKENS && !authorStop(doc, k)) {
      k++;
    }
    return k;
  }

  private boolean authorStop(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    if (t.is(Token.Type.PUNCTUATION)) {
      return true;
    }
    Words.Category c = words.category(t);
    return c == Words.Category.COMPLEMENTIZER || c == Words.Category.TIME
        || c == Words.Category.PREPOSITION || channelCues.at(doc, k).isPresent()
        || cues.at(doc, k).isPresent();
  }

  /**
   * {@value #TITLE_COMPLEMENT}: a title that ends in "باسم" (in the name of, {@code ON_BEHALF} of
   * {@code claim-words.tsv}) names whom it speaks for next, known to the knowledge or not: the
   * definite genitive chain after it belongs to the speaker. "وأوضحت الناطقة باسم المفوضية أن
   * ..." (the commission's spokeswoman explained that ...): "الناطقة باسم المفوضية", not
   * "الناطقة باسم". Returns {@code titled} when the title does not end so or nothing follows.
   */
  private int behalfComplementEnd(Doc doc, int titled, int limit) {
    if (titled <= 0 || titled >= limit || claimWords.end(ClaimWords.WordList.ON_BEHALF, doc, titled - 1) != titled) {
      return titled;
    }
    Token t = doc.tokens.get(titled);
    boolean definite = t.is(Token.Type.ARABIC)
        && t.segmentations().stream().anyMatch(sg -> sg.definite() && sg.preposition().isEmpty());
    return definite ? Math.max(titled, genitiveEnd(doc, titled, limit)) : titled;
  }

  /** After a title: nationality, what it is of ("باسم الشرطة"), then the person it names. */
  private int titleEnd(Doc doc, int e, int limit, ClaimExtractor.People people) {
    e = modifiers(doc, e, limit);
    if (claimWords.end(ClaimWords.WordList.QUOTING_NOUN, doc, e) == e + 1) {
      return e; // "عن شاهد عيان قوله إن": "قوله" (his saying) names no one
    }
    if (e < limit && people.at()[e] != null) {
      return people.endAt()[e];
    }
    int employer = employerNameEnd(doc, e, limit, people);
    if (employer > e) {
      return employer; // "المحلل في شركة الاستثمار الخليجية نبيل الفرحان"
    }
    if (e < limit && words.is(doc.tokens.get(e), Words.Category.PREPOSITION)) {
      // a place between the office and the rank: "مدير المستشفى في البلدة المقدم فلان"
      for (int m = e + 1; m < Math.min(limit, e + 1 + MAX_QUOTED_NAME); m++) {
        if (titles.at(doc, m).isPresent()) {
          e = m;
          break;
        }
        if (doc.isPunct(m) || words.is(doc.tokens.get(m), Words.Category.COMPLEMENTIZER)) {
          break;
        }
      }
    }
    Optional<PhraseTable.Hit<TitleEntry>> next = titles.at(doc, e);
    if (next.isPresent() && next.get().end() < limit) {
      // a chain of titles before the name: "الناطق باسم الجبهة العقيد “فلان”"
      e = modifiers(doc, next.get().end(), limit);
      if (e < limit && people.at()[e] != null) {
        return people.endAt()[e];
      }
    }
    // the name a little further on, before any opener: "الناطق باسم الجيش، العقيد فلان"
    for (int k = e; k < Math.min(limit, e + TITLE_NAME_REACH); k++) {
      if (people.at()[k] != null) {
        return people.endAt()[k];
      }
      if (doc.isPunct(k, ":", ".", "؛") || doc.isQuote(k) || words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER)
          || cues.at(doc, k).isPresent() || channelCues.at(doc, k).isPresent()) {
        break;
      }
      if (doc.isPunct(k, "،", ",") && !(k + 1 < limit && (titles.at(doc, k + 1).isPresent()
          || people.at()[nationalityEnd(doc, k + 1, limit)] != null))) {
        break;
      }
    }
    int close = e < limit && doc.isQuote(e) ? doc.quoteCloseOf(e) : -1;
    if (close > e + 1 && close - e - 1 <= MAX_QUOTED_NAME && close < limit) {
      return close + 1; // "المتحدث باسم الشرطة "فلان الفلاني""
    }
    return Math.max(e, unknownNameEnd(doc, e, limit));
  }

  /**
   * {@value #EMPLOYER}: a title, the organisation it works in (a preposition, then an
   * organisation read from its head noun or a known one) and the person's name: "المحلل في شركة
   * الاستثمار الخليجية نبيل الفرحان" (the analyst at the Gulf investment company Nabil
   * al-Farhan), "الباحث لدى مركز الدراسات الاستراتيجية فلان الفلاني لـ..."; the end of the name,
   * or -1 when no name follows the organisation.
   */
  private int employerNameEnd(Doc doc, int e, int limit, ClaimExtractor.People people) {
    if (e + 2 >= limit || !words.is(doc.tokens.get(e), Words.Category.PREPOSITION)) {
      return -1;
    }
    int org = orgHeadEnd(doc, e + 1, limit);
    if (org < 0 && entityAt(doc, e + 1)) {
      org = doc.mentionAt(e + 1).get().end();
    }
    if (org <= e + 1 || org >= limit) {
      return -1;
    }
    if (people.at()[org] != null) {
      return people.endAt()[org];
    }
    return unknownNameEnd(doc, org, limit);
  }

  /**
   * A name the person extractor does not know, right after a title: two to {@value
   * #MAX_QUOTED_NAME} plain words ended by what ends a speaker (an opener, a comma or colon, the
   * channel "لـ..."): "المقدم خالد بن سالم لـ"الشرق" إن ..."; -1 when none.
   */
  private int unknownNameEnd(Doc doc, int e, int limit) {
    int k = e;
    while (k < limit && k - e < MAX_QUOTED_NAME && doc.tokens.get(k).is(Token.Type.ARABIC)
        && !doc.tokens.get(k).isDetachedClitic() && doc.mentionAt(k).isEmpty()
        && (words.category(doc.tokens.get(k)) == null || words.isNameLink(doc.tokens.get(k)))
        && doc.tokens.get(k).segmentations().get(0).preposition().isEmpty() // "بأقصى العقوبة" is no name
        && cues.at(doc, k).isEmpty() && channelCues.at(doc, k).isEmpty() && !doc.isChannelMention(k)) {
      k++;
    }
    if (k - e < 2 || k >= limit) {
      return -1;
    }
    boolean ends = doc.isPunct(k, "،", ",", ":") || doc.isChannelMention(k) || doc.tokens.get(k).isDetachedClitic()
        || words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER) || channelCues.at(doc, k).isPresent();
    return ends ? k : -1;
  }

  /**
   * Up to {@value #MAX_ADJECTIVES} relational adjectives that agree with the head in
   * definiteness: "المصدر العسكري" (the military source), "مصادر طبية" (medical sources), also
   * joined by و: "مصادر حكومية وأمنية" (government and security sources).
   */
  private int adjectives(Doc doc, int head, int e, int limit) {
    boolean definite = doc.tokens.get(head).segmentations().get(0).definite();
    for (int n = 0; n < MAX_ADJECTIVES && e < limit; n++) {
      Token t = doc.tokens.get(e);
      String x = t.text();
      if (!t.is(Token.Type.ARABIC) || !(x.endsWith("ي") || x.endsWith("يه")) || x.length() < 4
          || t.segmentations().get(0).definite() != definite || cues.at(doc, e).isPresent()
          || !t.segmentations().get(0).preposition().isEmpty()
          || !t.segmentations().get(0).conjunction().isEmpty() && e == head + 1 && n == 0
          || doc.mentionAt(e).isPresent() && !doc.mentionOfKind(e, EntryKind.NATIONALITY)
          || words.category(t) != Words.Category.COMMON && words.category(t) != null) {
        break;
      }
      e++;
    }
    return e;
  }

  /**
   * The end of a nationality that opens an apposition before its name, {@code i} itself when
   * none: "مدرب المنتخب، البرتغالي فلان الفلاني، إن" (the team's coach, the Portuguese X, said
   * that): the name after the nationality is the speaker.
   */
  private int nationalityEnd(Doc doc, int i, int limit) {
    if (i >= limit) {
      return Math.min(i, limit);
    }
    Optional<Doc.Mention> m = doc.mentionAt(i);
    return m.isPresent() && m.get().first() == i && m.get().kind() == EntryKind.NATIONALITY
        && m.get().end() < limit ? m.get().end() : i;
  }

  /** Nationality, plural nisba, the entity a phrase is of or in: "مسؤولون عراقيون". */
  private int modifiers(Doc doc, int e, int limit) {
    while (e < limit) {
      if (doc.isChannelMention(e)) {
        return e; // "لوكالة الأنباء": the channel, not an entity the speaker is of
      }
      Optional<Doc.Mention> m = doc.mentionAt(e);
      if (addressee(doc, e)) {
        return e; // {@value #OBJECT_STOP}: "أبلغ وزير الخارجية الصحفيين أن"
      }
      if (m.isPresent() && m.get().first() == e && (m.get().kind() == EntryKind.NATIONALITY
          || m.get().kind() == EntryKind.ORGANIZATION || m.get().kind() == EntryKind.GROUP)) {
        e = m.get().end();
        continue;
      }
      Token t = doc.tokens.get(e);
      if (t.is(Token.Type.ARABIC) && (t.text().endsWith("يون") || t.text().endsWith("يين"))
          && cues.at(doc, e).isEmpty()) {
        e++; // a plural nisba: "مسؤولون أمنيون", "خبراء أمميين"
        continue;
      }
      if (doc.isPunct(e, "(") && e + 2 < limit) {
        int shut = e + 1;
        while (shut < Math.min(limit, e + 1 + MAX_QUOTED_NAME) && !doc.isPunct(shut)) {
          shut++;
        }
        boolean alias = true;
        for (int a = e + 1; a < shut; a++) {
          Token w = doc.tokens.get(a);
          alias &= w.is(Token.Type.ARABIC) || w.is(Token.Type.LATIN);
          alias &= words.category(w) == null && doc.mentionAt(a).map(x -> x.kind() != EntryKind.PLACE
              && x.kind() != EntryKind.COUNTRY).orElse(true);
        }
        if (shut > e + 1 && doc.isPunct(shut, ")") && alias) {
          e = shut + 1; // an alias in brackets: "وكالة الأنباء السورية (سانا)"
          continue;
        }
      }
      int close = doc.isQuote(e) ? doc.quoteCloseOf(e) : -1;
      if (close > e + 1 && close - e - 1 <= MAX_QUOTED_NAME && close + 1 < limit
          && !doc.isPunct(close + 1, ".", ":")) {
        e = close + 1; // a name in quotation marks: "الرئيس التونسي “فلان”"
        continue;
      }
      if (claimWords.end(ClaimWords.WordList.ON_BEHALF, doc, e) == e + 1 && e + 1 < limit) {
        e = doc.mentionAt(e + 1).map(Doc.Mention::end).orElse(e + 2); // "المتحدث باسم الجيش"
        continue;
      }
      if (words.is(t, Words.Category.PREPOSITION) && e + 1 < limit
          && doc.mentionOfKind(e + 1, EntryKind.ORGANIZATION, EntryKind.GROUP, EntryKind.COUNTRY)
          && !doc.isChannelMention(e + 1)) {
        e = doc.mentionAt(e + 1).get().end(); // "مسؤول في الأمم المتحدة"
        continue;
      }
      if (doc.mentionOfKind(e, EntryKind.ORGANIZATION, EntryKind.GROUP)
          && !t.segmentations().get(0).preposition().isEmpty() && !doc.isChannelMention(e)) {
        e = doc.mentionAt(e).get().end(); // "مسؤول بوزارة الداخلية", "الناطق الرسمي للجيش"
        continue;
      }
      return e;
    }
    return e;
  }

  /** A naming verb after the phrase, in the same clause: the speaker is the name after it. */
  private Phrase named(Doc doc, Phrase p, int limit, ClaimExtractor.People people) {
    for (int k = p.end(); k < Math.min(limit, p.end() + NAMING_REACH); k++) {
      int naming = claimWords.end(ClaimWords.WordList.NAMING, doc, k);
      if (naming > k && naming < limit) {
        Optional<int[]> name = nameAt(doc, naming, limit, people);
        return name.map(n -> p.named(n[0], n[1], n[2])).orElse(p);
      }
      if (doc.isPunct(k, "،", ",") && isNaming(doc, k + 1)) {
        continue; // "أحد المصابين، ويدعى سعيد"
      }
      if (doc.isPunct(k) && !doc.isQuote(k) || words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER)
          || cues.at(doc, k).isPresent() || channelCues.at(doc, k).isPresent() || doc.isChannelMention(k)) {
        return p;
      }
      if (doc.isQuote(k)) {
        int close = doc.quoteCloseOf(k);
        if (close < 0 || close - k - 1 > MAX_QUOTED_NAME) {
          return p; // a quotation opens: the words are the content
        }
        k = close; // a quoted place or name: "من سكان قرية "فلانة""
      }
    }
    return p;
  }

  /**
   * The name at {@code i}: a person, or up to {@value #MAX_QUOTED_NAME} words in quotation marks;
   * {@code [nameFirst, nameEnd, phraseEnd]}.
   */
  Optional<int[]> nameAt(Doc doc, int i, int limit, ClaimExtractor.People people) {
    if (i >= people.at().length) {
      return Optional.empty(); // the cue closes the text: no name after it
    }
    if (people.at()[i] != null) {
      return Optional.of(new int[] {i, people.endAt()[i], people.endAt()[i]});
    }
    int close = doc.isQuote(i) ? doc.quoteCloseOf(i) : -1;
    if (close > i + 1 && close - i - 1 <= MAX_QUOTED_NAME && close < limit) {
      return Optional.of(new int[] {i + 1, close, close + 1});
    }
    // a name the person extractor does not know: the words up to a mark, an opener or a cue
    int k = i;
    while (k < limit && k - i < MAX_QUOTED_NAME && doc.tokens.get(k).is(Token.Type.ARABIC)
        && !words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER) && cues.at(doc, k).isEmpty()
        && channelCues.at(doc, k).isEmpty() && !doc.isChannelMention(k)) {
      k++;
    }
    return k > i ? Optional.of(new int[] {i, k, k}) : Optional.empty();
  }

  /** True when {@code i} is a naming verb ("ويدعى"): no speech verb, whatever its spelling. */
  boolean isNaming(Doc doc, int i) {
    return claimWords.end(ClaimWords.WordList.NAMING, doc, i) > i;
  }
}

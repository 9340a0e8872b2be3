package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * The clause-level rules of the claim extractor that read words around a speech verb and decide
 * what is speaker, aside or content, each named and written into the provenance of the claims it
 * shapes:
 *
 * <ul>
 *   <li>{@value #IMPERSONAL}: "يذكر أن ..." (it is worth recalling that) is the reporter's aside;
 *   <li>{@value #SPEAKER_ACCUSATIVE}: "غير أن مصدرا عسكريا قال" (but a military source said);
 *   <li>{@value #PARTICIPLE_FRONTED}: "في المقابل، طالب ...، معتبرا أن" (on the other hand, ...
 *       demanded ..., considering that): the clause after the fronted phrase;
 *   <li>{@value #ANONYMITY}: "طلب عدم ذكر اسمه" (who asked not to be named) between speaker and
 *       content;
 *   <li>{@value #FEELING}: "أعرب الوزير عن قلقه" (the minister expressed his concern) is no claim;
 *   <li>{@value #WORDS_FIRST}: "وتابع الوزير جولته" (the minister went on with his tour) is no claim.
 * </ul>
 *
 * Their words are lists of {@code claim-words.tsv} (IMPERSONAL, ACCUSATIVE_PARTICLE, ANONYMITY,
 * VERBAL_NOUN, VERB_PREPOSITION, EXPRESSING, INTENSIFIER, FEELING, PRONOUN_SUFFIX, WORDS_FIRST). Immutable and thread-safe.
 */
final class ClauseRules {

  static final String SPEAKER_ACCUSATIVE = "claims/speaker-accusative";
  static final String IMPERSONAL = "claims/impersonal-aside";
  static final String ANONYMITY = "claims/anonymity-request";
  static final String PARTICIPLE_FRONTED = "claims/participle-after-fronted-phrase";
  static final String FEELING = "claims/feeling-not-claim";
  static final String WORDS_FIRST = "claims/words-first-verb";

  /** Most words after "عدم" in a request not to be named ("ذكر اسمه", "الكشف عن هويته"). */
  static final int MAX_ANONYMITY_WORDS = 3;
  /** Longest adverbial phrase set off by a comma at the start of a sentence ("في المقابل،"), in words. */
  static final int MAX_FRONTED_PHRASE = 3;

  private final ClaimWords claimWords;
  private final Words words;
  private final PhraseTable<ClaimCue> cues;
  private final io.github.rasd.parsers.text.ArabicNormalizer normalizer =
      io.github.rasd.parsers.text.ArabicNormalizer.standard();

  ClauseRules(ClaimWords claimWords, Words words, PhraseTable<ClaimCue> cues) {
    this.claimWords = claimWords;
    this.words = words;
    this.cues = cues;
  }

  /**
   * {@value #SPEAKER_ACCUSATIVE}: after a particle that takes its subject in the accusative (أن،
   * إن، لكن، غير أن، إلا أن), an indefinite noun ending in the accusative ا and the words up to the
   * verb are the speaker: "غير أن مصدرا عسكريا قال إن ..." (but a military source said that ...),
   * "لكن طبيبا في مستشفى محلي قال إن ..." (but a doctor in a local hospital said that ...). At most
   * {@value ClaimExtractor#MAX_FRONTED_TOKENS} words with no punctuation and no number.
   */
  boolean accusativeSpeaker(Doc doc, int b, int verb) {
    Token t = doc.tokens.get(b);
    if (b < 1 || !t.is(Token.Type.ARABIC) || !t.text().endsWith("ا") || t.text().length() < 4
        || t.segmentations().get(0).definite() || !t.segmentations().get(0).prefixes().isEmpty()
        || words.category(t) != null || claimWords.end(ClaimWords.WordList.ACCUSATIVE_PARTICLE, doc, b - 1) != b) {
      return false;
    }
    for (int k = b; k < verb; k++) {
      if (!doc.tokens.get(k).is(Token.Type.ARABIC) || cues.at(doc, k).isPresent()) {
        return false; // "لكن 20 شخصا قتلوا": no speaker
      }
    }
    return true;
  }
  /**
   * {@value #PARTICIPLE_FRONTED}: the end of a short adverbial phrase that opens the sentence and
   * is closed by a comma, "في المقابل،" (on the other hand), "من جهته،" (for his part), "وفي وقت
   * لاحق،" (later): at most {@value #MAX_FRONTED_PHRASE} words, the first a preposition or an
   * adverb; {@code first} when none.
   */
  int frontedPhraseEnd(Doc doc, int first, int limit) {
    Token t = doc.tokens.get(first);
    if (!t.is(Token.Type.ARABIC) || !(words.is(t, Words.Category.PREPOSITION) || words.is(t, Words.Category.TIME)
        || !t.segmentations().get(0).preposition().isEmpty())) {
      return first;
    }
    for (int k = first + 1; k < Math.min(limit, first + MAX_FRONTED_PHRASE + 1); k++) {
      if (doc.isPunct(k, "،", ",")) {
        return k + 1;
      }
      if (doc.isPunct(k) || cues.at(doc, k).isPresent()) {
        return first;
      }
    }
    return first;
  }
  /**
   * {@value #IMPERSONAL}: a passive speech verb with its complementizer right after it is the
   * reporter's own aside, no one's claim: "يذكر أن الجبل كان مسرحا لكمين" (it is worth recalling
   * that the mountain was the scene of an ambush), "ويشار إلى أن ..." (it is noted that ...); "يذكر
   * المصدر أن ..." (the source mentions that) has its speaker and stays a claim. The verbs are
   * the IMPERSONAL list of {@code claim-words.tsv}; the verb opens its sentence or clause.
   */
  boolean impersonal(Doc doc, PhraseTable.Hit<ClaimCue> h) {
    int v = h.first();
    boolean opens = v == 0 || doc.isPunct(v - 1) || doc.sentenceOf(v - 1) != doc.sentenceOf(v);
    if (!opens || claimWords.end(ClaimWords.WordList.IMPERSONAL, doc, v) != v + 1) {
      return false; // "وقال إنه ...، يذكر أن": only a clause of its own is an aside
    }
    int k = h.first() + 1;
    if (k < doc.tokens.size() && prepositionOpener(doc, k)) {
      k++; // "يشار إلى أن"
    }
    return k < doc.tokens.size() && words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER);
  }
  /**
   * {@value #ANONYMITY}: a source's request not to be named, between the speaker and the content,
   * is no content: "وقال أحد السكان، طلب عدم ذكر اسمه، إن ..." (a resident, who asked not to be
   * named, said that ...), "وقال مصدر طالبا عدم كشف هويته: ..." (a source said, asking that his
   * identity not be revealed: ...), "الذي فضل عدم ذكر اسمه", "تحدث شريطة عدم الكشف عن اسمه"
   * (speaking on condition of anonymity: its speech verb is no claim of its own). A verb of ANONYMITY ({@code
   * claim-words.tsv}), a VERBAL_NOUN (عدم) and at most {@value #MAX_ANONYMITY_WORDS} words before a
   * mark or an opener; the end of the phrase, or {@code k} when none stands at {@code k}.
   */
  int anonymityEnd(Doc doc, int k, int guard) {
    int v = k < guard && words.is(doc.tokens.get(k), Words.Category.RELATIVE) ? k + 1 : k;
    if (v + 1 < guard && cues.at(doc, v).map(PhraseTable.Hit::end).orElse(-1) == v + 1
        && claimWords.end(ClaimWords.WordList.ANONYMITY, doc, v + 1) == v + 2) {
      v++; // "، تحدث شريطة عدم الكشف عن اسمه،" (speaking on condition of anonymity)
    }
    if (v + 1 >= guard || claimWords.end(ClaimWords.WordList.ANONYMITY, doc, v) != v + 1
        || claimWords.end(ClaimWords.WordList.VERBAL_NOUN, doc, v + 1) != v + 2) {
      return k;
    }
    int e = v + 2;
    while (e < guard && e - v - 2 < MAX_ANONYMITY_WORDS && doc.tokens.get(e).is(Token.Type.ARABIC)
        && !words.is(doc.tokens.get(e), Words.Category.COMPLEMENTIZER)) {
      e++;
    }
    return e;
  }

  /**
   * {@value #FEELING}: a verb of expressing whose content is a feeling states no fact, so it is no
   * claim: "أعرب الوزير عن قلقه من ..." (the minister expressed his concern over ...), "وعبرت
   * الوزيرة في بيان عن "بالغ الحزن"" (the minister expressed in a statement "deep sorrow"); a
   * participle after it ("مؤكدا أن ...") keeps its own claim. The verb is of EXPRESSING, the
   * content's first word (after quotation marks and an INTENSIFIER: بالغ، عميق) a FEELING of {@code
   * claim-words.tsv}, bare or with an attached pronoun ("قلقه"، "أسفها"، "تضامنهم").
   */
  boolean feeling(Doc doc, PhraseTable.Hit<ClaimCue> h, int contentFirst, int contentEnd) {
    if (claimWords.end(ClaimWords.WordList.EXPRESSING, doc, h.first()) != h.first() + 1) {
      return false;
    }
    int k = contentFirst;
    while (k < contentEnd && (doc.isQuote(k) || claimWords.end(ClaimWords.WordList.VERB_PREPOSITION, doc, k) == k + 1
        || claimWords.end(ClaimWords.WordList.INTENSIFIER, doc, k) == k + 1)) {
      k++; // "عن "بالغ الحزن""
    }
    if (k >= contentEnd || !doc.tokens.get(k).is(Token.Type.ARABIC)) {
      return false;
    }
    if (claimWords.end(ClaimWords.WordList.FEELING, doc, k) == k + 1) {
      return true;
    }
    String w = normalizer.normalize(doc.tokens.get(k).segmentations().get(0).stem());
    for (String suffix : claimWords.words(ClaimWords.WordList.PRONOUN_SUFFIX)) {
      if (w.endsWith(suffix) && claimWords.has(ClaimWords.WordList.FEELING, w.substring(0, w.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@value #WORDS_FIRST}: a continuation verb that also means going on with a deed is speech only
   * when words follow it, after a colon, in quotation marks or after أن/إن: "وختم: "لن نتراجع""
   * (and he concluded: "we will not go back"), "واختتمت الوزيرة بالقول: ..." (and the minister
   * concluded by saying: ...), "وتابع أن ..." are claims; "وتابع الوزير جولته في المدينة" (the
   * minister went on with his tour of the city) is none. The verbs are WORDS_FIRST of {@code
   * claim-words.tsv}; true when the claim made from {@code h} by {@code rules} must be dropped.
   */
  boolean wordsMissing(Doc doc, PhraseTable.Hit<ClaimCue> h, java.util.List<String> rules) {
    return claimWords.end(ClaimWords.WordList.WORDS_FIRST, doc, h.first()) == h.first() + 1
        && (rules.contains(ClaimExtractor.CONTENT_BARE) || rules.contains(ClaimExtractor.CONTENT_PREPOSITION));
  }

  /** The preposition a speech verb takes before its content: أكد على، حذر من، كشف عن. */
  boolean prepositionOpener(Doc doc, int k) {
    return claimWords.end(ClaimWords.WordList.VERB_PREPOSITION, doc, k) == k + 1
        && doc.tokens.get(k).segmentations().get(0).conjunction().isEmpty();
  }
}

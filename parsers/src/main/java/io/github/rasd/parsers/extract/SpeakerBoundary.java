package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * The word tests at the edge of a speaker phrase after a speech verb: what cannot be a speaker
 * (an adverb, a preposition with a pronoun, a quoted name) and what ends one (a word glued to ب,
 * a verbal noun with the article after a definite phrase), each named where it is a rule of its
 * own. Their words are lists of {@code claim-words.tsv} (BY_SAYING, OWN_REPORTER, PRONOUN_SUFFIX,
 * PRONOUN_HOST, IDIOM_OBJECT, ON_BEHALF). Immutable and thread-safe.
 */
final class SpeakerBoundary {

  /**
   * The outlet's own reporter, a noun with the suffix "نا" (our) that ends in ا like an adverb
   * and is none: "وأوضح مراسلنا في المنطقة أن ..." (our correspondent in the area explained
   * that ...), "وقالت مراسلتنا إن ..." (words: OWN_REPORTER of claim-words.tsv).
   */
  static final String OWN_REPORTER = "claims/speaker-own-reporter";
  static final String DEFINITE_BE_OBJECT = "claims/speaker-before-definite-be-object";
  static final String PARTICIPLE_OBJECT = "claims/participle-object";
  static final String SPEAKER_QUOTED = "claims/speaker-quoted-name";
  /** Longest speaker name in quotation marks right after a verb, in words. */
  static final int MAX_QUOTED_SPEAKER = 3;

  private final ClaimWords claimWords;
  private final Words words;

  SpeakerBoundary(ClaimWords claimWords, Words words) {
    this.claimWords = claimWords;
    this.words = words;
  }

  /**
   * An adverb in the accusative where a speaker would stand: one indefinite word ending in ا,
   * "وأكد مجددا أن ..." (he stressed again that ...), "وقال أيضا إن ...".
   */
  boolean adverb(Doc doc, int first, int end) {
    Token t = doc.tokens.get(first);
    return end == first + 1 && (t.is(Token.Type.ARABIC) && t.text().endsWith("ا")
        && !t.segmentations().get(0).definite() && doc.mentionAt(first).isEmpty()
        || claimWords.end(ClaimWords.WordList.BY_SAYING, doc, first) == end) // "واختتم بالقول:"
        && claimWords.end(ClaimWords.WordList.OWN_REPORTER, doc, first) != end; // "مراسلنا" (our correspondent)
  }

  /**
   * One unknown word and a quotation right after it, with no colon or أن between, and the
   * sentence going on after the quotation: the quoted words name it, "يعتبر تنظيم "الدولة
   * الإسلامية في العراق والشام"، الذي ..." (the organisation "..." is considered), they are no
   * content.
   */
  boolean quotedName(Doc doc, int first, int end, int limit) {
    if (end != first + 1 || end >= limit || !doc.isQuote(end)) {
      return false;
    }
    int close = doc.quoteCloseOf(end);
    // "وقالت القناة "قتل 22 شخصا ..."." : the quotation ends the sentence, it is the content
    return close > end && close + 1 < limit && !doc.isPunct(close + 1, ".", "!", "؟", "?");
  }

  /** A preposition carrying a pronoun: "فيها" (in it), "عنه" (about him), "منهم" (of them). */
  boolean prepositionWithPronoun(Token t) {
    String x = t.text();
    for (String suffix : claimWords.words(ClaimWords.WordList.PRONOUN_SUFFIX)) {
      if (x.length() > suffix.length() && x.endsWith(suffix)
          && claimWords.has(ClaimWords.WordList.PRONOUN_HOST, x.substring(0, x.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A noun with the article and no other prefix: "الشركة" (the company), not "مقتل" (killing). */
  boolean definiteNoun(Doc doc, int i) {
    Token t = doc.tokens.get(i);
    return t.is(Token.Type.ARABIC) && t.segmentations().get(0).definite()
        && claimWords.end(ClaimWords.WordList.IDIOM_OBJECT, doc, i) != i + 1
        && t.segmentations().get(0).preposition().isEmpty() && words.category(t) == null;
  }

  /**
   * {@value #DEFINITE_BE_OBJECT}: a verbal noun glued to ب with the article, "بالتدخل" (the
   * intervention), ends a speaker phrase of several words that all carry the article and opens
   * the verb's object: "وطالبت السلطة المحلية بالتدخل العاجل" (the local authority demanded
   * urgent intervention), "وأفادت الهيئة العامة بارتفاع الأسعار" (the general authority reported a
   * rise in prices); not "غرفة الطوارئ بمحلية ..." (an indefinite head, the phrase goes on).
   */
  boolean definiteBeObject(Doc doc, int from, int j) {
    if (j >= doc.tokens.size() || !gluedBe(doc, j) || !doc.tokens.get(j).segmentations().get(0).definite()) {
      return false;
    }
    for (int i = from; i < j; i++) {
      Token t = doc.tokens.get(i);
      if (!t.is(Token.Type.ARABIC) || !t.segmentations().get(0).definite()
          || !t.segmentations().get(0).preposition().isEmpty() || words.category(t) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word glued to ب that names nothing known: "بوقوع" (of the occurrence) ends a speaker; not
   * the head of an organisation, where the speaker is: "مصدر بمديرية الصحة" (a source at the
   * health directorate).
   */
  boolean gluedBe(Doc doc, int j) {
    Token t = doc.tokens.get(j);
    return t.is(Token.Type.ARABIC) && claimWords.end(ClaimWords.WordList.ON_BEHALF, doc, j) != j + 1 && doc.mentionAt(j).isEmpty()
        && t.segmentations().get(0).preposition().equals("ب")
        && claimWords.end(ClaimWords.WordList.ORG_HEAD, doc, j) < 0; // "مصدر بمديرية الصحة" (a source at the health directorate)
  }

  /** A word with the conjunction و or ف glued or standing apart: "وقال"، "و قال". */
  static boolean joined(Token t) {
    return !t.segmentations().get(0).conjunction().isEmpty() || t.isDetachedClitic();
  }

  /**
   * {@value #SPEAKER_QUOTED}: a name of at most {@value #MAX_QUOTED_SPEAKER} words in quotation
   * marks right after the verb, an opener right after it, is the speaker: "وقال “الأسد” إن ..."
   * (al-Assad said that ...); the end of the phrase with its closing mark, or {@code k} when none.
   */
  int quotedSpeakerEnd(Doc doc, int k, int limit) {
    if (k >= limit || !doc.isQuote(k)) {
      return k;
    }
    int close = doc.quoteCloseOf(k);
    return close > k + 1 && close - k - 1 <= MAX_QUOTED_SPEAKER && close + 1 < limit
        && words.is(doc.tokens.get(close + 1), Words.Category.COMPLEMENTIZER) ? close + 1 : k;
  }

  /**
   * A short quotation right after a detached "لـ": the outlet the words were given to, known to
   * the base or not, "قال لـ"الوطن اليوم" إن ..." (he told al-Watan al-Youm that ...).
   */
  static boolean quotedOutletAfterLam(Doc doc, int q) {
    if (q < 1) {
      return false;
    }
    Token lam = doc.tokens.get(q - 1);
    return lam.isDetachedClitic() && lam.text().contains("ل");
  }

  /**
   * {@value #PARTICIPLE_OBJECT}: a continuation participle in the accusative, "داعيا"، "محذرة"،
   * "مطالبين" (calling, warning, demanding), has the subject of its main clause and no speaker
   * after it: the noun after it is whom it addresses, "...، داعيا السكان إلى الحذر" (calling on the
   * residents to be careful); not the finite "وأضافت الوزارة" (and the ministry added).
   */
  static boolean participle(Doc doc, PhraseTable.Hit<ClaimCue> h) {
    String cue = h.value().phrase();
    return h.value().kind() == ClaimCue.Kind.CONTINUATION && h.end() == h.first() + 1
        && (cue.endsWith("ا") || cue.endsWith("ة") || cue.endsWith("ه") || cue.endsWith("ين"));
  }

  /**
   * An earlier claim whose speaker of several words starts with the noun at {@code i}, taken up
   * again with the article: "الغرفة" for "غرفة الطوارئ المركزية" (the emergency room), "القوة"
   * for "قوة مشتركة" (the joint force); the nearest one.
   */
  Optional<ClaimExtractor.Found> speakerByHead(Doc doc, int i, List<ClaimExtractor.Found> previous) {
    if (i >= doc.tokens.size() || !definiteNoun(doc, i) || doc.mentionAt(i).isPresent()) {
      return Optional.empty();
    }
    String stem = doc.tokens.get(i).segmentations().get(0).stem();
    for (int k = previous.size() - 1; k >= 0; k--) {
      ClaimExtractor.Found p = previous.get(k);
      if (p.speakerFirst >= 0 && p.speakerEnd - p.speakerFirst >= 2 && p.speakerFirst < i
          && !doc.tokens.get(p.speakerFirst).segmentations().get(0).definite()
          && doc.tokens.get(p.speakerFirst).segmentations().get(0).stem().equals(stem)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

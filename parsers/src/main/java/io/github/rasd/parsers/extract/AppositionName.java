package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.knowledge.TitleEntry;

/**
 * Rule {@value #RULE}: a speaker phrase the grammar read as a description (an office, a post, a
 * role it does not know as a title) that is followed by a person's name set off by commas has
 * that person as its speaker: "وقال المدير التنفيذي للشركة، سامر الحديدي، إن ..." (the company's
 * chief executive, Samer al-Hadidi, said that ...) and "قالت رئيسة إحدى الجمعيات، وداد خوري، إن"
 * (the head of one of the associations, Widad Khoury, said that) are claims of the named person;
 * ranks and titles before the name stay with it ("، العقيد فلان،" (Colonel X)). The name must be
 * a person the person extractor found, or two or three bare words that can be nothing else, and
 * must close with a comma or a dash, so "قال الوزير، أمس الأحد، إن" (the minister said,
 * yesterday, Sunday, that) keeps the minister. {@link SpeakerGrammar}'s own
 * apposition reads the titles it knows; this rule reads the phrases it leaves.
 *
 * <p>Words: the titles of {@code titles.tsv}; the window is {@value #MAX_RANK_WORDS} title phrases
 * before the name. Immutable and thread-safe.
 */
final class AppositionName {

  static final String RULE = "claims/speaker-apposition-name";

  /** Most rank or title phrases between the comma and the name ("اللواء الركن"). */
  static final int MAX_RANK_WORDS = 3;

  /** Fewest and most words of a name the person extractor does not know ("وداد خوري"). */
  static final int MIN_NAME_WORDS = 2;
  static final int MAX_NAME_WORDS = 3;

  private final PhraseTable<TitleEntry> titles;
  private final Words words;

  AppositionName(PhraseTable<TitleEntry> titles, Words words) {
    this.titles = titles;
    this.words = words;
  }

  /**
   * The name after the speaker phrase ending at {@code end}: {first, end of the name, token after
   * the closing comma}; null when there is none.
   */
  int[] after(Doc doc, int end, int limit, ClaimExtractor.People people) {
    if (end + 2 >= limit || !doc.isPunct(end, "،", ",")) {
      return null;
    }
    int n = end + 1;
    for (int r = 0; r < MAX_RANK_WORDS && n < limit && people.at()[n] == null; r++) {
      var rank = titles.at(doc, n);
      if (rank.isEmpty() || rank.get().end() <= n) {
        break;
      }
      n = rank.get().end();
    }
    if (n >= limit) {
      return null;
    }
    int e = people.at()[n] != null ? people.endAt()[n] : unknownNameEnd(doc, n, limit);
    if (e >= limit || !doc.isPunct(e, "،", ",", "-", "–")) {
      return null;
    }
    return new int[] {end + 1, e, e + 1};
  }

  /**
   * The end of a name the person extractor does not know, between the commas: {@value
   * #MIN_NAME_WORDS} to {@value #MAX_NAME_WORDS} words that {@link #bareName} accepts ("، أمس
   * الأحد،" and "، في تصريح،" are no names); -1 when none.
   */
  private int unknownNameEnd(Doc doc, int n, int limit) {
    int e = n;
    while (e < limit && e - n <= MAX_NAME_WORDS && !doc.isPunct(e)) {
      e++;
    }
    return e - n >= MIN_NAME_WORDS && e - n <= MAX_NAME_WORDS && bareName(doc, n, e, false) ? e : -1;
  }

  /**
   * True when tokens {@code [n, e)} can be nothing but a name: Arabic words, the first without
   * the article (a family name may have it: "ريم الخطيب"), none with a glued preposition, none a
   * function, time or frequent word, a title or a known mention. With {@code gluedLater}, a word
   * after the first may read as glued to a preposition: the segmenter cuts an unknown "بانزا"
   * into ب + انزا, a reading a word inside a name does not have.
   */
  boolean bareName(Doc doc, int n, int e, boolean gluedLater) {
    for (int k = n; k < e; k++) {
      var t = doc.tokens.get(k);
      var s = t.segmentations().get(0);
      if (!t.is(io.github.rasd.parsers.text.Token.Type.ARABIC) || k == n && s.definite()
          || !s.preposition().isEmpty() && (k == n || !gluedLater)
          || words.category(t) != null || doc.mentionAt(k).isPresent() || titles.at(doc, k).isPresent()) {
        return false;
      }
    }
    return true;
  }
}

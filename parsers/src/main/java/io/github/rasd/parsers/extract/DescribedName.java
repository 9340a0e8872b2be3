package io.github.rasd.parsers.extract;

import io.github.rasd.parsers.text.Token;

/**
 * Rule {@value #RULE}: a speaker read as a description of a person (a title, or a noun of a
 * person the grammar does not know) that goes on with the body the person works in or stands
 * for, then the person's name right before the opener or the channel, has that person as its
 * speaker: "وقال الباحث في معهد الدراسات الإفريقية جوزيف مبالا إن ..." (the researcher at the
 * institute of African studies Joseph Mbala said that ...), "رأت المحللة في شركة أبحاث بلندن
 * فلانة الفلانية أن" (the analyst at a research firm in London X held that), "اعتبر المرشح عن
 * "لائحة المدينة" فلان الفلاني أن" (the candidate for the "City list" X considered that). The
 * description may also close with a comma and the name set off by commas ({@link
 * AppositionName}): "قال المتطوع في غرفة الطوارئ بالحي، فلان الفلاني، إن".
 *
 * <p>The description opens with a preposition of {@code DESCRIPTION_LINK} (claim-words.tsv) or a
 * word glued to ب, names a body inside it (a head noun of {@code ORG_HEAD}, a known mention or a
 * name in quotation marks) and runs at most {@value #MAX_DESCRIPTION_TOKENS} tokens with no cue,
 * number or mark other than quotation marks. The name is a person the person extractor found, who
 * is then the speaker, or {@value AppositionName#MIN_NAME_WORDS} to {@value
 * AppositionName#MAX_NAME_WORDS} bare words after the body's first word, and the speaker is then
 * the whole phrase, description and name, as {@link SpeakerGrammar#EMPLOYER} gives it. "قال
 * المحلل في السوق إن" (the analyst in the market said) and "قال الوزير في مؤتمر صحفي إن" (the
 * minister said at a press conference) name no body or no name and keep their speaker.
 * Immutable and thread-safe.
 */
final class DescribedName {

  static final String RULE = "claims/speaker-described-name";

  /** Longest description between the speaker and the name's end, in tokens. */
  static final int MAX_DESCRIPTION_TOKENS = 9;

  private final ClaimWords claimWords;
  private final Words words;
  private final PhraseTable<ClaimCue> cues;
  private final PhraseTable<String> channelCues;
  private final AppositionName apposition;

  DescribedName(ClaimWords claimWords, Words words, PhraseTable<ClaimCue> cues,
      PhraseTable<String> channelCues, AppositionName apposition) {
    this.claimWords = claimWords;
    this.words = words;
    this.cues = cues;
    this.channelCues = channelCues;
    this.apposition = apposition;
  }

  /**
   * The speaker a description starting at {@code end} (right after the speaker phrase {@code
   * [first, end)}) ends on: {first, end of the speaker, token where the content search goes on};
   * null when the description names no body or ends in no name.
   */
  int[] after(Doc doc, int first, int end, int limit, ClaimExtractor.People people) {
    if (end + 2 >= limit) {
      return null;
    }
    int object = objectAfter(doc, end);
    if (object < 0 && adjective(doc, end)) {
      end++; // "الطبيبة المختصة في ...": an adjective of the description before its link
      object = objectAfter(doc, end);
    }
    for (int k = first + 1; object < 0 && k < end; k++) {
      if (objectAfter(doc, k) >= 0) {
        object = objectAfter(doc, k); // "الباحث في مركز | كينشاسا ...": the phrase took the link
        end = k;
      }
    }
    if (object < 0) {
      return null;
    }
    boolean body = false;
    int stop = object;
    for (; stop < limit && stop - end <= MAX_DESCRIPTION_TOKENS; stop++) {
      if (ends(doc, stop)) {
        break;
      }
      Token t = doc.tokens.get(stop);
      if (doc.isPunct(stop) && !doc.isQuote(stop) || t.is(Token.Type.NUMBER) || cues.at(doc, stop).isPresent()) {
        return null;
      }
      body |= claimWords.end(ClaimWords.WordList.ORG_HEAD, doc, stop) > stop || doc.mentionAt(stop).isPresent()
          || doc.isQuote(stop);
    }
    if (!body || stop >= limit || stop - end > MAX_DESCRIPTION_TOKENS) {
      return null;
    }
    if (doc.isPunct(stop, "،", ",")) {
      int[] named = apposition.after(doc, stop, limit, people); // "...، فلان الفلاني،"
      return named;
    }
    for (int k = Math.max(object + 1, stop - AppositionName.MAX_NAME_WORDS); k < stop; k++) {
      if (people.at()[k] != null && people.endAt()[k] == stop) {
        return new int[] {k, stop, stop}; // a person the person extractor knows
      }
    }
    for (int k = Math.max(object + 1, stop - AppositionName.MAX_NAME_WORDS);
        k <= stop - AppositionName.MIN_NAME_WORDS; k++) {
      if (apposition.bareName(doc, k, stop, true)) {
        return new int[] {first, stop, stop};
      }
    }
    return null;
  }

  /** The first token of the body after the link at {@code k}, or -1 when {@code k} is no link. */
  private int objectAfter(Doc doc, int k) {
    Token link = doc.tokens.get(k);
    if (claimWords.end(ClaimWords.WordList.DESCRIPTION_LINK, doc, k) == k + 1) {
      return k + 1; // "في معهد ..."
    }
    if (link.is(Token.Type.ARABIC) && link.segmentations().get(0).preposition().equals("ب")
        && link.segmentations().get(0).conjunction().isEmpty()) {
      return k; // "بمستشفى المدينة"
    }
    return -1;
  }

  /** A definite word with no clitic but the article, of no closed class: "المختصة". */
  private boolean adjective(Doc doc, int k) {
    Token t = doc.tokens.get(k);
    var s = t.segmentations().get(0);
    return t.is(Token.Type.ARABIC) && s.definite() && s.preposition().isEmpty() && s.conjunction().isEmpty()
        && words.category(t) == null && doc.mentionAt(k).isEmpty() && cues.at(doc, k).isEmpty();
  }

  /** True when the name ends at {@code k}: an opener, a comma or colon, a channel. */
  private boolean ends(Doc doc, int k) {
    return doc.isPunct(k, "،", ",", ":") || words.is(doc.tokens.get(k), Words.Category.COMPLEMENTIZER)
        || doc.isChannelMention(k) || doc.tokens.get(k).isDetachedClitic() || channelCues.at(doc, k).isPresent();
  }
}

package io.github.rasd.parsers.extract;

/**
 * Rule {@value #RULE}: a topic fronted with أما and closed by a comma is the speaker of the verb
 * joined to it by ف: "أما قيادة الشرطة، فقد أكدت أن ..." (as for the police command, it
 * stressed that ...), "أما الوزارة، فأعلنت في بيان أن ..."; the comma would otherwise end the
 * search for a fronted speaker. A verb that reads as well in the passive keeps no speaker, as
 * {@link ClaimExtractor#TOPIC_PASSIVE} says. Stateless and thread-safe.
 */
final class TopicComma {

  static final String RULE = "claims/speaker-topic-comma";

  private TopicComma() {}

  /**
   * The comma that closes "أما + phrase" at the sentence start {@code first}, when the clause of
   * the verb starts at {@code clause} right after it with ف; -1 otherwise.
   */
  static int speakerEnd(Doc doc, ClaimWords claimWords, int first, int clause) {
    if (clause - first < 3 || !doc.isPunct(clause - 1, "،", ",")
        || claimWords.end(ClaimWords.WordList.TOPIC, doc, first) != first + 1) {
      return -1;
    }
    var t = doc.tokens.get(clause);
    if (!t.segmentations().get(0).conjunction().equals("ف") && !t.text().startsWith("ف")) {
      return -1; // "أما الوزارة، فقد ..." / "فأعلنت"
    }
    for (int k = first + 1; k < clause - 1; k++) {
      if (doc.isPunct(k) && !doc.isQuote(k)) {
        return -1;
      }
    }
    return clause - 1;
  }
}

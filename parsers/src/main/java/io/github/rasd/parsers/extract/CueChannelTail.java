package io.github.rasd.parsers.extract;

import java.util.Optional;

/**
 * Rule {@value #RULE}: a speech cue that holds its channel ("أعلنت في بيان", announced in a
 * statement, of claim-cues.tsv) takes the rest of a longer channel phrase of claim-channels.tsv
 * that starts inside it: "أعلنت في بيان مقتضب أن ..." (announced in a brief statement that ...)
 * ends after "مقتضب", so the adjective is read as neither the speaker nor the content; "أعلنت
 * في بيان أن ..." is unchanged, and so is a cue that ends before its document ("جاء في التقرير":
 * the report is the speaker); the cue must end in a document noun ({@code DOCUMENT} of
 * claim-words.tsv). Immutable and thread-safe.
 */
final class CueChannelTail {

  static final String RULE = "claims/cue-channel-tail";

  private final PhraseTable<String> channelCues;
  private final ClaimWords claimWords;

  CueChannelTail(PhraseTable<String> channelCues, ClaimWords claimWords) {
    this.channelCues = channelCues;
    this.claimWords = claimWords;
  }

  /** The cue {@code h} running to the end of the channel phrase it opens, or empty when none runs past it. */
  Optional<PhraseTable.Hit<ClaimCue>> extended(Doc doc, PhraseTable.Hit<ClaimCue> h) {
    if (claimWords.end(ClaimWords.WordList.DOCUMENT, doc, h.end() - 1) != h.end()) {
      return Optional.empty(); // "جاء في | التقرير": the cue holds no channel of its own
    }
    for (int k = h.first() + 1; k < h.end(); k++) {
      Optional<PhraseTable.Hit<String>> ch = channelCues.at(doc, k);
      if (ch.isPresent() && ch.get().end() > h.end()) {
        return Optional.of(new PhraseTable.Hit<>(h.value(), h.first(), ch.get().end(), h.prefix()));
      }
    }
    return Optional.empty();
  }
}

package io.github.rasd.parsers.extract;

/**
 * An attribution cue of {@code claim-cues.tsv}: "قال" (said), "بحسب" (according to), "وأضاف"
 * (and he added).
 */
record ClaimCue(String phrase, Kind kind) {

  /** How the cue attributes words. */
  enum Kind {
    /** A speech verb followed by أن / إن: قال، أكد، أوضح. */
    REPORTED_SPEECH,
    /** A speech verb that usually introduces a quotation. */
    DIRECT_QUOTE_CUE,
    /** An according-to phrase: بحسب، وفق، نقلا عن. */
    ACCORDING_TO,
    /** A verb that carries the previous speaker on: أضاف، تابع. */
    CONTINUATION
  }
}

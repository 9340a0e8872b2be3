package io.github.rasd.parsers.extract;

/**
 * An attribution cue of {@code claim-cues.tsv}: "قال" (said), "بحسب" (according to), "وأضاف"
 * (and he added), with where the content stands from it.
 */
record ClaimCue(String phrase, Kind kind, Position position) {

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

  /** Where the content stands from the cue (the {@code position} column). */
  enum Position {
    /** The content follows the cue: "قائلا: «...»", "بحسب المصدر، فإن ...". */
    FRONTED,
    /** The content precedes the cue: "...، على حد قوله" (in his words). */
    POSTPOSED,
    /** Either: "بحسب X ..." and "...، بحسب X"; "قال X إن ..." and "«...»، قال X". */
    BOTH;

    boolean allowsFronted() {
      return this != POSTPOSED;
    }

    boolean allowsPostposed() {
      return this != FRONTED;
    }
  }
}

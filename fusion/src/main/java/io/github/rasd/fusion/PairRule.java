package io.github.rasd.fusion;

/**
 * One named test of whether two source events can report the same incident. A rule either
 * refuses the pair ({@link #INCOMPATIBLE}) or returns how strongly it supports it (0 for no
 * evidence either way); the fuser links a pair only when no rule refuses it, and links the
 * best-supported pairs first.
 */
interface PairRule {

  /** The score of a pair the rule refuses. */
  int INCOMPATIBLE = -1;

  /** The rule's name, e.g. {@code fusion/date-overlap}; it goes into incidents' provenance. */
  String name();

  /** {@link #INCOMPATIBLE}, or the support of the pair, 0 or more. */
  int score(SourceEvent a, SourceEvent b);
}

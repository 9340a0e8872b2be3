package io.github.rasd.parsers.knowledge;

import java.util.List;
import java.util.Set;

/**
 * A line of {@code ambiguous.tsv}: a name that is also a common word, whose candidates of the
 * given kinds are kept only in context. Package-private.
 *
 * @param name the name as written (normalized by the gazetteer)
 * @param kinds the entry kinds the rule restricts; candidates of other kinds are kept
 * @param triggers preceding words that make the reading safe (ولاية, مدينة...); the special
 *     trigger {@value #PREPOSITION} accepts a preposition ب or ل attached to the name
 * @param reason why the name is ambiguous
 */
record AmbiguityRule(String name, Set<EntryKind> kinds, List<String> triggers, String reason) {

  /** Trigger that accepts an attached (or detached) preposition ب or ل. */
  static final String PREPOSITION = "@prep";

  AmbiguityRule {
    kinds = Set.copyOf(kinds);
    triggers = List.copyOf(triggers);
  }
}

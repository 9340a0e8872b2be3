package io.github.rasd.parsers.extract;

import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;

/**
 * An event trigger of {@code event-triggers.tsv}: the word, the incident type and status it
 * implies, and what a number attached to it counts ("مقتل 3" counts the killed).
 */
record Trigger(String phrase, EventType type, EventStatus status, CountRole countRole) {

  /** What a number attached to a trigger counts. */
  enum CountRole { KILLED, INJURED, ARRESTED, NONE }
}

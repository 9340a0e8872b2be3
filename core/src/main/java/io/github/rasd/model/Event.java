package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concrete incident of violence or security action the article reports.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
@JsonPropertyOrder({"id", "type", "status", "date", "placeIds", "groupIds", "participants",
    "killed", "injured", "arrested", "killedRange", "tollFigures", "trigger", "evidence",
    "claimIds", "provenance"})
public abstract class Event {

  /** Id of this record within the analysis, e.g. {@code "e1"}. */
  public abstract String id();

  /** What kind of incident it is. */
  public abstract EventType type();

  /** Whether it happened. */
  @Value.Default
  public EventStatus status() {
    return EventStatus.OCCURRED;
  }

  /** When it happened, when the text says. */
  public abstract Optional<DateRange> date();

  /** Ids of the places it happened at, most specific first. */
  public abstract List<String> placeIds();

  /** Ids of the armed groups involved. */
  public abstract List<String> groupIds();

  /** The parties and their parts. */
  public abstract List<Participant> participants();

  /** How many were killed. */
  public abstract Optional<Count> killed();

  /** How many were injured. */
  public abstract Optional<Count> injured();

  /** How many were arrested. */
  public abstract Optional<Count> arrested();

  /**
   * Low, best and high estimates of the dead when sources give different figures (then
   * {@link #killed()} is empty).
   *
   * @since 0.2.0
   */
  public abstract Optional<TollRange> killedRange();

  /**
   * The figures of sources that disagree on a toll, each with its claim; empty when the sources
   * agree or only one gives a figure.
   *
   * @since 0.2.0
   */
  public abstract List<TollFigure> tollFigures();

  /** The word that names the incident, e.g. "كمين" (ambush). */
  public abstract Span trigger();

  /** The sentence or clause that reports it. */
  public abstract Span evidence();

  /** Ids of the claims whose content reports it. */
  public abstract List<String> claimIds();

  /** How the record was made. */
  public abstract Provenance provenance();
}

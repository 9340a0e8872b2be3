package io.github.rasd.fusion;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.rasd.model.EventStatus;
import io.github.rasd.model.EventType;
import io.github.rasd.model.Group;
import io.github.rasd.model.Place;
import io.github.rasd.model.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One happening as several articles report it: a clash that Reuters, a state agency and a local
 * site each describe with their own toll and spelling becomes one incident with three {@link
 * #sources()}.
 *
 * <p>The id is made from the keys of the sources ({@code articleId/eventId}), so the same
 * articles give the same incidents and ids in any input order.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncident.class)
@JsonDeserialize(as = ImmutableIncident.class)
@JsonPropertyOrder({"id", "type", "types", "status", "statuses", "statusConflict", "start", "end",
    "countryCode", "places", "groups", "fatalities", "injured", "sources", "provenance"})
public abstract class Incident {

  /** Stable id, {@code "inc-"} and 16 hex digits of a hash of the source keys. */
  public abstract String id();

  /** The type most sources give; on a tie the most specific (an ambush over an attack). */
  public abstract EventType type();

  /** Every type the sources give, in enum order. */
  public abstract List<EventType> types();

  /** The status, when every source gives the same one; empty when they conflict. */
  public abstract Optional<EventStatus> status();

  /** Every status the sources give, in enum order. */
  public abstract List<EventStatus> statuses();

  /**
   * True when sources disagree on whether it happened: an attack one outlet reports as foiled
   * ("أحبطت قوات الأمن هجوما") and another as carried out. Flagged, never silently chosen.
   */
  @Value.Derived
  public boolean statusConflict() {
    return statuses().size() > 1;
  }

  /** First day of the days every source allows, when the sources date it. */
  public abstract Optional<LocalDate> start();

  /** Last day of those days. */
  public abstract Optional<LocalDate> end();

  /** ISO 3166 alpha-2 code of the country, the blocking key; empty when no source gives one. */
  public abstract Optional<String> countryCode();

  /** The distinct places the sources name, the ones most sources name first. */
  public abstract List<Place> places();

  /** The distinct armed groups the sources name. */
  public abstract List<Group> groups();

  /** The dead, reconciled across sources. */
  public abstract Optional<Figures> fatalities();

  /** The injured, reconciled across sources. */
  public abstract Optional<Figures> injured();

  /** Every article's report, by publication date then key. */
  public abstract List<SourceEvent> sources();

  /** The fusion rules that joined the sources (or {@code fusion/single-source}). */
  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    if (sources().isEmpty()) {
      throw new IllegalStateException("an incident needs at least one source: " + id());
    }
    if (status().isPresent() != (statuses().size() == 1)) {
      throw new IllegalStateException("status is given exactly when the sources agree: " + id());
    }
  }
}

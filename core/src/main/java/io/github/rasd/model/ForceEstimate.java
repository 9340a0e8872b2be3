package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement of an armed group's size: "نحو 1700 مقاتل" (about 1,700 fighters).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableForceEstimate.class)
@JsonDeserialize(as = ImmutableForceEstimate.class)
@JsonPropertyOrder({"id", "groupId", "count", "unit", "placeIds", "asOf", "evidence", "claimIds",
    "provenance"})
public abstract class ForceEstimate {

  /** What a force estimate counts. */
  public enum Unit {
    /** Fighters, gunmen: مقاتل، مسلح. */
    FIGHTERS,
    /** Members, elements: عنصر، عضو، فرد. */
    MEMBERS,
    /** Recruits: مجند. */
    RECRUITS,
    /** Anything else. */
    OTHER
  }

  /** Id of this record within the analysis, e.g. {@code "f1"}. */
  public abstract String id();

  /** Id of the group counted, when the text names it. */
  public abstract Optional<String> groupId();

  /** The size. */
  public abstract Count count();

  /** What is counted. */
  public abstract Unit unit();

  /** Ids of the places the force is in. */
  public abstract List<String> placeIds();

  /** When the estimate holds: the date it states, else the publication date. */
  public abstract Optional<DateRange> asOf();

  /** The words that state the estimate. */
  public abstract Span evidence();

  /** Ids of the claims it comes from. */
  public abstract List<String> claimIds();

  /** How the record was made. */
  public abstract Provenance provenance();
}

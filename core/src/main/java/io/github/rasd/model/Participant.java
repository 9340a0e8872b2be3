package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to an {@link Event} and the part it played.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
@JsonPropertyOrder({"role", "refId", "text", "span"})
public abstract class Participant {

  /** The part a participant played. */
  public enum Role {
    /** Who carried it out. */
    PERPETRATOR,
    /** Who or what it was aimed at. */
    TARGET,
    /** The security force that acted or responded. */
    SECURITY_FORCE,
    /** Who was killed, hurt or taken. */
    VICTIM
  }

  /** The part played. */
  public abstract Role role();

  /** Id of the group, organisation or person record in the analysis, when resolved. */
  public abstract Optional<String> refId();

  /** The words naming the participant, e.g. "عناصر الحرس الوطني". */
  public abstract Optional<String> text();

  /** Where those words stand. */
  public abstract Optional<Span> span();
}

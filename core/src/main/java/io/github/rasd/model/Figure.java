package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source's figure for one measure of an {@link Event}: "أعلن المرصد مقتل 15 عنصرا" (the
 * observatory announced 15 killed) and "قالت الوكالة الرسمية إن 13 قتلوا" (the state agency
 * said 13 were killed) are two {@code KILLED} figures of one incident, each with the claim it
 * rests on. The event's {@link Event#killed()} is a single number only when its figures agree;
 * {@link Event#killedTally()} gives low / best / high as UCDP codes them.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigure.class)
@JsonDeserialize(as = ImmutableFigure.class)
@JsonPropertyOrder({"measure", "count", "claimId", "source"})
public abstract class Figure {

  /** What a figure counts. */
  public enum Measure {
    /** People killed. */
    KILLED,
    /** People injured. */
    INJURED,
    /** People arrested or captured. */
    ARRESTED
  }

  /** What the figure counts. */
  public abstract Measure measure();

  /** The figure as the text states it, with its span. */
  public abstract Count count();

  /** Id of the claim the figure rests on, when the text attributes it. */
  public abstract Optional<String> claimId();

  /** Who gave the figure, as written ("المرصد السوري لحقوق الإنسان"), when the text says. */
  public abstract Optional<String> source();
}

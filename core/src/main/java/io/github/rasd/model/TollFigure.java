package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source's figure for a toll of an event, kept when sources disagree: "أفاد المرصد بمقتل 15
 * ... بينما قالت الوكالة الرسمية إن 13 قتلوا" (the observatory reported 15 killed, the state agency
 * 13). The event then states no single {@link Event#killed()} and gives the range of the
 * figures in {@link Event#killedRange()}, as UCDP gives low, best and high estimates.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTollFigure.class)
@JsonDeserialize(as = ImmutableTollFigure.class)
@JsonPropertyOrder({"kind", "count", "claimId", "evidence"})
public abstract class TollFigure {

  /** Which toll the figure counts. */
  public enum Kind {
    /** The dead. */
    KILLED,
    /** The wounded. */
    INJURED
  }

  /** Which toll the figure counts. */
  public abstract Kind kind();

  /** The figure as that source states it. */
  public abstract Count count();

  /** Id of the claim the figure rests on, when the text attributes it. */
  public abstract Optional<String> claimId();

  /** The clause that gives the figure. */
  public abstract Optional<Span> evidence();
}

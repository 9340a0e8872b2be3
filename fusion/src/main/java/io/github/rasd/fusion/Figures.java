package io.github.rasd.fusion;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A toll reconciled across sources as UCDP GED does: the lowest figure any source allows, a
 * best estimate, the highest figure, and every report it rests on. Three outlets giving 12, 14
 * and 14 dead give low 12, best 14, high 14 (see {@link IncidentFuser} for the rule of the best
 * estimate).
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigures.class)
@JsonDeserialize(as = ImmutableFigures.class)
@JsonPropertyOrder({"low", "best", "high", "reports"})
public abstract class Figures {

  /** The lowest figure. */
  public abstract long low();

  /** The best estimate. */
  public abstract long best();

  /** The highest figure. */
  public abstract long high();

  /** Which source gave which figure, in the order of the incident's sources. */
  public abstract List<FigureReport> reports();

  @Value.Check
  protected void check() {
    if (low() > best() || best() > high()) {
      throw new IllegalStateException("figures need low <= best <= high: " + this);
    }
  }
}

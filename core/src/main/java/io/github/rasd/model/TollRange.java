package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Low, best and high estimates of a toll from competing figures, after the UCDP GED fields
 * {@code low}, {@code best}, {@code high}: the lowest figure, the figure of the source reported
 * first, the highest figure ("15 according to the observatory, 13 according to the agency" →
 * 13, 15, 15).
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTollRange.class)
@JsonDeserialize(as = ImmutableTollRange.class)
@JsonPropertyOrder({"low", "best", "high"})
public abstract class TollRange {

  /** The lowest figure. */
  public abstract long low();

  /** The figure taken as best: the first source's. */
  public abstract long best();

  /** The highest figure. */
  public abstract long high();

  @Value.Check
  protected void check() {
    if (low() > best() || best() > high()) {
      throw new IllegalStateException("toll range must have low <= best <= high: " + this);
    }
  }
}

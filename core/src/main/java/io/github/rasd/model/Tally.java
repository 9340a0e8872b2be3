package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Low, best and high estimates of a toll that sources give differently, as UCDP codes them:
 * an observatory's 15 and a state agency's 13 give low 13, high 15, and a best estimate the
 * extractor chooses by a rule it names in the event's provenance.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTally.class)
@JsonDeserialize(as = ImmutableTally.class)
@JsonPropertyOrder({"low", "best", "high"})
public abstract class Tally {

  /** The lowest figure any source gives. */
  public abstract long low();

  /** The most credible figure. */
  public abstract long best();

  /** The highest figure any source gives. */
  public abstract long high();

  /** A tally of {@code low} ≤ {@code best} ≤ {@code high}. */
  public static Tally of(long low, long best, long high) {
    return ImmutableTally.builder().low(low).best(best).high(high).build();
  }

  @Value.Check
  protected void check() {
    if (low() < 0 || low() > best() || best() > high()) {
      throw new IllegalArgumentException(
          "a tally needs 0 <= low <= best <= high: " + low() + ", " + best() + ", " + high());
    }
  }
}

package io.github.rasd.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a record was produced: the rule or extractor that made it and how sure it is.
 *
 * <p>Evidence spans and the claims a record rests on are attributes of the record itself
 * ({@code evidence}, {@code claimIds}); this value says who made it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
@JsonPropertyOrder({"rule", "confidence"})
public abstract class Provenance {

  /** The extractor and rule that produced the record, e.g. {@code "events/trigger-lexicon"}. */
  public abstract String rule();

  /** Confidence in [0, 1]: how likely the record is right. */
  @Value.Default
  public double confidence() {
    return 1.0;
  }

  /** Provenance of a record built by hand, e.g. in a test fixture: rule "manual", confidence 1. */
  public static Provenance manual() {
    return ImmutableProvenance.builder().rule("manual").build();
  }

  /** Provenance for {@code rule} with {@code confidence}. */
  public static Provenance of(String rule, double confidence) {
    return ImmutableProvenance.builder().rule(rule).confidence(confidence).build();
  }

  @Value.Check
  protected void check() {
    if (!(confidence() >= 0.0 && confidence() <= 1.0)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence());
    }
  }
}

package io.github.rasd.testing;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.ForceEstimate;
import java.util.List;

/**
 * Conditions on the force estimates that matched so far; each keeps those that meet it.
 *
 * @since 0.1.0
 */
public final class ForceEstimateAssert extends RecordAssert<ForceEstimateAssert, ForceEstimate> {

  ForceEstimateAssert(Analysis analysis, List<ForceEstimate> estimates, String asked) {
    super(analysis, estimates, asked, f -> Describe.forces(analysis, f), ForceEstimateAssert.class);
  }

  @Override
  ForceEstimateAssert next(List<ForceEstimate> kept, String asked) {
    return new ForceEstimateAssert(analysis, kept, asked);
  }

  /** About {@code count}: the estimate's bounds hold it ("نحو 1700 مقاتل" holds 1700). */
  public ForceEstimateAssert about(long count) {
    return narrow("of about " + count, f -> Describe.holds(f.count(), count));
  }

  /** Hedged ("نحو", "قرابة", "أكثر من"), not an exact figure. */
  public ForceEstimateAssert approximate() {
    return narrow("that is approximate", f -> f.count().approximate());
  }

  /** Counting {@code unit} (fighters, members, recruits). */
  public ForceEstimateAssert of(ForceEstimate.Unit unit) {
    return narrow("of " + unit, f -> f.unit() == unit);
  }
}

package io.github.rasd.testing;

import io.github.rasd.model.Analysis;

/**
 * Entry point of the assertions, beside AssertJ's own {@code Assertions}:
 *
 * <pre>{@code
 * import static io.github.rasd.testing.RasdAssertions.assertThat;
 *
 * assertThat(analysis).hasEventOfType(EventType.ARREST).withArrested(4).inCountry("MA");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RasdAssertions {

  private RasdAssertions() {}

  /** Assertions over one analysis. */
  public static AnalysisAssert assertThat(Analysis actual) {
    return new AnalysisAssert(actual);
  }
}

/**
 * Test support for code that uses Rasd: AssertJ assertions over an
 * {@link io.github.rasd.model.Analysis} ({@link io.github.rasd.testing.RasdAssertions}) and a
 * builder of hand-made analyses whose spans point into their text
 * ({@link io.github.rasd.testing.AnalysisFixture}).
 *
 * <pre>{@code
 * import static io.github.rasd.testing.RasdAssertions.assertThat;
 *
 * assertThat(analysis).hasEventOfType(ARREST).withArrested(4).inCountry("MA");
 * assertThat(analysis).hasClaimBy("مصدر أمني").givenTo("رويترز");
 * assertThat(analysis).hasForceEstimate("jnim").about(1700);
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.rasd.testing;

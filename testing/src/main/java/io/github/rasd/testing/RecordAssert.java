package io.github.rasd.testing;

import io.github.rasd.model.Analysis;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * The shared engine of the record assertions: the candidates left so far, narrowed by each
 * condition, with the description of what was asked for the failure message.
 *
 * @param <S> the assertion type, returned by each condition
 * @param <R> the record type
 * @since 0.1.0
 */
public abstract class RecordAssert<S extends RecordAssert<S, R>, R>
    extends AbstractAssert<S, List<R>> {

  /** The analysis the records belong to, to resolve their ids. */
  protected final Analysis analysis;
  private final String asked;
  private final Function<List<R>, String> describe;

  RecordAssert(Analysis analysis, List<R> candidates, String asked, Function<List<R>, String> describe,
      Class<?> self) {
    super(candidates, self);
    this.analysis = analysis;
    this.asked = asked;
    this.describe = describe;
  }

  /** Keeps the candidates that meet {@code condition}; fails when none is left. */
  final S narrow(String condition, Predicate<R> test) {
    List<R> kept = actual.stream().filter(test).toList();
    if (kept.isEmpty()) {
      failWithMessage("expected an %s %s but none of %s is", asked, condition,
          describe.apply(actual));
    }
    return next(kept, asked + " " + condition);
  }

  /** A new assertion over {@code kept}. */
  abstract S next(List<R> kept, String asked);

  /** The records that met every condition so far. */
  public final List<R> matches() {
    return actual;
  }
}

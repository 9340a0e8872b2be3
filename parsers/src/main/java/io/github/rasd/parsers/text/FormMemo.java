package io.github.rasd.parsers.text;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A value that a matcher computes from a token's word form alone (its text, type and clitic
 * analyses) and keeps with the form, so that every later token of the same letters reads it
 * instead of looking the form up again: the first-word numbers of the phrase tables, the
 * gazetteer's readings of a word. Read it with {@link Token#memo(FormMemo)}; the forms are those
 * of the tokenizer's table of word forms, which is bounded, so a value may be computed again
 * after the table starts afresh.
 *
 * <p>The function must read only {@link Token#text()}, {@link Token#type()} and {@link
 * Token#segmentations()} of the token it is given, and return an immutable value (it is shared
 * by threads). Make one instance per kind of value, held in a constant: each takes a slot in
 * every form. Thread-safe.
 *
 * @param <T> the value kept per word form
 * @since 0.1.0
 */
public final class FormMemo<T> {

  private static final AtomicInteger SLOTS = new AtomicInteger();

  final int slot;
  final Function<Token, T> compute;

  private FormMemo(Function<Token, T> compute) {
    this.slot = SLOTS.getAndIncrement();
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /**
   * A new kind of value kept per word form.
   *
   * @param compute the value of a token's form, from the token's text, type and analyses alone
   * @param <T> the value
   * @return the key to read it with {@link Token#memo(FormMemo)}
   */
  public static <T> FormMemo<T> of(Function<Token, T> compute) {
    return new FormMemo<>(compute);
  }
}

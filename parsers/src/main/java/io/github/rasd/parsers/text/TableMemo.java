package io.github.rasd.parsers.text;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A value that one table (a lexicon, a trie) computes from a token's word form alone, kept with
 * the form like a {@link FormMemo} and marked with the table that computed it: a form read by
 * another table of the same kind (a gazetteer over a user's knowledge base beside the bundled one)
 * is computed again for it. Examples: the date scanner's start gate of "وبعد" ("and after"), the
 * number word of "وثلاثة" ("and three"), the gazetteer's trie nodes of the first words of
 * "بالقصرين" ("in Kasserine"). The standard parser has one table of each kind, so every later token
 * of a form reads the value with one array read.
 *
 * <p>The function must read only the token's text, type and analyses, and return an immutable
 * value (shared by threads; null allowed). Make one instance per kind of value, held in a
 * constant. Thread-safe.
 *
 * @param <O> the table
 * @param <T> the value kept per word form
 * @since 0.1.0
 */
public final class TableMemo<O, T> {

  /** A value and the table that computed it. */
  private record Kept<O, T>(O table, T value) {}

  private static final Kept<?, ?> UNREAD = new Kept<>(null, null);

  private final FormMemo<Kept<O, T>> memo;
  private final BiFunction<O, Token, T> compute;

  @SuppressWarnings("unchecked")
  private TableMemo(BiFunction<O, Token, T> compute) {
    this.compute = Objects.requireNonNull(compute, "compute");
    this.memo = FormMemo.of(t -> (Kept<O, T>) UNREAD);
  }

  /**
   * A new kind of value kept per word form and table.
   *
   * @param compute the value of a token's form for a table, from the token's text, type and
   *     analyses alone
   * @param <O> the table
   * @param <T> the value
   * @return the key to read it with {@link #of}
   */
  public static <O, T> TableMemo<O, T> of(BiFunction<O, Token, T> compute) {
    return new TableMemo<>(compute);
  }

  /**
   * The value of {@code t}'s word form for {@code table}: kept, or computed and kept.
   *
   * @param table the table asking (compared by identity)
   * @param t a token
   * @return the value, possibly null
   */
  public T of(O table, Token t) {
    Kept<O, T> kept = t.memo(memo);
    if (kept.table() != table) {
      kept = new Kept<>(Objects.requireNonNull(table, "table"), compute.apply(table, t));
      t.remember(memo, kept);
    }
    return kept.value();
  }
}

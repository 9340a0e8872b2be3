package io.github.rasd.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link TableMemo}: a value of a word form kept per table, and {@link TextView}'s offsets whether
 * or not the normalizer kept an array of ends.
 */
class TableMemoTest {

  private static final AtomicInteger COMPUTED = new AtomicInteger();

  /** The table's name and the token's text: what a table computes from a form alone. */
  private static final TableMemo<String, String> NAMED = TableMemo.of((table, t) -> {
    COMPUTED.incrementAndGet();
    return table + ":" + t.text();
  });

  @Test
  void aFormIsComputedOncePerTableAndEveryTokenOfItReadsTheValue() {
    // "قصف الجيش ثم قصف" (the army shelled, then shelled): the second قصف is the first one's form
    List<Token> tokens = Tokenizer.standard().tokenize("قصف الجيش ثم قصف");
    String gazetteer = new String("a"); // two tables of one kind, told apart by identity
    String other = new String("a");
    int before = COMPUTED.get();
    assertThat(NAMED.of(gazetteer, tokens.get(0))).isEqualTo("a:قصف");
    assertThat(NAMED.of(gazetteer, tokens.get(3))).isSameAs(NAMED.of(gazetteer, tokens.get(0)));
    assertThat(COMPUTED.get() - before).isEqualTo(1);
    assertThat(NAMED.of(other, tokens.get(3))).isEqualTo("a:قصف");
    assertThat(COMPUTED.get() - before).isEqualTo(2); // another table: computed for it
  }

  @Test
  void nullValuesAreKeptToo() {
    TableMemo<Object, Object> none = TableMemo.of((table, t) -> null);
    Object table = new Object();
    Token t = Tokenizer.standard().tokenize("هجوم").get(0);
    assertThat(none.of(table, t)).isNull();
    assertThat(none.of(table, t)).isNull();
  }

  @Test
  void offsetsWithoutAnArrayOfEndsAreThoseWithOne() {
    // "قُتِلَ ٣" (3 were killed): the marks join their letters, every unit ends where the next starts
    TextView plain = TextView.of("قُتِلَ ٣ جنود");
    // a right-to-left mark dropped between two words: the ends are kept in an array from there on
    TextView gap = TextView.of("قُتِلَ\u200F ٣ جنود");
    assertThat(plain.normalized()).isEqualTo(gap.normalized()).isEqualTo("قتل 3 جنود");
    assertThat(plain.originalSpan(0, 3).text()).isEqualTo("قُتِلَ");
    assertThat(gap.originalSpan(0, 3).text()).isEqualTo("قُتِلَ");
    assertThat(plain.originalEnd(3)).isEqualTo(6);
    assertThat(gap.originalEnd(3)).isEqualTo(6); // the mark is not the word's
    assertThat(gap.originalStart(3)).isEqualTo(7);
    assertThat(plain.originalSpan(4, 5).text()).isEqualTo("٣");
    assertThat(gap.originalSpan(4, 5).text()).isEqualTo("٣");
    assertThat(plain.originalEnd(plain.length())).isEqualTo(plain.original().length());
    assertThat(plain.normalizedIndex(7)).isEqualTo(4);
    assertThat(gap.normalizedIndex(6)).isEqualTo(3);
    // trailing controls dropped: the last unit ends before them
    TextView trailing = TextView.of("جنود\u200F\u200F");
    assertThat(trailing.originalEnd(4)).isEqualTo(4);
  }
}

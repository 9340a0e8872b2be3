package io.github.rasd.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link KeyedLists} and {@link Lookup}: what the scanners' word tables answer. */
class KeyedListsTest {

  private static final Map<String, List<String>> TABLE = Map.of(
      "امس", List.of("yesterday"), "الامس", List.of("the day before"), "غد", List.of("tomorrow", "next day"));

  @Test
  void eachKeyOnceInTheOrderAskedAndTheTablesOwnListForOneKey() {
    KeyedLists<String> one = new KeyedLists<>(TABLE);
    one.add("امس");
    one.add("اليوم"); // not in the table
    one.add("امس"); // read already
    assertThat(one.found()).isSameAs(TABLE.get("امس"));

    KeyedLists<String> two = new KeyedLists<>(TABLE);
    two.add("غد");
    two.add("امس");
    two.add("غد");
    two.add("امس");
    assertThat(two.found()).containsExactly("tomorrow", "next day", "yesterday");
    assertThat(TABLE.get("غد")).containsExactly("tomorrow", "next day"); // the table is not changed

    assertThat(new KeyedLists<>(TABLE).found()).isEmpty();
  }

  @Test
  void lookupCopiesAnswerAsTheirSourcesAndCannotBeChanged() {
    Map<String, Integer> big = Map.of("حلب", 1, "ادلب", 2, "حماه", 3, "درعا", 4);
    Map<String, Integer> copy = Lookup.map(big);
    assertThat(copy).isEqualTo(big);
    assertThat(copy.get("حمص")).isNull();
    assertThat(Lookup.set(List.of("حلب", "ادلب", "حلب", "درعا"))).containsExactlyInAnyOrder("حلب", "ادلب", "درعا");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.put("حمص", 5))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lookup.set(java.util.Arrays.asList("حلب", null, "ادلب")))
        .isInstanceOf(NullPointerException.class);
  }
}

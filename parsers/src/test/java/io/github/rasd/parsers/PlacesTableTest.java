package io.github.rasd.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.Place;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The place rules as a table of the language ({@code places.tsv}, format in its header): each
 * sentence is parsed whole; the places listed present are found with their country and the
 * rule in their provenance, the names listed absent are no place's name.
 */
class PlacesTableTest {

  private static final ArticleParser PARSER = ArticleParser.standard();
  private static final String TABLE = "places.tsv";
  private static final String NONE = "-";
  /** Rules that create or change places: they must be in the provenance of the places found. */
  private static final java.util.Set<String> CREATING = java.util.Set.of("places/noun-name",
      "places/noun-list", "places/noun-known-place", "places/name-boundary",
      "places/transliteration-key", "places/list-item", "places/compass-region", "places/plural-name",
      "places/named-after-noun");
  /** Prefix of a present place that is a plain gazetteer match under a creating rule. */
  private static final String PLAIN = "=";
  /** Between a present place's name and the text of one of its mentions: "الزهور~حي الزهور". */
  private static final String MENTIONED_AS = "~";

  record Row(int line, String rule, String sentence, List<String> present, List<String> absent) {
    @Override
    public String toString() {
      return TABLE + ":" + line + " " + rule + " " + sentence;
    }
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (io.github.rasd.parsers.internal.DataFile.Line l
        : io.github.rasd.parsers.internal.DataFile.read(PlacesTableTest.class, TABLE)) {
      assertThat(l.fields()).as("%s:%d: 4 tab-separated columns", TABLE, l.number()).hasSize(4);
      rows.add(new Row(l.number(), l.field(0), l.field(1), list(l.field(2)), list(l.field(3))));
    }
    return rows;
  }

  private static List<String> list(String cell) {
    return cell.strip().equals(NONE) ? List.of()
        : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
  }

  static Stream<Arguments> table() throws IOException {
    return rows().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void placeRule(Row row) {
    Analysis a = PARSER.parse(ImmutableArticle.builder().id("t").text(row.sentence()).build());
    Map<String, Place> byName = a.places().stream()
        .collect(Collectors.toMap(Place::name, p -> p, (x, y) -> x));
    for (String expected : row.present()) {
      boolean plain = expected.startsWith(PLAIN);
      String[] nameMention = (plain ? expected.substring(PLAIN.length()) : expected).split(MENTIONED_AS);
      String[] nameCountry = (nameMention[0] + (nameMention.length > 1 && nameMention[1].contains("@")
          ? nameMention[1].substring(nameMention[1].indexOf('@')) : "")).split("@");
      Place p = byName.get(nameCountry[0]);
      assertThat(p).as("place %s in %s (found %s)", nameCountry[0], row, byName.keySet()).isNotNull();
      if (nameMention.length > 1) {
        String mention = nameMention[1].split("@")[0];
        assertThat(p.mentions().stream().map(m -> m.text())).as("mentions of %s", nameCountry[0]).contains(mention);
      }
      if (nameCountry.length > 1) {
        assertThat(p.countryCode()).as("country of %s", nameCountry[0]).isEqualTo(Optional.of(nameCountry[1]));
      }
      List<String> rules = p.provenance().rules();
      if (CREATING.contains(row.rule()) && !plain) {
        assertThat(rules).as("rules of %s", nameCountry[0]).contains(row.rule());
      }
    }
    for (String name : row.absent()) {
      assertThat(byName).as("no place %s in %s", name, row).doesNotContainKey(name);
      assertThat(a.places().stream().flatMap(p -> p.mentions().stream()).map(m -> m.text()))
          .as("no place mention %s in %s", name, row).doesNotContain(name);
    }
  }

  /** Every rule of the table has a positive and a negative row. */
  @Test
  void everyRuleHasPositiveAndNegativeRows() throws IOException {
    Map<String, List<Row>> byRule = rows().stream().collect(Collectors.groupingBy(Row::rule));
    assertThat(byRule.keySet()).contains("places/noun-name", "places/noun-list",
        "places/noun-known-place", "places/name-boundary", "places/inside-name",
        "places/person-after-rank", "places/pronoun-suffix", "places/tanween-word",
        "places/transliteration-key", "places/list-item", "places/compass-region", "places/plural-name",
        "places/named-after-noun");
    byRule.forEach((rule, rs) -> {
      assertThat(rs).as("positive row of %s", rule).anyMatch(r -> !r.present().isEmpty());
      assertThat(rs).as("negative row of %s", rule).anyMatch(r -> !r.absent().isEmpty());
    });
  }
}

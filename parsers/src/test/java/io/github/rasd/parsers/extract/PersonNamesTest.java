package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.Person;
import io.github.rasd.parsers.ArticleParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The naming rules of the person extractor, one row of {@code persons.tsv} per case. */
class PersonNamesTest {

  private static final ArticleParser PARSER = ArticleParser.standard();

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    for (io.github.rasd.parsers.internal.DataFile.Line l
        : io.github.rasd.parsers.internal.DataFile.read(PersonNamesTest.class, "persons.tsv")) {
      if (l.fields().size() != 3) {
        throw l.error("expected 3 tab-separated fields");
      }
      List<String> names = l.field(1).equals("-") ? List.of()
          : Arrays.stream(l.field(1).split(" \\| ")).toList();
      // "\n" in a sentence is a line break: a byline stands on the first line (persons/byline)
      rows.add(Arguments.of(l.number(), l.field(0).replace("\\n", "\n"), names, l.field(2)));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "persons.tsv:{0} {1}")
  @MethodSource("rows")
  void namesOfTheSentence(int line, String sentence, List<String> expected, String rule) {
    Analysis a = PARSER.parse(ImmutableArticle.builder().id("t" + line).text(sentence).build());
    List<String> found = a.persons().stream().map(Person::name).toList();
    assertThat(found).as("persons of line %d", line).containsExactlyInAnyOrderElementsOf(expected);
    if (!expected.isEmpty()) {
      assertThat(a.persons()).as("a person made or changed by %s", rule)
          .anySatisfy(p -> assertThat(p.provenance().rules()).contains(rule));
    }
    for (Person p : a.persons()) {
      for (var m : p.mentions()) {
        assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }
}

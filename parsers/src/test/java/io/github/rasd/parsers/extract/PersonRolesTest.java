package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.model.Person;
import io.github.rasd.parsers.ArticleParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The roles a person collects from all its mentions, one row of {@code person-roles.tsv} per case. */
class PersonRolesTest {

  private static final ArticleParser PARSER = ArticleParser.standard();

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    for (io.github.rasd.parsers.internal.DataFile.Line l
        : io.github.rasd.parsers.internal.DataFile.read(PersonRolesTest.class, "person-roles.tsv")) {
      if (l.fields().size() != 3) {
        throw l.error("expected 3 tab-separated fields");
      }
      rows.add(Arguments.of(l.number(), l.field(0), l.field(1),
          Arrays.stream(l.field(2).split(" \\| ")).toList()));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "person-roles.tsv:{0} {2}")
  @MethodSource("rows")
  void rolesOfAllMentions(int line, String sentence, String name, List<String> roles) {
    Analysis a = PARSER.parse(ImmutableArticle.builder().id("r" + line).text(sentence).build());
    Person p = a.persons().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    assertThat(p).as("person %s of line %d (found %s)", name, line, a.persons()).isNotNull();
    assertThat(p.roles()).as("roles of %s", name).containsExactlyElementsOf(roles);
  }
}

package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Group;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.Gazetteer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The armed-group mentions as a table of the language: {@code groups.tsv}, format in its header. */
class GroupsTableTest {

  private static final Extractor EXTRACTOR = Extractor.of(Gazetteer.bundled());
  private static final String TABLE = "/io/github/rasd/parsers/extract/groups.tsv";

  static Stream<Arguments> rows() {
    return DataFile.read(GroupsTableTest.class, TABLE).stream()
        .map(r -> Arguments.of(r.field(0), r.field(1), r.field(2), r.field(3), r.file() + ":" + r.number()));
  }

  @ParameterizedTest(name = "{4}: {1}")
  @MethodSource("rows")
  void row(String rule, String text, String present, String absent, String where) {
    Analysis a = EXTRACTOR.extract(ImmutableArticle.builder().id("t").text(text)
        .published(LocalDate.of(2026, 3, 12)).build(), "test");
    for (String id : list(present)) {
      boolean plain = id.startsWith("=");
      String canonical = plain ? id.substring(1) : id;
      Optional<Group> g = a.groups().stream().filter(x -> x.canonicalId().equals(Optional.of(canonical))).findFirst();
      assertThat(g).as(where + " group " + canonical + " among " + ids(a)).isPresent();
      if (rule.equals(GroupBranches.RULE) || rule.equals(GroupSubUnits.RULE)) {
        assertThat(g.get().provenance().rules().contains(rule)).as(where + " " + canonical + " resolved by " + rule)
            .isEqualTo(!plain);
      }
    }
    for (String id : list(absent)) {
      assertThat(ids(a)).as(where + " no group " + id).doesNotContain(id);
    }
  }

  private static List<String> list(String cell) {
    return cell.equals("-") ? List.of() : Arrays.stream(cell.split("\\s*\\|\\s*")).toList();
  }

  private static List<String> ids(Analysis a) {
    return a.groups().stream().map(g -> g.canonicalId().orElse(g.id())).toList();
  }
}

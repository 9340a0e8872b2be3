package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Article;
import io.github.rasd.model.ForceEstimate;
import io.github.rasd.model.Group;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.knowledge.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The force-estimate rules as a table of the language: {@code forces.tsv}, format in its header. */
class ForceRulesTest {

  private static final Extractor EXTRACTOR = Extractor.of(Gazetteer.bundled());
  private static final String TABLE = "/io/github/rasd/parsers/extract/forces.tsv";

  static Stream<Arguments> rows() {
    return DataFile.read(ForceRulesTest.class, TABLE).stream()
        .map(r -> Arguments.of(r.field(0), r.field(1), r.field(2), r.file() + ":" + r.number()));
  }

  @ParameterizedTest(name = "{3}: {0}")
  @MethodSource("rows")
  void row(String text, String expected, String rule, String where) {
    Article article = ImmutableArticle.builder().id("t").text(text)
        .published(LocalDate.of(2024, 3, 12)).build();
    Analysis a = EXTRACTOR.extract(article, "test");
    boolean forbidden = rule.startsWith("!");
    String name = forbidden ? rule.substring(1) : rule;
    if (forbidden) {
      assertThat(a.forceEstimates()).as(where + " no record touched by " + name)
          .noneMatch(f -> f.provenance().rules().contains(name));
    }
    if (expected.equals("-")) {
      assertThat(a.forceEstimates()).as(where + " no estimate").isEmpty();
      if (!forbidden) {
        assertThat(EXTRACTOR.forceCandidates(article)).as(where + " a candidate dropped by " + name)
            .anyMatch(f -> name.equals(f.rejectedBy));
      }
      return;
    }
    String[] e = expected.split(" ");
    assertThat(e).as(where + " expected: MIN MAX UNIT HEDGE GROUP").hasSize(5);
    Map<String, String> groups = a.groups().stream()
        .collect(Collectors.toMap(Group::id, g -> g.canonicalId().orElse(g.id())));
    List<ForceEstimate> matching = a.forceEstimates().stream()
        .filter(f -> f.count().min().equals(bound(e[0])) && f.count().max().equals(bound(e[1]))
            && f.unit() == ForceEstimate.Unit.valueOf(e[2])
            && f.count().approximate() == e[3].equals("~")
            && (e[4].equals("*") || e[4].equals(f.groupId().map(groups::get).orElse("-"))))
        .toList();
    assertThat(matching).as(where + " an estimate " + expected + " among " + describe(a, groups)).hasSize(1);
    if (!forbidden) {
      assertThat(matching.get(0).provenance().rules()).as(where + " rules").contains(name);
    }
  }

  private static Optional<Long> bound(String s) {
    return s.equals("-") ? Optional.empty() : Optional.of(Long.parseLong(s));
  }

  private static String describe(Analysis a, Map<String, String> groups) {
    return a.forceEstimates().stream().map(f -> f.count().min().map(String::valueOf).orElse("-") + " "
        + f.count().max().map(String::valueOf).orElse("-") + " " + f.unit() + " "
        + (f.count().approximate() ? "~" : "=") + " " + f.groupId().map(groups::get).orElse("-")
        + " " + f.provenance().rules()).toList().toString();
  }

  /** Every rule the extractor runs has a positive and a negative row in the table. */
  @Test
  void everyRuleHasBothRows() {
    List<DataFile.Line> lines = DataFile.read(ForceRulesTest.class, TABLE);
    List<String> rules = new java.util.ArrayList<>(ForceExtractor.rules().stream().map(ForceRules.Rule::name).toList());
    rules.addAll(List.of("forces/claim-estimator", "forces/claim-covering", "forces/claim-of-series")); // added by the assembly
    rules.add(PronounAgreement.RULE); // added by forces/group-possessive
    rules.add(GroupAnaphor.RULE); // added by the group links
    for (String rule : rules) {
      boolean filter = ForceExtractor.rules().stream()
          .anyMatch(r -> r.name().equals(rule) && r instanceof ForceRules.Filter);
      // a filter's positive row is one it drops; its negative row is one it lets through
      assertThat(lines).as(rule + " fires somewhere")
          .anyMatch(l -> l.field(2).equals(rule));
      assertThat(lines).as(rule + " has a row where it must not fire")
          .anyMatch(l -> l.field(2).equals("!" + rule));
      assertThat(filter || lines.stream().anyMatch(l -> l.field(2).equals(rule) && !l.field(1).equals("-")))
          .as(rule + " makes or changes a record").isTrue();
    }
  }

  /** A role or a unit that is not one of the enum's fails with the file and line. */
  @Test
  void badCategoriesFailWithFileAndLine() {
    assertThatThrownBy(() -> ForceLexicon.load("force-units.tsv", "bad-force-cues.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad-force-cues.tsv:3:")
        .hasMessageContaining("ESTIMATE");
    assertThatThrownBy(() -> ForceLexicon.load("bad-force-units.tsv", "force-cues.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad-force-units.tsv:3:")
        .hasMessageContaining("SOLDIERS");
  }

  /** The bundled lexicon reads every role of force-cues.tsv. */
  @Test
  void everyRoleHasWords() {
    ForceLexicon lexicon = ForceLexicon.bundled();
    for (ForceLexicon.Role role : ForceLexicon.Role.values()) {
      if (role != ForceLexicon.Role.SIZE_NOUN && role != ForceLexicon.Role.POSSESSIVE_SUFFIX
          && role != ForceLexicon.Role.POSSESSED_UNIT && role != ForceLexicon.Role.SHORT_HEAD) {
        assertThat(lexicon.table(role)).as(role.name()).isNotNull();
      }
    }
    // "مقاتليها" (her fighters): a possessive pronoun on a unit noun
    assertThat(lexicon.unit("مقاتليها")).contains(new ForceLexicon.UnitWord(ForceEstimate.Unit.FIGHTERS, true));
    assertThat(lexicon.unit("اعضائه")).contains(new ForceLexicon.UnitWord(ForceEstimate.Unit.MEMBERS, true));
    assertThat(lexicon.unit("قوه")).isEmpty();
    // "قواته" (its forces) counts men only with the pronoun; "قوات" alone is no unit
    assertThat(lexicon.unit("قواته")).contains(new ForceLexicon.UnitWord(ForceEstimate.Unit.FIGHTERS, true));
    assertThat(lexicon.unit("قوات")).isEmpty();
    // "وحدات" (units) heads names the press shortens to "الوحدات"; "قوات" (forces) does not
    assertThat(lexicon.shortHead("وحدات")).isTrue();
    assertThat(lexicon.shortHead("قوات")).isFalse();
  }
}

package io.github.rasd.parsers.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claim rules on the sentences of {@code claims.tsv}: each row a sentence, the claim it must
 * give (or NONE) and the rule that must be in its provenance. The format is in the file's header.
 */
class ClaimsTableTest {

  private static final ArticleParser PARSER = ArticleParser.standard();

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    for (io.github.rasd.parsers.internal.DataFile.Line l
        : io.github.rasd.parsers.internal.DataFile.read(ClaimsTableTest.class, "claims.tsv")) {
      if (l.fields().size() != 3) {
        throw l.error("expected 3 tab-separated fields");
      }
      rows.add(Arguments.of(l.number(), l.field(0), l.field(1), l.field(2)));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "claims.tsv:{0} {3}")
  @MethodSource("rows")
  void sentenceGivesItsClaim(int line, String sentence, String expected, String rule) {
    Analysis a = PARSER.parse(ImmutableArticle.builder().id("t").text(sentence)
        .published(LocalDate.of(2024, 5, 14)).build());
    if (expected.equals("NONE")) {
      assertThat(a.claims()).as("claims.tsv:%d: no claim by %s", line, rule)
          .noneMatch(c -> c.provenance().rules().contains(rule));
      return;
    }
    String[] e = expected.split("\\|", -1);
    assertThat(e).as("claims.tsv:%d: kind|speaker|channel|content start", line).hasSize(4);
    Claim.Kind kind = Claim.Kind.valueOf(e[0]);
    assertThat(a.claims()).as("claims.tsv:%d: %s in %s", line, expected, a.claims())
        .anySatisfy(c -> {
          assertThat(c.kind()).isEqualTo(kind);
          if (!e[1].equals("-")) {
            assertThat(c.speaker().text()).isEqualTo(e[1]);
          }
          assertThat(c.channel().map(ch -> ch.text()).orElse("-")).isEqualTo(e[2]);
          assertThat(c.content().text()).startsWith(e[3]);
          assertThat(c.provenance().rules()).contains(rule);
          assertThat(c.provenance().rules().get(0)).as("the creating rule first")
              .isIn(ClaimExtractor.SPEECH_VERB, ClaimExtractor.QUOTE_CUE, ClaimExtractor.CONTINUATION,
                  ClaimExtractor.ACCORDING_TO_FRONTED, ClaimExtractor.ACCORDING_TO_POSTPOSED);
        });
  }
}

package io.github.rasd.parsers.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.ImmutableArticle;
import io.github.rasd.parsers.ArticleParser;
import io.github.rasd.parsers.internal.DataFile;
import io.github.rasd.parsers.text.ArabicNormalizer;
import io.github.rasd.parsers.text.TextView;
import io.github.rasd.parsers.text.Token;
import io.github.rasd.parsers.text.Tokenizer;
import io.github.rasd.parsers.text.numbers.NumberParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time words of articles without a publication date ({@code unanchored.tsv}): an unresolved
 * date mention, and never an event trigger.
 */
class UnanchoredTimeWordsTest {

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    for (DataFile.Line l : DataFile.read(UnanchoredTimeWordsTest.class, "unanchored.tsv")) {
      rows.add(Arguments.of(l.number(), l.field(0), l.field(1)));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "unanchored.tsv:{0}")
  @MethodSource("rows")
  void timeWordIsAnUnresolvedMentionAndNoTrigger(int line, String text, String expression) {
    TextView view = ArabicNormalizer.standard().view(text);
    List<Token> tokens = Tokenizer.standard().tokenize(view);
    List<DateMention> all = DateParser.standard().parseAll(view, tokens,
        NumberParser.standard().parse(view, tokens), Optional.empty());
    assertThat(all).as("unanchored.tsv:%d", line)
        .anySatisfy(d -> {
          assertThat(d.span().text()).isEqualTo(expression);
          assertThat(d.resolved()).isFalse();
        });
    Analysis a = ArticleParser.standard().parse(ImmutableArticle.builder().id("t").text(text).build());
    int from = text.indexOf(expression);
    int to = from + expression.length();
    assertThat(a.events()).as("unanchored.tsv:%d: no trigger inside %s", line, expression)
        .noneMatch(e -> e.trigger().start() >= from && e.trigger().end() <= to);
  }
}
